import { watch } from 'vue'
import type { PickingInfo } from '@deck.gl/core'
import { prefersReducedMotion, type MainMap } from '../map/main-map'
import { toDeckLayers, pickedId } from '../map/deck-adapter'
import { YearTween } from '../map/year-tween'
import { timeWindow } from '../domain/filters'
import { LAYER_IDS } from '../domain/schema'
import { useLayersStore } from '../stores/layers'
import { useFiltersStore } from '../stores/filters'
import { useUiStore } from '../stores/ui'

/**
 * The thematic layers, one direction: stores -> selectors -> layer specs -> deck.gl. Called once the map exists
 * (after an await, outside setup), so it returns its own disposer.
 */
export function useThematicLayers(mainMap: MainMap): () => void {
  const layers = useLayersStore()
  const filters = useFiltersStore()
  const ui = useUiStore()

  /** The year window drawn now: fractional while a year change animates. */
  let drawnWindow: [number, number] = [...timeWindow(filters.state)] as [number, number]
  const render = () => {
    const hidden = new Set(LAYER_IDS.filter((id) => !filters.state.layers.includes(id)))
    mainMap.setLayers(toDeckLayers(layers.specs, { window: drawnWindow, mode: filters.state.timeMode, selection: ui.selection, hidden }))
  }
  const tween = new YearTween(drawnWindow, (w) => {
    drawnWindow = w
    render()
  })

  mainMap.overlay.setProps({
    onHover: (info: PickingInfo) => {
      const id = pickedId(info)
      ui.hover = id ? { id, x: info.x, y: info.y } : null
    },
    getCursor: ({ isHovering, isDragging }: { isHovering: boolean; isDragging: boolean }) =>
      isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab',
  })

  // Clicks go through maplibre and a pick on the overlay: deck's own tap recogniser does not see clicks on the
  // interleaved canvas, whose pointer events maplibre handles.
  const onClick = (e: { point: { x: number; y: number } }) => {
    const info = mainMap.overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 4 })
    const id = info ? pickedId(info) : null
    if (id) ui.select(id)
    else {
      ui.select(null)
      ui.pickedRegion = mainMap.regionsAt([e.point.x, e.point.y])
    }
  }
  mainMap.map.on('click', onClick)

  const stops = [
    watch(() => timeWindow(filters.state), (w) => tween.to([w[0], w[1]], !prefersReducedMotion()), { deep: true }),
    watch([() => layers.specs, () => filters.state.layers, () => filters.state.timeMode, () => ui.selection], render, { immediate: true }),
  ]
  return () => {
    mainMap.map.off('click', onClick)
    stops.forEach((stop) => stop())
    tween.dispose()
  }
}
