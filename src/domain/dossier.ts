// A region's dossier: every record that touches a unit, across layers and years. Pure.
import type { AtlasRecord } from './schema'
import { isWithin, matchesTime } from './filters'
import { addToSum, emptySum, figureIsWithin, hasCountableFigure, liesWithin, statedTotalIds, type FigurePart } from './figures'
import { FIRST_YEAR, LAST_YEAR, type Span } from './time'

export const PERIODS: readonly Span[] = [[2006, 2010], [2011, 2015]]

/** A record touches a unit when one of its regions lies within it, or contains it (a province-wide record). */
export function touches(record: Pick<AtlasRecord, 'regions'>, code: string): boolean {
  return record.regions.some((c) => isWithin(c, code) || isWithin(code, c))
}

export interface PeriodFigures {
  span: Span
  /** A span of the records' own (e.g. 2010–2015) whose figures cross the plan's periods: summed apart, never split. */
  crossing: boolean
  records: AtlasRecord[]
  /** Sums of the aid records' countable figures in the period (figures.ts), with their parts by kind. */
  funds: number
  projects: number
  parts: FigurePart[]
  /** Aid records with a figure but stated for a wider area than the unit (shown, not summed). */
  wider: AtlasRecord[]
}

export interface YearEntry {
  year: number
  records: AtlasRecord[]
  offices: AtlasRecord[]
}

export interface Dossier {
  code: string
  records: AtlasRecord[]
  aidByPeriod: PeriodFigures[]
  parks: AtlasRecord[]
  waterway: AtlasRecord[]
  council: AtlasRecord[]
  cooperation: AtlasRecord[]
  years: YearEntry[]
}

const byStart = (a: AtlasRecord, b: AtlasRecord) => a.years[0] - b.years[0] || a.id.localeCompare(b.id)

/** `records`: the whole dataset (its stated totals are read from it). */
export function buildDossier(records: readonly AtlasRecord[], code: string): Dossier {
  const mine = records.filter((r) => touches(r, code)).sort(byStart)
  const byId = new Map(records.map((r) => [r.id, r]))
  const totals = statedTotalIds(records)
  const aid = mine.filter((r) => r.layer === 'aid')
  // Figures count in a period only when the record lies wholly inside it; a record crossing the periods (2010–2015)
  // gets a row of its own span, so its figure is shown once and never split.
  const crossingSpans = [...new Set(aid.filter((r) => !PERIODS.some((p) => liesWithin(r.years, p))).map((r) => `${r.years[0]}-${r.years[1]}`))]
    .sort().map((k) => k.split('-').map(Number) as unknown as Span)
  const figuresFor = (span: Span, crossing: boolean): PeriodFigures => {
    const inPeriod = aid.filter((r) => (crossing ? r.years[0] === span[0] && r.years[1] === span[1] : matchesTime(r, span, 'active')))
    const sum = emptySum()
    const wider: AtlasRecord[] = []
    for (const r of inPeriod) {
      if (!liesWithin(r.years, span) || !hasCountableFigure(r, totals)) continue
      // A figure for a whole unit around this one (or for several units together) is not this unit's figure.
      if (!figureIsWithin(r, code)) wider.push(r)
      else addToSum(sum, r, totals)
    }
    return { span, crossing, records: inPeriod, ...sum, wider }
  }
  const aidByPeriod = [...PERIODS.map((p) => figuresFor(p, false)), ...crossingSpans.map((p) => figuresFor(p, true))]
  // Offices: a coverage record touching the unit names the office covering it in its years.
  const coverage = mine.filter((r) => r.layer === 'coverage')
  const years: YearEntry[] = []
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const active = mine.filter((r) => matchesTime(r, [year, year], 'active'))
    const offices = coverage
      .filter((r) => matchesTime(r, [year, year], 'active'))
      .flatMap((r) => {
        const o = r.office ? byId.get(r.office) : undefined
        return o ? [o] : []
      })
    years.push({ year, records: active, offices: [...new Set(offices)] })
  }
  return {
    code,
    records: mine,
    aidByPeriod,
    parks: mine.filter((r) => r.layer === 'park'),
    waterway: mine.filter((r) => r.layer === 'waterway'),
    council: mine.filter((r) => r.layer === 'cooperation' && r.category === 'city-council'),
    cooperation: mine.filter((r) => r.layer === 'cooperation' && r.category !== 'city-council'),
    years,
  }
}
