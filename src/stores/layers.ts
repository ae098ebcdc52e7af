import { defineStore } from 'pinia'
import { computed } from 'vue'
import { recordsBeforeTime } from '../domain/selectors'
import { buildTimeIndex, shownCountByLayer, shownRecords } from '../domain/time-index'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'

/**
 * The selectors the map, the legend, the count and the workspace read, so they cannot disagree.
 * `drawable` leaves out time and layer visibility: the map draws it once and moves the year on the GPU, so a year
 * change recomputes nothing here but `visible`, a walk over typed arrays (domain/time-index.ts).
 */
export const useLayersStore = defineStore('layers', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  /** Records passing every filter but time and layer visibility: the data of the drawn layers. */
  const drawable = computed(() => recordsBeforeTime(data.records, filters.recordFilter))
  /** `drawable` indexed for time; rebuilt with it, not with the year. */
  const timeIndex = computed(() => buildTimeIndex(drawable.value))
  /** The records the map shows now, time included: what the count, the table and the exports read. */
  const visible = computed(() => shownRecords(timeIndex.value, filters.state))
  /** Counts per layer and in all, walked without building `visible` (which the map's chrome then never needs). */
  const countsByLayer = computed(() => shownCountByLayer(timeIndex.value, filters.state))
  const shownCount = computed(() => Object.values(countsByLayer.value).reduce((a, b) => a + b, 0))
  return { drawable, timeIndex, visible, countsByLayer, shownCount }
})
