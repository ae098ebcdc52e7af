import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/domain/summary'
import { DEFAULT_FILTERS } from '../../src/domain/filters'
import { FIXTURE } from './fixtures/records'

describe('the spoken summary', () => {
  it('counts records and regions, and the change from the year before', () => {
    // 2011: kashgar-housing starts (+1), the two 2006–2010 reviews end (-2).
    expect(summarize(FIXTURE, { ...DEFAULT_FILTERS, year: 2011 })).toEqual({ when: '2011', count: 4, regions: 6, delta: -1 })
  })
  it('has no change for a span or for 2006', () => {
    expect(summarize(FIXTURE, { ...DEFAULT_FILTERS, span: [2006, 2010], year: 2010 }).delta).toBeNull()
    expect(summarize(FIXTURE, { ...DEFAULT_FILTERS, year: 2006 }).delta).toBeNull()
  })
})
