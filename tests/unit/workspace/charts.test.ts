import { describe, expect, it } from 'vitest'
import { regionTotals, yearSeries, statusSplit, stackYear, childLevelCode } from '../../../src/charts/aggregates'
import { statedTotalIds } from '../../../src/domain/figures'
import { horizontalBars, yearBars, yearAtPixel, spanFromPixels } from '../../../src/charts/scales'
import { DEFAULT_FILTERS } from '../../../src/domain/filters'
import { FIXTURE, record } from '../fixtures/records'

const NO_TOTALS: ReadonlySet<string> = new Set()
const box = { width: 1000, height: 200, top: 0, right: 0, bottom: 0, left: 0 }

describe('region totals (hand-computed from the fixture)', () => {
  it('sums aid funds and projects by province, larger first', () => {
    expect(regionTotals(FIXTURE, NO_TOTALS)).toEqual([
      { key: '530000', codes: ['530000'], funds: 855000000, projects: 1803, parts: [{ kind: 'aid', funds: 855000000, projects: 1803 }], records: 1 },
      { key: '540000', codes: ['540000'], funds: 627000000, projects: 331, parts: [{ kind: 'aid', funds: 627000000, projects: 331 }], records: 1 },
      { key: '650000', codes: ['650000'], funds: 0, projects: 0, parts: [], records: 1 },
    ])
  })
  it('one level down, a figure for four prefectures together stays one joint bar (never split)', () => {
    expect(regionTotals(FIXTURE, NO_TOTALS, '530000')).toEqual([
      { key: '530800,532500,532600,533400', codes: ['530800', '532500', '532600', '533400'], funds: 855000000, projects: 1803,
        parts: [{ kind: 'aid', funds: 855000000, projects: 1803 }], records: 1 },
    ])
  })
  it('a stated total is no bar when its parts are listed, and a figure of another span is not summed', () => {
    const records = [
      record({ id: 'total', regions: ['540200'], metrics: { fundsCny: 100 } }),
      record({ id: 'part-a', regions: ['540200'], metrics: { fundsCny: 60 }, partOf: 'total' }),
      record({ id: 'part-b', regions: ['540200'], metrics: { fundsCny: 40, projects: 2 }, partOf: 'total' }),
      record({ id: 'long', regions: ['540200'], metrics: { fundsCny: 9999 }, statedSpan: [1994, 2018] }),
    ]
    const rows = regionTotals(records, statedTotalIds(records))
    expect(rows).toEqual([{ key: '540000', codes: ['540000'], funds: 100, projects: 2, parts: [{ kind: 'aid', funds: 100, projects: 2 }], records: 3 }])
  })
  it('child level codes', () => {
    expect(childLevelCode('653130', null)).toBe('650000')
    expect(childLevelCode('653130', '650000')).toBe('653100')
    expect(childLevelCode('653130', '653100')).toBe('653130')
    expect(childLevelCode('650000', '650000')).toBe('650000')
  })
})

describe('records per year by layer', () => {
  const series = yearSeries(FIXTURE, DEFAULT_FILTERS)
  it('covers 2006–2015 with the records active in each year', () => {
    expect(series.map((r) => r.year)).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015])
    expect(series.map((r) => r.total)).toEqual([3, 3, 3, 3, 5, 4, 4, 4, 4, 4])
    expect(series[4]).toMatchObject({ aid: 2, office: 1, coverage: 1, cooperation: 1, park: 0, waterway: 0 })
    expect(series[5]).toMatchObject({ aid: 1, office: 1, coverage: 1, cooperation: 1 })
  })
  it('applies every filter but time', () => {
    expect(yearSeries(FIXTURE, { ...DEFAULT_FILTERS, layers: ['aid'], year: 2006 }).map((r) => r.total)).toEqual([2, 2, 2, 2, 2, 1, 1, 1, 1, 1])
  })
  it('stacks layers bottom to top', () => {
    expect(stackYear(series[4]!).filter((s) => s.y1 > s.y0)).toEqual([
      { layer: 'aid', y0: 0, y1: 2 }, { layer: 'office', y0: 2, y1: 3 }, { layer: 'coverage', y0: 3, y1: 4 }, { layer: 'cooperation', y0: 4, y1: 5 },
    ])
  })
})

describe('planned against achieved', () => {
  it('counts records and sums aid figures per status', () => {
    expect(statusSplit(FIXTURE, NO_TOTALS)).toEqual([
      { status: 'achieved', records: 5, funds: 1482000000, projects: 2134, parts: [{ kind: 'aid', funds: 1482000000, projects: 2134 }] },
      { status: 'ongoing', records: 0, funds: 0, projects: 0, parts: [] },
      { status: 'planned', records: 1, funds: 0, projects: 0, parts: [] },
    ])
  })
})

describe('scales', () => {
  it('year bands: each year owns 100 px of a 1000 px chart', () => {
    const { x, y } = yearBars(5, { ...box, bottom: 20 })
    expect(x.step()).toBeCloseTo(100)
    expect(x(2006)).toBeCloseTo(7.5)
    expect(x.bandwidth()).toBeCloseTo(85)
    expect(y(0)).toBe(180)
    expect(y(5)).toBe(0)
    expect(yearAtPixel(x, 0)).toBe(2006)
    expect(yearAtPixel(x, 99)).toBe(2006)
    expect(yearAtPixel(x, 100)).toBe(2007)
    expect(yearAtPixel(x, 999)).toBe(2015)
    expect(yearAtPixel(x, 5000)).toBe(2015)
    expect(yearAtPixel(x, -50)).toBe(2006)
  })
  it('a brushed range becomes an ordered span', () => {
    const { x } = yearBars(5, box)
    expect(spanFromPixels(x, 450, 120)).toEqual([2007, 2010])
  })
  it('horizontal bars: length proportional from zero', () => {
    const { x, y } = horizontalBars(['a', 'b'], 200, { ...box, left: 100 })
    expect(x(0)).toBe(100)
    expect(x(100)).toBe(550)
    expect(x(200)).toBe(1000)
    expect(y.domain()).toEqual(['a', 'b'])
    expect(y('a')!).toBeLessThan(y('b')!)
  })
})
