// The one gate for layer files: the plan's geo/layers (app, check:data, tests) and a person's imported files (import,
// restore from IndexedDB). Pure. Each file is parsed on its own, then the files are checked against each other; a file
// with any problem is left out whole, and so is a file whose records refer into a left-out file.
import {
  checkReferences, checkRegions, checkUniqueIds, MAX_ISSUES_PER_FILE, parseLayerFile, parseLayerText,
  type AtlasRecord, type ParseIssue,
} from './schema'
import { userFileIssues } from './input-rules'
import type { Places } from './places'

export interface LayerFileInput {
  name: string
  /** The file's JSON text, or its already parsed JSON. */
  content: unknown
  /** A person's imported file: stricter rules (see input-rules.ts), and its references may only point inside itself. */
  user?: boolean
}

export interface LayerSetOptions {
  /** Records already accepted (the plan's, when checking user files): ids must not clash with them, plan references may name them. */
  base?: readonly AtlasRecord[]
  /** Only the ids of records already accepted (user files only: their ids must not clash, they may not refer out). */
  baseIds?: readonly string[]
}

export type LeftOutReason = 'invalid' | 'cross-file' | 'depends'

export interface LayerSetResult {
  /** Records of every accepted file, in file order. */
  records: AtlasRecord[]
  accepted: { name: string; records: AtlasRecord[] }[]
  /** Files left out whole: `invalid` = a problem inside the file, `cross-file` = ids/regions/references, `depends` = refers into a left-out file. */
  leftOut: { name: string; reason: LeftOutReason }[]
  /** Every problem, naming file, feature and field; at most MAX_ISSUES_PER_FILE (+1 summary line) per file. */
  problems: ParseIssue[]
}

/** Keep a file's list readable: the first MAX_ISSUES_PER_FILE, then one line saying how many more there are. */
export function capIssues(file: string, issues: readonly ParseIssue[], max = MAX_ISSUES_PER_FILE): ParseIssue[] {
  // + 1: the schema's own summary line after its first MAX_ISSUES_PER_FILE
  if (issues.length <= max + 1) return [...issues]
  const head = issues.slice(0, max)
  const rest = issues.length - max
  return [...head, { file, field: '(file)', code: 'moreIssues', params: { n: rest }, message: `${rest} more issue(s) not listed` } as ParseIssue]
}

