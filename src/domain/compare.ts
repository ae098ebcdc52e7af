// Compare two periods (or two years): records, aid funds and projects by layer and by region, and the difference.
import type { AtlasRecord, LayerId } from './schema'
import { LAYER_IDS } from './schema'
import { matchesTime } from './filters'
import type { Span } from './time'

export const DEFAULT_COMPARE: readonly [Span, Span] = [[2006, 2010], [2011, 2015]]

export interface Figures {
  records: number
  funds: number
  projects: number
}

export interface CompareRow {
  key: string
  /** Records active in A or B whose figures cross the period's bounds: counted as records, their figures not added. */
  crossing: number
  a: Figures
  b: Figures
  diff: Figures
}

const empty = (): Figures => ({ records: 0, funds: 0, projects: 0 })

/** Adds a record; returns true when it has a figure that is left out because the record crosses the period. */
function add(f: Figures, r: AtlasRecord, totals: ReadonlySet<string>, span: Span): boolean {
  f.records += 1
  if (r.layer !== 'aid' || totals.has(r.id)) return false
  if (r.statedSpan && (r.statedSpan[0] !== r.years[0] || r.statedSpan[1] !== r.years[1])) return false
  if (r.years[0] < span[0] || r.years[1] > span[1]) return r.metrics.fundsCny !== undefined || r.metrics.projects !== undefined
  f.funds += r.metrics.fundsCny ?? 0
  f.projects += r.metrics.projects ?? 0
  return false
}

/**
 * Rows keyed by `keyOf` (a layer, a province...) with the figures of records active in period A and in period B,
 * and B minus A. `records` should already pass every filter but time.
 */
export function comparePeriods(records: readonly AtlasRecord[], a: Span, b: Span, keyOf: (r: AtlasRecord) => string[]): CompareRow[] {
  const totals = new Set(records.flatMap((r) => (r.partOf ? [r.partOf] : [])))
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
  for (const x of rows.values()) {
    x.diff = { records: x.b.records - x.a.records, funds: x.b.funds - x.a.funds, projects: x.b.projects - x.a.projects }
  }
  return [...rows.values()]
}

export const byLayerKey = (r: AtlasRecord): LayerId[] => [r.layer]
/** A record counts once under each province it names. */
export const byProvinceKey = (r: AtlasRecord): string[] => [...new Set(r.regions.map((c) => `${c.slice(0, 2)}0000`))]

export function compareByLayer(records: readonly AtlasRecord[], a: Span, b: Span): CompareRow[] {
  const rows = comparePeriods(records, a, b, byLayerKey)
  return LAYER_IDS.flatMap((l) => rows.filter((r) => r.key === l))
}

export function compareByProvince(records: readonly AtlasRecord[], a: Span, b: Span): CompareRow[] {
  return comparePeriods(records, a, b, byProvinceKey).sort((x, y) => y.a.records + y.b.records - (x.a.records + x.b.records) || x.key.localeCompare(y.key))
}
