import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DEFAULT_FILTERS, LAYER_IDS, buildPredicate, clearFilters, type FilterState, type TimeMode } from '../domain/filters'
import { clampYear, type Span } from '../domain/time'
import type { LayerId, Status } from '../domain/schema'

/** Plain, serialisable filter state: the year is state, the player only steps it. */
export const useFiltersStore = defineStore('filters', () => {
  const state = ref<FilterState>({ ...DEFAULT_FILTERS })
  const predicate = computed(() => buildPredicate(state.value))

  function patch(next: Partial<FilterState>) {
    state.value = { ...state.value, ...next }
  }
  function setYear(year: number) {
    patch({ year: clampYear(year), span: null })
  }
  function setSpan(span: Span | null) {
    if (!span) return patch({ span: null })
    const a = clampYear(Math.min(span[0], span[1]))
    const b = clampYear(Math.max(span[0], span[1]))
    patch({ span: [a, b], year: b })
  }
  function setTimeMode(timeMode: TimeMode) {
    patch({ timeMode })
  }
  function toggleLayer(id: LayerId) {
    const on = new Set(state.value.layers)
    if (on.has(id)) on.delete(id)
    else on.add(id)
    patch({ layers: LAYER_IDS.filter((l) => on.has(l)) })
  }
  function toggleIn<T extends string>(list: readonly T[], item: T): T[] {
    return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
  }
  function toggleCategory(category: string) {
    patch({ categories: toggleIn(state.value.categories, category) })
  }
  function toggleStatus(status: Status) {
    patch({ statuses: toggleIn(state.value.statuses, status) })
  }
  function setRegions(regions: string[]) {
    patch({ regions })
  }
  function clearAll() {
    state.value = clearFilters(state.value)
  }
  function replace(next: FilterState) {
    state.value = { ...next }
  }
  return { state, predicate, setYear, setSpan, setTimeMode, toggleLayer, toggleCategory, toggleStatus, setRegions, clearAll, replace }
})
