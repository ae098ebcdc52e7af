// Chart aggregates over records: pure, fed by the same selectors as the map (layers.visible and the filters).
import type { AtlasRecord, LayerId, Status } from '../domain/schema'
import { LAYER_IDS } from '../domain/schema'
import { buildPredicate, codePrefix, isWithin, type FilterState } from '../domain/filters'
import { FIRST_YEAR, LAST_YEAR } from '../domain/time'

export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)

/** Ids of records that another record in `records` names as its total: counting both would count twice. */
export function totalsIn(records: readonly AtlasRecord[]): Set<string> {
  return new Set(records.flatMap((r) => (r.partOf ? [r.partOf] : [])))
}

/**
 * The figure a record adds to a sum, or undefined: a total whose parts are listed is skipped, and so is a figure
 * that covers another span than the record's own (a 1994–2018 total is not a 2006–2010 figure).
 */
export function countable(r: AtlasRecord, key: 'fundsCny' | 'projects', totals: ReadonlySet<string>): number | undefined {
  if (totals.has(r.id)) return undefined
  if (r.statedSpan && (r.statedSpan[0] !== r.years[0] || r.statedSpan[1] !== r.years[1])) return undefined
  return r.metrics[key]
}

/** The level one below `area`: nothing -> province, province -> prefecture, prefecture -> county. */
export function childLevelCode(code: string, area: string | null): string {
  if (!area) return `${code.slice(0, 2)}0000`
  const prefix = codePrefix(area)
  if (prefix.length === 2) return code.length >= 4 && !code.endsWith('0000') ? `${code.slice(0, 4)}00` : code
  return code
}

export interface RegionTotal {
  /** The bar's key: one unit's code, or several joined by "," when a record's figure covers them together. */
  key: string
  codes: string[]
  funds: number
  projects: number
  records: number
}

/**
 * Aid funds, project counts and records by region, one level under the region filter `area` (provinces when there
 * is none). A figure stated for several units together is never split: it gets one bar for those units jointly.
 */
export function regionTotals(records: readonly AtlasRecord[], area: string | null = null): RegionTotal[] {
  const aid = records.filter((r) => r.layer === 'aid')
  const totals = totalsIn(aid)
  const out = new Map<string, RegionTotal>()
  for (const r of aid) {
    const inside = area ? r.regions.filter((c) => isWithin(c, area)) : r.regions
    const codes = [...new Set(inside.map((c) => childLevelCode(c, area)))].sort()
    if (codes.length === 0) continue
    const key = codes.join(',')
    const row = out.get(key) ?? { key, codes, funds: 0, projects: 0, records: 0 }
    row.funds += countable(r, 'fundsCny', totals) ?? 0
    row.projects += countable(r, 'projects', totals) ?? 0
    row.records += 1
    out.set(key, row)
  }
  return [...out.values()].sort((a, b) => b.funds - a.funds || b.projects - a.projects || a.key.localeCompare(b.key))
}

export type YearCounts = Record<LayerId, number> & { year: number; total: number }

/** Records active in each year 2006–2015 by layer, under every filter but time. */
export function yearSeries(records: readonly AtlasRecord[], state: FilterState): YearCounts[] {
  return YEARS.map((year) => {
    const predicate = buildPredicate({ ...state, year, span: null, timeMode: 'active' })
    const row = { year, total: 0, aid: 0, park: 0, waterway: 0, office: 0, coverage: 0, cooperation: 0 } as YearCounts
    for (const r of records) {
      if (!predicate(r)) continue
      row[r.layer] += 1
      row.total += 1
    }
    return row
  })
}

export interface StatusRow {
  status: Status
  records: number
  funds: number
  projects: number
}

/** Planned against achieved (and ongoing): records, aid funds and projects of each. */
export function statusSplit(records: readonly AtlasRecord[]): StatusRow[] {
  const totals = totalsIn(records)
  const rows: StatusRow[] = (['achieved', 'ongoing', 'planned'] as const).map((status) => ({ status, records: 0, funds: 0, projects: 0 }))
  for (const r of records) {
    const row = rows.find((x) => x.status === r.status)
    if (!row) continue
    row.records += 1
    if (r.layer !== 'aid') continue
    row.funds += countable(r, 'fundsCny', totals) ?? 0
    row.projects += countable(r, 'projects', totals) ?? 0
  }
  return rows
}

/** Stack offsets for one year's bar: [layer, y0, y1] bottom to top in LAYER_IDS order. */
export function stackYear(row: YearCounts): { layer: LayerId; y0: number; y1: number }[] {
  let y = 0
  return LAYER_IDS.map((layer) => {
    const y0 = y
    y += row[layer]
    return { layer, y0, y1: y }
  })
}
