// Registers the precaching service worker (vite-plugin-pwa's generated sw.js). A new build installs in the
// background and waits; only the kiosk asks it to take over, at a chapter boundary (`takeUpdate`), and reloads only
// once the new build controls the page, so the reload always lands in the new build. Outside kiosk mode nothing
// ever reloads: the analyst gets the new build on the next visit.
import { ref, type Ref } from 'vue'
import { afterMark, FIRST_FRAME_FALLBACK_MS } from '../boot-marks'

/** How long a chapter boundary waits for a new build to take control before the tour goes on without it. */
const TAKEOVER_TIMEOUT_MS = 60_000

export interface OfflineCopy {
  /** A newer build is installed and waiting, or already controls this page (which still runs the old code). */
  updateReady: Ref<boolean>
  /**
   * Asks the waiting build to take over and resolves true once it controls the page (the caller then reloads into
   * it); false when there is none or it did not take control in time (the caller plays on and tries again later).
   */
  takeUpdate: () => Promise<boolean>
  dispose: () => void
}

export function registerOfflineCopy(checkEveryMs: number | null): OfflineCopy {
  const updateReady = ref(false)
  let registration: ServiceWorkerRegistration | null = null
  let checkTimer = 0
  let disposed = false
  const container = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined
  // The worker that controlled this page last; a change from one worker to another means a newer build has taken
  // over (the first worker claiming a page that had none is not an update).
  let controller = container?.controller ?? null
  let takenOver = false
  const takeoverWaiters = new Set<() => void>()
  const takeoverTimers = new Set<number>()

  const refresh = () => {
    if (disposed) return
    updateReady.value = takenOver || Boolean(registration?.waiting && container?.controller)
  }
  const onControllerChange = () => {
    const previous = controller
    controller = container?.controller ?? null
    if (previous && controller && previous !== controller) takenOver = true
    refresh()
    if (takenOver) takeoverWaiters.forEach((done) => done())
  }

  if (container && !import.meta.env.DEV) {
    container.addEventListener('controllerchange', onControllerChange)
    // Registered once the first complete frame is drawn: installing fetches and stores the whole build (~11 MB),
    // which on a first visit took CPU from the map's own start.
    afterMark('overlay-drawn', FIRST_FRAME_FALLBACK_MS).then(() => (disposed ? undefined : container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }))).then((reg) => {
      if (disposed || !reg) return
      registration = reg
      refresh()
      reg.addEventListener('updatefound', () => {
        // "installed" while a previous build controls the page: the new one waits for the kiosk.
        reg.installing?.addEventListener('statechange', refresh)
      })
      // A dead server makes update() reject: the wall keeps playing from the precache and asks again later.
      if (checkEveryMs) checkTimer = window.setInterval(() => reg.update().catch(() => undefined).finally(refresh), checkEveryMs)
    }).catch((e) => console.warn('service worker not registered:', e))
  }

  function takeUpdate(): Promise<boolean> {
    if (takenOver) return Promise.resolve(true)
    const waiting = registration?.waiting
    if (!waiting || !container?.controller) return Promise.resolve(false)
    return new Promise((resolve) => {
      const finish = (taken: boolean) => {
        window.clearTimeout(timer)
        takeoverTimers.delete(timer)
        takeoverWaiters.delete(onTaken)
        resolve(taken)
      }
      const onTaken = () => finish(true)
      // No reload on a timer: a page reloaded before the new build controls it would come back in the old build.
      const timer = window.setTimeout(() => finish(false), TAKEOVER_TIMEOUT_MS)
      takeoverTimers.add(timer)
      takeoverWaiters.add(onTaken)
      waiting.postMessage({ type: 'SKIP_WAITING' })
    })
  }

  function dispose() {
    disposed = true
    window.clearInterval(checkTimer)
    container?.removeEventListener('controllerchange', onControllerChange)
    // A takeover still pending never answers: its caller (the kiosk) is being torn down too.
    takeoverTimers.forEach((t) => window.clearTimeout(t))
    takeoverTimers.clear()
    takeoverWaiters.clear()
  }

  return { updateReady, takeUpdate, dispose }
}
