import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/domain/summary'
import { DEFAULT_FILTERS, type FilterState } from '../../src/domain/filters'
import { buildTimeIndex, shownCount, shownCountByLayer, shownRecords, shownRegionCount } from '../../src/domain/time-index'
import { countByLayer, recordsBeforeTime, regionCount, visibleRecords } from '../../src/domain/selectors'
import { STATUSES } from '../../src/domain/schema'
import { FIXTURE } from './fixtures/records'
import { allRecords } from './data/load'

const indexFor = (state: FilterState, records = FIXTURE) => buildTimeIndex(recordsBeforeTime(records, state))

describe('the spoken summary', () => {
  it('counts records and regions, and the change from the year before', () => {
    // 2011: kashgar-housing starts (+1), the two 2006–2010 reviews end (-2).
    const state = { ...DEFAULT_FILTERS, year: 2011 }
    expect(summarize(indexFor(state), state)).toEqual({ when: '2011', count: 4, regions: 6, delta: -1 })
  })
  it('has no change for a span or for 2006', () => {
    const span: FilterState = { ...DEFAULT_FILTERS, span: [2006, 2010], year: 2010 }
    expect(summarize(indexFor(span), span).delta).toBeNull()
    const first = { ...DEFAULT_FILTERS, year: 2006 }
    expect(summarize(indexFor(first), first).delta).toBeNull()
  })
})

describe('the time index gives what the record predicate gives', () => {
  const records = allRecords()
  const states: FilterState[] = []
  for (let year = 2006; year <= 2015; year++) {
    states.push({ ...DEFAULT_FILTERS, year }, { ...DEFAULT_FILTERS, year, timeMode: 'cumulative' })
    states.push({ ...DEFAULT_FILTERS, year, layers: ['aid', 'park'], statuses: [STATUSES[year % 3]!] })
  }
  states.push({ ...DEFAULT_FILTERS, span: [2008, 2012], year: 2012 }, { ...DEFAULT_FILTERS, span: [2006, 2010], year: 2010, regions: ['650000', '540000'] })
  states.push({ ...DEFAULT_FILTERS, span: [2011, 2015], year: 2015, timeMode: 'cumulative', categories: ['industrial-park', 'education'] })

  it.each(states.map((s) => [JSON.stringify(s), s] as const))('%s', (_name, state) => {
    const index = indexFor(state, records)
    const expected = visibleRecords(records, state)
    expect(expected.length).toBeGreaterThanOrEqual(0)
    expect(shownRecords(index, state)).toEqual(expected)
    expect(shownCount(index, state)).toBe(expected.length)
    expect(shownCountByLayer(index, state)).toEqual(countByLayer(expected))
    expect(shownRegionCount(index, state)).toBe(regionCount(expected))
  })
})
