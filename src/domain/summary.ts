// The one-line summary a screen reader hears when the year or the filters change.
import type { AtlasRecord } from './schema'
import { visibleRecords, regionCount } from './selectors'
import type { FilterState } from './filters'
import { FIRST_YEAR } from './time'

export interface Summary {
  /** "2012" or "2006–2010". */
  when: string
  count: number
  regions: number
  /** Change in the count from the year before; null for a span or the first year. */
  delta: number | null
}

export function summarize(records: readonly AtlasRecord[], state: FilterState): Summary {
  const shown = visibleRecords(records, state)
  const when = state.span ? `${state.span[0]}–${state.span[1]}` : String(state.year)
  const previous = !state.span && state.year > FIRST_YEAR ? visibleRecords(records, { ...state, year: state.year - 1 }).length : null
  return { when, count: shown.length, regions: regionCount(shown), delta: previous === null ? null : shown.length - previous }
}
