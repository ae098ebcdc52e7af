// Import of a person's own records (GeoJSON or CSV in the contract's shape), through the one gate, validateLayerSet.
// Pure: never throws, and either every record of the file is accepted or none (with every problem listed, capped).
// Each issue carries a `code` and `params` so the import tab can say it in the reader's language.
import { csvParseRows } from 'd3-dsv'
import { METRIC_KEY_LIST, type AtlasRecord, type ParseIssue } from './schema'
import { validateLayerSet } from './layer-set'
import { LIMITS, USER_PREFIX, shown, type CodedIssue } from './input-rules'
import { CSV_COLUMNS } from './export'
import type { Places } from './places'

export { USER_PREFIX }
/** The size limit in bytes (UTF-8); the import tab checks File.size against it before reading the file. */
export const MAX_IMPORT_BYTES = LIMITS.fileBytes

export interface ImportIssue {
  /** 1-based line of a CSV file (the header is line 1). */
  row?: number
  /** 0-based index of a GeoJSON feature. */
  feature?: number
  id?: string
  field: string
  /** English text; `code` + `params` name the translated message (workspace.import.issue.<code>). */
  message: string
  code?: string
  params?: Record<string, string | number>
}

export type ImportResult = { ok: true; records: AtlasRecord[] } | { ok: false; issues: ImportIssue[] }

export interface ImportContext {
  places: Places
  /** Records already loaded (the plan's and earlier imports): an import's ids must not clash with them. */
  existing?: readonly AtlasRecord[]
  /** Or only their ids (what the import worker is sent: 100,000 ids cost far less to post than the records). */
  existingIds?: readonly string[]
}

export const isUserRecord = (r: Pick<AtlasRecord, 'id'>) => r.id.startsWith(USER_PREFIX)

/** UTF-8 length of a string, without building the bytes. */
export function utf8Bytes(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

const tooBig = (bytes: number): ImportIssue => ({
  field: '(file)', code: 'fileBytes', params: { size: (bytes / 1e6).toFixed(1), max: LIMITS.fileBytes / 1e6 },
  message: `is ${(bytes / 1e6).toFixed(1)} MB; at most ${LIMITS.fileBytes / 1e6} MB can be imported`,
})
/** The refusal for a file whose size alone decides, before it is read (File.size). */
export const sizeIssue = (bytes: number): ImportIssue | null => (bytes > LIMITS.fileBytes ? tooBig(bytes) : null)

/** A short stable tag for a file name, so auto-ids differ between files whatever script the name is in. */
function nameTag(name: string): string {
  const latin = name.toLowerCase().replace(/\.[a-z0-9]+$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  let h = 0x811c9dc5
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0
  const hash = h.toString(36)
  // The Latin part alone would make "数据.csv" and "表.csv" both "file": the hash keeps them apart.
  return latin === '' ? `f${hash}` : latin === name.toLowerCase().replace(/\.[a-z0-9]+$/, '') ? latin : `${latin}-${hash}`
}

function userId(raw: unknown, tag: string, index: number): unknown {
  if (raw === undefined || raw === null || raw === '') return `${USER_PREFIX}${tag}-${index + 1}`
  if (typeof raw !== 'string') return raw
  return raw.startsWith(USER_PREFIX) ? raw : `${USER_PREFIX}${raw}`
}

/** Decimal numbers only: no hex, no `Infinity`, no thousands separators. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
/** A cell the CSV export neutralised ('=…): the quote goes, the text stays. */
const unescapeCell = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v)

const text = (v: string | undefined) => (v === undefined || v === '' ? undefined : v)
const list = (v: string | undefined) => (v ? v.split(/[;,\s]+/).filter(Boolean) : undefined)
const bool = (v: string | undefined): unknown => (v === 'true' ? true : v === 'false' ? false : text(v))
const round6 = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)

const ALIASES = new Map<string, string>([['region', 'regions'], ['code', 'regions'], ['region_code', 'regions'], ['adcode', 'regions'], ['lng', 'lon'], ['longitude', 'lon'], ['latitude', 'lat']])
const KNOWN = new Set<string>(CSV_COLUMNS)

function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}

