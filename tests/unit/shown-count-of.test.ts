import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, type FilterState } from '../../src/domain/filters'
import { buildTimeIndex, shownCount, shownCountByLayer, shownCountOf, shownMask, shownRecords, shownRegionCount, withPass } from '../../src/domain/time-index'
import { countByLayer, passMask, recordsBeforeTime, regionCount, visibleRecords } from '../../src/domain/selectors'
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

describe('the shown mask the list, counts and legend share (shownMask)', () => {
  it('answers as the record predicate does, asked in turn with other views and other filter masks', () => {
    const records = allRecords()
    const index = buildTimeIndex(records)
    const views: Omit<FilterState, 'statuses'>[] = [
      { ...DEFAULT_FILTERS, year: 2006 },
      { ...DEFAULT_FILTERS, year: 2013 },
      { ...DEFAULT_FILTERS, year: 2013, timeMode: 'cumulative' },
      { ...DEFAULT_FILTERS, span: [2008, 2011] },
      { ...DEFAULT_FILTERS, span: [2008, 2011], timeMode: 'cumulative' },
      { ...DEFAULT_FILTERS, year: 2013, layers: ['aid', 'office'] },
      { ...DEFAULT_FILTERS, year: 2006 },
    ]
    // Each view asked with every filter mask in turn, and each mask with every view: a filter change makes a new
    // index (the layers store's withPass), a year change keeps it.
    const masks = [[], ['planned'], ['achieved']] as const
    const check = (state: FilterState) => {
      const masked = withPass(index, passMask(records, state))
      const expected = visibleRecords(records, state)
      expect(shownRecords(masked, state)).toEqual(expected)
      expect(shownCount(masked, state)).toBe(expected.length)
      expect(shownCountByLayer(masked, state)).toEqual(countByLayer(expected))
      expect(shownRegionCount(masked, state)).toBe(regionCount(expected))
      // The year before (the summary's delta), then the view again: the kept mask is the view's own.
      expect(shownCount(masked, { ...state, year: state.year - 1 })).toBe(visibleRecords(records, { ...state, year: state.year - 1 }).length)
      expect(shownMask(masked, state).reduce((a, b) => a + b, 0)).toBe(expected.length)
    }
    for (const view of views) for (const statuses of masks) check({ ...view, statuses })
    for (const statuses of masks) {
      const masked = withPass(index, passMask(records, { ...DEFAULT_FILTERS, statuses }))
      for (const view of views) {
        const state = { ...view, statuses }
        expect(shownRecords(masked, state)).toEqual(visibleRecords(records, state))
        expect(shownRegionCount(masked, state)).toBe(regionCount(visibleRecords(records, state)))
      }
    }
  })
})
