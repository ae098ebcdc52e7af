// The browser side of the watchdog: watches animation frames, WebGL context losses in the map and the JS heap,
// and reloads the page into the tour when src/domain/watchdog.ts says so, counting each cause in localStorage.
import { countReload, parseCounts, trackContextLoss, watchdogVerdict, type ReloadCause, type ReloadCounts, type WatchdogLimits } from '../domain/watchdog'

const COUNTS_KEY = 'atlas.kiosk.reloads'

export function readReloadCounts(): ReloadCounts {
  try {
    return parseCounts(window.localStorage.getItem(COUNTS_KEY))
  } catch {
    return parseCounts(null)
  }
}

/** Counts the cause, then reloads (the URL keeps ?mode=kiosk, so the page comes back into the tour). */
export function reloadFor(cause: ReloadCause, reload: () => void = () => window.location.reload()): void {
  try {
    window.localStorage.setItem(COUNTS_KEY, JSON.stringify(countReload(readReloadCounts(), cause)))
  } catch {
    // storage full or denied: reload all the same
  }
  console.warn(`atlas kiosk: reloading (${cause})`)
  reload()
}

/** Chromium's non-standard heap figures (precise with --enable-precise-memory-info). */
export function heapInUse(): { used: number; limit: number } | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number; jsHeapSizeLimit: number } }).memory
  return memory ? { used: memory.usedJSHeapSize, limit: memory.jsHeapSizeLimit } : null
}

const MAP = '[data-testid="map"]'

export function startWatchdog(limits: WatchdogLimits, reload: () => void, checkMs = 2000): () => void {
  let lastFrameAt = performance.now()
  let frame = 0
  let contextLostAt: number | null = null
  const onFrame = () => {
    lastFrameAt = performance.now()
    frame = window.requestAnimationFrame(onFrame)
  }
  frame = window.requestAnimationFrame(onFrame)
  const mapIdle = () => document.querySelector(MAP)?.getAttribute('data-map-state') === 'idle'
  // The map's canvas loses its context; the map rebuilds itself and reports idle again, or the wall reloads.
  const onLost = (e: Event) => {
    if (e.target instanceof Element && e.target.closest(MAP)) {
      contextLostAt = trackContextLoss(contextLostAt, { lostNow: performance.now(), mapIdle: false })
    }
  }
  // Capture phase: context events do not bubble.
  document.addEventListener('webglcontextlost', onLost, true)
  const check = window.setInterval(() => {
    // The map marks itself "loading" in the same event that reports the loss, so this reading comes after it.
    contextLostAt = trackContextLoss(contextLostAt, { mapIdle: mapIdle() })
    const cause = watchdogVerdict({
      now: performance.now(), lastFrameAt, visible: document.visibilityState === 'visible', contextLostAt,
      heapBytes: heapInUse()?.used ?? null,
    }, limits)
    if (cause) {
      dispose()
      reloadFor(cause, reload)
    }
  }, checkMs)
  function dispose() {
    window.cancelAnimationFrame(frame)
    window.clearInterval(check)
    document.removeEventListener('webglcontextlost', onLost, true)
  }
  return dispose
}
