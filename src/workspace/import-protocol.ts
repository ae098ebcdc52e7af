// The messages between the page (import-client.ts) and the import worker (import-worker.ts).
import type { Places } from '../domain/places'
import type { AtlasRecord } from '../domain/schema'
import type { ImportJobResult, ImportStage, LeftOutFile, RestoredFile } from './import-job'

/** What the worker is told: the basemap's places and the ids already loaded (never the records themselves). */
export interface WorkerContext {
  places: Places
  existingIds: string[]
}

export type WorkerRequest =
  /** `source`: the picked File (read in the worker) or bytes already read. */
  | { kind: 'import'; name: string; source: Uint8Array | Blob; ctx: WorkerContext; addedAt: number }
  | { kind: 'restore'; ctx: WorkerContext }
  /** The page has taken the last `records` reply and had a turn to draw: send the next. */
  | { kind: 'next' }

export type WorkerReply =
  | { kind: 'stage'; stage: ImportStage }
  /** A slice of the accepted records of the file at index `file` (0 for an import). */
  | { kind: 'records'; file: number; records: AtlasRecord[] }
  /** The import's outcome; an accepted result's records are [] here and came as `records` replies before it. */
  | { kind: 'done'; outcome: ImportJobResult }
  /** After `done` for an accepted import: null once the file is in IndexedDB, else why not. */
  | { kind: 'stored'; error: string | null }
  | { kind: 'restored'; files: Omit<RestoredFile, 'records'>[]; leftOut: LeftOutFile[] }
  | { kind: 'failed'; message: string }

/**
 * Records per `records` reply: each is cloned into the page in one task of a few tens of ms at most, and the worker
 * sends the next only when the page asks (`next`), after a timer turn, so the page draws between chunks.
 */
export const CHUNK = 5_000
