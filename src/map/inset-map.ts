// The inset: a fixed, non-interactive second view of the islands and the dashes as China's standard maps show them.
// Drawn with d3-geo on a 2D canvas from the same basemap: no second WebGL context, no second style to load, and it is
// ready in the same task that mounts it.
import { geoMercator, geoPath } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import type { Basemap } from '../data/basemap'
import { INSET_BOUNDS } from './style'
import { BASE } from './palette'
import { cappedPixelRatio } from './pixel-ratio'
import { exposeForTests } from './test-handles'
import { bootMark } from '../boot-marks'

export interface InsetMap {
  dispose(): void
}

type Paint = { fill?: string; stroke?: string; width?: number }

/** The main map's ground layers (style.ts groundLayers + the inset's province lines), bottom to top. */
function insetLayers(basemap: Basemap): [FeatureCollection, Paint][] {
  const yangtze = (on: boolean): FeatureCollection => ({
    type: 'FeatureCollection',
    features: basemap.rivers.features.filter((f) => (f.properties?.yangtze === true) === on),
  })
  return [
    [basemap.neighbours, { fill: BASE.neighbour, stroke: BASE.neighbourLine, width: 0.8 }],
    [basemap.provinces, { fill: BASE.land }],
    [basemap.islands, { fill: BASE.land, stroke: BASE.provinceLine, width: 0.6 }],
    [basemap.lakes, { fill: BASE.lake }],
    [yangtze(false), { stroke: BASE.river, width: 0.6 }],
    [yangtze(true), { stroke: BASE.yangtze, width: 2 }],
    [basemap.dashes, { stroke: BASE.dash, width: 1.6 }],
    [basemap.provinces, { stroke: BASE.provinceLine, width: 0.6 }],
  ]
}

export function createInsetMap(container: HTMLElement, basemap: Basemap, onFirstIdle: () => void): InsetMap {
  const canvas = document.createElement('canvas')
  canvas.style.width = '100%'
  canvas.style.height = '100%'
  canvas.style.display = 'block'
  container.appendChild(canvas)
  const layers = insetLayers(basemap)
  const [[west, south], [east, north]] = INSET_BOUNDS
  const view = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north]] }

  function draw() {
    const w = container.clientWidth
    const h = container.clientHeight
    if (w === 0 || h === 0) return
    const ratio = cappedPixelRatio(w, h, window.devicePixelRatio)
    canvas.width = Math.round(w * ratio)
    canvas.height = Math.round(h * ratio)
    const ctx = canvas.getContext('2d')
    if (!ctx) return
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.fillStyle = BASE.sea
    ctx.fillRect(0, 0, w, h)
    const projection = geoMercator().fitSize([w, h], view).clipExtent([[-2, -2], [w + 2, h + 2]])
    const path = geoPath(projection, ctx)
    ctx.lineJoin = 'round'
    ctx.lineCap = 'round'
    for (const [collection, paint] of layers) {
      ctx.beginPath()
      path(collection)
      if (paint.fill) {
        ctx.fillStyle = paint.fill
        ctx.fill('evenodd')
      }
      if (paint.stroke) {
        ctx.strokeStyle = paint.stroke
        ctx.lineWidth = paint.width ?? 1
        ctx.stroke()
      }
    }
  }

  draw()
  bootMark('inset-first-idle')
  onFirstIdle()
  const resized = new ResizeObserver(() => draw())
  resized.observe(container)
  exposeForTests({ __atlasInset: canvas })
  return {
    dispose() {
      resized.disconnect()
      canvas.remove()
    },
  }
}
