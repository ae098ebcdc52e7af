// What the Yangtze Delta inset shows: the main map's layer descriptions clipped to the Delta (no arcs), the marks
// shown now and the inset's own labels. The live inset (DeltaInset.vue) and the poster (usePoster.ts) draw it.
import { computed, type Ref } from 'vue'
import type { Basemap } from '../../data/basemap'
import { deltaLabels } from '../../map/inset-map'
import { specsWithin } from '../../map/canvas-inset'
import { useLayerSpecsStore } from '../../map/layer-specs-store'
import { useDataStore } from '../../stores/data'
import { useFiltersStore } from '../../stores/filters'
import { useUiStore } from '../../stores/ui'
import { matchesTime, timeWindow } from '../../domain/filters'
import { DELTA_INSET_BOUNDS } from '../../domain/views'

export function useDeltaScene(basemap: Ref<Basemap | null>) {
  const specs = useLayerSpecsStore()
  const filters = useFiltersStore()
  const data = useDataStore()
  const ui = useUiStore()
  /** The main map's layer descriptions clipped to the Delta once (not per year), arcs left out. */
  const deltaSpecs = computed(() => specsWithin(specs.specs, DELTA_INSET_BOUNDS))
  /** The marks shown now: the layers on, the year or span by the main map's rule (domain/filters.ts matchesTime). */
  const shown = computed(() => {
    const window = timeWindow(filters.state)
    const ids = new Set<string>()
    for (const spec of deltaSpecs.value) {
      if (!filters.layers.includes(spec.layer)) continue
      for (const d of spec.data) if (matchesTime(d, window, filters.timeMode)) ids.add(d.id)
    }
    return ids
  })
  /** Prefectures with a record shown on them: their names are placed before the others'. */
  const marked = computed(() => {
    const places = basemap.value?.places
    const codes = new Set<string>()
    if (!places) return codes
    for (const id of shown.value) {
      for (const code of data.byId.get(id)?.regions ?? []) {
        const place = places.get(code)
        codes.add(place?.level === 'county' && place.parent ? place.parent : code)
      }
    }
    return codes
  })
  const labels = computed(() => (basemap.value ? deltaLabels(basemap.value.places, ui.locale, marked.value) : []))
  return { deltaSpecs, shown, labels }
}
