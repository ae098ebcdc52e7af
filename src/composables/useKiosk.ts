import { ref, shallowRef } from 'vue'
import tourUrl from '../../geo/tour/chapters.json?url'
import { parseTour, TourController, type Chapter, type TourStep } from '../domain/tour'
import { DEFAULT_FILTERS } from '../domain/filters'
import { useFiltersStore } from '../stores/filters'
import { useUiStore } from '../stores/ui'

/** Kiosk settings from the URL: ?mode=kiosk&idle=90&step=2500&reloadHours=24 (seconds, ms, hours). */
export interface KioskOptions {
  idleMs: number
  stepMs: number
  holdMs: number
  reloadMs: number | null
}

export function readKioskOptions(search: string): KioskOptions | null {
  const q = new URLSearchParams(search)
  if (q.get('mode') !== 'kiosk') return null
  const num = (key: string, fallback: number, min: number, max: number) => {
    const v = Number(q.get(key))
    return q.has(key) && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback
  }
  const stepMs = num('step', 2500, 100, 60_000)
  const reloadHours = num('reloadHours', 0, 0, 24 * 30)
  return {
    idleMs: num('idle', 90, 1, 3600) * 1000,
    stepMs,
    holdMs: stepMs * 2.4,
    reloadMs: reloadHours > 0 ? reloadHours * 3_600_000 : null,
  }
}

/**
 * The unattended kiosk: an autopilot tour of chapters; a touch or key hands control to the visitor; after the
 * idle time the atlas returns to a clean state and the tour starts over. Every timer and listener is disposed.
 */
export function useKiosk(options: KioskOptions) {
  const filters = useFiltersStore()
  const ui = useUiStore()
  const chapter = shallowRef<Chapter | null>(null)
  const step = ref<TourStep | null>(null)
  const chapters = shallowRef<Chapter[]>([])
  const error = ref<string | null>(null)
  let tour: TourController | null = null
  let idleTimer = 0
  let reloadDue = false
  let reloadTimer = 0

  const show = (next: TourStep, current: Chapter, entering: boolean) => {
    step.value = next
    chapter.value = current
    filters.replace({ ...DEFAULT_FILTERS, year: next.year, layers: current.layers })
    if (entering) ui.fitTo(current.camera.bounds, true)
  }

  function resumeTour() {
    window.clearTimeout(idleTimer)
    if (reloadDue) return window.location.reload()
    ui.select(null)
    ui.pickedRegion = null
    ui.kioskState = 'tour'
    tour?.start(true)
  }

  function onInteraction() {
    if (ui.kioskState === 'tour') {
      tour?.stop()
      ui.kioskState = 'visitor'
    }
    window.clearTimeout(idleTimer)
    idleTimer = window.setTimeout(resumeTour, options.idleMs)
  }

  async function start() {
    try {
      const response = await fetch(tourUrl)
      chapters.value = parseTour('chapters.json', await response.json())
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return
    }
    tour = new TourController(chapters.value,
      { set: (fn, ms) => window.setTimeout(fn, ms), clear: (h) => window.clearTimeout(h as number) },
      show, options.stepMs, options.holdMs)
    ui.kioskState = 'tour'
    tour.start(true)
    window.addEventListener('pointerdown', onInteraction, { capture: true })
    window.addEventListener('keydown', onInteraction, { capture: true })
    window.addEventListener('wheel', onInteraction, { capture: true, passive: true })
    // A scheduled soft reload clears whatever weeks of running leave behind; it waits for the tour, never
    // interrupting a visitor.
    if (options.reloadMs) {
      reloadTimer = window.setTimeout(() => {
        reloadDue = true
        if (ui.kioskState === 'tour') window.location.reload()
      }, options.reloadMs)
    }
  }

  function dispose() {
    tour?.dispose()
    window.clearTimeout(idleTimer)
    window.clearTimeout(reloadTimer)
    window.removeEventListener('pointerdown', onInteraction, { capture: true })
    window.removeEventListener('keydown', onInteraction, { capture: true })
    window.removeEventListener('wheel', onInteraction, { capture: true })
  }

  return { chapter, step, chapters, error, start, dispose }
}
