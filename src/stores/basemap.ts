import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import { loadBasemap, type Basemap } from '../data/basemap'

/** The embedded basemap, loaded once; read-only. */
export const useBasemapStore = defineStore('basemap', () => {
  const basemap = shallowRef<Basemap | null>(null)
  const error = ref<string | null>(null)
  async function load() {
    try {
      basemap.value = markRaw(await loadBasemap())
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
  }
  return { basemap, error, load }
})
