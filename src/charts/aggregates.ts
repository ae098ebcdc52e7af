// Chart aggregates over records: pure, fed by the same selectors as the map (layers.visible and the filters).
import type { AtlasRecord, LayerId, Status } from '../domain/schema'
import { LAYER_IDS } from '../domain/schema'
import { buildPredicate, codePrefix, isWithin, type FilterState } from '../domain/filters'
import { FIRST_YEAR, LAST_YEAR } from '../domain/time'
import { addToSum, emptySum, figureUnits, hasCountableFigure, jointKey, type FigurePart, type StatedTotals } from '../domain/figures'

export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)

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
  /** The figures by kind (domain/figures.ts): a bar never merges kinds the plan keeps apart without showing them. */
  parts: FigurePart[]
  records: number
}

/**
 * The bar a record belongs to: its units one level under `area`. A figure stated together with units outside the
 * area keeps them (as provinces) in its joint bar: the Three Gorges figure is Wanzhou's and Yiling's together, so
 * under Chongqing it is "Wanzhou + Hubei", not Wanzhou's.
 */
function barUnits(r: AtlasRecord, area: string | null, totals: StatedTotals): string[] {
  if (!area) return figureUnits(r, (c) => childLevelCode(c, null))
  const inside = figureUnits({ regions: r.regions.filter((c) => isWithin(c, area)) }, (c) => childLevelCode(c, area))
  if (inside.length === 0 || !hasCountableFigure(r, totals)) return inside
  return [...new Set([...inside, ...figureUnits({ regions: r.regions.filter((c) => !isWithin(c, area)) })])].sort()
}

/**
 * Aid funds, project counts and records by region, one level under the region filter `area` (provinces when there
 * is none). A figure stated for several units together is never split: it gets one bar for those units jointly.
 * A stated total is not a bar, as it is not drawn on the map: its parts are. `totals`: the dataset's stated totals
 * (`statedTotalIds` of every record, not only of those shown).
 */
export function regionTotals(records: readonly AtlasRecord[], totals: StatedTotals, area: string | null = null): RegionTotal[] {
  const out = new Map<string, RegionTotal>()
  for (const r of records) {
    if (r.layer !== 'aid' || totals.has(r.id)) continue
    const codes = barUnits(r, area, totals)
    if (codes.length === 0) continue
    const key = jointKey(codes)
    const row = out.get(key) ?? { key, codes, ...emptySum(), records: 0 }
    addToSum(row, r, totals)
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
  parts: FigurePart[]
}

/** Planned against achieved (and ongoing): records, aid funds and projects of each. `totals` as in `regionTotals`. */
export function statusSplit(records: readonly AtlasRecord[], totals: StatedTotals): StatusRow[] {
  const rows: StatusRow[] = (['achieved', 'ongoing', 'planned'] as const).map((status) => ({ status, records: 0, ...emptySum() }))
  for (const r of records) {
    const row = rows.find((x) => x.status === r.status)
    if (!row) continue
    row.records += 1
    addToSum(row, r, totals)
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
