// The map as components and workspace code see it, through provide/inject: App.vue provides one handle, MapView
// attaches the map it builds (again after a lost GPU context), the exports read frames from it.
import type { InjectionKey } from 'vue'
import { maplibreMap, type MainMap } from './main-map'
import { metersPerPixelAtCentre } from './scale-bar'
import { CodedError } from '../domain/coded-error'
import type { PrintPlan, PrintTile } from '../domain/poster-layout'

/** The map's pixels for the PNG and WebM exports. */
export interface MapFrames {
  /** The map's next frame copied into a 2D canvas (`into`, or a new one) inside its render event; null with no map. */
  capture(into?: HTMLCanvasElement): Promise<HTMLCanvasElement | null>
  /** Calls `draw` with the map's canvas in every render event (its drawing buffer is intact only there); returns the unsubscribe. */
  onFrame(draw: (canvas: HTMLCanvasElement) => void): () => void
  /** Resolves once the map has nothing left to draw, or after `ms`. */
  settled(ms?: number): Promise<void>
  /** Metres per CSS pixel along the map's horizontal centre line (the scale bar's measure); null with no map. */
  metersPerPixel(): number | null
  /** The map's CSS size now (the screen view a poster reproduces); null with no map. */
  screenSize(): [number, number] | null
  /** Where a longitude/latitude lies on the live map now, in its CSS pixels; null with no map. */
  project(lngLat: [number, number]): [number, number] | null
  /** The largest tile side the GPU and the map allow for a print (print-map.ts). */
  printTileLimit(): Promise<number>
  /**
   * The current view drawn off-screen at `plan`'s print scale, tile by tile, each tile's canvas handed to `onTile`
   * (print-map.ts). The live map is left as it is. Rejects with no map, or with an AbortError once `signal` aborts.
   */
  printTiles(plan: PrintPlan, onTile: (canvas: HTMLCanvasElement, tile: PrintTile, index: number) => void | Promise<void>, signal?: AbortSignal): Promise<void>
}

export interface MapHandle extends MapFrames {
  attach(map: MainMap | null): void
}

export const MAP_KEY: InjectionKey<MapHandle> = Symbol('atlas-map')

/** Copy the canvas into `out`, resized to match. */
function copyInto(src: HTMLCanvasElement, out: HTMLCanvasElement): HTMLCanvasElement {
  if (out.width !== src.width || out.height !== src.height) {
    out.width = src.width
    out.height = src.height
  }
  out.getContext('2d')?.drawImage(src, 0, 0)
  return out
}

export function createMapHandle(): MapHandle {
  let current: MainMap | null = null
  return {
    attach(map) {
      current = map
    },
    capture(into) {
      const map = current
      if (!map) return Promise.resolve(null)
      // Read in the render event, where the buffer is still intact: no preserveDrawingBuffer needed.
      return new Promise((resolve) => {
        const off = map.onFrame((canvas) => {
          off()
          resolve(copyInto(canvas, into ?? document.createElement('canvas')))
        })
        map.repaint()
      })
    },
    onFrame(draw) {
      return current ? current.onFrame(draw) : () => {}
    },
    settled(ms) {
      return current ? current.settled(ms) : Promise.resolve()
    },
    metersPerPixel() {
      return current ? metersPerPixelAtCentre(maplibreMap(current)) : null
    },
    screenSize() {
      if (!current) return null
      const c = maplibreMap(current).getContainer()
      return [c.clientWidth, c.clientHeight]
    },
    project(lngLat) {
      if (!current) return null
      const p = maplibreMap(current).project(lngLat)
      return [p.x, p.y]
    },
    async printTileLimit() {
      return (await import('./print-map')).gpuTileLimit()
    },
    async printTiles(plan, onTile, signal) {
      const map = current
      if (!map) throw new CodedError('errors.mapNotReady')
      const { renderPrintTiles } = await import('./print-map')
      await renderPrintTiles(map, plan, onTile, signal)
    },
  }
}
