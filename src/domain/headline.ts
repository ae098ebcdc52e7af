// The headline band's figures, read from records only (the figure rules are domain/figures.ts): the plan's
// 十一五 aid total, and for the year or span shown the parks, offices, council members and channel depth.
import type { AtlasRecord } from './schema'
import type { Span } from './time'
import { PLAN_PERIODS } from './periods'
import { liesWithin, statedTotalIds, sumFigures } from './figures'

export type HeadlineId = 'aidFunds' | 'aidProjects' | 'parks' | 'offices' | 'council' | 'depth'

export interface HeadlineFigure {
  id: HeadlineId
  /** The number, or null when no record gives one for the window. */
  value: number | null
  /** The metric key for formatting (formatMetric) or 'count'. */
  metric: 'fundsCny' | 'projects' | 'count' | 'depthM'
  /** Planned records counted apart (parks): shown as "+n planned", never added in. */
  planned?: number
  /** The years the figure is stated for. */
  years: Span
  /** The record a tap opens: the one stating the figure, or the one standing for the count. */
  recordId: string | null
}

const overlaps = (years: readonly [number, number], window: Span) => years[0] <= window[1] && years[1] >= window[0]

/**
 * 2006–2010 counterpart aid: the sum of the aid records lying wholly within the 十一五 period by the figure rules
 * (a stated total's parts are counted, not the total; reconstruction is a kind apart and left out). The record
 * opened is the plan's stated total when the parts add up to it, so a leader sees the sentence the figure is from.
 */
function reviewAid(records: readonly AtlasRecord[]): [HeadlineFigure, HeadlineFigure] {
  const years = PLAN_PERIODS[0]!.years
  const totals = statedTotalIds(records)
  const within = records.filter((r) => r.layer === 'aid' && liesWithin(r.years, years))
  const part = sumFigures(within, totals).parts.find((p) => p.kind === 'aid')
  const stating = (metric: 'fundsCny' | 'projects', value: number | undefined) =>
    within.find((r) => totals.has(r.id) && value !== undefined && r.metrics[metric] === value)?.id ?? null
  return [
    { id: 'aidFunds', metric: 'fundsCny', value: part?.funds || null, years, recordId: stating('fundsCny', part?.funds) },
    { id: 'aidProjects', metric: 'projects', value: part?.projects || null, years, recordId: stating('projects', part?.projects) },
  ]
}

export function headlineFigures(records: readonly AtlasRecord[], window: Span): HeadlineFigure[] {
  const active = records.filter((r) => overlaps(r.years, window))
  const of = (layer: AtlasRecord['layer']) => active.filter((r) => r.layer === layer)

  const parks = of('park')
  const sites = parks.filter((r) => r.status !== 'planned')
  const biggest = [...sites].sort((a, b) => (b.metrics.areaKm2 ?? 0) - (a.metrics.areaKm2 ?? 0) || a.id.localeCompare(b.id))[0]

  const offices = of('office')

  const council = of('cooperation').filter((r) => r.category === 'city-council' && r.joined !== undefined)
  // The plan's own statement of the membership, the latest one shown (16 until 2009, 22 from 2010).
  const statedCouncil = of('cooperation').filter((r) => r.category === 'city-council' && r.metrics.members !== undefined)
    .sort((a, b) => b.years[1] - a.years[1] || a.id.localeCompare(b.id))[0]
  const newest = [...council].sort((a, b) => (b.joined ?? 0) - (a.joined ?? 0) || a.id.localeCompare(b.id))[0]

  // The deepest channel of works done or under way: planned target depths are goals, not depths.
  const channels = of('waterway').filter((r) => r.metrics.depthM !== undefined && r.status !== 'planned')
  const deepest = [...channels].sort((a, b) => b.metrics.depthM! - a.metrics.depthM! || a.id.localeCompare(b.id))[0]

  return [
    ...reviewAid(records),
    { id: 'parks', metric: 'count', value: sites.length, planned: parks.length - sites.length, years: window, recordId: biggest?.id ?? parks[0]?.id ?? null },
    { id: 'offices', metric: 'count', value: offices.length, years: window, recordId: offices[0]?.id ?? null },
    { id: 'council', metric: 'count', value: council.length || null, years: window, recordId: statedCouncil?.id ?? newest?.id ?? null },
    { id: 'depth', metric: 'depthM', value: deepest?.metrics.depthM ?? null, years: window, recordId: deepest?.id ?? null },
  ]
}
