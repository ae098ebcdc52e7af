// Import of a person's own records (GeoJSON or CSV in the contract's shape), validated by the app's schema.
// Pure: never throws, and either every record of the file is accepted or none (with every problem listed).
import { csvParseRows } from 'd3-dsv'
import {
  METRIC_KEY_LIST, checkReferences, parseLayerFile, type AtlasRecord, type ParseIssue,
} from './schema'
import { CSV_COLUMNS } from './export'
import type { Places } from './places'

/** Imported records are marked by this id prefix: they are the user layer, never the plan's records. */
export const USER_PREFIX = 'user-'
export const MAX_IMPORT_BYTES = 5_000_000

export interface ImportIssue {
  /** 1-based line of a CSV file (the header is line 1). */
  row?: number
  /** 0-based index of a GeoJSON feature. */
  feature?: number
  id?: string
  field: string
  message: string
}

export type ImportResult = { ok: true; records: AtlasRecord[] } | { ok: false; issues: ImportIssue[] }

export interface ImportContext {
  places: Places
  /** Ids already loaded (the plan's and earlier imports). */
  existing: readonly AtlasRecord[]
}

export const isUserRecord = (r: Pick<AtlasRecord, 'id'>) => r.id.startsWith(USER_PREFIX)

/** Markup in a text field: refused, since the atlas shows data as plain text only. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript:/i

function slug(name: string): string {
  return name.toLowerCase().replace(/\.[a-z]+$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'file'
}

function userId(raw: unknown, file: string, index: number): unknown {
  if (raw === undefined || raw === null || raw === '') return `${USER_PREFIX}${slug(file)}-${index + 1}`
  if (typeof raw !== 'string') return raw
  return raw.startsWith(USER_PREFIX) ? raw : `${USER_PREFIX}${raw}`
}

/** "12.5" -> 12.5; "" -> undefined; "abc" stays "abc" so the schema reports the wrong type. */
function num(v: string | undefined): unknown {
  if (v === undefined || v.trim() === '') return undefined
  const n = Number(v)
  return Number.isFinite(n) ? n : v
}
const text = (v: string | undefined) => (v === undefined || v === '' ? undefined : v)
const list = (v: string | undefined) => (v ? v.split(/[;,\s]+/).filter(Boolean) : undefined)
const bool = (v: string | undefined): unknown => (v === 'true' ? true : v === 'false' ? false : text(v))
const round6 = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)

const ALIASES: Record<string, string> = { region: 'regions', code: 'regions', region_code: 'regions', adcode: 'regions', lng: 'lon', longitude: 'lon', latitude: 'lat' }
const KNOWN = new Set<string>(CSV_COLUMNS)

function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}

