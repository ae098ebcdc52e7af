// The import worker: decoding and checking a file of 100,000 records takes seconds, and so does writing it to
// IndexedDB or reading it back; all of it runs here, off the main thread, so the map and the page stay responsive.
// The rules are those of domain/import.ts (runImportJob, runRestoreJob); accepted records go back in chunks.
/// <reference lib="webworker" />
import { runImportJob, runRestoreJob } from './import-job'
import { listFiles, putFile } from './idb'
import type { WorkerReply, WorkerRequest } from './import-protocol'
import { ChunkSender } from './chunk-sender'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (reply: WorkerReply) => scope.postMessage(reply)

/** One worker runs one job: its chunks, across all of a restore's files, wait for the page's `next` (chunk-sender.ts). */
const sender = new ChunkSender(post)

async function handle(req: Exclude<WorkerRequest, { kind: 'next' }>) {
  if (req.kind === 'import') {
    const bytes = req.source instanceof Uint8Array ? req.source : new Uint8Array(await req.source.arrayBuffer())
    const outcome = runImportJob(req.name, bytes, req.ctx, (stage) => post({ kind: 'stage', stage }))
    if (!outcome.decoded || !outcome.result.ok) return post({ kind: 'done', outcome })
    const records = outcome.result.records
    await sender.send(0, records)
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
  for (const [i, f] of restored.files.entries()) await sender.send(i, f.records)
  post({ kind: 'restored', files: restored.files.map(({ name, addedAt }) => ({ name, addedAt })), leftOut: restored.leftOut })
}

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  if (e.data.kind === 'next') return sender.next()
  handle(e.data).catch((err: unknown) => post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }))
}
