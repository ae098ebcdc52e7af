// Compare two periods (or two years): records, aid funds and projects by layer and by province, and the difference.
// Which figure counts, and how a joint figure is keyed, is decided in figures.ts.
import type { AtlasRecord, LayerId } from './schema'
import { LAYER_IDS } from './schema'
import { matchesTime } from './filters'
import {
  addSums, addToSum, emptySum, figureUnits, hasCountableFigure, jointKey, liesWithin, type FigureSum, type StatedTotals,
} from './figures'
import type { Span } from './time'

export const DEFAULT_COMPARE: readonly [Span, Span] = [[2006, 2010], [2011, 2015]]

/** Records, and the sum of their aid figures with its parts by kind. */
export interface Figures extends FigureSum {
  records: number
}

export interface CompareRow {
  /** A layer, a province code, or several province codes joined by "," for a figure stated for them together. */
  key: string
  /** Records active in A or B whose figures cross the period's bounds: counted as records, their figures not added. */
  crossing: number
  a: Figures
  b: Figures
  diff: Figures
}

const empty = (): Figures => ({ records: 0, ...emptySum() })

/** Adds a record; returns true when it has a figure that is left out because the record crosses the period. */
function add(f: Figures, r: AtlasRecord, totals: StatedTotals, span: Span): boolean {
  f.records += 1
  if (!hasCountableFigure(r, totals)) return false
  if (!liesWithin(r.years, span)) return true
  addToSum(f, r, totals)
  return false
}

const difference = (b: Figures, a: Figures): Figures => ({ records: b.records - a.records, ...addSums(b, a, -1) })

/**
 * Rows keyed by `keyOf` (a layer, a province...) with the figures of records active in period A and in period B,
 * and B minus A. `records` should already pass every filter but time; `totals` are the dataset's stated totals.
 */
export function comparePeriods(
  records: readonly AtlasRecord[], a: Span, b: Span, keyOf: (r: AtlasRecord) => string[], totals: StatedTotals,
): CompareRow[] {
  const rows = new Map<string, CompareRow>()
  const row = (key: string) => {
    let x = rows.get(key)
    if (!x) rows.set(key, (x = { key, crossing: 0, a: empty(), b: empty(), diff: empty() }))
    return x
  }
  for (const r of records) {
    const inA = matchesTime(r, a, 'active')
    const inB = matchesTime(r, b, 'active')
    if (!inA && !inB) continue
    for (const key of keyOf(r)) {
      const x = row(key)
      const leftOut = (inA && add(x.a, r, totals, a)) || false
      const leftOutB = (inB && add(x.b, r, totals, b)) || false
      if (leftOut || leftOutB) x.crossing += 1
    }
  }
  for (const x of rows.values()) x.diff = difference(x.b, x.a)
  return [...rows.values()]
}

/** The sum of rows whose keys do not overlap (the layers), parts kept apart. */
export function totalRow(rows: readonly CompareRow[]): CompareRow {
  const plus = (x: Figures, y: Figures): Figures => ({ records: x.records + y.records, ...addSums(x, y) })
  return rows.reduce((t, r) => ({ key: 'total', crossing: t.crossing + r.crossing, a: plus(t.a, r.a), b: plus(t.b, r.b), diff: plus(t.diff, r.diff) }),
    { key: 'total', crossing: 0, a: empty(), b: empty(), diff: empty() } as CompareRow)
}

export const byLayerKey = (r: AtlasRecord): LayerId[] => [r.layer]

/**
 * A record with a figure counts once, under the provinces it is stated for together (one joint key): the Three
 * Gorges figure of Chongqing and Hubei is one "420000,500000" row, never credited to each. A record without a figure
 * counts once under each province it names.
 */
export const byProvinceKey = (totals: StatedTotals) => (r: AtlasRecord): string[] =>
  hasCountableFigure(r, totals) ? [jointKey(figureUnits(r))] : figureUnits(r)

export function compareByLayer(records: readonly AtlasRecord[], a: Span, b: Span, totals: StatedTotals): CompareRow[] {
  const rows = comparePeriods(records, a, b, byLayerKey, totals)
  return LAYER_IDS.flatMap((l) => rows.filter((r) => r.key === l))
}

export function compareByProvince(records: readonly AtlasRecord[], a: Span, b: Span, totals: StatedTotals): CompareRow[] {
  return comparePeriods(records, a, b, byProvinceKey(totals), totals)
    .sort((x, y) => y.a.records + y.b.records - (x.a.records + x.b.records) || x.key.localeCompare(y.key))
}
