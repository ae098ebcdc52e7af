import { defineStore } from 'pinia'
import { ref } from 'vue'
import { parseImport, sizeIssue, type ImportIssue } from '../domain/import'
import { decodeTextFile } from '../domain/decode-text'
import type { AtlasRecord } from '../domain/schema'
import { validateLayerSet } from '../domain/layer-set'
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

/** A stored file as GeoJSON for the gate; whatever IndexedDB holds (possibly edited by hand) is only data here. */
function storedContent(f: StoredFile): unknown {
  try {
    return Array.isArray(f.records) ? toGeoJson(f.records) : f.records
  } catch {
    return null
  }
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
  /** Stored files that no longer pass the checks at restore (kept in IndexedDB, not on the map). */
  const restoreLeftOut = ref<string[]>([])

  const publish = () => data.setUserRecords(files.value.flatMap((f) => f.records))

  /**
   * A picked or dropped file: refused by its size before it is read, then decoded (UTF-8 only), then validated.
   * Refusals of every stage land in lastImport the same way.
   */
  async function importFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<boolean> {
    const tooBig = sizeIssue(file.size)
    if (tooBig) {
      lastImport.value = { file: file.name, ok: false, count: 0, issues: [tooBig] }
      return false
    }
    const decoded = decodeTextFile(file.name, new Uint8Array(await file.arrayBuffer()))
    if (!decoded.ok) {
      const { code, params, message, line } = decoded.issue
      lastImport.value = { file: file.name, ok: false, count: 0, issues: [{ field: '(file)', code, message, ...(params ? { params } : {}), ...(line !== undefined && code === 'notUtf8' ? { row: line } : {}) }] }
      return false
    }
    return importText(file.name, decoded.text)
  }

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
    // The same gate as a new import: each stored file is checked again, and a file that fails is left out whole.
    const places = basemap.basemap?.places ?? new Set<string>()
    const sorted = stored.sort((a, b) => a.addedAt - b.addedAt)
    const set = validateLayerSet(sorted.map((f) => ({ name: f.name, content: storedContent(f), user: true })), places, { base: data.planRecords })
    const ok = new Map(set.accepted.map((a) => [a.name, a.records]))
    const kept: UserFile[] = sorted.filter((f) => ok.has(f.name)).map((f) => ({ name: f.name, addedAt: f.addedAt, records: ok.get(f.name)! }))
    restoreLeftOut.value = set.leftOut.map((l) => l.name)
    files.value = kept
    publish()
  }

  return { tab, dossierRegion, files, lastImport, storageError, restoreLeftOut, importFile, importText, remove, restore }
})
