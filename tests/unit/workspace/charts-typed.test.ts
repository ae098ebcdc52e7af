// The charts' aggregates over the time index's typed arrays (yearSeriesOf, statusSplitOf, regionTotalsOf) give what
// the record walks (yearSeries, statusSplit, regionTotals over the shown records) give: on the plan's records and on
// a synthetic 100,000, under several filter states.
import { describe, expect, it } from 'vitest'
import { regionTotals, regionTotalsOf, statusSplit, statusSplitOf, yearSeries, yearSeriesOf } from '../../../src/charts/aggregates'
import { statedTotalIds } from '../../../src/domain/figures'
import { buildRecordPredicate, DEFAULT_FILTERS, type FilterState } from '../../../src/domain/filters'
import { recordsBeforeTime } from '../../../src/domain/selectors'
import { buildTimeIndex, shownRecords } from '../../../src/domain/time-index'
import { CATEGORIES, LAYER_IDS, STATUSES, type AtlasRecord } from '../../../src/domain/schema'
import { allRecords } from '../data/load'
import { record } from '../fixtures/records'

const REGIONS = ['532600', '530000', '540100', '653100', '650000', '420500', '500101', '513200']

/** 100,000 records over every layer, status and year (some starting before 2006 or ending after 2015), aid with figures. */
function synthetic(n: number): AtlasRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const layer = LAYER_IDS[i % LAYER_IDS.length]!
    const start = 2003 + (i % 15)
    const end = Math.min(2018, start + (i % 4))
    const regions = [REGIONS[i % REGIONS.length]!, ...(i % 5 === 0 ? [REGIONS[(i + 3) % REGIONS.length]!] : [])]
    return record({
      id: `s${i}`, layer, category: CATEGORIES[layer][i % CATEGORIES[layer].length]!, status: STATUSES[(i >> 1) % STATUSES.length]!,
      years: [start, end], regions,
      metrics: layer === 'aid' ? { ...(i % 7 ? { fundsCny: 1000 + i } : {}), ...(i % 3 ? { projects: i % 11 } : {}) } : {},
      ...(layer === 'aid' && i % 13 === 0 ? { statedSpan: [start - 1, end] as [number, number] } : {}),
      ...(layer === 'aid' && i % 17 === 0 && i > 6 ? { partOf: `s${i - 6}` } : {}),
    })
  })
}

const STATES: FilterState[] = [
  DEFAULT_FILTERS,
  { ...DEFAULT_FILTERS, year: 2008, span: [2007, 2012] },
  { ...DEFAULT_FILTERS, year: 2014, timeMode: 'cumulative', layers: ['aid', 'park', 'office'] },
  { ...DEFAULT_FILTERS, year: 2006, statuses: ['planned', 'ongoing'], regions: ['530000'] },
  { ...DEFAULT_FILTERS, year: 2011, layers: ['park', 'cooperation'], categories: ['industrial-park', 'exchange'] },
]

function compare(records: readonly AtlasRecord[]) {
  const totals = statedTotalIds(records)
  for (const state of STATES) {
    const index = buildTimeIndex(recordsBeforeTime(records, state))
    const visible = shownRecords(index, state)
    const area = state.regions.length === 1 ? state.regions[0]! : null
    expect(yearSeriesOf(index, state.layers)).toEqual(yearSeries(records, state))
    expect(statusSplitOf(index, state, totals)).toEqual(statusSplit(visible, totals))
    expect(regionTotalsOf(index, state, totals, area)).toEqual(regionTotals(visible, totals, area))
    // The same over an index of every record with the record filter as a pass mask (one byte per record).
    const predicate = buildRecordPredicate(state)
    const masked = { ...buildTimeIndex(records), pass: Uint8Array.from(records, (r) => (predicate(r) ? 1 : 0)) }
    expect(yearSeriesOf(masked, state.layers)).toEqual(yearSeries(records, state))
    expect(statusSplitOf(masked, state, totals)).toEqual(statusSplit(visible, totals))
    expect(regionTotalsOf(masked, state, totals, area)).toEqual(regionTotals(visible, totals, area))
  }
}

describe('chart aggregates over the time index equal the record walks', () => {
  it('on the plan\'s records', () => {
    const records = allRecords()
    // The plan's data gives non-trivial charts (else equality would prove little).
    expect(yearSeries(records, DEFAULT_FILTERS).some((r) => r.total > 0)).toBe(true)
    expect(regionTotals(records, statedTotalIds(records)).length).toBeGreaterThan(3)
    compare(records)
  })
  it('on 100,000 synthetic records', () => {
    const records = synthetic(100_000)
    expect(statedTotalIds(records).size).toBeGreaterThan(0)
    compare(records)
  }, 120_000)
})
