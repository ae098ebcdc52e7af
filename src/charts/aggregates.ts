// Chart aggregates over records: pure, fed by the same selectors as the map (layers.visible and the filters).
import type { AtlasRecord, LayerId, Status } from '../domain/schema'
import { LAYER_IDS, STATUSES } from '../domain/schema'
import { eachShown, shownMask, type TimeIndex, type TimeView } from '../domain/time-index'
import { buildPredicate, codePrefix, isWithin, timeWindow, type FilterState } from '../domain/filters'
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
  for (const r of records) if (r.layer === 'aid') addToRegion(out, r, totals, area)
  return sortedRegions(out)
}

/**
 * `regionTotals` of the records the view shows, walked over the time index: only the aid records shown are read as
 * objects (the layer and the years are typed arrays), so 100,000 imported parks cost a loop over bytes.
 */
export function regionTotalsOf(index: TimeIndex, view: TimeView, totals: StatedTotals, area: string | null = null): RegionTotal[] {
  const out = new Map<string, RegionTotal>()
  const aid = LAYER_IDS.indexOf('aid')
  const aidOnly = view.layers.includes('aid') ? (['aid'] as const) : []
  eachShown(index, timeWindow(view), view.timeMode, aidOnly, (i) => {
    if (index.layer[i] === aid) addToRegion(out, index.records[i]!, totals, area)
  })
  return sortedRegions(out)
}

function addToRegion(out: Map<string, RegionTotal>, r: AtlasRecord, totals: StatedTotals, area: string | null) {
  if (totals.has(r.id)) return
  const codes = barUnits(r, area, totals)
  if (codes.length === 0) return
  const key = jointKey(codes)
  const row = out.get(key) ?? { key, codes, ...emptySum(), records: 0 }
  addToSum(row, r, totals)
  row.records += 1
  out.set(key, row)
}

const sortedRegions = (out: Map<string, RegionTotal>) =>
  [...out.values()].sort((a, b) => b.funds - a.funds || b.projects - a.projects || a.key.localeCompare(b.key))

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

/**
 * `yearSeries` over the time index of the records passing the record filter (layers.timeIndex): one walk over its
 * typed arrays, each record adding to the years it is active in, no record object read. `layers`: the layers shown.
 */
export function yearSeriesOf(index: TimeIndex, layers: readonly LayerId[]): YearCounts[] {
  const L = LAYER_IDS.length
  const counts = new Uint32Array(YEARS.length * L)
  let mask = 0
  for (const id of layers) mask |= 1 << LAYER_IDS.indexOf(id)
  const { start, end, layer, pass } = index
  for (let i = 0; i < start.length; i++) {
    const l = layer[i]!
    if ((mask & (1 << l)) === 0 || (pass && pass[i] === 0)) continue
    const from = Math.max(start[i]!, FIRST_YEAR)
    const to = Math.min(end[i]!, LAST_YEAR)
    for (let y = from; y <= to; y++) counts[(y - FIRST_YEAR) * L + l]! += 1
  }
  return YEARS.map((year, k) => {
    const row = { year, total: 0 } as YearCounts
    LAYER_IDS.forEach((id, l) => {
      row[id] = counts[k * L + l]!
      row.total += row[id]
    })
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

/**
 * `statusSplit` of the records the view shows, over the time index: records counted from its typed status array,
 * and only the shown aid records (the ones with figures) read as objects.
 */
export function statusSplitOf(index: TimeIndex, view: TimeView, totals: StatedTotals): StatusRow[] {
  const order = ['achieved', 'ongoing', 'planned'] as const
  const rows: StatusRow[] = order.map((status) => ({ status, records: 0, ...emptySum() }))
  const rowOf = STATUSES.map((s) => rows[order.indexOf(s)])
  const aid = LAYER_IDS.indexOf('aid')
  // The view's own mask, which the count and the legend have read already.
  const shown = shownMask(index, view)
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i]) continue
    const row = rowOf[index.status[i]!]
    if (!row) continue
    row.records += 1
    if (index.layer[i] === aid) addToSum(row, index.records[i]!, totals)
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
