/**
 * The figure rules: the one place that decides which figure of a record is drawn, counted or summed. Pure.
 * The map, the charts, the compare tab, the dossier (and any headline or briefing figure) read figures through here
 * only, so they cannot disagree. Figures are the aid layer's funds (`fundsCny`) and projects.
 *
 * - `statedTotalIds(records)`: ids of the stated totals, records whose parts are listed (`partOf`). Pass the whole
 *   dataset (plan and user layer): being a total is a property of the data, not of a filtered view. A `partOf` link
 *   counts only between records of the same origin (`recordOrigin`): an imported record never turns a plan record
 *   into a total.
 * - `countableFigure(record, metric, totals)`: the figure a record is drawn by and adds to a sum, or undefined: none
 *   for a stated total (its parts are counted), none when the figure covers another span than the record's years
 *   (a 1994–2018 total is listed, not drawn in 2008). `hasCountableFigure(record, totals)`: funds or projects.
 * - `figureKind(record)`: figures the plan keeps apart. Post-disaster reconstruction is stated "besides" (此外)
 *   counterpart aid: Dujiangyan's 82.5亿元 / 117 projects lie outside the 21.96亿元 / 2,711 of the eight regions.
 * - `emptySum()`, `addToSum(sum, record, totals)`, `sumFigures(records, totals)`: a sum with its parts by kind, so
 *   a screen can show them (`showsParts(sum)`) instead of silently merging them.
 * - `figureUnits(record, unitOf)`, `jointKey(units)`, `unitsOfKey(key)`: the units (provinces, prefectures...) a
 *   figure is stated for. A figure stated for several units together is one joint row or bar keyed by
 *   `jointKey(units)` ("420000,500000" for the Three Gorges area), never credited in full to each member.
 *   `figureIsWithin(record, code)`: whether a figure belongs to a unit (all its regions lie inside it).
 * - `liesWithin(years, span)`: a figure is added to a period only when its years lie wholly inside it.
 */
import type { AtlasRecord } from './schema'
import type { AidMetric } from './selectors'
import type { Span } from './time'
import { isWithin } from './filters'

export type FigureMetric = AidMetric
/** Ids of stated totals: see `statedTotalIds`. */
export type StatedTotals = ReadonlySet<string>

/** The prefix of imported records' ids (domain/import.ts USER_PREFIX; kept here so the map does not load the importer). */
const USER_ID_PREFIX = 'user-'

/**
 * Where a record comes from: the plan's layer file it was loaded from, or the user layer. A part and its total must
 * share it. User records' ids do not name their file; pass `originOf` to tell imported files apart.
 */
export function recordOrigin(r: Pick<AtlasRecord, 'id' | 'layer'>): string {
  return r.id.startsWith(USER_ID_PREFIX) ? 'user' : `plan:${r.layer}`
}

/** Ids of the records that a record of the same origin names as its total (`partOf`): counting both counts twice. */
export function statedTotalIds(records: readonly AtlasRecord[], originOf: (r: AtlasRecord) => string = recordOrigin): Set<string> {
  // The map, charts, compare and briefing all ask this of the same list (the store's records, replaced whole, never
  // changed in place): with 100,000 imported records it is worth answering once per list.
  const cached = originOf === recordOrigin ? totalsCache.get(records) : undefined
  if (cached) return new Set(cached)
  // Only records some record names as its total need to be found by id (no Map of every record).
  const named = new Set<string>()
  for (const r of records) if (r.partOf !== undefined) named.add(r.partOf)
  const byId = new Map<string, AtlasRecord>()
  if (named.size) for (const r of records) if (named.has(r.id)) byId.set(r.id, r)
  const totals = new Set<string>()
  for (const r of records) {
    if (r.partOf === undefined) continue
    const total = byId.get(r.partOf)
    if (total && total !== r && originOf(total) === originOf(r)) totals.add(total.id)
  }
  if (originOf === recordOrigin) totalsCache.set(records, totals)
  return new Set(totals)
}
const totalsCache = new WeakMap<readonly AtlasRecord[], ReadonlySet<string>>()

const coversOwnYears = (r: AtlasRecord) => !r.statedSpan || (r.statedSpan[0] === r.years[0] && r.statedSpan[1] === r.years[1])

