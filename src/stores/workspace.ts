import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { parseImport, sizeIssue, type ImportIssue, type ImportResult } from '../domain/import'
import type { DecodeIssue } from '../domain/decode-text'
import { importInWorker, restoreInWorker, type ImportRun } from '../workspace/import-client'
import type { ImportStage, LeftOutFile } from '../workspace/import-job'
import type { AtlasRecord } from '../domain/schema'
import { deleteFile, listKeys, putFile, type StoredFile } from '../workspace/idb'
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
  // Shallow: 100,000 imported records are never made reactive one by one; the list is always replaced whole.
  const files = shallowRef<UserFile[]>([])
  const lastImport = ref<{ file: string; ok: boolean; count: number; issues: ImportIssue[] } | null>(null)
  /** How many imports have ended (refused or loaded): the import tab shows it, so a test can wait for the next outcome. */
  const outcomes = ref(0)
  const report = (outcome: NonNullable<typeof lastImport.value>) => {
    lastImport.value = outcome
    outcomes.value++
  }
  const storageError = ref<string | null>(null)
  /** Stored files that no longer pass the checks at restore: not on the map, kept in IndexedDB until removed here. */
  const restoreLeftOut = shallowRef<LeftOutFile[]>([])
  /** Writes to IndexedDB under way (the import worker stores a file after handing its records over), by file name. */
  const pendingStore = new Map<string, Promise<void>>()

  const publish = () => data.setUserRecords(files.value.flatMap((f) => f.records))

  /** The worker's import under way, for the cancel button. */
  let current: ImportRun | null = null
  /** Stop the import under way (before its records join the map): nothing is loaded or stored. */
  const cancelImport = () => current?.cancel()
  /** The import under way: its stage (the import worker reports each as it starts), or null. */
  const importing = ref<{ file: string; stage: ImportStage | 'read' | 'add'; startedAt: number } | null>(null)

  /** What an import of `name` is checked against: everything loaded except an earlier file of the same name. */
  function importContext(name: string) {
    const places = basemap.basemap?.places
    if (!places) return null
    const replaced = new Set(files.value.find((f) => f.name === name)?.records ?? [])
    const existing = replaced.size ? data.records.filter((r) => !replaced.has(r)) : data.records
    return { places, existing, existingIds: existing.map((r) => r.id) }
  }

  /** Validate a file; only a clean file joins the map (a bad file changes nothing already loaded). */
  async function importText(name: string, text: string): Promise<boolean> {
    const ctx = importContext(name)
    if (!ctx) return false
    return accept(name, parseImport(name, text, ctx))
  }

  /**
   * A picked or dropped file's bytes (or the file itself, read in the worker): decoded and checked in the import
   * worker, so the page stays responsive.
   * Returns the decoding problem (not text, UTF-16…) if there is one; the outcome of the checks is in lastImport.
   */
  async function importBytes(name: string, bytes: Uint8Array | Blob): Promise<DecodeIssue | null> {
    const ctx = importContext(name)
    if (!ctx) return null
    importing.value = { file: name, stage: 'read', startedAt: Date.now() }
    try {
      // The worker gets the ids only: posting 100,000 loaded records to it would block the page while they are cloned.
      const run = importInWorker(name, bytes, { places: ctx.places, existingIds: ctx.existingIds }, (stage) => {
        if (importing.value) importing.value = { ...importing.value, stage }
      })
      current = run
      const outcome = await run.outcome.catch((e: unknown) => ({
        // The worker itself failed (crashed, out of memory): the file is refused and said so, nothing is kept.
        decoded: false as const,
        issue: { file: name, field: '(encoding)' as const, code: 'unreadable' as const, message: `could not be read: ${String(e instanceof Error ? e.message : e).slice(0, 80)}` },
      }))
      current = null
      if (!outcome.decoded) return outcome.issue
      if (outcome.result.ok) {
        // Joining the map is main-thread work: say so, and let the page paint that before it starts.
        importing.value = { ...importing.value, stage: 'add' }
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
      }
      await accept(name, outcome.result, run)
      return null
    } finally {
      current = null
      importing.value = null
    }
  }

  /**
   * A picked or dropped file: refused by its size before it is read, then decoded and checked in the import worker.
   * Refusals of every stage land in lastImport the same way.
   */
  async function importFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<boolean> {
    const tooBig = sizeIssue(file.size)
    if (tooBig) {
      report({ file: file.name, ok: false, count: 0, issues: [tooBig] })
      return false
    }
    // The worker reads a picked file itself: reading 20 MB into the page would stall its frames.
    const source = typeof Worker !== 'undefined' && typeof Blob !== 'undefined' && file instanceof Blob ? file : new Uint8Array(await file.arrayBuffer())
    const notText = await importBytes(file.name, source)
    if (notText) {
      const { code, params, message, line } = notText
      report({ file: file.name, ok: false, count: 0, issues: [{ field: '(file)', code, message, ...(params ? { params } : {}), ...(line !== undefined && code === 'notUtf8' ? { row: line } : {}) }] })
      return false
    }
    return lastImport.value?.file === file.name && lastImport.value.ok
  }

  /** `run`: the worker's import, which stores the file in IndexedDB itself; without it the page stores it. */
  async function accept(name: string, result: ImportResult, run?: ImportRun): Promise<boolean> {
    if (!result.ok) {
      report({ file: name, ok: false, count: 0, issues: result.issues })
      return false
    }
    const file: UserFile = { name, addedAt: Date.now(), records: result.records }
    files.value = [...files.value.filter((f) => f.name !== name), file]
    publish()
    report({ file: name, ok: true, count: result.records.length, issues: [] })
    const write = run?.storesItself
      ? run.stored.then((error) => { storageError.value = error })
      // The records are plain objects (files is a shallowRef): IndexedDB clones them as they are.
      : putFile(file as StoredFile).then(() => { storageError.value = null }, (e: unknown) => { storageError.value = e instanceof Error ? e.message : String(e) })
    const pending = write.finally(() => { if (pendingStore.get(name) === pending) pendingStore.delete(name) })
    pendingStore.set(name, pending)
    // The map has the file now; the write goes on (in the worker) and is awaited only by a removal of the same file.
    if (!run?.storesItself) await pending
    return true
  }

  async function remove(name: string) {
    files.value = files.value.filter((f) => f.name !== name)
    publish()
    try {
      // a removal must not be overtaken by the write of the same file still under way
      await pendingStore.get(name)
      await deleteFile(name)
    } catch (e) {
      storageError.value = e instanceof Error ? e.message : String(e)
    }
  }

  /**
   * Files kept from earlier visits, read and checked again in the import worker by the same gate as a new import
   * (each against the plan and the files restored before it). A file that fails is reported with its problems and
   * stays in IndexedDB until removed (removeLeftOut); if the files cannot be read at all, every one is reported so.
   */
  async function restore() {
    const places = basemap.basemap?.places
    if (!places) return
    try {
      const restored = await restoreInWorker({ places, existingIds: data.planRecords.map((r) => r.id) })
      restoreLeftOut.value = restored.leftOut
      files.value = restored.files
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e)
      let keys: IDBValidKey[] = []
      try {
        keys = await listKeys()
      } catch (err) {
        storageError.value = err instanceof Error ? err.message : String(err)
        return
      }
      restoreLeftOut.value = keys.map((key) => ({ key, name: typeof key === 'string' ? key : String(key), issues: [{ field: '(file)', code: 'restoreFailed', params: { detail }, message: `could not be read back: ${detail}` }] }))
      files.value = []
    }
    publish()
  }

  /** Delete a stored file left out at restore from IndexedDB. */
  async function removeLeftOut(key: IDBValidKey) {
    try {
      await deleteFile(key)
      restoreLeftOut.value = restoreLeftOut.value.filter((l) => l.key !== key)
    } catch (e) {
      storageError.value = e instanceof Error ? e.message : String(e)
    }
  }

  return { tab, dossierRegion, files, lastImport, outcomes, storageError, restoreLeftOut, importing, importFile, importText, importBytes, cancelImport, remove, restore, removeLeftOut }
})
