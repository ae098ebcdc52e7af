// The kiosk's tour: chapters are data (geo/tour/chapters.json), validated here; the controller is headless and
// steps chapter and year through a scheduler, so it is tested without a DOM and disposed with one call.
import { z } from 'zod'
import { LAYER_IDS, METRIC_KEY_LIST, type MetricKey } from './schema'
import { FIRST_YEAR, LAST_YEAR, type Scheduler } from './time'

const year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR)
const text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) })
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)])
const recordId = z.string().regex(/^[a-z0-9-]+$/)

/** A headline figure: one metric of named records, resolved through the figure rules (domain/brief-figures.ts). */
export const ChapterFigureSchema = z.strictObject({
  records: z.array(recordId).min(1),
  metric: z.enum(METRIC_KEY_LIST as [MetricKey, ...MetricKey[]]),
})

export const ChapterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  caption: text,
  camera: z.strictObject({ bounds: z.tuple([lonLat, lonLat]) }),
  years: z.tuple([year, year]).refine(([a, b]) => a <= b, 'first year after last'),
  layers: z.array(z.enum(LAYER_IDS)).min(1),
  // Briefing mode (domain/brief.ts) reads these; the kiosk ignores them.
  /** The single year a briefing step shows; without it the step shows the span `years`. */
  year: year.optional(),
  /** GB/T 2260 codes the step highlights (every other unit is dimmed). */
  regions: z.array(z.string().regex(/^\d{6}$/)).optional(),
  /** Headline figures, from records: never a number typed here. */
  figures: z.array(ChapterFigureSchema).optional(),
  /** Records whose sources the step cites besides its figures' records. */
  sources: z.array(recordId).optional(),
  /** Speaker notes, shown only in the presenter view. */
  notes: text.optional(),
}).refine((c) => c.year === undefined || (c.year >= c.years[0] && c.year <= c.years[1]), 'year outside the chapter years')
export const TourSchema = z.strictObject({ chapters: z.array(ChapterSchema).min(1) })
export type Chapter = z.infer<typeof ChapterSchema>
export type ChapterFigure = z.infer<typeof ChapterFigureSchema>

export function parseTour(file: string, input: unknown): Chapter[] {
  const result = TourSchema.safeParse(input)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`)
  }
  return result.data.chapters
}

export interface TourStep {
  chapter: number
  year: number
}

/** The step after `step`: the next year of the chapter, else the next chapter's first year, looping. */
export function nextStep(chapters: readonly Chapter[], step: TourStep): TourStep {
  const chapter = chapters[step.chapter]
  if (chapter && step.year < chapter.years[1]) return { chapter: step.chapter, year: step.year + 1 }
  const next = (step.chapter + 1) % chapters.length
  return { chapter: next, year: chapters[next]!.years[0] }
}

/** Plays the tour: one year per `stepMs`, with a longer hold on each chapter's first year for its caption. */
export class TourController {
  private handle: unknown = null
  private step: TourStep
  constructor(
    private readonly chapters: readonly Chapter[],
    private readonly scheduler: Scheduler,
    private readonly show: (step: TourStep, chapter: Chapter, entering: boolean) => void,
    private readonly stepMs: number,
    private readonly holdMs: number,
  ) {
    this.step = { chapter: 0, year: chapters[0]!.years[0] }
  }

  get running(): boolean {
    return this.handle !== null
  }

  get current(): TourStep {
    return this.step
  }

  /** Start (or restart from the first chapter, a clean state). */
  start(fromTheTop = true): void {
    this.stop()
    if (fromTheTop) this.step = { chapter: 0, year: this.chapters[0]!.years[0] }
    this.enter(true)
  }

  stop(): void {
    if (this.handle !== null) this.scheduler.clear(this.handle)
    this.handle = null
  }

  dispose(): void {
    this.stop()
  }

  private enter(entering: boolean): void {
    this.show(this.step, this.chapters[this.step.chapter]!, entering)
    this.handle = this.scheduler.set(() => this.tick(), entering ? this.holdMs : this.stepMs)
  }

  private tick(): void {
    this.handle = null
    const next = nextStep(this.chapters, this.step)
    const entering = next.chapter !== this.step.chapter
    this.step = next
    this.enter(entering)
  }
}
