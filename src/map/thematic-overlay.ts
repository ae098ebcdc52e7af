// The deck.gl overlay, interleaved beneath the map's labels. This module (and deck.gl with it) is loaded after the
// map is created, so the first screen does not wait for ~250 KB of deck.gl.
import { MapboxOverlay } from '@deck.gl/mapbox'
import type { Layer, PickingInfo } from '@deck.gl/core'
import { toDeckLayers, pickedId, type AdapterState } from './deck-adapter'
import type { LayerSpec } from './layer-specs'
import { maplibreMap, textScaleFor, type MainMap } from './main-map'
import { benchLeftOutKinds, exposeForTests } from './test-handles'
import { clusterOf } from './tiled-specs'
import { FULL_DETAIL_ZOOM } from './area-detail'
import type { Hover } from '../stores/ui'

export interface ThematicOverlay {
  render(specs: LayerSpec[], state: AdapterState): void
  dispose(): void
}

/** How far a click on a cluster zooms in: two levels, where its records start to come apart. */
const CLUSTER_ZOOM_STEP = 2

/** A click on the map: the record drawn there, or else the units (province first) under it. */
export type MapClick = { id: string; regions?: undefined } | { id: null; regions: string[] }

export interface OverlayListeners {
  onHover(hover: Hover | null): void
  onClick(click: MapClick): void
  /** A frame has drawn the overlay's layers (held back until the basemap has loaded, see below). */
  onShown(): void
}

/** The deck.gl layers each map's overlay draws now: the print map (print-map.ts) draws copies of them off-screen. */
const drawn = new WeakMap<MainMap, () => Layer[]>()
export function drawnLayers(mainMap: MainMap): Layer[] {
  return drawn.get(mainMap)?.() ?? []
}

export function attachThematicOverlay(mainMap: MainMap, listeners: OverlayListeners): ThematicOverlay {
  const map = maplibreMap(mainMap)
  const overlay = new MapboxOverlay({
    interleaved: true,
    layers: [],
    onHover: (info: PickingInfo) => {
      const id = pickedId(info)
      const cluster = clusterOf(info.object, info.layer?.props)
      listeners.onHover(id ? { id, x: info.x, y: info.y } : cluster ? { id: null, cluster: cluster.count, x: info.x, y: info.y } : null)
    },
    getCursor: ({ isHovering, isDragging }: { isHovering: boolean; isDragging: boolean }) =>
      isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab',
  })
  map.addControl(overlay)
  // The layers as last handed to the overlay, for the print map (kept here: MapboxOverlay has no public getter).
  let layers: Layer[] = []
  drawn.set(mainMap, () => layers)
  // Clicks go through maplibre and a pick on the overlay: deck's own tap recogniser does not see clicks on
  // the interleaved canvas, whose pointer events maplibre handles.
  const offClick = mainMap.onClick((point) => {
    const info = overlay.pickObject({ x: point.x, y: point.y, radius: 4 })
    // A cluster stands for many records: a click zooms in on it rather than choosing one.
    const cluster = clusterOf(info?.object, info?.layer?.props)
    if (cluster) return mainMap.flyTo(cluster.position, mainMap.camera().zoom + CLUSTER_ZOOM_STEP)
    const id = info ? pickedId(info) : null
    listeners.onClick(id ? { id } : { id: null, regions: mainMap.regionsAt([point.x, point.y]) })
  })
  // The browser tests count deck.gl's attribute updates on this instance (test builds only).
  exposeForTests({ __atlasDeck: (overlay as unknown as { _deck: unknown })._deck })
  // The tiled layers' code (deck.gl's TileLayer, pmtiles) is loaded only when the build shipped a tiled layer.
  let tiled: typeof import('./tiled-deck') | null = null
  let last: [LayerSpec[], AdapterState] | null = null
  let disposed = false
  // The first view: deck.gl builds the layers at once (their GPU programs compile while the basemap loads) but
  // draws them only once the basemap has loaded its tiles. Until then every frame maplibre draws while its tiles
  // come in would also draw the overlay, and under SwiftShader each such frame costs about three basemap frames
  // (docs/benchmarks.md, "The overlay's first draw"). Released at the map's load (its sources all loaded), not at
  // its first idle, the overlay joins the frames maplibre still draws after the load instead of adding one after
  // them. `onShown` waits for a frame that drew the released layers, so the map never reports the first complete
  // frame before it shows every layer.
  let held = true
  // The areas' detail follows the zoom in whole levels (deck-adapter.ts, area-detail.ts): a new level, new layers.
  const detailLevelOf = () => Math.min(FULL_DETAIL_ZOOM, Math.max(0, Math.floor(map.getZoom() + Math.log2(map.getPixelRatio()))))
  let detailLevel = detailLevelOf()
  const onZoom = () => {
    if (detailLevelOf() !== detailLevel) draw()
  }
  // A new pixel ratio (another screen, the browser's zoom) changes the drawn zoom too.
  map.on('zoom', onZoom)
  map.on('resize', onZoom)
  const draw = () => {
    if (!last || disposed) return
    detailLevel = detailLevelOf()
    const state = { ...last[1], labelScale: last[1].labelScale ?? textScaleFor(map.getContainer()), detailZoom: detailLevel }
    layers = toDeckLayers(last[0], state, tiled?.tiledDeckLayer)
    overlay.setProps({ layers: held ? layers.map((l) => l.clone({ visible: false })) : layers })
  }
  const deck = (overlay as unknown as { _deck: { layerManager?: { needsUpdate(): string | false; updateLayers(): void } } })._deck
  const release = () => {
    if (disposed || !held) return
    held = false
    draw()
    // deck.gl would apply the new layers in its own next animation frame, possibly after maplibre's next frame (the
    // last before idle): applied now, that frame draws them. The first map frame drawn with nothing left to apply
    // (a 'render' fires after the frame is painted) is the first that shows them.
    deck.layerManager?.updateLayers()
    const shown = () => {
      if (!disposed && deck.layerManager?.needsUpdate()) return map.triggerRepaint()
      map.off('render', shown)
      if (!disposed) listeners.onShown()
    }
    map.on('render', shown)
    map.triggerRepaint()
  }
  if (map.loaded()) release()
  else {
    map.once('load', release)
    map.once('idle', release)
  }
  map.triggerRepaint()
  return {
    render(allSpecs, state) {
      const specs = benchLeftOutKinds.size ? allSpecs.filter((s) => !benchLeftOutKinds.has(s.kind)) : allSpecs
      last = [specs, state]
      if (!tiled && specs.some((s) => s.kind === 'tiles')) void import('./tiled-deck').then((m) => { tiled = m; draw() })
      draw()
    },
    dispose() {
      disposed = true
      offClick()
      map.off('zoom', onZoom)
      map.off('resize', onZoom)
      drawn.delete(mainMap)
      map.removeControl(overlay)
    },
  }
}
