// A briefing step's headline figures and sources, read from records. A chapter names records and a metric, never a
// number. Funds and projects of aid records go through the figure rules (figures.ts): a sum of countable figures,
// so a stated total is never added to its parts and reconstruction is never merged into counterpart aid. Any other
// metric is one record's stated figure, shown as stated: nothing outside the rules is summed.
import { countableFigure, showsParts, sumFigures, type StatedTotals } from './figures'
import type { AtlasRecord, LocalText, MetricKey, Source } from './schema'
import type { Chapter, ChapterFigure } from './tour'

export interface HeadlineFigure {
  metric: MetricKey
  value: number
  /** The source says "more than" this value. */
  moreThan: boolean
  /** The years the figure covers (the source's stated span where it reaches outside the atlas's). */
  years: [number, number]
  /** What the figure is of: the one record's name, or the stated total its summed parts belong to. */
  label: LocalText
  records: string[]
}

const RULED: readonly MetricKey[] = ['fundsCny', 'projects']

const spanOf = (r: AtlasRecord): [number, number] => r.statedSpan ?? r.years

/** One headline figure, or the reason the chapter's figure cannot be shown (a data mistake the tests catch). */
export function resolveFigure(
  figure: ChapterFigure, byId: ReadonlyMap<string, AtlasRecord>, totals: StatedTotals,
): HeadlineFigure | { problem: string } {
  const records = figure.records.map((id) => byId.get(id))
  const missing = figure.records.filter((_, i) => !records[i])
  if (missing.length) return { problem: `no record ${missing.join(', ')}` }
  const found = records as AtlasRecord[]
  const first = found[0]!
  if (RULED.includes(figure.metric) && found.every((r) => r.layer === 'aid')) {
    const uncounted = found.filter((r) => countableFigure(r, figure.metric as 'fundsCny' | 'projects', totals) === undefined)
    if (uncounted.length) return { problem: `${uncounted.map((r) => r.id).join(', ')}: no countable ${figure.metric} (a stated total counts through its parts)` }
    const spans = new Set(found.map((r) => spanOf(r).join('-')))
    if (spans.size > 1) return { problem: `figures of different spans are not added (${[...spans].join(', ')})` }
    const sum = sumFigures(found, totals)
    // One kind alone (reconstruction's own figure) is shown under its record's name; two kinds are never merged.
    if (showsParts(sum) && sum.parts.length > 1) return { problem: 'kinds the plan keeps apart are not added' }
    const value = figure.metric === 'fundsCny' ? sum.funds : sum.projects
    return { metric: figure.metric, value, moreThan: found.some((r) => r.moreThan?.includes(figure.metric)), years: spanOf(first), label: labelOf(found, byId), records: figure.records }
  }
  if (found.length !== 1) return { problem: `${figure.metric} is not summed outside the figure rules: name one record` }
  const value = first.metrics[figure.metric]
  if (value === undefined) return { problem: `${first.id} states no ${figure.metric}` }
  return { metric: figure.metric, value, moreThan: first.moreThan?.includes(figure.metric) ?? false, years: spanOf(first), label: first.name, records: figure.records }
}

/** A single record is named by itself; parts of one stated total by that total. */
function labelOf(records: AtlasRecord[], byId: ReadonlyMap<string, AtlasRecord>): LocalText {
  if (records.length === 1) return records[0]!.name
  const total = records[0]!.partOf
  const whole = total && records.every((r) => r.partOf === total) ? byId.get(total) : undefined
  return whole?.name ?? { zh: records.map((r) => r.name.zh).join('、'), en: records.map((r) => r.name.en).join(', ') }
}

export interface StepFigures {
  figures: HeadlineFigure[]
  problems: string[]
}

export function chapterFigures(chapter: Chapter, byId: ReadonlyMap<string, AtlasRecord>, totals: StatedTotals): StepFigures {
  const out: StepFigures = { figures: [], problems: [] }
  for (const f of chapter.figures ?? []) {
    const r = resolveFigure(f, byId, totals)
    if ('problem' in r) out.problems.push(`${chapter.id}: ${r.problem}`)
    else out.figures.push(r)
  }
  return out
}

/** The sources a step cites: of its figures' records, then of its `sources` records; each source once. */
export function chapterSources(chapter: Chapter, byId: ReadonlyMap<string, AtlasRecord>): Source[] {
  const ids = [...(chapter.figures ?? []).flatMap((f) => f.records), ...(chapter.sources ?? [])]
  const seen = new Set<string>()
  const out: Source[] = []
  for (const id of ids) {
    const source = byId.get(id)?.source
    const key = source ? `${source.ref}|${source.url ?? ''}` : ''
    if (source && !seen.has(key)) {
      seen.add(key)
      out.push(source)
    }
  }
  return out
}
