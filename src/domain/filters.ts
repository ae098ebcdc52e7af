// Filters are data; pure builders turn them into predicates over records.
import { LAYER_IDS, STATUSES, isApproximateLocation, type AtlasRecord, type LayerId, type Status } from './schema'
import { FIRST_YEAR, LAST_YEAR, type Span } from './time'

// The vocabulary is the data contract's (schema.ts); re-exported for the filter code that reads it from here.
export { LAYER_IDS, STATUSES }

export type TimeMode = 'active' | 'cumulative'

export interface FilterState {
  /** The year shown when no span is chosen. */
  year: number
  /** A span of years instead of a single year. */
  span: Span | null
  /** Active in the window, or begun at or before its end (cumulative). */
  timeMode: TimeMode
  layers: readonly LayerId[]
  /** Empty means every category. */
  categories: readonly string[]
  /** Empty means every status. */
  statuses: readonly Status[]
  /** GB/T 2260 codes at any level; empty means everywhere. */
  regions: readonly string[]
  /** Leave out records whose place is approximate (chosen by the atlas, or a schematic line). */
  hideApproximate: boolean
}

/** The filters that decide which records exist for the map, leaving time and layer visibility to the GPU. */
export type RecordFilter = Pick<FilterState, 'categories' | 'statuses' | 'regions' | 'hideApproximate'>

/** Whether a record passes the record filter (categories, statuses, regions, precision), whatever the year. */
export function buildRecordPredicate(filter: RecordFilter): (record: AtlasRecord) => boolean {
  const categories = new Set(filter.categories)
  const statuses = new Set(filter.statuses)
  return (record) =>
    (categories.size === 0 || categories.has(record.category)) &&
    (statuses.size === 0 || statuses.has(record.status)) &&
    matchesRegions(record, filter.regions) &&
    !(filter.hideApproximate && isApproximateLocation(record))
}

export const DEFAULT_FILTERS: FilterState = {
  year: 2010,
  span: null,
  timeMode: 'active',
  layers: LAYER_IDS,
  categories: [],
  statuses: [],
  regions: [],
  hideApproximate: false,
}

/** The years the view covers: the single year, or the span. */
export function timeWindow(state: Pick<FilterState, 'year' | 'span'>): Span {
  return state.span ?? [state.year, state.year]
}

export function matchesTime(record: Pick<AtlasRecord, 'years'>, window: Span, mode: TimeMode): boolean {
  const [start, end] = record.years
  if (mode === 'cumulative') return start <= window[1]
  return start <= window[1] && end >= window[0]
}

/** The code prefix a GB/T 2260 code stands for: 530000 -> "53", 532600 -> "5326", 532621 -> "532621". */
export function codePrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2)
  if (code.endsWith('00')) return code.slice(0, 4)
  return code
}

/** Whether `code` is `area` or lies inside it (a county inside its prefecture and province). */
export function isWithin(code: string, area: string): boolean {
  return code.startsWith(codePrefix(area))
}

export function matchesRegions(record: Pick<AtlasRecord, 'regions'>, regions: readonly string[]): boolean {
  if (regions.length === 0) return true
  return record.regions.some((code) => regions.some((area) => isWithin(code, area)))
}

export function buildPredicate(state: FilterState): (record: AtlasRecord) => boolean {
  const window = timeWindow(state)
  const layers = new Set(state.layers)
  const passes = buildRecordPredicate(state)
  return (record) => layers.has(record.layer) && passes(record) && matchesTime(record, window, state.timeMode)
}

/** Every filter except the layers and the year at its default: what "clear all" resets. */
export function clearFilters(state: FilterState): FilterState {
  return { ...state, categories: [], statuses: [], regions: [], hideApproximate: false, span: null, timeMode: 'active', layers: LAYER_IDS }
}

export function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR
}
