// One import, start to finish, as pure steps: decode the file's bytes, then the same parseImport the rules live in.
// Run inside the import worker (import-worker.ts), or on the main thread where there is no Worker (unit tests).
import { decodeTextFile, type DecodeIssue } from '../domain/decode-text'
import { parseImport, type ImportContext, type ImportResult } from '../domain/import'

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
