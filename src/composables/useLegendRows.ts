// The legend's rows on the map now, with counts (map/legend-rows.ts): the live legend and the exports' caption list
// the same rows. The rows follow the layer descriptions; the counts follow the filters and the year.
import { computed } from 'vue'
import { useLayersStore } from '../stores/layers'
import { useLayerSpecsStore } from '../map/layer-specs-store'
import { useFiltersStore } from '../stores/filters'
import { legendRows, shownLegendRows } from '../map/legend-rows'

export function useLegendRows() {
  const layers = useLayersStore()
  const layerSpecs = useLayerSpecsStore()
  const filters = useFiltersStore()
  const rows = computed(() => legendRows(layerSpecs.specs))
  const shown = computed(() => shownLegendRows(rows.value, layers.timeIndex, filters.state))
  /** The rows for one year of a playback (the video's frames), the other filters as they are. */
  const shownIn = (year: number) => shownLegendRows(rows.value, layers.timeIndex, { ...filters.state, year, span: null })
  return { shown, shownIn }
}
