import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { AtlasRecord } from '../domain/schema'
import { loadLayers } from '../data/layers'

/** The records of every layer: loaded and validated once at the door, then read-only. */
export const useDataStore = defineStore('data', () => {
  const records = shallowRef<readonly AtlasRecord[]>([])
  const problems = ref<string[]>([])
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const byId = computed(() => new Map(records.value.map((r) => [r.id, r])))

  async function load(knownCodes: ReadonlySet<string>) {
    status.value = 'loading'
    try {
      const loaded = await loadLayers(knownCodes)
      records.value = markRaw(loaded.records)
      problems.value = loaded.problems
      status.value = 'ready'
    } catch (e) {
      problems.value = [e instanceof Error ? e.message : String(e)]
      status.value = 'error'
    }
  }
  return { records, problems, status, byId, load }
})
