// The deck.gl overlay, interleaved beneath the map's labels. This module (and deck.gl with it) is loaded after the
// basemap's first frame, so the first screen does not wait for ~250 KB of deck.gl.
import type * as maplibregl from 'maplibre-gl'
import { MapboxOverlay } from '@deck.gl/mapbox'
import type { PickingInfo } from '@deck.gl/core'
import { toDeckLayers, pickedId, type AdapterState } from './deck-adapter'
import type { LayerSpec } from './layer-specs'

export interface ThematicOverlay {
  render(specs: LayerSpec[], state: AdapterState): void
  /** The record id drawn at a screen point, if any. */
  pick(point: { x: number; y: number }): string | null
  dispose(): void
}

export function attachThematicOverlay(map: maplibregl.Map, onHover: (hover: { id: string; x: number; y: number } | null) => void): ThematicOverlay {
  const overlay = new MapboxOverlay({
    interleaved: true,
    layers: [],
    onHover: (info: PickingInfo) => {
      const id = pickedId(info)
      onHover(id ? { id, x: info.x, y: info.y } : null)
    },
    getCursor: ({ isHovering, isDragging }: { isHovering: boolean; isDragging: boolean }) =>
      isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab',
  })
  map.addControl(overlay)
  return {
    render(specs, state) {
      overlay.setProps({ layers: toDeckLayers(specs, state) })
    },
    pick(point) {
      // Clicks go through maplibre and a pick on the overlay: deck's own tap recogniser does not see clicks on
      // the interleaved canvas, whose pointer events maplibre handles.
      const info = overlay.pickObject({ x: point.x, y: point.y, radius: 4 })
      return info ? pickedId(info) : null
    },
    dispose() {
      map.removeControl(overlay)
    },
  }
}