function parseOne(f: LayerFileInput, places: PlaceCodes, baseIds: ReadonlySet<string>): { ok: true; records: AtlasRecord[] } | { ok: false; issues: ParseIssue[] } {
  let content = f.content
  if (typeof content === 'string') {
    if (!f.user) {
      const parsed = parseLayerText(f.name, content)
      return parsed.ok ? parsed : { ok: false, issues: parsed.errors }
    }
    try {
      content = JSON.parse(content) as unknown
    } catch (e) {
      return { ok: false, issues: [{ file: f.name, field: '(file)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] }
    }
  }
  const own = f.user ? userFileIssues(f.name, content, places, baseIds) : []
  const parsed = parseLayerFile(f.name, content)
  if (own.length === 0 && parsed.ok) return parsed
  return { ok: false, issues: [...own, ...(parsed.ok ? [] : parsed.errors)] }
}

/** Records of a user file whose `partOf`/`office` names something outside that same file. */
function outsideReferences(name: string, records: readonly AtlasRecord[]): ParseIssue[] {
  const own = new Map(records.map((r) => [r.id, r]))
  const out: ParseIssue[] = []
  for (const r of records) {
    for (const field of ['partOf', 'office'] as const) {
      const ref = r[field]
      if (ref !== undefined && own.has(ref) && field === 'office' && own.get(ref)!.layer !== 'office') {
        out.push({ file: name, featureId: r.id, field, message: `"${ref}" is not the id of an office record` })
      } else if (ref !== undefined && !own.has(ref)) {
        out.push({ file: name, featureId: r.id, field, code: 'outsideRef', params: { ref }, message: `"${ref}" is not a record of this file; an imported file may only refer to its own records` } as ParseIssue)
      }
    }
  }
  return out
}

/** The basemap's region codes; pass the places map itself to also check points against their region. */
export type PlaceCodes = ReadonlySet<string> | Places

export function validateLayerSet(files: readonly LayerFileInput[], places: PlaceCodes, options: LayerSetOptions = {}): LayerSetResult {
  const known: ReadonlySet<string> = places instanceof Map ? new Set(places.keys()) : (places as ReadonlySet<string>)
  const base = options.base ?? []
  const baseIds = new Set(base.map((r) => r.id))
  for (const id of options.baseIds ?? []) baseIds.add(id)
  const problems: ParseIssue[] = []
  const leftOut: LayerSetResult['leftOut'] = []
  const kept = new Map<string, { records: AtlasRecord[]; user: boolean }>()
  const leftOutIds = new Map<string, string>()

  for (const f of files) {
    const parsed = parseOne(f, places, baseIds)
    if (!parsed.ok) {
      problems.push(...capIssues(f.name, parsed.issues))
      leftOut.push({ name: f.name, reason: 'invalid' })
      continue
    }
    if (kept.has(f.name)) {
      problems.push({ file: f.name, field: '(file)', message: 'a file of this name is already in the set' })
      leftOut.push({ name: f.name, reason: 'cross-file' })
      continue
    }
    kept.set(f.name, { records: parsed.records, user: f.user === true })
  }

  // Cross-file checks until nothing changes: leaving a file out can break references into it.
  for (let round = 0; kept.size > 0; round++) {
    const fileOf = new Map<AtlasRecord, string>()
    const all: AtlasRecord[] = [...base]
    for (const [name, { records }] of kept) for (const r of records) { fileOf.set(r, name); all.push(r) }
    const plan = all.filter((r) => !kept.get(fileOf.get(r) ?? '')?.user)
    const issues: ParseIssue[] = [
      ...checkUniqueIds(all, fileOf).filter((i) => kept.has(i.file)),
      ...checkRegions(all.filter((r) => fileOf.has(r)), known as Set<string>, fileOf),
      // plan files may refer across plan files; user files only inside themselves
      ...checkReferences(plan, fileOf).filter((i) => kept.has(i.file)),
      ...[...kept].filter(([, k]) => k.user).flatMap(([name, k]) => outsideReferences(name, k.records)),
    ]
    if (issues.length === 0) break
    const byFile = new Map<string, ParseIssue[]>()
    for (const i of issues) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i])
    for (const [name, list] of byFile) {
      const named = list.map((i) => withLeftOutTarget(i, leftOutIds))
      problems.push(...capIssues(name, named))
      const dependsOnly = round > 0 && named.every((i) => i.field !== 'id' && !i.field.startsWith('regions') && leftOutTarget(i, leftOutIds) !== undefined)
      leftOut.push({ name, reason: dependsOnly ? 'depends' : 'cross-file' })
      for (const r of kept.get(name)?.records ?? []) leftOutIds.set(r.id, name)
      kept.delete(name)
    }
  }

  const accepted = files.filter((f) => kept.has(f.name)).map((f) => ({ name: f.name, records: kept.get(f.name)!.records }))
  return { records: accepted.flatMap((a) => a.records), accepted, leftOut, problems }
}

function leftOutTarget(issue: ParseIssue, leftOutIds: ReadonlyMap<string, string>): string | undefined {
  if (issue.field !== 'partOf' && issue.field !== 'office') return undefined
  const ref = /^"([^"]+)"/.exec(issue.message)?.[1]
  return ref === undefined ? undefined : leftOutIds.get(ref)
}

/** "… is not the id of a record" is true only because its file was left out: say so. */
function withLeftOutTarget(issue: ParseIssue, leftOutIds: ReadonlyMap<string, string>): ParseIssue {
  const file = leftOutTarget(issue, leftOutIds)
  return file === undefined ? issue : { ...issue, message: `${issue.message} (it is in ${file}, which was left out)` }
}
