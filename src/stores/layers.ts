import { defineStore } from 'pinia'
import { computed } from 'vue'
import { passMask } from '../domain/selectors'
import { buildTimeIndex, shownCountByLayer, shownRecords, withPass } from '../domain/time-index'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'

/**
 * The selectors the map, the legend, the count and the workspace read, so they cannot disagree.
 * The record filter is a mask over the records (`passes`) and the year a window: the map draws every record once and
 * moves both on the GPU, and a year or filter change here walks typed arrays (domain/time-index.ts), never rebuilding
 * the index.
 */
export const useLayersStore = defineStore('layers', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  /** 1 per record of `data.records` passing every filter but time and layer visibility (the map's GPU filter value). */
  const passes = computed(() => passMask(data.records, filters.recordFilter))
  /** Records passing every filter but time and layer visibility. */
  const drawable = computed(() => data.records.filter((_, i) => passes.value[i] === 1))
  /** Every record indexed for time, rebuilt only with the records; the record filter is its mask, the year a window. */
  const recordIndex = computed(() => buildTimeIndex(data.records))
  const timeIndex = computed(() => withPass(recordIndex.value, passes.value))
  /** The records the map shows now, time included: what the count, the table and the exports read. */
  const visible = computed(() => shownRecords(timeIndex.value, filters.state))
  /** Counts per layer and in all, walked without building `visible` (which the map's chrome then never needs). */
  const countsByLayer = computed(() => shownCountByLayer(timeIndex.value, filters.state))
  const shownCount = computed(() => Object.values(countsByLayer.value).reduce((a, b) => a + b, 0))
  return { passes, drawable, timeIndex, visible, countsByLayer, shownCount }
})