/** One CSV row (a null-prototype object: own columns only) as a GeoJSON Feature; cell-level issues are pushed. */
function rowToFeature(row: Record<string, string>, ctx: ImportContext, issues: ImportIssue[], line: number): unknown {
  const num = (column: string, field: string): unknown => {
    const v = row[column]
    if (v === undefined || v.trim() === '') return undefined
    const n = Number(v.trim())
    if (DECIMAL.test(v.trim()) && Number.isFinite(n)) return n
    const found = shown(v)
    if (DECIMAL.test(v.trim())) issues.push({ row: line, field, code: 'notFinite', params: { found }, message: `${found} is too large to be a number` })
    else issues.push({ row: line, field, code: 'decimal', params: { found }, message: `"${found}" is not a decimal number (digits with an optional . and exponent; no hex, no thousands separators)` })
    return 0 // a placeholder: the file is refused for the issue above
  }
  const regions = list(row.regions)
  const metrics: Record<string, unknown> = {}
  for (const key of METRIC_KEY_LIST) if (text(row[key]) !== undefined) metrics[key] = num(key, `metrics.${key}`)
  const stated = row.stated_start || row.stated_end ? [num('stated_start', 'statedSpan.0'), num('stated_end', 'statedSpan.1')] : undefined
  const summary = row.summary_zh || row.summary_en ? { zh: row.summary_zh ?? '', en: row.summary_en ?? '' } : undefined
  let geometry: unknown
  let pointIsRegionLabel = bool(row.point_is_region_label)
  if (text(row.geometry)) {
    try {
      geometry = JSON.parse(row.geometry ?? '')
    } catch {
      issues.push({ row: line, field: 'geometry', code: 'geometryText', message: 'is not valid GeoJSON geometry text' })
    }
  } else if (text(row.lon) !== undefined || text(row.lat) !== undefined) {
    geometry = { type: 'Point', coordinates: [round6(num('lon', 'geometry.coordinates.0')), round6(num('lat', 'geometry.coordinates.1'))] }
  } else {
    const place = regions?.[0] ? ctx.places.get(regions[0]) : undefined
    if (place) {
      geometry = { type: 'Point', coordinates: [round6(place.label[0]), round6(place.label[1])] }
      pointIsRegionLabel = true
    } else {
      issues.push({ row: line, field: 'geometry', code: 'geometryNeeded', message: 'needs lon and lat columns, or a region code the basemap knows' })
    }
  }
  return {
    type: 'Feature',
    id: text(row.id),
    geometry: geometry ?? { type: 'Point', coordinates: [0, 0] },
    properties: compact({
      layer: text(row.layer),
      name: { zh: row.name_zh, en: row.name_en },
      category: text(row.category),
      status: text(row.status),
      years: [num('year_start', 'years.0'), num('year_end', 'years.1')],
      regions,
      metrics,
      source: compact({ ref: row.source_ref, url: text(row.source_url), confidence: text(row.source_confidence) }),
      summary,
      office: text(row.office),
      joined: num('joined', 'joined'),
      statedSpan: stated,
      moreThan: list(row.more_than),
      partOf: text(row.part_of),
      pointIsRegionLabel,
      geometryIsSchematic: bool(row.geometry_is_schematic),
      locationPrecision: text(row.location_precision),
      datePrecision: text(row.date_precision),
      regionsSource: text(row.regions_source_ref) === undefined ? undefined
        : compact({ ref: row.regions_source_ref, url: text(row.regions_source_url), confidence: text(row.regions_source_confidence) }),
    }),
  }
}

/** The header: every column known, none twice (also not under an alias), none empty. Returns the canonical names or null. */
function readHeader(header: readonly string[], issues: ImportIssue[]): string[] | null {
  const columns = header.map((c) => c.trim())
  if (columns.length < 2) {
    issues.push({ row: 1, field: '(header)', code: 'csvHeader', message: 'a CSV file needs a header row with the contract\'s columns' })
    return null
  }
  const canonical: string[] = []
  const firstAs = new Map<string, string>()
  columns.forEach((c, k) => {
    const name = ALIASES.get(c) ?? c
    canonical.push(name)
    if (c === '') issues.push({ row: 1, field: `column ${k + 1}`, code: 'emptyColumn', params: { n: k + 1 }, message: `column ${k + 1} has no name` })
    else if (!KNOWN.has(name)) issues.push({ row: 1, field: shown(c, 40), code: 'unknownColumn', params: { name: shown(c, 40) }, message: `unknown column "${shown(c, 40)}"; use the export's column names (id, layer, name_zh, name_en, …)` })
    else if (firstAs.has(name)) {
      const other = firstAs.get(name)!
      issues.push({ row: 1, field: c, code: 'duplicateColumn', params: { name: c, other }, message: other === c ? `column "${c}" appears twice` : `columns "${other}" and "${c}" both give ${name}; keep one` })
    } else firstAs.set(name, c)
  })
  return issues.length ? null : canonical
}

