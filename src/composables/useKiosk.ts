import { effectScope, provide, ref, shallowRef, watch, type InjectionKey } from 'vue'
import { useIdle } from '@vueuse/core'
import { TourController, type Chapter, type TourStep } from '../domain/tour'
import { useChapters } from './useChapters'
import { DEFAULT_FILTERS } from '../domain/filters'
import { DEFAULT_LIMITS, reloadAtChapter, type WatchdogLimits } from '../domain/watchdog'
import { useFiltersStore } from '../stores/filters'
import { useUiStore } from '../stores/ui'
import { registerOfflineCopy } from '../kiosk/service-worker'
import { reloadFor, startWatchdog } from '../kiosk/watchdog'
import { createHealth, type Health } from '../kiosk/health'
import { afterMark, FIRST_FRAME_FALLBACK_MS } from '../boot-marks'

/**
 * Kiosk settings from the URL: ?mode=kiosk&idle=90&step=2500&reloadHours=24&status=1 (seconds, ms, hours), and
 * for tests and tuning: updateCheck (s between checks for a new build), contextGrace (s), heapMb.
 */
export interface KioskOptions {
  idleMs: number
  stepMs: number
  holdMs: number
  reloadMs: number | null
  status: boolean
  updateCheckMs: number
  limits: WatchdogLimits
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
    status: q.get('status') === '1',
    updateCheckMs: num('updateCheck', 600, 1, 86_400) * 1000,
    limits: {
      ...DEFAULT_LIMITS,
      contextMs: num('contextGrace', DEFAULT_LIMITS.contextMs / 1000, 1, 600) * 1000,
      heapBytes: num('heapMb', DEFAULT_LIMITS.heapBytes / 1048576, 64, 65_536) * 1048576,
    },
  }
}

export const KIOSK_HEALTH: InjectionKey<{ health: Health; statusShown: ReturnType<typeof ref<boolean>> }> = Symbol('kiosk-health')

/**
 * The unattended kiosk: an autopilot tour of chapters; a touch or key hands control to the visitor; after the
 * idle time (@vueuse/core's useIdle) the atlas returns to a clean state and the tour starts over. A watchdog
 * reloads a stuck page, a new build is taken between chapters. Every timer and listener is disposed.
 */
export function useKiosk(options: KioskOptions) {
  const filters = useFiltersStore()
  const ui = useUiStore()
  const chapter = shallowRef<Chapter | null>(null)
  const step = ref<TourStep | null>(null)
  const { chapters, error, load: loadChapters } = useChapters()
  const health = createHealth()
  const statusShown = ref(options.status)
  provide(KIOSK_HEALTH, { health, statusShown })
  const offline = registerOfflineCopy(options.updateCheckMs)
  // The address the wall was started with: the URL state keeps only mode=kiosk of it, and a reload must come back
  // with the same settings (step, idle, status…).
  const startUrl = window.location.href
  const reloadIntoTour = () => window.location.replace(startUrl)
  const scope = effectScope()
  const disposers: (() => void)[] = []
  let tour: TourController | null = null
  let scheduledDue = false
  let reloadTimer = 0
  let reloading = false
  let disposed = false
  // A new build is taking over at a chapter boundary: the chapter that ended stays on screen meanwhile.
  let takingUpdate = false
  // The last takeover did not happen in time: the tour plays on and tries again at the next chapter.
  let skipUpdateOnce = false

  const takeUpdateAtBoundary = () => {
    takingUpdate = true
    void offline.takeUpdate().then((taken) => {
      takingUpdate = false
      if (taken && ui.kioskState === 'tour') {
        // The new build controls the page now, so the reload lands in it.
        reloading = true
        reloadFor('update', reloadIntoTour)
      } else if (ui.kioskState === 'tour') {
        // Not taken (or a visitor came meanwhile and the tour is stopped): play on from the chapter being entered.
        skipUpdateOnce = !taken
        tour?.start(false)
      }
    })
  }

  const show = (next: TourStep, current: Chapter, entering: boolean) => {
    // A reload or takeover is under way: the chapter that ended stays on screen, so the old build never plays
    // into a new chapter.
    if (reloading || takingUpdate) return
    if (entering && next.chapter === 0 && step.value?.chapter === chapters.value.length - 1) health.state.tourCycles += 1
    const updateReady = !!offline.updateReady.value && !skipUpdateOnce
    if (entering) skipUpdateOnce = false
    const planned = reloadAtChapter({ entering, touring: ui.kioskState === 'tour', updateReady, scheduledDue })
    if (planned === 'update') {
      takeUpdateAtBoundary()
      return
    } else if (planned === 'scheduled') {
      reloading = true
      reloadFor('scheduled', reloadIntoTour)
      return
    }
    step.value = next
    chapter.value = current
    filters.replace({ ...DEFAULT_FILTERS, year: next.year, layers: current.layers })
    if (entering) ui.fitTo(current.camera.bounds, true)
  }

  function resumeTour() {
    ui.select(null)
    ui.pickedRegion = null
    ui.kioskState = 'tour'
    tour?.start(true)
  }

  async function start() {
    if (!(await loadChapters()) || disposed) return
    disposers.push(startWatchdog(options.limits, reloadIntoTour), health.startLog())
    // The wall shows its first complete view before the tour moves it. A tour started during the cold start slows
    // that frame, and when its steps come faster than a frame is drawn, the map never settles. A map that has not
    // drawn in 20 s (no WebGL) gets the tour all the same.
    await afterMark('overlay-drawn', FIRST_FRAME_FALLBACK_MS)
    if (disposed) return
    tour = new TourController(chapters.value,
      { set: (fn, ms) => window.setTimeout(fn, ms), clear: (h) => window.clearTimeout(h as number) },
      show, options.stepMs, options.holdMs)
    ui.kioskState = 'tour'
    tour.start(true)
    scope.run(() => {
      // Starts idle (the tour plays); a touch, key or wheel makes it active until idleMs pass without one.
      const { idle } = useIdle(options.idleMs, {
        events: ['pointerdown', 'keydown', 'wheel', 'touchstart'], initialState: true, listenForVisibilityChange: false,
      })
      watch(idle, (isIdle) => {
        if (!isIdle && ui.kioskState === 'tour') {
          tour?.stop()
          ui.kioskState = 'visitor'
        } else if (isIdle && ui.kioskState === 'visitor') {
          resumeTour()
        }
      })
      watch(offline.updateReady, (ready) => (health.state.updateWaiting = !!ready), { immediate: true })
    })
    // A scheduled soft reload clears whatever weeks of running leave behind; it waits for the next chapter of the
    // tour, never interrupting a visitor.
    if (options.reloadMs) reloadTimer = window.setTimeout(() => (scheduledDue = true), options.reloadMs)
  }

  function dispose() {
    disposed = true
    tour?.dispose()
    scope.stop()
    offline.dispose()
    window.clearTimeout(reloadTimer)
    disposers.splice(0).forEach((d) => d())
  }

  return { chapter, step, chapters, error, start, dispose }
}
