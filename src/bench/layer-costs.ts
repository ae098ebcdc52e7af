// What each of the atlas's deck.gl layers costs the first time it is drawn, for `npm run bench` (bench.html only).
// The atlas's own layers (its shipped records, buildLayerSpecs, the adapter toDeckLayers) are added to an interleaved
// overlay on the bare page's map one at a time; each step is timed from setProps until the map is idle again and a
// 1-pixel readPixels has returned. A step's time is mostly the layer's new GPU programs (compiled and linked by
// SwiftShader) plus its attributes and its first draw; a layer whose programs an earlier step built costs little.
import type * as maplibregl from 'maplibre-gl'
import { MapboxOverlay } from '@deck.gl/mapbox'
import type { Layer } from '@deck.gl/core'
import { toDeckLayers, type AdapterState } from '../map/deck-adapter'
import { buildLayerSpecs, type LayerSpec } from '../map/layer-specs'
import { regionShapes } from '../map/region-shapes'
import { loadLayers } from '../data/layers'
import { seatName } from '../domain/offices'
import { timeWindow, DEFAULT_FILTERS } from '../domain/filters'
import type { Basemap } from '../data/basemap'

export interface LayerCost {
  /** 'attach' (the overlay with no layers), a spec id, or a spec id with a variant in brackets. */
  step: string
  /** deck.gl layer classes the step added (sublayers included), for the table. */
  classes: string
  ms: number
  /** The same frame drawn again straight after (nothing new to build): what the step's frame costs without its firsts. */
  againMs: number
  /** CPU time of Chromium's GPU process (SwiftShader) for the step's first draw and for the same frame again, when
   * the bench exposes it (window.__benchGpuCpuMs); robust to other work on a shared machine, unlike wall time. */
  gpuMs?: number
  gpuAgainMs?: number
  /** GPU programs deck.gl's pipeline cache holds after the step (a program shared by two layers counts once). */
  programs: number
}

const frame = (map: maplibregl.Map) =>
  new Promise<void>((ok) => {
    map.once('idle', () => ok())
    map.triggerRepaint()
  })

function finish(map: maplibregl.Map) {
  const gl = map.painter.context.gl
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
}

const gpuCpu = async (): Promise<number | undefined> =>
  (await (window as unknown as { __benchGpuCpuMs?: () => Promise<number | null> }).__benchGpuCpuMs?.()) ?? undefined
const minus = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a - b : undefined)

/** Draw the frame again: wall time and GPU-process CPU time. */
async function again(map: maplibregl.Map): Promise<[number, number | undefined]> {
  const g0 = await gpuCpu()
  const t0 = performance.now()
  await frame(map)
  finish(map)
  const t = performance.now() - t0
  return [t, minus(await gpuCpu(), g0)]
}

function classesOf(layers: Layer[]): string {
  const names = new Set<string>()
  const walk = (l: Layer) => {
    names.add((l.constructor as unknown as { layerName?: string }).layerName ?? l.constructor.name)
    for (const sub of (l as unknown as { internalState?: { subLayers?: Layer[] } }).internalState?.subLayers ?? []) walk(sub)
  }
  layers.forEach(walk)
  return [...names].join(' + ')
}

function programCount(overlay: MapboxOverlay): number {
  // luma.gl's default pipeline factory (one per device) keeps one entry per linked WebGL program.
  const device = (overlay as unknown as { _deck?: { device?: { getModuleData(m: string): { defaultPipelineFactory?: { _sharedRenderPipelineCache: object } } } } })._deck?.device
  const factory = device?.getModuleData('@luma.gl/core').defaultPipelineFactory
  return factory ? Object.keys(factory._sharedRenderPipelineCache).length : -1
}

export async function layerCosts(map: maplibregl.Map, basemap: Basemap, keep = false): Promise<LayerCost[]> {
  // The bare map's own frame, drawn again with nothing new: the floor under every step.
  const [ms0, gpu0] = await again(map)
  const [again0, gpuAgain0] = await again(map)
  const costs: LayerCost[] = [{ step: 'basemap frame alone', classes: '', ms: ms0, againMs: again0, gpuMs: gpu0, gpuAgainMs: gpuAgain0, programs: 0 }]
  const loaded = await loadLayers(new Set(basemap.places.keys()))
  const specs: LayerSpec[] = buildLayerSpecs({
    records: loaded.records,
    allRecords: loaded.records,
    aidMetric: 'fundsCny',
    regionShapes: regionShapes(basemap),
    shanghai: basemap.places.get('310000')?.label ?? [121.47, 31.23],
    placeOf: (code) => basemap.places.get(code)?.label,
    placeName: (code) => seatName(basemap.places, code) ?? undefined,
  })
  // The areas at the detail the atlas draws them at this view (thematic-overlay.ts).
  const detailZoom = Math.floor(map.getZoom() + Math.log2(map.getPixelRatio()))
  const state: AdapterState = { window: [...timeWindow(DEFAULT_FILTERS)] as [number, number], mode: 'active', selection: null, hidden: new Set(), locale: 'zh', detailZoom }
  const overlay = new MapboxOverlay({ interleaved: true, layers: [] })
  let g0 = await gpuCpu()
  let t0 = performance.now()
  map.addControl(overlay)
  await frame(map)
  finish(map)
  const attachMs = performance.now() - t0
  const attachGpu = minus(await gpuCpu(), g0)
  const [attachAgain, attachGpuAgain] = await again(map)
  costs.push({ step: 'attach', classes: 'MapboxOverlay (no layers)', ms: attachMs, againMs: attachAgain, gpuMs: attachGpu, gpuAgainMs: attachGpuAgain, programs: programCount(overlay) })
  const shown: LayerSpec[] = []
  for (const spec of specs) {
    shown.push(spec)
    g0 = await gpuCpu()
    t0 = performance.now()
    const layers = toDeckLayers(shown, state)
    overlay.setProps({ layers })
    await frame(map)
    finish(map)
    const ms = performance.now() - t0
    const gpuMs = minus(await gpuCpu(), g0)
    const mine = layers.find((l) => l.id === spec.id)
    const [againMs, gpuAgainMs] = await again(map)
    costs.push({ step: `${spec.id} (${spec.data.length})`, classes: mine ? classesOf([mine]) : '', ms, againMs, gpuMs, gpuAgainMs, programs: programCount(overlay) })
  }
  if (!keep) map.removeControl(overlay)
  else Object.assign(window, { __benchOverlay: overlay, __benchLayers: toDeckLayers(specs, state) })
  return costs
}