function csvToCollection(textIn: string, ctx: ImportContext, issues: ImportIssue[]): { collection: unknown; lines: number[] } | null {
  // csvParseRows, not csvParse: csvParse builds its row objects with `new Function`, which the atlas's CSP forbids.
  let table: string[][]
  try {
    table = csvParseRows(textIn.replace(/^\uFEFF/, ''))
  } catch (e) {
    issues.push({ field: '(file)', code: 'csv', message: `is not valid CSV: ${shown(e instanceof Error ? e.message : String(e))}` })
    return null
  }
  const columns = readHeader(table[0] ?? [], issues)
  if (!columns) return null
  if (table.length - 1 > LIMITS.records) {
    issues.push({ field: '(file)', code: 'tooManyRecords', params: { n: table.length - 1, max: LIMITS.records }, message: `has ${table.length - 1} rows; at most ${LIMITS.records}` })
    return null
  }
  const rows: { line: number; row: Record<string, string> }[] = []
  table.slice(1).forEach((fields, i) => {
    if (fields.length === 1 && fields[0] === '') return
    // Broken quoting or a stray comma shows as a row with another number of fields than the header.
    if (fields.length !== columns.length) issues.push({ row: i + 2, field: '(row)', code: 'rowFields', params: { n: fields.length, header: columns.length }, message: `has ${fields.length} fields, the header has ${columns.length}` })
    const row = Object.create(null) as Record<string, string>
    columns.forEach((c, k) => { row[c] = unescapeCell(fields[k] ?? '') })
    rows.push({ line: i + 2, row })
  })
  const features = rows.map(({ line, row }) => rowToFeature(row, ctx, issues, line))
  return { collection: { type: 'FeatureCollection', features }, lines: rows.map((r) => r.line) }
}

