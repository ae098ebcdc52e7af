import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Locale } from '../i18n/messages'
import type { AidMetric } from '../domain/selectors'

export type Mode = 'explore' | 'kiosk'

export interface Hover {
  id: string
  x: number
  y: number
}

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

  function toggleLocale() {
    locale.value = locale.value === 'zh' ? 'en' : 'zh'
  }
  function goHome() {
    homeRequests.value += 1
  }
  function select(id: string | null) {
    selection.value = id
    if (id) pickedRegion.value = null
  }
  return { locale, mode, homeRequests, selection, hover, aidMetric, pickedRegion, toggleLocale, goHome, select }
})
