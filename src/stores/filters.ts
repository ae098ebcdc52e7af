import { defineStore } from 'pinia'
import { computed, ref, shallowRef, type Ref } from 'vue'
import { DEFAULT_FILTERS, LAYER_IDS, buildPredicate, clearFilters, type FilterState, type RecordFilter, type TimeMode } from '../domain/filters'
import { clampYear, type Span } from '../domain/time'
import type { LayerId, Status } from '../domain/schema'

/**
 * Plain, serialisable filter state: the year is state, the player only steps it. Each field is its own ref, so what
 * reads only the record filter (categories, statuses, regions, hideApproximate) is not recomputed when the year, span, time mode or
 * layer visibility moves: a year change reaches the map as a GPU filter, never as new layer data.
 */
export const useFiltersStore = defineStore('filters', () => {
  const year = ref(DEFAULT_FILTERS.year)
  const span = shallowRef<Span | null>(DEFAULT_FILTERS.span)
  const timeMode = ref<TimeMode>(DEFAULT_FILTERS.timeMode)
  const layers = shallowRef<readonly LayerId[]>(DEFAULT_FILTERS.layers)
  const categories = shallowRef<readonly string[]>(DEFAULT_FILTERS.categories)
  const statuses = shallowRef<readonly Status[]>(DEFAULT_FILTERS.statuses)
  const regions = shallowRef<readonly string[]>(DEFAULT_FILTERS.regions)
  const hideApproximate = ref(DEFAULT_FILTERS.hideApproximate)

  /** The whole state as one value (URL, summary, exports); read a field's own ref where only it matters. */
  const state = computed<FilterState>(() => ({
    year: year.value, span: span.value, timeMode: timeMode.value, layers: layers.value,
    categories: categories.value, statuses: statuses.value, regions: regions.value, hideApproximate: hideApproximate.value,
  }))
  /** Everything but time and layer visibility: what the drawn layer data depends on. */
  const recordFilter = computed<RecordFilter>(() => ({
    categories: categories.value, statuses: statuses.value, regions: regions.value, hideApproximate: hideApproximate.value,
  }))
  const predicate = computed(() => buildPredicate(state.value))

  /** Write a list only when its content changes, so readers of an unchanged list are not woken. */
  function setList<T>(target: Ref<readonly T[]>, next: readonly T[]) {
    const now = target.value
    if (now.length !== next.length || now.some((x, i) => x !== next[i])) target.value = [...next]
  }
  function setSpanValue(next: Span | null) {
    const now = span.value
    if (now === next || (now && next && now[0] === next[0] && now[1] === next[1])) return
    span.value = next ? [next[0], next[1]] : null
  }

  function setYear(next: number) {
    year.value = clampYear(next)
    setSpanValue(null)
  }
  function setSpan(next: Span | null) {
    if (!next) return setSpanValue(null)
    const a = clampYear(Math.min(next[0], next[1]))
    const b = clampYear(Math.max(next[0], next[1]))
    setSpanValue([a, b])
    year.value = b
  }
  function setTimeMode(next: TimeMode) {
    timeMode.value = next
  }
  function toggleIn<T extends string>(list: readonly T[], item: T): T[] {
    return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
  }
  function toggleLayer(id: LayerId) {
    const on = new Set(toggleIn(layers.value, id))
    setList(layers, LAYER_IDS.filter((l) => on.has(l)))
  }
  function toggleCategory(category: string) {
    setList(categories, toggleIn(categories.value, category))
  }
  function toggleStatus(status: Status) {
    setList(statuses, toggleIn(statuses.value, status))
  }
  function setRegions(next: readonly string[]) {
    setList(regions, next)
  }
  function setHideApproximate(next: boolean) {
    hideApproximate.value = next
  }
  function replace(next: FilterState) {
    year.value = next.year
    setSpanValue(next.span)
    timeMode.value = next.timeMode
    setList(layers, next.layers)
    setList(categories, next.categories)
    setList(statuses, next.statuses)
    setList(regions, next.regions)
    hideApproximate.value = next.hideApproximate
  }
  function clearAll() {
    replace(clearFilters(state.value))
  }
  return {
    year, span, timeMode, layers, categories, statuses, regions, hideApproximate, state, recordFilter, predicate,
    setYear, setSpan, setTimeMode, toggleLayer, toggleCategory, toggleStatus, setRegions, setHideApproximate, clearAll, replace,
  }
})
