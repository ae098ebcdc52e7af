import { describe, expect, it } from 'vitest'
import { PLAN_PERIODS, isPeriod, periodsOf } from '../../src/domain/periods'
import { FIRST_YEAR, LAST_YEAR } from '../../src/domain/time'

describe('plan periods', () => {
  it('split the slider into 十一五 (achieved) and 十二五 (planned) without gap or overlap', () => {
    expect(PLAN_PERIODS.map((p) => [p.id, p.years, p.status])).toEqual([['p11', [2006, 2010], 'achieved'], ['p12', [2011, 2015], 'planned']])
    expect(PLAN_PERIODS[0]!.years[0]).toBe(FIRST_YEAR)
    expect(PLAN_PERIODS[1]!.years[1]).toBe(LAST_YEAR)
    expect(PLAN_PERIODS[1]!.years[0]).toBe(PLAN_PERIODS[0]!.years[1] + 1)
  })

  it('name the period of a year or of a span', () => {
    expect(periodsOf(2010).map((p) => p.id)).toEqual(['p11'])
    expect(periodsOf(2011).map((p) => p.id)).toEqual(['p12'])
    expect(periodsOf(2009, 2012).map((p) => p.id)).toEqual(['p11', 'p12'])
    expect(isPeriod([2006, 2010], PLAN_PERIODS[0]!)).toBe(true)
    expect(isPeriod([2006, 2011], PLAN_PERIODS[0]!)).toBe(false)
    expect(isPeriod(null, PLAN_PERIODS[0]!)).toBe(false)
  })
})
