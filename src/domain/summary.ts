// The one-line summary a screen reader hears when the year or the filters change.
import { FIRST_YEAR } from './time'
import { shownCount, shownRegionCount, type TimeIndex, type TimeView } from './time-index'

export interface Summary {
  /** "2012" or "2006–2010". */
  when: string
  count: number
  regions: number
  /** Change in the count from the year before; null for a span or the first year. */
  delta: number | null
}

/** `index` holds the records with the record filter's mask (`layers.timeIndex`); the view adds time and layers. */
export function summarize(index: TimeIndex, view: TimeView): Summary {
  const count = shownCount(index, view)
  const when = view.span ? `${view.span[0]}–${view.span[1]}` : String(view.year)
  const previous = !view.span && view.year > FIRST_YEAR ? shownCount(index, { ...view, year: view.year - 1 }) : null
  return { when, count, regions: shownRegionCount(index, view), delta: previous === null ? null : count - previous }
}
