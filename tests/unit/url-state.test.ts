import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, readUrlState, writeUrlState, type ViewState } from '../../src/domain/url-state'
import { DEFAULT_FILTERS } from '../../src/domain/filters'

describe('URL state', () => {
  it('the default view writes an empty query', () => {
    expect(writeUrlState(DEFAULT_VIEW)).toBe('')
    expect(readUrlState('')).toEqual(DEFAULT_VIEW)
  })

  it.each<[string, ViewState]>([
    ['a year and English', { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, year: 2013 }, locale: 'en' }],
    ['a span, cumulative', { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, span: [2006, 2010], year: 2010, timeMode: 'cumulative' } }],
    ['filters and selection', { ...DEFAULT_VIEW, selection: 'aid-xigaze-2006-2010',
      filters: { ...DEFAULT_FILTERS, layers: ['aid', 'office'], categories: ['education'], statuses: ['planned'], regions: ['530000', '653130'] } }],
    ['a camera', { ...DEFAULT_VIEW, camera: { center: [102.5, 25.04], zoom: 5.25 } }],
    ['approximate places hidden', { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, hideApproximate: true } }],
  ])('round-trips %s', (_name, view) => {
    expect(readUrlState(writeUrlState(view))).toEqual(view)
  })

  it('writes only what differs from the default', () => {
    expect(writeUrlState({ ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, year: 2012 } })).toBe('year=2012')
    expect(writeUrlState({ ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, hideApproximate: true } })).toBe('approx=hide')
  })

  it.each([
    ['year=1999', DEFAULT_VIEW],
    ['year=abc&lang=fr', DEFAULT_VIEW],
    ['span=2012-2008', DEFAULT_VIEW],
    ['regions=53,<script>&sel=<img onerror=x>', DEFAULT_VIEW],
    ['cam=500,20,3', DEFAULT_VIEW],
    ['layers=aid,bogus', { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, layers: ['aid'] } }],
  ] as const)('ignores malformed input %s', (query, expected) => {
    expect(readUrlState(query)).toEqual(expected)
  })
})
