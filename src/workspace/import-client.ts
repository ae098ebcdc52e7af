// Runs an import in a Web Worker (import-worker.ts) and reports its stages; falls back to the main thread where
// Worker is missing. The worker gets the bytes (transferred, not copied) and the context the rules need.
import type { ImportContext } from '../domain/import'
import { runImportJob, type ImportJobResult, type ImportStage } from './import-job'

export interface ImportRequest extends ImportContext {
  name: string
  bytes: Uint8Array
}

export type ImportReply =
  | { kind: 'stage'; stage: ImportStage }
  | { kind: 'done'; outcome: ImportJobResult }
  | { kind: 'failed'; message: string }

export function importInWorker(name: string, bytes: Uint8Array, ctx: ImportContext, onStage: (stage: ImportStage) => void): Promise<ImportJobResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(runImportJob(name, bytes, ctx, onStage))
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'atlas-import' })
  return new Promise<ImportJobResult>((resolve, reject) => {
    const finish = () => worker.terminate()
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      const reply = e.data
      if (reply.kind === 'stage') onStage(reply.stage)
      else if (reply.kind === 'done') {
        finish()
        resolve(reply.outcome)
      } else {
        finish()
        reject(new Error(reply.message))
      }
    }
    worker.onerror = (e) => {
      finish()
      reject(new Error(e.message || 'the import worker failed'))
    }
    const request: ImportRequest = { name, bytes, places: ctx.places, existing: ctx.existing }
    worker.postMessage(request, [bytes.buffer])
  })
}
