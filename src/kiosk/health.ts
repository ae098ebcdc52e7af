// What the wall can say about itself: uptime, tour cycles, reloads by cause, heap and GPU-memory estimates, and
// the build and data version. Shown by ?mode=kiosk&status=1 (or Ctrl+Alt+S) and logged as one JSON line a minute.
import { reactive } from 'vue'
import type { ReloadCounts } from '../domain/watchdog'
import { heapInUse, readReloadCounts } from './watchdog'

const SINCE_KEY = 'atlas.kiosk.since'

export interface HealthSnapshot {
  at: string
  /** Since this page loaded, and since the wall first started in this browser session (reloads included). */
  pageUptimeS: number
  wallUptimeS: number
  tourCycles: number
  reloads: ReloadCounts
  heapMb: number | null
  heapLimitMb: number | null
  /** deck.gl's own count of the GPU memory it allocated (luma.gl stats) plus the canvases' drawing buffers. */
  gpuMbEstimate: number
  build: string
  builtAt: string
  data: string
  updateWaiting: boolean
}

export interface KioskHealth {
  tourCycles: number
  updateWaiting: boolean
}

function wallStart(): number {
  try {
    const stored = Number(window.sessionStorage.getItem(SINCE_KEY))
    if (stored > 0) return stored
    window.sessionStorage.setItem(SINCE_KEY, String(Date.now()))
  } catch {
    // no session storage: the wall's uptime is the page's
  }
  return Date.now()
}

const mb = (bytes: number) => Math.round(bytes / 1048576 * 10) / 10

/** luma.gl (deck.gl's GPU layer) publishes itself on globalThis with its stats; read them when present. */
function deckGpuBytes(): number {
  const luma = (globalThis as { luma?: { stats?: { get(name: string): { get(stat: string): { count: number } } } } }).luma
  try {
    return luma?.stats?.get('GPU Time and Memory').get('GPU Memory').count ?? 0
  } catch {
    return 0
  }
}

/** Colour, depth-stencil and the presented copy of each WebGL canvas: 4 + 4 + 4 bytes a pixel, roughly. */
function canvasBytes(): number {
  let bytes = 0
  for (const canvas of document.querySelectorAll('canvas')) bytes += canvas.width * canvas.height * 12
  return bytes
}

export function createHealth() {
  const pageStart = Date.now()
  const since = wallStart()
  const state = reactive<KioskHealth>({ tourCycles: 0, updateWaiting: false })
  function snapshot(): HealthSnapshot {
    const now = Date.now()
    const heap = heapInUse()
    return {
      at: new Date(now).toISOString(),
      pageUptimeS: Math.round((now - pageStart) / 1000),
      wallUptimeS: Math.round((now - since) / 1000),
      tourCycles: state.tourCycles,
      reloads: readReloadCounts(),
      heapMb: heap ? mb(heap.used) : null,
      heapLimitMb: heap ? mb(heap.limit) : null,
      gpuMbEstimate: mb(deckGpuBytes() + canvasBytes()),
      build: __ATLAS_BUILD__.commit,
      builtAt: __ATLAS_BUILD__.builtAt,
      data: __ATLAS_BUILD__.data,
      updateWaiting: state.updateWaiting,
    }
  }
  /** One JSON line a minute, for a remote debugging session or a log collector. */
  function startLog(everyMs = 60_000): () => void {
    const timer = window.setInterval(() => console.info(JSON.stringify({ atlasKioskHealth: snapshot() })), everyMs)
    return () => window.clearInterval(timer)
  }
  return { state, snapshot, startLog }
}

export type Health = ReturnType<typeof createHealth>
