// The import worker: decoding and checking a file of 100,000 records takes seconds, and so does writing it to
// IndexedDB or reading it back; all of it runs here, off the main thread, so the map and the page stay responsive.
// The rules are those of domain/import.ts (runImportJob, runRestoreJob); accepted records go back in chunks.
/// <reference lib="webworker" />
import { runImportJob, runRestoreJob } from './import-job'
import { listFiles, putFile } from './idb'
import { CHUNK, type WorkerReply, type WorkerRequest } from './import-protocol'
import type { AtlasRecord } from '../domain/schema'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (reply: WorkerReply) => scope.postMessage(reply)

/** Resolves when the page asks for the next chunk. */
let askedForNext: (() => void) | null = null

async function sendRecords(file: number, records: readonly AtlasRecord[]) {
  for (let i = 0; i < records.length; i += CHUNK) {
    if (i > 0) await new Promise<void>((resolve) => { askedForNext = resolve })
    post({ kind: 'records', file, records: records.slice(i, i + CHUNK) })
  }
}

async function handle(req: Exclude<WorkerRequest, { kind: 'next' }>) {
  if (req.kind === 'import') {
    const bytes = req.source instanceof Uint8Array ? req.source : new Uint8Array(await req.source.arrayBuffer())
    const outcome = runImportJob(req.name, bytes, req.ctx, (stage) => post({ kind: 'stage', stage }))
    if (!outcome.decoded || !outcome.result.ok) return post({ kind: 'done', outcome })
    const records = outcome.result.records
    await sendRecords(0, records)
    post({ kind: 'done', outcome: { decoded: true, result: { ok: true, records: [] } } })
    try {
      await putFile({ name: req.name, addedAt: req.addedAt, records })
      post({ kind: 'stored', error: null })
    } catch (e) {
      post({ kind: 'stored', error: e instanceof Error ? e.message : String(e) })
    }
    return
  }
  const restored = runRestoreJob(await listFiles(), req.ctx)
  for (const [i, f] of restored.files.entries()) await sendRecords(i, f.records)
  post({ kind: 'restored', files: restored.files.map(({ name, addedAt }) => ({ name, addedAt })), leftOut: restored.leftOut })
}

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  if (e.data.kind === 'next') {
    const next = askedForNext
    askedForNext = null
    next?.()
    return
  }
  handle(e.data).catch((err: unknown) => post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }))
}
