// The page's side of the import worker (import-worker.ts): an import (decode, check, store in IndexedDB) and the
// restore of stored files (read, check) run there, off the main thread. Accepted records come back in chunks, so the
// page never has to take 100,000 records in one task; the worker writes IndexedDB itself, so the page never clones
// them for storage. Where Worker is missing (unit tests) the same jobs run on the main thread.
import type { ImportContext, ImportResult } from '../domain/import'
import type { AtlasRecord } from '../domain/schema'
import { compactRecord, InternPool } from '../domain/intern'
import { runImportJob, runRestoreJob, type ImportJobResult, type ImportStage, type RestoreResult } from './import-job'
import { listFiles } from './idb'
import type { WorkerContext, WorkerReply, WorkerRequest } from './import-protocol'

export interface ImportRun {
  /** The outcome, with an accepted file's records. */
  outcome: Promise<ImportJobResult>
  /** Settles when the file is in IndexedDB (null), or could not be stored (why); null at once where no worker stores it. */
  stored: Promise<string | null>
  /** Whether the worker stores the file itself (else the caller does). */
  storesItself: boolean
  /** Stops the worker: the outcome becomes a refusal with the code `cancelled` (nothing loaded, nothing stored). */
  cancel: () => void
}

const cancelled = (name: string): ImportJobResult => ({
  decoded: false, issue: { file: name, field: '(encoding)', code: 'cancelled', message: 'the import was cancelled; nothing was loaded' },
})

function startWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'atlas-import' })
}

/** After a timer turn (the page may draw), the next chunk. */
const askForNext = (worker: Worker) => setTimeout(() => worker.postMessage({ kind: 'next' } satisfies WorkerRequest), 0)

/**
 * Each chunk's records appended in place (no intermediate arrays of 100,000), their repeated strings, years,
 * regions and sources made shared values of the run's pool (domain/intern.ts): a structured clone copies them all.
 */
const append = (into: AtlasRecord[], more: readonly AtlasRecord[], pool: InternPool) => { for (const r of more) into.push(compactRecord(r, pool)) }

export function importInWorker(name: string, source: Uint8Array | Blob, ctx: ImportContext & { existingIds: string[] }, onStage: (stage: ImportStage) => void, addedAt = Date.now()): ImportRun {
  if (typeof Worker === 'undefined') {
    const bytes = source instanceof Uint8Array ? Promise.resolve(source) : source.arrayBuffer().then((b) => new Uint8Array(b))
    return { outcome: bytes.then((b) => runImportJob(name, b, ctx, onStage)), stored: Promise.resolve(null), storesItself: false, cancel: () => {} }
  }
  const worker = startWorker()
  let settleStored: (e: string | null) => void = () => {}
  const stored = new Promise<string | null>((resolve) => { settleStored = resolve })
  let cancel = () => {}
  const outcome = new Promise<ImportJobResult>((resolve, reject) => {
    cancel = () => {
      worker.terminate()
      resolve(cancelled(name))
      settleStored(null)
    }
    const records: AtlasRecord[] = []
    const pool = new InternPool()
    const fail = (message: string) => {
      worker.terminate()
      reject(new Error(message))
      settleStored(message)
    }
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data
      if (reply.kind === 'stage') onStage(reply.stage)
      else if (reply.kind === 'records') {
        append(records, reply.records, pool)
        askForNext(worker)
      }
      else if (reply.kind === 'done') {
        const out = reply.outcome
        if (out.decoded && out.result.ok) resolve({ decoded: true, result: { ok: true, records } })
        else {
          resolve(out)
          worker.terminate()
          settleStored(null)
        }
      } else if (reply.kind === 'stored') {
        worker.terminate()
        settleStored(reply.error)
      } else if (reply.kind === 'failed') fail(reply.message)
    }
    worker.onerror = (e) => fail(e.message || 'the import worker failed')
    // A Blob is posted as a handle (the worker reads it); bytes are transferred, not copied.
    const request: WorkerRequest = { kind: 'import', name, source, ctx: { places: ctx.places, existingIds: ctx.existingIds }, addedAt }
    worker.postMessage(request, source instanceof Uint8Array ? [source.buffer] : [])
  })
  // (after `done` a cancel changes nothing: the outcome is settled and the write goes on)
  return { outcome, stored, storesItself: true, cancel: () => cancel() }
}

/** The stored files, read and checked in the worker (or on the main thread where there is no Worker). */
export function restoreInWorker(ctx: WorkerContext): Promise<RestoreResult> {
  if (typeof Worker === 'undefined') return listFiles().then((stored) => runRestoreJob(stored, ctx))
  const worker = startWorker()
  return new Promise<RestoreResult>((resolve, reject) => {
    const chunks = new Map<number, AtlasRecord[]>()
    const pool = new InternPool()
    const fail = (message: string) => {
      worker.terminate()
      reject(new Error(message))
    }
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data
      if (reply.kind === 'records') {
        if (!chunks.has(reply.file)) chunks.set(reply.file, [])
        append(chunks.get(reply.file)!, reply.records, pool)
        askForNext(worker)
      } else if (reply.kind === 'restored') {
        worker.terminate()
        resolve({ files: reply.files.map((f, i) => ({ ...f, records: chunks.get(i) ?? [] })), leftOut: reply.leftOut })
      } else if (reply.kind === 'failed') fail(reply.message)
    }
    worker.onerror = (e) => fail(e.message || 'the import worker failed')
    const request: WorkerRequest = { kind: 'restore', ctx }
    worker.postMessage(request)
  })
}

export type { ImportResult }
