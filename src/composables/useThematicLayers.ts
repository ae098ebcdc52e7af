import { watch, type WatchStopHandle } from 'vue'
import { prefersReducedMotion, type MainMap } from '../map/main-map'
import type { ThematicOverlay } from '../map/thematic-overlay'
import { YearTween } from '../map/year-tween'
import { timeWindow } from '../domain/filters'
import { LAYER_IDS } from '../domain/schema'
import { useLayerSpecsStore } from '../map/layer-specs-store'
import { useFiltersStore } from '../stores/filters'
import { useUiStore } from '../stores/ui'
import { bootMark } from '../boot-marks'

/**
 * The thematic layers, one direction: stores -> selectors -> layer specs -> deck.gl. Called once the map exists
 * (after an await, outside setup), so it returns its own disposer. deck.gl is loaded here, after the basemap's
 * first frame; `onReady` fires once the overlay draws its layers (from the basemap's load on, thematic-overlay.ts).
 */
export function useThematicLayers(mainMap: MainMap, onReady: () => void): () => void {
  const layerSpecs = useLayerSpecsStore()
  const filters = useFiltersStore()
  const ui = useUiStore()
  let overlay: ThematicOverlay | null = null
  let stops: WatchStopHandle[] = []
  let disposed = false

  /** The year window drawn now: fractional while a year change animates. */
  let drawnWindow: [number, number] = [...timeWindow(filters.state)] as [number, number]
  const render = () => {
    const hidden = new Set(LAYER_IDS.filter((id) => !filters.layers.includes(id)))
    overlay?.render(layerSpecs.specs, { window: drawnWindow, mode: filters.timeMode, selection: ui.selection, hidden, locale: ui.locale })
  }
  const tween = new YearTween(drawnWindow, (w) => {
    drawnWindow = w
    render()
  })

  void import('../map/thematic-overlay').then(({ attachThematicOverlay }) => {
    bootMark('deck-loaded')
    if (disposed) return
    overlay = attachThematicOverlay(mainMap, {
      onHover: (hover) => (ui.hover = hover),
      onClick: (click) => {
        ui.select(click.id)
        if (click.id === null) ui.pickedRegion = click.regions
      },
      onShown: () => onReady(),
    })
    // Office seats at a province's label point: the office's label replaces the basemap's while it is shown.
    const seatLabels = () => {
      const [from, to] = timeWindow({ year: filters.year, span: filters.span })
      const spec = filters.layers.includes('office') ? layerSpecs.specs.find((s) => s.id === 'office-labels') : undefined
      const codes = spec?.kind === 'labels'
        ? spec.data.filter((d) => d.replaces && d.years[0] <= to && (filters.timeMode === 'cumulative' || d.years[1] >= from)).map((d) => d.replaces!)
        : []
      mainMap.hideLabels([...new Set(codes)].sort())
    }
    stops = [
      watch([() => layerSpecs.specs, () => filters.layers, () => filters.timeMode, () => filters.year, () => filters.span], seatLabels, { immediate: true }),
      watch(() => timeWindow({ year: filters.year, span: filters.span }), (w) => tween.to([w[0], w[1]], !prefersReducedMotion()), { deep: true }),
      watch([() => layerSpecs.specs, () => filters.layers, () => filters.timeMode, () => ui.selection, () => ui.locale], render, { immediate: true }),
    ]
  })

  return () => {
    disposed = true
    stops.forEach((stop) => stop())
    tween.dispose()
    overlay?.dispose()
    overlay = null
  }
}
