// The print map: the live map's current view drawn again off-screen at print scale, tile by tile. A second maplibre
// map (the live map's style, camera and thematic layers, copied) sits in a hidden container of one tile's CSS size
// at pixel ratio = the print scale, so every pixel size (circle radii, line widths, label sizes) grows with the scale
// and the poster looks like the screen, only sharper. The live map is never touched: its size, pixel ratio and
// camera stay as they are, whatever happens here. Loaded on demand (with deck.gl) by map-handle.ts.
//
// Why not raise the live map's pixel ratio: deck.gl's interleaved overlay (MapboxOverlay, @deck.gl/mapbox 9.4) takes
// its pixel ratio from its canvas context's drawing buffer size, which it re-reads only when a ResizeObserver sees the
// canvas change size; map.setPixelRatio() changes the drawing buffer but not the canvas's CSS size, so the overlay
// kept the old ratio and drew its layers shrunk into a corner. A new overlay on a map built at the print ratio reads
// the right ratio when it attaches. And one canvas cannot hold an A1 poster anyway (maplibre's maxCanvasSize is
// 4096 px; the GPU's renderbuffer limit may be lower), so the view is drawn in tiles and stitched.
import * as maplibregl from 'maplibre-gl'
import { MapboxOverlay } from '@deck.gl/mapbox'
import { hideLabelsLike, maplibreMap, whenIdle, type MainMap } from './main-map'
import { drawnLayers } from './thematic-overlay'
import { withDetail } from './deck-adapter'
import type { PrintPlan, PrintTile } from '../domain/poster-layout'
import { CodedError } from '../domain/coded-error'

/** maplibre's default largest canvas side; the print map never asks for more. */
const MAPLIBRE_MAX_CANVAS = 4096

/** The largest drawing buffer side this GPU gives a map: maplibre's cap, MAX_RENDERBUFFER_SIZE, MAX_VIEWPORT_DIMS. */
export function gpuTileLimit(): number {
  const canvas = document.createElement('canvas')
  const gl = canvas.getContext('webgl2')
  if (!gl) return 2048
  try {
    const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array
    return Math.min(MAPLIBRE_MAX_CANVAS, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, dims[0] ?? 0, dims[1] ?? 0)
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext()
  }
}

/** The map's centre for a tile `offset` CSS pixels from the view's centre at `zoom` (Web Mercator, 512 px tiles). */
function offsetCentre(centre: maplibregl.LngLat, zoom: number, offset: [number, number]): maplibregl.LngLat {
  const world = 512 * 2 ** zoom
  const m = maplibregl.MercatorCoordinate.fromLngLat(centre)
  return new maplibregl.MercatorCoordinate(m.x + offset[0] / world, m.y + offset[1] / world).toLngLat()
}

const cancelled = () => new DOMException('the poster was cancelled', 'AbortError')

/**
 * Draw the live map's view per `plan`, calling `onTile` with each tile's canvas (valid during the call) in order.
 * Throws an AbortError when `signal` is aborted between tiles; the print map is removed in every case.
 */
export async function renderPrintTiles(
  mainMap: MainMap,
  plan: PrintPlan,
  onTile: (canvas: HTMLCanvasElement, tile: PrintTile, index: number) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const live = maplibreMap(mainMap)
  const style = live.getStyle()
  const centre = live.getCenter()
  const zoom = live.getZoom()
  // Copies of the layers the live overlay draws (same props, fresh state): a layer belongs to one deck.gl instance.
  // A points layer hands its filter values beside its data (deck-adapter.ts withFilterBuffer), on an array the live
  // map keeps and sets again on its next change: the copy takes those values as they are now.
  // Areas are cut again at the print's own detail (its pixels are `plan.scale` times smaller).
  const layers = drawnLayers(mainMap).map((layer) => {
    const data = layer.props.data as unknown
    return Array.isArray(data) && 'attributes' in data
      ? layer.clone({ data: Object.assign(data.slice(), { attributes: { ...(data as { attributes: object }).attributes } }) })
      : withDetail(layer, zoom + Math.log2(plan.scale))
  })
  const container = document.createElement('div')
  container.setAttribute('aria-hidden', 'true')
  Object.assign(container.style, {
    position: 'fixed', left: '-100000px', top: '0', pointerEvents: 'none',
    width: `${plan.tileCss[0]}px`, height: `${plan.tileCss[1]}px`,
  })
  document.body.appendChild(container)
  let map: maplibregl.Map | null = null
  try {
    map = new maplibregl.Map({
      container,
      style,
      center: centre,
      zoom,
      bearing: live.getBearing(),
      pitch: live.getPitch(),
      renderWorldCopies: live.getRenderWorldCopies(),
      interactive: false,
      attributionControl: false,
      // Labels at once, not faded in: each tile is read as soon as the map is idle.
      fadeDuration: 0,
      pixelRatio: plan.scale,
      maxCanvasSize: [Math.max(...plan.tilePx), Math.max(...plan.tilePx)],
      // The tile is read after the map is idle, outside its render event.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    })
    const printMap = map
    await new Promise<void>((resolve, reject) => {
      printMap.once('load', () => resolve())
      printMap.once('error', (e) => reject(e.error ?? new CodedError('errors.printMap')))
    })
    hideLabelsLike(live, printMap)
    const canvas = printMap.getCanvas()
    if (canvas.width !== plan.tilePx[0] || canvas.height !== plan.tilePx[1]) {
      throw new CodedError('errors.printMapSize', { width: canvas.width, height: canvas.height, wantW: plan.tilePx[0], wantH: plan.tilePx[1] })
    }
    if (layers.length) {
      await new Promise<void>((resolve, reject) => {
        const timer = window.setTimeout(() => reject(new CodedError('errors.printLayers')), 60_000)
        printMap.addControl(new MapboxOverlay({
          interleaved: true,
          layers,
          onLoad: () => {
            window.clearTimeout(timer)
            resolve()
          },
        }))
      })
    }
    for (const [index, tile] of plan.tiles.entries()) {
      if (signal?.aborted) throw cancelled()
      printMap.jumpTo({ center: offsetCentre(centre, zoom, tile.offset), zoom })
      await whenIdle(printMap, 60_000)
      if (signal?.aborted) throw cancelled()
      await onTile(canvas, tile, index)
    }
  } finally {
    // remove() also releases the WebGL context, and with it the deck.gl overlay.
    map?.remove()
    container.remove()
  }
}
