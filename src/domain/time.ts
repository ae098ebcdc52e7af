// Time is state: the year (or span) lives in the filter store; this headless player only steps it.
export const FIRST_YEAR = 2006
export const LAST_YEAR = 2015

export type Span = readonly [number, number]

export function clampYear(year: number): number {
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(year)))
}

export interface PlayerState {
  playing: boolean
  loop: boolean
  /** 0.5, 1 or 2: years per second = speed / SECONDS_PER_YEAR. */
  speed: number
}

export const SPEEDS = [0.5, 1, 2] as const
export const SECONDS_PER_YEAR = 1.5

/**
 * The year after `year` for a player: the next year, back to the first when looping, or null when the end is
 * reached and the player should stop.
 */
export function nextYear(year: number, loop: boolean): number | null {
  if (year < LAST_YEAR) return year + 1
  return loop ? FIRST_YEAR : null
}

/** How long one year stays on screen at a speed, in ms. */
export function stepMs(speed: number): number {
  return (SECONDS_PER_YEAR * 1000) / speed
}

/**
 * A headless controller that steps a year through a scheduler; tests pass a fake scheduler, the app passes
 * setTimeout. It owns one timer at most and dispose() clears it.
 */
export interface Scheduler {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export class TimelinePlayer {
  private handle: unknown = null
  constructor(
    private readonly scheduler: Scheduler,
    private readonly read: () => { year: number; loop: boolean; speed: number },
    private readonly write: (year: number) => void,
    private readonly onStop: () => void,
  ) {}

  get running(): boolean {
    return this.handle !== null
  }

  start(): void {
    if (this.running) return
    const { year } = this.read()
    // Playing from the last year starts over, as a person expects.
    if (year >= LAST_YEAR) this.write(FIRST_YEAR)
    this.schedule()
  }

  stop(): void {
    if (this.handle !== null) this.scheduler.clear(this.handle)
    this.handle = null
  }

  dispose(): void {
    this.stop()
  }

  private schedule(): void {
    this.handle = this.scheduler.set(() => this.tick(), stepMs(this.read().speed))
  }

  private tick(): void {
    this.handle = null
    const { year, loop } = this.read()
    const next = nextYear(year, loop)
    if (next === null) {
      this.onStop()
      return
    }
    this.write(next)
    if (next === LAST_YEAR && !loop) {
      this.onStop()
      return
    }
    this.schedule()
  }
}
