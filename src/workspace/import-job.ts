// One import, start to finish, as pure steps: decode the file's bytes, then the same parseImport the rules live in.
// And the restore of files kept in IndexedDB: each checked again by the same gate, in the order they were added.
// Run inside the import worker (import-worker.ts), or on the main thread where there is no Worker (unit tests).
import { decodeTextFile, type DecodeIssue } from '../domain/decode-text'
import { checkStoredFile, parseImport, type ImportContext, type ImportIssue, type ImportResult } from '../domain/import'
import { toGeoJson } from '../domain/export'
import { shown } from '../domain/input-rules'
import type { AtlasRecord } from '../domain/schema'
import type { StoredFile } from './idb'

/** The steps a person sees while a file is read: each is reported as it starts. */
export type ImportStage = 'decode' | 'check'

export type ImportJobResult = { decoded: false; issue: DecodeIssue } | { decoded: true; result: ImportResult }

export function runImportJob(name: string, bytes: Uint8Array, ctx: ImportContext, onStage: (stage: ImportStage) => void): ImportJobResult {
  onStage('decode')
  const decoded = decodeTextFile(name, bytes)
  if (!decoded.ok) return { decoded: false, issue: decoded.issue }
  onStage('check')
  return { decoded: true, result: parseImport(name, decoded.text, ctx) }
}

export interface RestoredFile {
  name: string
  addedAt: number
  records: AtlasRecord[]
}

/** A stored file that no longer passes: kept in IndexedDB (the person removes it), not put back on the map. */
export interface LeftOutFile {
  /** The IndexedDB key, exactly as stored (the import tab's remove button deletes by it). */
  key: IDBValidKey
  /** The key as a person reads it (~80 characters). */
  name: string
  issues: ImportIssue[]
}

export interface RestoreResult {
  files: RestoredFile[]
  leftOut: LeftOutFile[]
}

/** Whatever IndexedDB holds (possibly edited by hand, or written by an older atlas) is only data here. */
function storedContent(f: unknown): unknown {
  const records = typeof f === 'object' && f !== null ? (f as { records?: unknown }).records : undefined
  if (!Array.isArray(records)) return records ?? null
  try {
    return toGeoJson(records as AtlasRecord[])
  } catch {
    return null
  }
}

/**
 * Stored files, oldest first, each through the same gate as an import (checkStoredFile: contract, user-file rules,
 * caps), against the plan's ids and the files restored before it. A file that fails is left out whole, with its issues.
 */
export function runRestoreJob(stored: readonly unknown[], ctx: { places: ImportContext['places']; existingIds: readonly string[] }): RestoreResult {
  const entries = stored.map((f) => {
    const o = (typeof f === 'object' && f !== null ? f : {}) as Partial<StoredFile>
    const key = (o.name ?? '') as IDBValidKey
    const addedAt = typeof o.addedAt === 'number' && Number.isFinite(o.addedAt) ? o.addedAt : 0
    return { key, addedAt, raw: f }
  }).sort((a, b) => a.addedAt - b.addedAt)
  const ids = [...ctx.existingIds]
  const files: RestoredFile[] = []
  const leftOut: LeftOutFile[] = []
  for (const { key, addedAt, raw } of entries) {
    const name = typeof key === 'string' ? key : shown(key)
    if (typeof key !== 'string' || key === '') {
      leftOut.push({ key, name, issues: [{ field: '(file)', code: 'storedName', message: 'the stored file has no name' }] })
      continue
    }
    const result = checkStoredFile(key, storedContent(raw), { places: ctx.places, existingIds: ids })
    if (!result.ok) {
      leftOut.push({ key, name: shown(key), issues: result.issues })
      continue
    }
    files.push({ name: key, addedAt, records: result.records })
    for (const r of result.records) ids.push(r.id)
  }
  return { files, leftOut }
}
