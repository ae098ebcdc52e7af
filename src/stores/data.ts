import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { AtlasRecord } from '../domain/schema'
import type { CodedText } from '../domain/coded-error'
import { loadLayers, type fetchLayerFiles } from '../data/layers'
import { loadTiledLayers, type TiledSource } from '../data/tiled-layers'

/**
 * The records of every layer: loaded and validated once at the door, then read-only. A person's imported records
 * (the user layer, ids prefixed `user-`, see domain/import.ts) join them through setUserRecords.
 */
export const useDataStore = defineStore('data', () => {
  const planRecords = shallowRef<readonly AtlasRecord[]>([])
  const userRecords = shallowRef<readonly AtlasRecord[]>([])
  const records = computed<readonly AtlasRecord[]>(() => (userRecords.value.length ? [...planRecords.value, ...userRecords.value] : planRecords.value))
  const problems = ref<CodedText[]>([])
  /** Shipped layer files left out whole because of a problem; the atlas says so on screen (DataNotice). */
  const leftOut = ref<string[]>([])
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  /** Layers the build shipped as tiles (src/data/tiled-layers.ts): their records are in planRecords too. */
  const tiled = shallowRef<readonly TiledSource[]>([])
  const byId = computed(() => new Map(records.value.map((r) => [r.id, r])))

  /** `files`: the layer fetch already under way (started beside the basemap's), else one is started now. */
  async function load(knownCodes: ReadonlySet<string>, files?: ReturnType<typeof fetchLayerFiles>) {
    status.value = 'loading'
    try {
      const [loaded, tiles] = await Promise.all([loadLayers(knownCodes, files), loadTiledLayers()])
      // A tiled layer whose ids repeat a record already loaded is left out whole, like any file.
      const ids = new Set(loaded.records.map((r) => r.id))
      const clashing = tiles.sources.filter((s) => s.records.some((r) => ids.has(r.id)))
      const sources = tiles.sources.filter((s) => !clashing.includes(s))
      planRecords.value = markRaw([...loaded.records, ...sources.flatMap((s) => s.records)])
      tiled.value = markRaw(sources)
      problems.value = [...loaded.problems, ...tiles.problems, ...clashing.map((s): CodedText => ({ key: 'errors.repeatedIds', params: { file: s.entry.name } }))]
      leftOut.value = [...loaded.leftOut, ...tiles.leftOut, ...clashing.map((s) => s.entry.name)]
      status.value = 'ready'
    } catch (e) {
      problems.value = [e instanceof Error ? e.message : String(e)]
      status.value = 'error'
    }
  }
  function setUserRecords(next: readonly AtlasRecord[]) {
    userRecords.value = markRaw([...next])
  }
  return { records, planRecords, userRecords, problems, leftOut, status, byId, tiled, load, setUserRecords }
})
