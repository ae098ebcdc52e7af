// The import worker: decoding and checking a file of 100,000 records takes seconds, off the main thread so the map
// and the page stay responsive. Only runImportJob runs here; the rules are those of domain/import.ts.
/// <reference lib="webworker" />
import { runImportJob } from './import-job'
import type { ImportRequest, ImportReply } from './import-client'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { name, bytes, places, existing } = e.data
  const post = (reply: ImportReply) => scope.postMessage(reply)
  try {
    const outcome = runImportJob(name, bytes, { places, existing }, (stage) => post({ kind: 'stage', stage }))
    post({ kind: 'done', outcome })
  } catch (err) {
    post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
  }
}
