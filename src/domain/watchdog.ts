// The kiosk's watchdog, as pure decisions: given what the page observed, should it reload itself, and why.
// The browser side (src/kiosk/watchdog.ts) only gathers the observations and acts on the verdict.

export const RELOAD_CAUSES = ['frame', 'context', 'heap', 'update', 'scheduled'] as const
export type ReloadCause = (typeof RELOAD_CAUSES)[number]
export type ReloadCounts = Record<ReloadCause, number>

export interface WatchdogLimits {
  /** No frame drawn for this long while the page is visible. */
  frameMs: number
  /** A lost WebGL context whose map has not drawn again for this long. */
  contextMs: number
  /** JS heap in use above this many bytes. */
  heapBytes: number
}

export const DEFAULT_LIMITS: WatchdogLimits = { frameMs: 30_000, contextMs: 20_000, heapBytes: 1536 * 1024 * 1024 }

export interface Observation {
  now: number
  /** When the browser last ran an animation frame. */
  lastFrameAt: number
  /** A hidden page draws no frames, and that is not a fault. */
  visible: boolean
  /** When the map's WebGL context was lost, if the map has not been idle (drawn) since; else null. */
  contextLostAt: number | null
  /** JS heap in use, when the browser tells (Chromium's performance.memory). */
  heapBytes: number | null
}

/** The cause to reload for, or null when all is well. A lost context is named before the stalled frames it causes. */
export function watchdogVerdict(o: Observation, limits: WatchdogLimits = DEFAULT_LIMITS): Exclude<ReloadCause, 'update' | 'scheduled'> | null {
  if (o.contextLostAt !== null && o.now - o.contextLostAt >= limits.contextMs) return 'context'
  if (o.visible && o.now - o.lastFrameAt >= limits.frameMs) return 'frame'
  if (o.heapBytes !== null && o.heapBytes > limits.heapBytes) return 'heap'
  return null
}

/**
 * Tracks a lost context: the moment of the (first) loss, kept until the map is idle again after it. `mapIdle`
 * must be a reading taken after the loss (the map reports "loading" while it rebuilds).
 */
export function trackContextLoss(lostAt: number | null, event: { lostNow?: number; mapIdle: boolean }): number | null {
  if (event.lostNow !== undefined) return lostAt ?? event.lostNow
  return event.mapIdle ? null : lostAt
}

export function emptyCounts(): ReloadCounts {
  return Object.fromEntries(RELOAD_CAUSES.map((c) => [c, 0])) as ReloadCounts
}

/** Reads the stored counts, tolerating a missing or damaged entry (a wall must never fail on its own log). */
export function parseCounts(raw: string | null): ReloadCounts {
  const counts = emptyCounts()
  try {
    const stored: unknown = raw ? JSON.parse(raw) : null
    if (stored && typeof stored === 'object') {
      for (const cause of RELOAD_CAUSES) {
        const n = (stored as Record<string, unknown>)[cause]
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0) counts[cause] = n
      }
    }
  } catch {
    // damaged entry: start counting again
  }
  return counts
}

export function countReload(counts: ReloadCounts, cause: ReloadCause): ReloadCounts {
  return { ...counts, [cause]: counts[cause] + 1 }
}

export function totalReloads(counts: ReloadCounts): number {
  return RELOAD_CAUSES.reduce((sum, c) => sum + counts[c], 0)
}

/**
 * Planned reloads (a new build, the scheduled fresh start) happen only as the tour enters a chapter: never under
 * a visitor's hand, never in the middle of a chapter's story. A new build comes first.
 */
export function reloadAtChapter(s: { entering: boolean; touring: boolean; updateReady: boolean; scheduledDue: boolean }): 'update' | 'scheduled' | null {
  if (!s.entering || !s.touring) return null
  if (s.updateReady) return 'update'
  return s.scheduledDue ? 'scheduled' : null
}
