// The plan's two five-year periods: 十一五 is reviewed (achieved), 十二五 is planned. The whole plan is built on
// this split, so the time bar marks it and names the period a year or span falls in.
import type { Span } from './time'

export interface PlanPeriod {
  /** i18n key part: time.periods.<id> */
  id: 'p11' | 'p12'
  years: Span
  status: 'achieved' | 'planned'
}

export const PLAN_PERIODS: readonly PlanPeriod[] = [
  { id: 'p11', years: [2006, 2010], status: 'achieved' },
  { id: 'p12', years: [2011, 2015], status: 'planned' },
]

/** The periods a year or span touches, in order (a span across 2010/2011 touches both). */
export function periodsOf(from: number, to: number = from): PlanPeriod[] {
  return PLAN_PERIODS.filter((p) => p.years[0] <= to && p.years[1] >= from)
}

/** Whether a span is exactly one period. */
export function isPeriod(span: Span | null, period: PlanPeriod): boolean {
  return !!span && span[0] === period.years[0] && span[1] === period.years[1]
}
