// Briefing mode, pure: what a clicker key means, how the step moves, the messages the two windows exchange and the
// step in the URL. The composable (composables/useBrief.ts) wires these to the DOM, the stores and the channel.
import { DEFAULT_FILTERS, type FilterState } from './filters'
import type { Chapter } from './tour'

export type BriefAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'overview' | 'choose' | 'exit'

/**
 * What presentation clickers send: PageDown/PageUp (most clickers), arrows and space, Home/End, `B` or `.` (the
 * black-screen button). `G` toggles the overview of all steps (a slide sorter), Enter closes it on the chosen
 * step; Esc leaves briefing mode.
 */
const KEYS: Record<string, BriefAction> = {
  PageDown: 'next', ArrowRight: 'next', ArrowDown: 'next', ' ': 'next', Spacebar: 'next',
  PageUp: 'prev', ArrowLeft: 'prev', ArrowUp: 'prev', Backspace: 'prev',
  Home: 'first', End: 'last',
  b: 'blank', B: 'blank', '.': 'blank',
  g: 'overview', G: 'overview', Enter: 'choose',
  Escape: 'exit',
}

export function briefAction(key: string): BriefAction | null {
  return KEYS[key] ?? null
}

export interface BriefState {
  /** The current step, 0-based. */
  step: number
  blank: boolean
  overview: boolean
}

export const clampStep = (step: number, count: number): number => Math.max(0, Math.min(count - 1, Math.trunc(step)))

/**
 * The state after an action, over `count` steps. A blank screen comes back on any move without moving (as slide
 * software does); the overview stays open while the arrows pick a tile, and Enter closes it on that tile.
 * `exit` is the composable's business and leaves the state alone.
 */
export function applyBriefAction(state: BriefState, action: BriefAction, count: number): BriefState {
  if (action === 'blank') return { ...state, blank: !state.blank }
  if (action === 'overview') return { ...state, overview: !state.overview, blank: false }
  if (action === 'exit') return state
  if (action === 'choose') return { ...state, overview: false }
  if (state.blank) return { ...state, blank: false }
  const last = count - 1
  const step = action === 'next' ? state.step + 1 : action === 'prev' ? state.step - 1 : action === 'first' ? 0 : last
  return { ...state, step: clampStep(step, count) }
}

/** What a step shows: the year, or the chapter's span, and the chapter's layers; every other filter cleared. */
export function stepFilters(chapter: Chapter): FilterState {
  return chapter.year !== undefined
    ? { ...DEFAULT_FILTERS, year: chapter.year, span: null, layers: chapter.layers }
    : { ...DEFAULT_FILTERS, year: chapter.years[1], span: [chapter.years[0], chapter.years[1]], layers: chapter.layers }
}

// --- The two windows (?mode=brief and ?mode=presenter) on one BroadcastChannel, no server. ---

export const BRIEF_CHANNEL = 'atlas-brief'

export type BriefMessage =
  /** A window moved to a step (or blanked): the other follows. */
  | { type: 'step'; step: number; blank: boolean }
  /** A window opened: whoever is showing answers with a `step` and the briefing's start time. */
  | { type: 'hello' }
  | { type: 'state'; step: number; blank: boolean; startedAt: number }

/** Reads a message from the channel; anything else (another version, another page) is ignored. */
export function parseBriefMessage(data: unknown): BriefMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const m = data as Record<string, unknown>
  const isStep = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0
  if (m.type === 'hello') return { type: 'hello' }
  if (m.type === 'step' && isStep(m.step) && typeof m.blank === 'boolean') return { type: 'step', step: m.step as number, blank: m.blank }
  if (m.type === 'state' && isStep(m.step) && typeof m.blank === 'boolean' && typeof m.startedAt === 'number' && Number.isFinite(m.startedAt)) {
    return { type: 'state', step: m.step as number, blank: m.blank, startedAt: m.startedAt }
  }
  return null
}

// --- The step in the URL: 1-based, as a speaker counts (&step=3 is the third step). ---

export type BriefMode = 'brief' | 'presenter'

export function readBriefMode(search: string): BriefMode | null {
  const mode = new URLSearchParams(search).get('mode')
  return mode === 'brief' || mode === 'presenter' ? mode : null
}

/** The 0-based step named by `&step=N`, or null when absent or not a whole number from 1 on. Clamped to `count`. */
export function readBriefStep(search: string, count: number): number | null {
  const raw = new URLSearchParams(search).get('step')
  if (raw === null || !/^\d{1,4}$/.test(raw) || Number(raw) < 1 || count < 1) return null
  return clampStep(Number(raw) - 1, count)
}

/** The URL's mode part: `mode=brief&step=3` in the briefing modes, `mode=kiosk` in the kiosk, nothing otherwise. */
export function modeQuery(mode: string, step: number | null): string {
  if ((mode === 'brief' || mode === 'presenter') && step !== null) return `mode=${mode}&step=${step + 1}`
  return mode === 'explore' ? '' : `mode=${encodeURIComponent(mode)}`
}

/** Elapsed time as a speaker reads it: 0:07, 12:34, 1:02:03. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
