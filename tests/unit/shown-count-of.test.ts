import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, type FilterState } from '../../src/domain/filters'
import { buildTimeIndex, shownCountOf, shownRecords } from '../../src/domain/time-index'
import { recordsBeforeTime } from '../../src/domain/selectors'
import { allRecords } from './data/load'

describe('shownCountOf (the legend\'s counts per entry)', () => {
  it('counts each group\'s shown records, the same lists asked again on a year change and with a new index', () => {
    const records = allRecords()
    const byLayer = (layer: string) => records.filter((r) => r.layer === layer).map((r) => r.id)
    // The legend's groups: lists of ids, one with an id no record has.
    const groups = [byLayer('aid'), byLayer('park'), [...byLayer('office'), 'no-such-id'], []]
    const expected = (index: ReturnType<typeof buildTimeIndex>, state: FilterState) => {
      const shown = new Set(shownRecords(index, state).map((r) => r.id))
      return groups.map((ids) => ids.filter((id) => shown.has(id)).length)
    }
    const index = buildTimeIndex(recordsBeforeTime(records, DEFAULT_FILTERS))
    const years = [2006, 2009, 2012, 2015].map((year) => ({ ...DEFAULT_FILTERS, year }))
    for (const state of years) expect(shownCountOf(index, state, groups)).toEqual(expected(index, state))
    expect(shownCountOf(index, years[1]!, groups).some((n) => n > 0)).toBe(true)
    // A filter change: another index, the same lists (their positions are found again).
    const planned: FilterState = { ...DEFAULT_FILTERS, statuses: ['planned'], year: 2012 }
    const other = buildTimeIndex(recordsBeforeTime(records, planned))
    expect(shownCountOf(other, planned, groups)).toEqual(expected(other, planned))
    expect(shownCountOf(index, years[2]!, groups)).toEqual(expected(index, years[2]!))
  })
})
