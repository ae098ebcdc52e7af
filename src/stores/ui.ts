import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Locale } from '../i18n/messages'
import type { AidMetric } from '../domain/selectors'

export type Mode = 'explore' | 'kiosk' | 'brief' | 'presenter'

export type KioskState = 'tour' | 'visitor'

/** A camera move the atlas asks of the map (the kiosk tour's chapters). */
export interface FitRequest {
  bounds: [[number, number], [number, number]]
  animate: boolean
}

/** What the pointer is over: a record (`id`), or a tiled layer's cluster of `cluster` records. */
export type Hover = { id: string; cluster?: undefined; x: number; y: number } | { id: null; cluster: number; x: number; y: number }

/** What the person sees and how: language, mode, selection, hover, the region picked on the map. */
export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>('zh')
  const mode = ref<Mode>('explore')
  /** Bumped by "home": the map flies back to the first view. */
  const homeRequests = ref(0)
  const selection = ref<string | null>(null)
  const hover = ref<Hover | null>(null)
  const aidMetric = ref<AidMetric>('fundsCny')
  /** The chain of units (province, prefecture, county) under the last click on the map that hit no record. */
  const pickedRegion = ref<string[] | null>(null)
  /** The analyst workspace drawer (charts, table, search, dossier, compare, exports, import). */
  const workspaceOpen = ref(false)
  /** The last fly-to request (a search result): the map watches `n` and flies there. */
  const flyRequest = ref<{ center: [number, number]; zoom: number; n: number } | null>(null)
  /** In kiosk mode: the tour plays, or a visitor has control. */
  const kioskState = ref<KioskState>('tour')
  const fitRequest = ref<FitRequest | null>(null)
  /** Briefing mode: the step shown (0-based; kept after Esc so ?mode=brief returns to it) and the regions it lights. */
  const briefStep = ref<number | null>(null)
  const highlight = ref<readonly string[] | null>(null)
  /** The map shows the Yangtze Delta inset now (MapView decides; the poster draws it too). */
  const deltaInsetShown = ref(false)

  function toggleLocale() {
    locale.value = locale.value === 'zh' ? 'en' : 'zh'
  }
  function goHome() {
    homeRequests.value += 1
  }
  function flyTo(center: [number, number], zoom: number) {
    flyRequest.value = { center, zoom, n: (flyRequest.value?.n ?? 0) + 1 }
  }
  function select(id: string | null) {
    selection.value = id
    if (id) pickedRegion.value = null
  }
  function fitTo(bounds: FitRequest['bounds'], animate: boolean) {
    fitRequest.value = { bounds, animate }
  }
  return {
    locale, mode, homeRequests, selection, hover, aidMetric, pickedRegion, kioskState, fitRequest, briefStep, highlight, deltaInsetShown,
    toggleLocale, goHome, select, fitTo,
    workspaceOpen, flyRequest, flyTo,
  }
})