/** One CSV row as a GeoJSON Feature, or an issue for its geometry. */
function rowToFeature(row: Record<string, string>, ctx: ImportContext, issues: ImportIssue[], line: number): unknown {
  const regions = list(row.regions)
  const metrics: Record<string, unknown> = {}
  for (const key of METRIC_KEY_LIST) if (text(row[key]) !== undefined) metrics[key] = num(row[key])
  const stated = row.stated_start || row.stated_end ? [num(row.stated_start), num(row.stated_end)] : undefined
  const summary = row.summary_zh || row.summary_en ? { zh: row.summary_zh ?? '', en: row.summary_en ?? '' } : undefined
  let geometry: unknown
  let pointIsRegionLabel = bool(row.point_is_region_label)
  if (text(row.geometry)) {
    try {
      geometry = JSON.parse(row.geometry ?? '')
    } catch {
      issues.push({ row: line, field: 'geometry', message: 'is not valid GeoJSON geometry text' })
    }
  } else if (text(row.lon) !== undefined || text(row.lat) !== undefined) {
    geometry = { type: 'Point', coordinates: [round6(num(row.lon)), round6(num(row.lat))] }
  } else {
    const place = regions?.[0] ? ctx.places.get(regions[0]) : undefined
    if (place) {
      geometry = { type: 'Point', coordinates: [round6(place.label[0]), round6(place.label[1])] }
      pointIsRegionLabel = true
    } else {
      issues.push({ row: line, field: 'geometry', message: 'needs lon and lat columns, or a region code the basemap knows' })
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
      years: [num(row.year_start), num(row.year_end)],
      regions,
      metrics,
      source: compact({ ref: row.source_ref, url: text(row.source_url), confidence: text(row.source_confidence) }),
      summary,
      office: text(row.office),
      joined: num(row.joined),
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

function csvToCollection(textIn: string, ctx: ImportContext, issues: ImportIssue[]): { collection: unknown; lines: number[] } | null {
  // csvParseRows, not csvParse: csvParse builds its row objects with `new Function`, which the atlas's CSP forbids.
  let table: string[][]
  try {
    table = csvParseRows(textIn.replace(/^\uFEFF/, ''))
  } catch (e) {
    issues.push({ field: '(file)', message: `is not valid CSV: ${e instanceof Error ? e.message : String(e)}` })
    return null
  }
  const columns = (table[0] ?? []).map((c) => c.trim())
  if (columns.length < 2) issues.push({ row: 1, field: '(header)', message: 'a CSV file needs a header row with the contract\'s columns' })
  for (const c of columns) {
    if (!KNOWN.has(c) && !ALIASES[c]) issues.push({ row: 1, field: c, message: `unknown column "${c}"` })
  }
  const rows: { line: number; row: Record<string, string> }[] = []
  table.slice(1).forEach((fields, i) => {
    if (fields.length === 1 && fields[0] === '') return
    // Broken quoting or a stray comma shows as a row with another number of fields than the header.
    if (fields.length !== columns.length) issues.push({ row: i + 2, field: '(row)', message: `has ${fields.length} fields, the header has ${columns.length}` })
    rows.push({ line: i + 2, row: Object.fromEntries(columns.map((c, k) => [c, fields[k] ?? ''])) })
  })
  const features = rows.map(({ line, row: raw }) => {
    const row: Record<string, string> = {}
    for (const [k, v] of Object.entries(raw)) row[ALIASES[k] ?? k] = v
    return rowToFeature(row, ctx, issues, line)
  })
  return { collection: { type: 'FeatureCollection', features }, lines: rows.map((r) => r.line) }
}

function isCsv(fileName: string, textIn: string): boolean {
  if (/\.csv$/i.test(fileName)) return true
  if (/\.(geo)?json$/i.test(fileName)) return false
  return !/^\s*[{[]/.test(textIn)
}

/** Parse and validate a dropped or picked file; every issue is listed and nothing is accepted if any is found. */
export function parseImport(fileName: string, textIn: string, ctx: ImportContext): ImportResult {
  if (textIn.length > MAX_IMPORT_BYTES) return { ok: false, issues: [{ field: '(file)', message: `is larger than ${MAX_IMPORT_BYTES} bytes` }] }
  const csv = isCsv(fileName, textIn)
  const issues: ImportIssue[] = []
  let input: unknown
  let lines: number[] = []
  if (csv) {
    const parsed = csvToCollection(textIn, ctx, issues)
    if (parsed === null) return { ok: false, issues }
    input = parsed.collection
    lines = parsed.lines
  } else {
    try {
      input = JSON.parse(textIn)
    } catch (e) {
      return { ok: false, issues: [{ field: '(file)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] }
    }
  }
  const where = (index: number | undefined) => (index === undefined ? {} : csv ? { row: lines[index] ?? index + 2 } : { feature: index })
  // Give every feature a user id (prefixed), and keep references inside the file pointing at the renamed ids.
  const renamed = new Map<string, string>()
  const features = (input as { features?: unknown })?.features
  if (Array.isArray(features)) {
    features.forEach((f, i) => {
      if (typeof f !== 'object' || f === null) return
      const feature = f as Record<string, unknown>
      const before = feature.id
      feature.id = userId(before, fileName, i)
      if (typeof before === 'string' && typeof feature.id === 'string') renamed.set(before, feature.id)
    })
    for (const f of features) {
      const p = (f as { properties?: Record<string, unknown> } | null)?.properties
      if (!p || typeof p !== 'object') continue
      for (const key of ['office', 'partOf']) {
        const ref = p[key]
        if (typeof ref === 'string' && renamed.has(ref)) p[key] = renamed.get(ref)
      }
    }
  }
  // Checks on the raw features, so a file's report lists these even where the schema finds other faults.
  const known = new Set(ctx.places.keys())
  const existingIds = new Set(ctx.existing.map((r) => r.id))
  if (Array.isArray(features)) {
    features.forEach((f, i) => {
      if (typeof f !== 'object' || f === null) return
      const id = typeof (f as { id?: unknown }).id === 'string' ? (f as { id: string }).id : undefined
      const at = compact({ ...where(i), id }) as Partial<ImportIssue>
      const p = (f as { properties?: Record<string, unknown> }).properties
      if (id !== undefined && existingIds.has(id)) issues.push({ ...at, field: 'id', message: `id "${id}" is already loaded; remove the earlier file first or rename` })
      if (!p || typeof p !== 'object') return
      for (const [field, value] of textFields(p)) {
        if (MARKUP.test(value)) issues.push({ ...at, field, message: 'contains HTML markup; the atlas shows text only, remove the tags' })
      }
      const regions = p.regions
      if (Array.isArray(regions)) {
        regions.forEach((code, k) => {
          if (typeof code === 'string' && /^\d{6}$/.test(code) && !known.has(code)) {
            issues.push({ ...at, field: `regions.${k}`, message: `region code ${code} is not in the basemap` })
          }
        })
      }
    })
  }
  const parsed = parseLayerFile(fileName, input)
  const fromParse = (list: ParseIssue[], index?: (i: ParseIssue) => number | undefined) =>
    list.map((p): ImportIssue => compact({ ...where(index ? index(p) : p.featureIndex), id: p.featureId, field: p.field, message: p.message }) as unknown as ImportIssue)
  if (!parsed.ok) return { ok: false, issues: [...issues, ...fromParse(parsed.errors)].sort(byPlace) }
  const records = parsed.records
  const indexOf = new Map(records.map((r, i) => [r.id, i]))
  const byIndex = (p: ParseIssue) => (p.featureId !== undefined ? indexOf.get(p.featureId) : undefined)
  const refs = checkReferences([...ctx.existing, ...records]).filter((p) => p.featureId !== undefined && indexOf.has(p.featureId))
  issues.push(...fromParse(refs, byIndex))
  return issues.length ? { ok: false, issues: issues.sort(byPlace) } : { ok: true, records }
}

/** The free-text fields of raw properties, with their field names. */
function textFields(p: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = []
  for (const key of ['name', 'summary', 'source']) {
    const v = p[key]
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out.push([`${key}.${k}`, x])
    }
  }
  for (const key of ['category', 'layer', 'status']) if (typeof p[key] === 'string') out.push([key, p[key] as string])
  return out
}

const byPlace = (a: ImportIssue, b: ImportIssue) => (a.row ?? a.feature ?? -1) - (b.row ?? b.feature ?? -1)

/** One line per issue: "row 3 (user-x): years.0: year must be 2006 or later". */
export function formatImportIssue(issue: ImportIssue, words: { row: string; feature: string; file: string } = { row: 'row', feature: 'feature', file: 'file' }): string {
  const at = issue.row !== undefined ? `${words.row} ${issue.row}` : issue.feature !== undefined ? `${words.feature} #${issue.feature}` : words.file
  return `${at}${issue.id ? ` (${issue.id})` : ''}: ${issue.field}: ${issue.message}`
}