/** The figure a record is drawn by and adds to a sum, or undefined (see the top of this file). */
export function countableFigure(r: AtlasRecord, metric: FigureMetric, totals: StatedTotals): number | undefined {
  if (r.layer !== 'aid' || totals.has(r.id) || !coversOwnYears(r)) return undefined
  return r.metrics[metric]
}

export function hasCountableFigure(r: AtlasRecord, totals: StatedTotals): boolean {
  return countableFigure(r, 'fundsCny', totals) !== undefined || countableFigure(r, 'projects', totals) !== undefined
}

/** Kinds of figure the plan keeps apart, in the order a screen lists them. */
export const FIGURE_KINDS = ['aid', 'reconstruction'] as const
export type FigureKind = (typeof FIGURE_KINDS)[number]

export function figureKind(r: Pick<AtlasRecord, 'category'>): FigureKind {
  return r.category === 'reconstruction' ? 'reconstruction' : 'aid'
}

export interface FigurePart {
  kind: FigureKind
  funds: number
  projects: number
}
export interface FigureSum {
  funds: number
  projects: number
  /** The sum by kind, in FIGURE_KINDS order; only kinds that added a figure. */
  parts: FigurePart[]
}

export const emptySum = (): FigureSum => ({ funds: 0, projects: 0, parts: [] })

/** Adds a record's countable figures to `sum` (and to its kind's part); returns whether it added any. */
export function addToSum(sum: FigureSum, r: AtlasRecord, totals: StatedTotals): boolean {
  const funds = countableFigure(r, 'fundsCny', totals)
  const projects = countableFigure(r, 'projects', totals)
  if (funds === undefined && projects === undefined) return false
  const kind = figureKind(r)
  let part = sum.parts.find((p) => p.kind === kind)
  if (!part) {
    part = { kind, funds: 0, projects: 0 }
    sum.parts.push(part)
    sum.parts.sort((a, b) => FIGURE_KINDS.indexOf(a.kind) - FIGURE_KINDS.indexOf(b.kind))
  }
  sum.funds += funds ?? 0
  sum.projects += projects ?? 0
  part.funds += funds ?? 0
  part.projects += projects ?? 0
  return true
}

export function sumFigures(records: readonly AtlasRecord[], totals: StatedTotals): FigureSum {
  const sum = emptySum()
  for (const r of records) addToSum(sum, r, totals)
  return sum
}

/** Whether a screen must show the parts: the sum holds a kind other than counterpart aid alone. */
export function showsParts(sum: Pick<FigureSum, 'parts'>): boolean {
  return sum.parts.some((p) => p.kind !== 'aid')
}

/** The sum of several sums, part by part. */
export function addSums(a: FigureSum, b: FigureSum, sign: 1 | -1 = 1): FigureSum {
  const parts = FIGURE_KINDS.flatMap((kind): FigurePart[] => {
    const x = a.parts.find((p) => p.kind === kind)
    const y = b.parts.find((p) => p.kind === kind)
    if (!x && !y) return []
    return [{ kind, funds: (x?.funds ?? 0) + sign * (y?.funds ?? 0), projects: (x?.projects ?? 0) + sign * (y?.projects ?? 0) }]
  })
  return { funds: a.funds + sign * b.funds, projects: a.projects + sign * b.projects, parts }
}

export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`

/** The units a record's figure is stated for, at the level `unitOf` maps a region code to; sorted, each once. */
export function figureUnits(r: Pick<AtlasRecord, 'regions'>, unitOf: (code: string) => string = provinceOf): string[] {
  return [...new Set(r.regions.map(unitOf))].sort()
}

/** One key for a figure stated for several units together: one joint row, never one row per member. */
export const jointKey = (units: readonly string[]): string => units.join(',')
export const unitsOfKey = (key: string): string[] => key.split(',')

/** A figure belongs to a unit only when every region it is stated for lies inside the unit. */
export function figureIsWithin(r: Pick<AtlasRecord, 'regions'>, code: string): boolean {
  return r.regions.every((c) => isWithin(c, code))
}

export function liesWithin(years: readonly [number, number], span: Span): boolean {
  return years[0] >= span[0] && years[1] <= span[1]
}
