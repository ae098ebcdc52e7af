import { computed, ref, watch } from 'vue'
import type { Chapter } from '../domain/tour'
import { useChapters } from './useChapters'
import {
  BRIEF_CHANNEL, applyBriefAction, briefAction, clampStep, parseBriefMessage, stepFilters, type BriefMessage, type BriefMode, type BriefState,
} from '../domain/brief'
import { chapterFigures, chapterSources, type HeadlineFigure } from '../domain/brief-figures'
import { statedTotalIds } from '../domain/figures'
import type { Source } from '../domain/schema'
import { useDataStore } from '../stores/data'
import { useFiltersStore } from '../stores/filters'
import { useUiStore } from '../stores/ui'

const STEP_KEY = 'atlas.brief.step'

function storedStep(): number | null {
  try {
    const v = Number(sessionStorage.getItem(STEP_KEY))
    return sessionStorage.getItem(STEP_KEY) !== null && Number.isInteger(v) && v >= 0 ? v : null
  } catch {
    return null
  }
}
function storeStep(step: number) {
  try {
    sessionStorage.setItem(STEP_KEY, String(step))
  } catch {
    // Storage may be off: the URL still carries the step.
  }
}

/** Keys typed into a field, or Enter/space on a button (which the button handles), are not clicker keys. */
function isOwnedByTarget(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  if (!el || !el.tagName) return false
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true
  return (el.tagName === 'BUTTON' || el.tagName === 'A') && (e.key === 'Enter' || e.key === ' ')
}

/**
 * Briefing mode in one window: `brief` shows the map and drives it; `presenter` shows the speaker's view. Both take
 * the clicker keys and stay in step over a BroadcastChannel (no server): either can drive. Esc (brief only) leaves
 * the briefing at the current view; `resume` or a new `?mode=brief` comes back to the step.
 */
export function useBrief(mode: BriefMode) {
  const filters = useFiltersStore()
  const ui = useUiStore()
  const data = useDataStore()
  const { chapters, error, load: loadChapters } = useChapters()
  const state = ref<BriefState>({ step: 0, blank: false, overview: false })
  const startedAt = ref(Date.now())
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(BRIEF_CHANNEL) : null

  const byId = computed(() => data.byId)
  const totals = computed(() => statedTotalIds(data.records))
  const chapter = computed<Chapter | null>(() => chapters.value[state.value.step] ?? null)
  const nextChapter = computed<Chapter | null>(() => chapters.value[state.value.step + 1] ?? null)
  const figuresOf = (c: Chapter): HeadlineFigure[] => chapterFigures(c, byId.value, totals.value).figures
  const sourcesOf = (c: Chapter): Source[] => chapterSources(c, byId.value)
  const active = () => ui.mode === mode

  /** Puts the map in the step's state: camera, year or span, layers, highlighted regions. */
  function showOnMap(c: Chapter, animate: boolean) {
    filters.replace(stepFilters(c))
    ui.select(null)
    ui.pickedRegion = null
    ui.highlight = c.regions ?? null
    ui.fitTo(c.camera.bounds, animate)
  }

  function set(next: BriefState, broadcast: boolean) {
    const moved = next.step !== state.value.step
    state.value = next
    ui.briefStep = next.step
    storeStep(next.step)
    const c = chapters.value[next.step]
    if (mode === 'brief' && active() && moved && c) showOnMap(c, true)
    if (broadcast) post({ type: 'step', step: next.step, blank: next.blank })
  }

  function post(message: BriefMessage) {
    channel?.postMessage(message)
  }

  function go(step: number) {
    set({ ...state.value, step, blank: false, overview: false }, true)
  }
  function act(action: Parameters<typeof applyBriefAction>[1]) {
    if (action === 'exit') return mode === 'brief' ? leave() : undefined
    set(applyBriefAction(state.value, action, chapters.value.length), true)
  }

  function onKey(e: KeyboardEvent) {
    if (!active() || !chapters.value.length || e.ctrlKey || e.metaKey || e.altKey || isOwnedByTarget(e)) return
    const action = briefAction(e.key)
    if (!action) return
    e.preventDefault()
    act(action)
  }

  function onMessage(e: MessageEvent) {
    const m = parseBriefMessage(e.data)
    if (!m || !chapters.value.length) return
    if (m.type === 'hello') {
      if (mode === 'brief') post({ type: 'state', step: state.value.step, blank: state.value.blank, startedAt: startedAt.value })
      return
    }
    if (m.type === 'state') {
      if (mode === 'presenter') startedAt.value = m.startedAt
      else return
    }
    const step = Math.min(m.step, chapters.value.length - 1)
    if (mode === 'brief' && !active()) {
      // Left with Esc: remember where the speaker is, without taking the map back.
      state.value = { ...state.value, step, blank: m.blank }
      ui.briefStep = step
      storeStep(step)
      return
    }
    set({ ...state.value, step, blank: m.blank }, false)
  }

  /** Esc: free exploration at the current view; the step is kept for `resume` and for `?mode=brief`. */
  function leave() {
    state.value = { ...state.value, blank: false, overview: false }
    ui.highlight = null
    ui.mode = 'explore'
  }
  function resume() {
    ui.mode = 'brief'
    const c = chapters.value[state.value.step]
    if (c) showOnMap(c, true)
    post({ type: 'step', step: state.value.step, blank: false })
  }

  async function start() {
    if (!(await loadChapters())) return
    const count = chapters.value.length
    // The URL's &step= (read at start, App.vue), else where this tab's briefing last was.
    const first = clampStep(ui.briefStep ?? storedStep() ?? 0, count)
    state.value = { step: first, blank: false, overview: false }
    ui.briefStep = first
    storeStep(first)
    window.addEventListener('keydown', onKey)
    channel?.addEventListener('message', onMessage)
    if (mode === 'brief') {
      showOnMap(chapters.value[first]!, false)
      post({ type: 'step', step: first, blank: false })
    } else {
      post({ type: 'hello' })
    }
  }

  function dispose() {
    window.removeEventListener('keydown', onKey)
    channel?.removeEventListener('message', onMessage)
    channel?.close()
  }

  /** The records arrive after the basemap: start once they are there, so the first step's figures are whole. */
  function startWhenDataReady() {
    let started = false
    watch(() => data.status, (s) => {
      if (!started && (s === 'ready' || s === 'error')) {
        started = true
        void start()
      }
    }, { immediate: true })
  }

  return {
    chapters, chapter, nextChapter, state, error, startedAt, hasChannel: channel !== null,
    figuresOf, sourcesOf, showOnMap, go, act, leave, resume, start, startWhenDataReady, dispose,
  }
}

export type Brief = ReturnType<typeof useBrief>
