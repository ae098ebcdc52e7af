import { defineStore } from 'pinia'
import { ref } from 'vue'
import { parseImport, type ImportIssue } from '../domain/import'
import { parseLayerFile, type AtlasRecord } from '../domain/schema'
import { toGeoJson } from '../domain/export'
import { deleteFile, listFiles, putFile, type StoredFile } from '../workspace/idb'
import { useDataStore } from './data'
import { useBasemapStore } from './basemap'

export type WorkspaceTab = 'charts' | 'table' | 'search' | 'dossier' | 'compare' | 'export' | 'import'

export interface UserFile {
  name: string
  addedAt: number
  records: AtlasRecord[]
}

/** The analyst workspace: its tab, the dossier's region, and the user layer (imported files, kept in IndexedDB). */
export const useWorkspaceStore = defineStore('workspace', () => {
  const data = useDataStore()
  const basemap = useBasemapStore()
  const tab = ref<WorkspaceTab>('charts')
  const dossierRegion = ref<string | null>(null)
  const files = ref<UserFile[]>([])
  const lastImport = ref<{ file: string; ok: boolean; count: number; issues: ImportIssue[] } | null>(null)
  const storageError = ref<string | null>(null)

  const publish = () => data.setUserRecords(files.value.flatMap((f) => f.records))

  /** Validate a file; only a clean file joins the map (a bad file changes nothing already loaded). */
  async function importText(name: string, text: string): Promise<boolean> {
    const places = basemap.basemap?.places
    if (!places) return false
    const others = data.records.filter((r) => !files.value.some((f) => f.name === name && f.records.includes(r)))
    const result = parseImport(name, text, { places, existing: others })
    if (!result.ok) {
      lastImport.value = { file: name, ok: false, count: 0, issues: result.issues }
      return false
    }
    const file: UserFile = { name, addedAt: Date.now(), records: result.records }
    files.value = [...files.value.filter((f) => f.name !== name), file]
    publish()
    lastImport.value = { file: name, ok: true, count: result.records.length, issues: [] }
    try {
      await putFile(JSON.parse(JSON.stringify(file)) as StoredFile)
      storageError.value = null
    } catch (e) {
      storageError.value = e instanceof Error ? e.message : String(e)
    }
    return true
  }

  async function remove(name: string) {
    files.value = files.value.filter((f) => f.name !== name)
    publish()
    try {
      await deleteFile(name)
    } catch (e) {
      storageError.value = e instanceof Error ? e.message : String(e)
    }
  }

  /** Files kept from earlier visits: validated again with the schema before they join the map. */
  async function restore() {
    let stored: StoredFile[] = []
    try {
      stored = await listFiles()
    } catch (e) {
      storageError.value = e instanceof Error ? e.message : String(e)
      return
    }
    const kept: UserFile[] = []
    const planIds = new Set(data.planRecords.map((r) => r.id))
    for (const f of stored.sort((a, b) => a.addedAt - b.addedAt)) {
      const parsed = parseLayerFile(f.name, toGeoJson(f.records))
      const known = basemap.basemap?.places
      const clean = parsed.ok && parsed.records.every((r) => r.id.startsWith('user-') && !planIds.has(r.id) &&
        (!known || r.regions.every((c) => known.has(c))))
      if (parsed.ok && clean) kept.push({ name: f.name, addedAt: f.addedAt, records: parsed.records })
    }
    files.value = kept
    publish()
  }

  return { tab, dossierRegion, files, lastImport, storageError, importText, remove, restore }
})
