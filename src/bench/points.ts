// Synthetic aid and park points for `npm run bench`: binary attributes and the same GPU year filter as the atlas
// (DataFilterExtension with two filter values, the start and end year, and the adapter's own filterProps), drawn
// interleaved beneath the labels like the atlas's layers. Loaded only by bench.html.
import type * as maplibregl from 'maplibre-gl'
import { MapboxOverlay } from '@deck.gl/mapbox'
import { ScatterplotLayer } from '@deck.gl/layers'
import { DataFilterExtension } from '@deck.gl/extensions'
import { filterProps } from '../map/deck-adapter'
import { FIRST_LABEL_LAYER } from '../map/style'
import { FIRST_YEAR, LAST_YEAR } from '../domain/time'

interface BinaryPoints {
  length: number
  attributes: {
    getPosition: { value: Float32Array; size: 2 }
    getFilterValue: { value: Float32Array; size: 2 }
  }
}

/** A small deterministic PRNG (mulberry32), so every run draws the same points. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `n` records over China's bounding box, each active over a random span of 2006..2015. */
export function syntheticPoints(n: number, seed: number): BinaryPoints {
  const rnd = random(seed)
  const position = new Float32Array(2 * n)
  const years = new Float32Array(2 * n)
  const span = LAST_YEAR - FIRST_YEAR + 1
  for (let i = 0; i < n; i++) {
    position[2 * i] = 74 + rnd() * 60
    position[2 * i + 1] = 19 + rnd() * 33
    const start = FIRST_YEAR + Math.floor(rnd() * span)
    years[2 * i] = start
    years[2 * i + 1] = start + Math.floor(rnd() * (LAST_YEAR - start + 1))
  }
  return { length: n, attributes: { getPosition: { value: position, size: 2 }, getFilterValue: { value: years, size: 2 } } }
}

const yearFilter = new DataFilterExtension({ filterSize: 2 })
const COLOURS: Record<'aid' | 'park', [number, number, number, number]> = {
  aid: [213, 94, 0, 200],
  park: [0, 114, 178, 200],
}

export interface YearChangeTiming {
  /** setProps + maplibre's synchronous redraw (deck's diff, uniform upload and every draw call issued), main thread. */
  cpuMs: number
  /** From the end of the redraw until a 1-pixel readPixels returns: the GPU (SwiftShader) finishing the frame. */
  gpuMs: number
  /** Attributes deck.gl recomputed in the frame (its own stats): 0 when only the filter uniform moved. */
  attributesUpdated: number
}

export interface PointsBench {
  /** Replace the data with `n` records (half aid, half park); returns the time of the first synced frame. */
  load(n: number): number
  yearChange(year: number): YearChangeTiming
}

function glOf(map: maplibregl.Map): WebGL2RenderingContext | WebGLRenderingContext {
  const canvas = map.getCanvas()
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext | WebGLRenderingContext | null
  if (!gl) throw new Error('no WebGL context on the map canvas')
  return gl
}

function sync(gl: WebGL2RenderingContext | WebGLRenderingContext): void {
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
}

export function createPointsBench(map: maplibregl.Map): PointsBench {
  const overlay = new MapboxOverlay({ interleaved: true, layers: [] })
  map.addControl(overlay)
  const gl = glOf(map)
  let data: Record<'aid' | 'park', BinaryPoints> = { aid: syntheticPoints(0, 1), park: syntheticPoints(0, 2) }

  const layers = (year: number) =>
    (['aid', 'park'] as const).map(
      (layer) =>
        new ScatterplotLayer({
          id: `bench-${layer}`,
          data: data[layer],
          getFillColor: COLOURS[layer],
          getLineColor: [255, 255, 255, 200],
          getRadius: 3,
          radiusUnits: 'pixels',
          stroked: true,
          getLineWidth: 1,
          lineWidthUnits: 'pixels',
          beforeId: FIRST_LABEL_LAYER,
          extensions: [yearFilter],
          ...filterProps([year, year], 'active'),
          parameters: { depthCompare: 'always' as const, depthWriteEnabled: false },
        } as never),
    )

  type Stats = { get(name: string): { count: number } }
  const attributesUpdated = (): number => {
    const deck = (overlay as unknown as { _deck?: { stats?: Stats } })._deck
    return deck?.stats?.get('Attributes updated').count ?? 0
  }

  return {
    load(n) {
      const half = Math.floor(n / 2)
      data = { aid: syntheticPoints(half, 11), park: syntheticPoints(n - half, 12) }
      const t0 = performance.now()
      overlay.setProps({ layers: layers(2010) })
      map.redraw()
      sync(gl)
      // A new layer may skip its first frame while shaders compile: draw once more.
      map.redraw()
      sync(gl)
      return performance.now() - t0
    },
    yearChange(year) {
      const before = attributesUpdated()
      const t0 = performance.now()
      overlay.setProps({ layers: layers(year) })
      map.redraw()
      const t1 = performance.now()
      sync(gl)
      const t2 = performance.now()
      return { cpuMs: t1 - t0, gpuMs: t2 - t1, attributesUpdated: attributesUpdated() - before }
    },
  }
}
