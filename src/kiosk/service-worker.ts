// Registers the precaching service worker (vite-plugin-pwa's generated sw.js). A new build installs in the
// background and waits; only the kiosk asks it to take over, at a chapter boundary (`takeUpdate`). Outside kiosk
// mode nothing ever reloads: the analyst gets the new build on the next visit.
import { ref } from 'vue'

const TAKEOVER_TIMEOUT_MS = 15_000

export interface OfflineCopy {
  /** A newer build is installed and waiting. */
  updateReady: ReturnType<typeof ref<boolean>>
  /** Ask the waiting build to take over and reload into it; false when there is none. */
  takeUpdate: (reload: () => void) => boolean
  dispose: () => void
}

export function registerOfflineCopy(checkEveryMs: number | null): OfflineCopy {
  const updateReady = ref(false)
  let registration: ServiceWorkerRegistration | null = null
  let checkTimer = 0
  let disposed = false
  const container = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined

  const watchInstalling = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      // "installed" with a controller present means a previous build is running: this one waits for us.
      if (worker.state === 'installed' && container?.controller) updateReady.value = true
    })
  }

  if (container && !import.meta.env.DEV) {
    container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).then((reg) => {
      if (disposed) return
      registration = reg
      if (reg.waiting && container.controller) updateReady.value = true
      reg.addEventListener('updatefound', () => watchInstalling(reg.installing))
      // A dead server makes update() reject: the wall keeps playing from the precache and asks again later.
      if (checkEveryMs) checkTimer = window.setInterval(() => reg.update().catch(() => undefined), checkEveryMs)
    }).catch((e) => console.warn('service worker not registered:', e))
  }

  function takeUpdate(reload: () => void): boolean {
    const waiting = registration?.waiting
    if (!updateReady.value || !waiting || !container) return false
    let done = false
    const go = () => {
      if (done) return
      done = true
      reload()
    }
    container.addEventListener('controllerchange', go, { once: true })
    waiting.postMessage({ type: 'SKIP_WAITING' })
    // Should the new build never take control (a stalled worker), reload anyway rather than hold the wall still.
    window.setTimeout(go, TAKEOVER_TIMEOUT_MS)
    return true
  }

  function dispose() {
    disposed = true
    window.clearInterval(checkTimer)
  }

  return { updateReady, takeUpdate, dispose }
}