function isCsv(fileName: string, textIn: string): boolean {
  if (/\.csv$/i.test(fileName)) return true
  if (/\.(geo)?json$/i.test(fileName)) return false
  return !/^\s*[{[]/.test(textIn)
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** NFC-normalise the text fields of raw properties in place, so "é" typed two ways is one name. */
function normalise(p: Record<string, unknown>) {
  for (const key of ['name', 'summary', 'source']) {
    const v = p[key]
    if (isObject(v)) for (const k of Object.keys(v)) if (typeof v[k] === 'string') v[k] = (v[k] as string).normalize('NFC')
  }
}

/** The raw value an issue is about (properties.<field>, or geometry/id), for a message that shows what was found. */
function rawAt(feature: unknown, field: string): unknown {
  if (!isObject(feature)) return undefined
  const parts = field.split('.')
  let v: unknown = ['geometry', 'id', 'type', 'properties', 'bbox'].includes(parts[0]!) ? feature : feature['properties']
  for (const p of parts) {
    if (Array.isArray(v) && /^\d+$/.test(p)) v = v[Number(p)]
    else if (isObject(v) && Object.hasOwn(v, p)) v = v[p]
    else return undefined
  }
  return v
}

/** The schema's (zod's) wording made into something a person can act on, with a code for translation. */
function humanise(issue: ImportIssue, raw: unknown): ImportIssue {
  const m = issue.message
  // The loader's own wording (schema.ts, layer-set.ts), given a code so that it is said in the reader's language too.
  const top = /^expected a GeoJSON (FeatureCollection|Feature) object, got (\w+)/.exec(m)
  if (top) return { ...issue, code: top[1] === 'Feature' ? 'notFeature' : 'topLevel', params: { found: top[2] === 'an' ? 'array' : top[2]! } }
  const dup = /^duplicate id "(.*)" \(first used by feature #(\d+)\)$/.exec(m) ?? /^duplicate id(), also used in (.*)$/.exec(m)
  if (dup) return { ...issue, code: 'duplicateId', params: { id: shown(dup[1] || issue.id || ''), first: shown(dup[2]) } }
  if (/^(longitude|latitude) has more than \d+ decimals$/.test(m)) return { ...issue, code: 'decimals', params: { found: shown(raw) } }
  if (/^must be an http\(s\) URL/.test(m)) return { ...issue, code: 'url', params: { found: shown(raw) } }
  if (issue.field.endsWith('geometry.type') || issue.field === 'geometry.type') return { ...issue, code: 'geometryType', params: { found: shown(raw) }, message: `${shown(raw)} is not a geometry type the atlas draws (Point, LineString, Polygon, MultiPolygon…)` }
  const type = /expected (\w+), received (\w+)/.exec(m)
  if (type && typeof raw === 'number' && !Number.isFinite(raw)) {
    return { ...issue, code: 'notFinite', params: { found: shown(raw) }, message: `${shown(raw)}: the number is too large (or not a number); write a decimal figure` }
  }
  if (type) {
    const found = raw === undefined ? 'nothing' : shown(raw)
    return { ...issue, code: raw === undefined ? 'required' : 'type', params: { expected: type[1]!, found }, message: raw === undefined ? `is missing; expected ${type[1]}` : `expected ${type[1]}, found ${typeof raw === 'string' ? `"${found}"` : found}` }
  }
  if (/^Too (big|small): expected array/.test(m) && Array.isArray(raw)) {
    const want = /(?:^|\.)(years|statedSpan|coordinates(\.\d+)*)$/.test(issue.field) ? '2' : /(\d+)/.exec(m)?.[1] ?? '?'
    return { ...issue, code: 'items', params: { n: raw.length, expected: want }, message: `has ${raw.length} items; expected ${want}` }
  }
  const year = /^year must be (\d+) or (later|earlier)$/.exec(m)
  if (year) return { ...issue, code: year[2] === 'later' ? 'yearMin' : 'yearMax', params: { year: year[1]!, found: shown(raw) }, message: `${m} (found ${shown(raw)})` }
  const keys = /^unknown key\(s\): (.*)$/.exec(m)
  if (keys) return { ...issue, code: 'unknownKeys', params: { keys: shown(keys[1]) }, message: `unknown key(s): ${shown(keys[1])}` }
  if (/^Invalid option/.test(m) && raw === undefined) return { ...issue, code: 'required', params: { expected: '', found: 'nothing' }, message: `is missing; ${shown(m.replace(/^Invalid option: /, ''), 200)}` }
  if (/^Too (big|small): expected number/.test(m)) return { ...issue, message: `${m.replace(/^Too (big|small): expected number to be /, 'must be ')} (found ${shown(raw)})` }
  if (/^Invalid option/.test(m)) return { ...issue, code: 'option', params: { found: shown(raw) }, message: `${shown(m, 200)} (found ${shown(raw)})` }
  if (m === 'must not be empty') return { ...issue, code: 'invisible', params: {}, message: 'is empty' }
  return { ...issue, message: shown(m, 300) }
}

/** Keep the list readable: at most LIMITS.issues in place order, then one line saying how many more (earlier caps included). */
export function capImportIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  let rest = 0
  const listed: ImportIssue[] = []
  for (const i of issues) {
    if (i.code === 'moreIssues') rest += Number(i.params?.['n'] ?? 0)
    else listed.push(i)
  }
  listed.sort(byPlace)
  if (listed.length > LIMITS.issues) rest += listed.splice(LIMITS.issues).length
  return rest > 0 ? [...listed, { field: '(file)', code: 'moreIssues', params: { n: rest }, message: `${rest} more problem(s) not listed` }] : listed
}

/** Parse and validate a dropped or picked file; every issue is listed (capped) and nothing is accepted if any is found. */
export function parseImport(fileName: string, textIn: string, ctx: ImportContext): ImportResult {
  if (typeof textIn !== 'string') return { ok: false, issues: [{ field: '(file)', code: 'notText', message: 'is not a text file' }] }
  // Characters first (cheap): a string of n UTF-16 units has at least n bytes of UTF-8.
  if (textIn.length > LIMITS.fileBytes) return { ok: false, issues: [tooBig(textIn.length)] }
  const bytes = utf8Bytes(textIn)
  if (bytes > LIMITS.fileBytes) return { ok: false, issues: [tooBig(bytes)] }
  if (textIn.trim() === '' || textIn.trim() === '\uFEFF') return { ok: false, issues: [{ field: '(file)', code: 'emptyFile', message: 'is empty' }] }
  const csv = isCsv(fileName, textIn)
  const issues: ImportIssue[] = []
  let input: unknown
  let lines: number[] = []
  if (csv) {
    const parsed = csvToCollection(textIn, ctx, issues)
    if (parsed === null) return { ok: false, issues: capImportIssues(issues) }
    input = parsed.collection
    lines = parsed.lines
  } else {
    try {
      input = JSON.parse(textIn)
    } catch (e) {
      const detail = shown(e instanceof Error ? e.message : String(e), 120)
      return { ok: false, issues: [{ field: '(file)', code: 'notJson', params: { detail }, message: `is not valid JSON: ${detail}` }] }
    }
  }
  return gate(fileName, input, ctx, { csv, lines, issues })
}

/**
 * A file kept in IndexedDB by an earlier visit, checked again at restore exactly as an import is (the same gate and
 * messages), but without the size limit on text it never was: `content` is the GeoJSON built from its stored records.
 */
export function checkStoredFile(fileName: string, content: unknown, ctx: ImportContext): ImportResult {
  return gate(fileName, content, ctx, { csv: false, lines: [], issues: [] })
}

/** Ids, references and text made ready, then the one gate (validateLayerSet); issues named by row or feature. */
function gate(fileName: string, input: unknown, ctx: ImportContext, read: { csv: boolean; lines: number[]; issues: ImportIssue[] }): ImportResult {
  const { csv, lines, issues } = read
  if (!isObject(input)) {
    const found = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input
    return { ok: false, issues: [{ field: '(file)', code: 'topLevel', params: { found }, message: `expected a GeoJSON FeatureCollection object, got ${found === 'array' ? 'an array' : found}` }] }
  }
  const tag = nameTag(fileName)
  const where = (index: number | undefined) => (index === undefined ? {} : csv ? { row: lines[index] ?? index + 2 } : { feature: index })
  // Give every feature a user id (prefixed), and keep references inside the file pointing at the renamed ids.
  const renamed = new Map<string, string>()
  const features = isObject(input) && Array.isArray(input['features']) && input['features'].length <= LIMITS.records ? (input['features'] as unknown[]) : undefined
  if (features) {
    features.forEach((f, i) => {
      if (!isObject(f)) return
      const before = f['id']
      f['id'] = userId(before, tag, i)
      if (typeof before === 'string' && typeof f['id'] === 'string') renamed.set(before, f['id'])
    })
    for (const f of features) {
      const p = isObject(f) ? f['properties'] : undefined
      if (!isObject(p)) continue
      normalise(p)
      for (const key of ['office', 'partOf']) {
        const ref = p[key]
        if (typeof ref === 'string' && renamed.has(ref)) p[key] = renamed.get(ref)
      }
    }
  }
  // The one gate (validateLayerSet): the contract, the user-file rules, and ids unique against what is loaded.
  const set = validateLayerSet([{ name: fileName, content: input, user: true }], ctx.places, { base: ctx.existing ?? [], baseIds: ctx.existingIds ?? [] })
  if (set.problems.length === 0 && issues.length === 0) return { ok: true, records: set.records }
  const indexOfId = new Map<string, number>()
  features?.forEach((f, i) => {
    const id = isObject(f) ? f['id'] : undefined
    if (typeof id === 'string' && !indexOfId.has(id)) indexOfId.set(id, i)
  })
  const own = new Set(issues.map((i) => `${i.row}|${i.field}`))
  const toIssue = (p: ParseIssue): ImportIssue => {
    const index = p.featureIndex ?? (p.featureId !== undefined ? indexOfId.get(p.featureId) : undefined)
    const coded = p as CodedIssue
    const base = compact({ ...where(index), id: p.featureId, field: p.field, message: p.message, code: coded.code, params: coded.params }) as unknown as ImportIssue
    return coded.code ? base : humanise(base, index === undefined ? undefined : rawAt(features?.[index], p.field))
  }
  // A cell already reported (e.g. "0x7D6 is not a decimal number") is not reported again in the schema's words.
  const seen = new Set<string>()
  const fromSet = set.problems.map(toIssue).filter((i) => {
    const key = `${i.row ?? i.feature}|${i.field}|${i.code ?? i.message}`
    if (own.has(`${i.row}|${i.field}`) || seen.has(key)) return false
    seen.add(key)
    return true
  })
  // Cell issues found while reading the CSV name their record too.
  const idOfLine = new Map<number, string>()
  features?.forEach((f, i) => { const id = isObject(f) ? f['id'] : undefined; if (typeof id === 'string' && lines[i] !== undefined) idOfLine.set(lines[i]!, id) })
  const withIds = issues.map((i) => (i.id === undefined && i.row !== undefined && idOfLine.has(i.row) ? { ...i, id: idOfLine.get(i.row)! } : i))
  return { ok: false, issues: capImportIssues([...withIds, ...fromSet]) }
}

const byPlace = (a: ImportIssue, b: ImportIssue) => (a.row ?? a.feature ?? -1) - (b.row ?? b.feature ?? -1)

/** One line per issue: "row 3 (user-x): years.0: year must be 2006 or later". */
export function formatImportIssue(issue: ImportIssue, words: { row: string; feature: string; file: string } = { row: 'row', feature: 'feature', file: 'file' }): string {
  const at = issue.row !== undefined ? `${words.row} ${issue.row}` : issue.feature !== undefined ? `${words.feature} #${issue.feature}` : words.file
  return `${at}${issue.id ? ` (${issue.id})` : ''}: ${issue.field}: ${issue.message}`
}
