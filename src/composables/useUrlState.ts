import { watch } from 'vue'
import { readUrlState, writeUrlState, type Camera } from '../domain/url-state'
import { modeQuery } from '../domain/brief'
import { useFiltersStore } from '../stores/filters'
import { useUiStore } from '../stores/ui'

const LOCALE_KEY = 'atlas.locale'
const URL_DELAY_MS = 200

// Safari has no requestIdleCallback: a short timeout there.
const hasIdle = typeof window.requestIdleCallback === 'function'
const whenIdle = (run: () => void): number => (hasIdle ? window.requestIdleCallback(run, { timeout: URL_DELAY_MS }) : window.setTimeout(run, URL_DELAY_MS / 4))
const cancelIdle = (id: number) => (hasIdle ? window.cancelIdleCallback(id) : window.clearTimeout(id))

let flushCurrent: (() => void) | null = null
/** Writes a pending change of the view into the address now: for code that reads `window.location` right after one. */
export function flushUrlState(): void {
  flushCurrent?.()
}

function storedLocale(): 'zh' | 'en' | null {
  try {
    const value = localStorage.getItem(LOCALE_KEY)
    return value === 'zh' || value === 'en' ? value : null
  } catch {
    return null
  }
}

/**
 * Reads the view from the URL once at start, then keeps the URL in step (replaceState: no history spam).
 * The camera is written by the map through setCamera. Returns the initial camera and a disposer.
 */
export function useUrlState() {
  const filters = useFiltersStore()
  const ui = useUiStore()
  const initial = readUrlState(window.location.search)
  filters.replace(initial.filters)
  ui.select(initial.selection)
  // The language also survives a reload without it in the URL (a kiosk restarted at its bare address).
  ui.locale = new URLSearchParams(window.location.search).has('lang') ? initial.locale : storedLocale() ?? initial.locale
  let camera: Camera | null = initial.camera
  let pending = 0

  const writeNow = () => {
    pending = 0
    const query = writeUrlState({ filters: filters.state, selection: ui.selection, camera, locale: ui.locale })
    const extra = modeQuery(ui.mode, ui.briefStep)
    const search = [query, extra].filter(Boolean).join('&')
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url)
  }
  // The URL is written once the page is idle (within URL_DELAY_MS): history.replaceState costs ~2 ms of the click
  // that changes a filter, before the frame that shows its answer; several changes in a row write once.
  const write = () => {
    if (!pending) pending = whenIdle(writeNow)
  }
  // A page left right after a change still writes it (into the history entry it leaves), and code that reads the
  // address (the presenter window's) can ask for it first (flushUrlState).
  const flush = () => {
    if (!pending) return
    cancelIdle(pending)
    writeNow()
  }
  window.addEventListener('pagehide', flush)
  flushCurrent = flush
  const stop = watch([() => filters.state, () => ui.selection, () => ui.locale, () => ui.mode, () => ui.briefStep], write)
  const stopLocale = watch(() => ui.locale, (locale) => {
    try {
      localStorage.setItem(LOCALE_KEY, locale)
    } catch {
      // Storage may be off (private mode, kiosk policy): the URL still carries the language.
    }
  })
  return {
    initialCamera: initial.camera,
    setCamera(next: Camera | null) {
      camera = next
      write()
    },
    dispose() {
      flush()
      window.removeEventListener('pagehide', flush)
      if (flushCurrent === flush) flushCurrent = null
      stop()
      stopLocale()
    },
  }
}
