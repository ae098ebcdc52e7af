/**
 * The atlas's data contract (DATA.md) in code.
 *
 * Pure TypeScript: imports nothing from vue, pinia, deck.gl or maplibre, so the app, the data scripts
 * (`npm run check:data`, `npm run build:layers`) and the tests all validate with this one schema.
 *
 * A layer file is a GeoJSON FeatureCollection; each Feature is flattened into an `AtlasRecord`
 * (`id` from feature.id, the properties spread, the geometry kept). Parsing never throws: it returns
 * either every record of the file or every issue found (never a partial result).
 */
import * as z from 'zod'
import { FIRST_YEAR, LAST_YEAR } from './time'

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

export const LAYER_IDS = ['aid', 'park', 'waterway', 'office', 'coverage', 'cooperation'] as const
export type LayerId = (typeof LAYER_IDS)[number]

export const STATUSES = ['achieved', 'planned', 'ongoing'] as const
export type Status = (typeof STATUSES)[number]

/**
 * Categories per layer. DATA.md's lists, plus three extensions documented in geo/README.md:
 * aid `economic-cooperation` and `pairing`, cooperation `enterprise-service`.
 */
export const CATEGORIES: Record<LayerId, readonly string[]> = {
  aid: [
    'livelihood',
    'education',
    'health',
    'culture-science',
    'industry-agriculture',
    'infrastructure',
    'tourism',
    'ecology',
    'human-resources',
    'governance',
    'reconstruction',
    'overall',
    'economic-cooperation',
    'pairing',
  ],
  park: ['industrial-park', 'agricultural-base', 'employment-base', 'farm', 'demonstration-zone'],
  waterway: ['channel', 'port', 'ship-standard', 'hub-city', 'lock-dam', 'logistics'],
  office: ['liaison-office'],
  coverage: ['liaison-region'],
  cooperation: ['regional-agreement', 'city-council', 'exchange', 'donation', 'enterprise-service'],
}

/**
 * How precisely a record's place is known, adapted from AidData's geocoding precision codes. `chosen` and
 * `schematic-line` are approximate: the map, the legend and the detail panel say so.
 */
export const LOCATION_PRECISIONS = ['exact', 'county', 'prefecture', 'province', 'stated-group', 'chosen', 'schematic-line'] as const
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number]
export const APPROXIMATE_LOCATIONS: readonly LocationPrecision[] = ['chosen', 'schematic-line']

/**
 * How precisely a record's `years` are known: `exact` a dated day inside them, `year` the year(s) themselves,
 * `span` a figure or task stated for the whole span and not dated within it, `unknown` a start or end that no
 * source gives (the span shown is a stand-in, e.g. an office shown over 2006–2010 for lack of a date).
 */
export const DATE_PRECISIONS = ['exact', 'year', 'span', 'unknown'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

/**
 * Known metric keys, all in base units. `int` = a count (must be an integer).
 * Unknown keys are rejected so that a typo (`fundCny`) is caught, not silently dropped.
 */
export const METRIC_KEYS = {
  fundsCny: { unit: 'yuan', int: false, en: 'funds (yuan, free aid / money put in)' },
  agreementFundsCny: { unit: 'yuan', int: false, en: 'agreed (contract) funds' },
  investmentCny: { unit: 'yuan', int: false, en: 'total investment of the projects' },
  intentionFundsCny: { unit: 'yuan', int: false, en: 'cooperation intentions reached' },
  valueCny: { unit: 'yuan', int: false, en: 'value of money and goods donated' },
  registeredCapitalCny: { unit: 'yuan', int: false, en: 'registered capital' },
  projects: { unit: 'count', int: true, en: 'projects' },
  cooperationProjects: { unit: 'count', int: true, en: 'economic / technical cooperation projects' },
  agreements: { unit: 'count', int: true, en: 'agreements signed' },
  events: { unit: 'count', int: true, en: 'events held' },
  topics: { unit: 'count', int: true, en: 'cooperation topics' },
  people: { unit: 'person-times', int: true, en: 'people (person-times)' },
  headcount: { unit: 'people', int: true, en: 'people (head count, each person once)' },
  cadres: { unit: 'count', int: true, en: 'cadres sent' },
  houses: { unit: 'count', int: true, en: 'houses / dwellings (套)' },
  households: { unit: 'count', int: true, en: 'households (户)' },
  enterprises: { unit: 'count', int: true, en: 'enterprises' },
  members: { unit: 'count', int: true, en: 'members' },
  membersBefore: { unit: 'count', int: true, en: 'members at the start of the span' },
  provinces: { unit: 'count', int: true, en: 'provinces / regions reached' },
  berths: { unit: 'count', int: true, en: 'berths' },
  areaKm2: { unit: 'km²', int: false, en: 'area' },
  depthM: { unit: 'm', int: false, en: 'channel depth' },
  lengthKm: { unit: 'km', int: false, en: 'length' },
  quayLengthM: { unit: 'm', int: false, en: 'quay length' },
  capacityTeu: { unit: 'TEU/year', int: false, en: 'design capacity' },
  throughputTeu: { unit: 'TEU/year', int: false, en: 'throughput' },
  tonnageT: { unit: 't', int: false, en: 'average ship tonnage' },
} as const
export type MetricKey = keyof typeof METRIC_KEYS
export const METRIC_KEY_LIST = Object.keys(METRIC_KEYS) as MetricKey[]

// ---------------------------------------------------------------------------------------------
// Zod schemas
// ---------------------------------------------------------------------------------------------

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const REGION_CODE = /^\d{6}$/
const HTTP_URL = /^https?:\/\/[^\s]+$/

/** At most 6 decimals (a tolerance for binary floating point). */
function hasAtMost6Decimals(n: number): boolean {
  return Number(n.toFixed(6)) === n
}

const nonEmptyText = z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty' })

export const localTextSchema = z.strictObject({ zh: nonEmptyText, en: nonEmptyText })

const metricShape = Object.fromEntries(
  METRIC_KEY_LIST.map((key) => {
    const n = z.number().finite().nonnegative()
    return [key, (METRIC_KEYS[key].int ? n.int() : n).optional()]
  }),
) as { [K in MetricKey]: z.ZodOptional<z.ZodNumber> }
export const metricsSchema = z.strictObject(metricShape)

export const sourceSchema = z.strictObject({
  ref: nonEmptyText,
  url: z.string().regex(HTTP_URL, { message: 'must be an http(s) URL' }).optional(),
  confidence: z.enum(['confirmed', 'weak']).optional(),
})

const lon = z
  .number()
  .finite()
  .min(-180)
  .max(180)
  .refine(hasAtMost6Decimals, { message: 'longitude has more than 6 decimals' })
const lat = z
  .number()
  .finite()
  .min(-90)
  .max(90)
  .refine(hasAtMost6Decimals, { message: 'latitude has more than 6 decimals' })
const position = z.tuple([lon, lat])
const lineCoords = z.array(position).min(2, { message: 'a line needs at least 2 positions' })
const ring = z
  .array(position)
  .min(4, { message: 'a ring needs at least 4 positions' })
  .refine(
    (r) => {
      const a = r[0]
      const b = r[r.length - 1]
      return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1]
    },
    { message: 'a ring must be closed (first position = last)' },
  )

export const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: position }),
  z.strictObject({ type: z.literal('LineString'), coordinates: lineCoords }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(lineCoords).min(1) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
])

const year = z.number().int().min(FIRST_YEAR, { message: `year must be ${FIRST_YEAR} or later` }).max(LAST_YEAR, {
  message: `year must be ${LAST_YEAR} or earlier`,
})
const anyYear = z.number().int().min(1900).max(2100)

export const propertiesSchema = z.strictObject({
  layer: z.enum(LAYER_IDS),
  name: localTextSchema,
  category: z.string(),
  status: z.enum(STATUSES),
  /** Span in which the record is active in the atlas, within FIRST_YEAR..LAST_YEAR. */
  years: z.tuple([year, year]),
  /** GB/T 2260 codes; the first one is the primary region (its label point is the record's Point). */
  regions: z.array(z.string().regex(REGION_CODE, { message: 'must be a 6-digit GB/T 2260 code' })).min(1, {
    message: 'needs at least one region code',
  }),
  metrics: metricsSchema,
  source: sourceSchema,
  summary: localTextSchema.optional(),
  /** coverage layer: the id of the office record whose liaison region this is. */
  office: z.string().regex(KEBAB, { message: 'must be a kebab-case record id' }).optional(),
  /** city-council members: the year the city joined. May lie before 2006. */
  joined: anyYear.optional(),
  /** The Point is the label point of `regions[0]` from the basemap, not a surveyed site. */
  pointIsRegionLabel: z.boolean().optional(),
  /** The line is hand-digitised and schematic (follows the river roughly), not a surveyed channel. */
  geometryIsSchematic: z.boolean().optional(),
  /** The span the source states (of its figures, or of a pairing or office) when it reaches outside `years`, e.g. a 1994–2018 total. */
  statedSpan: z.tuple([anyYear, anyYear]).optional(),
  /** Metrics that the source states as "more than" (超过) a value: a lower bound, not an exact figure. */
  moreThan: z.array(z.enum(METRIC_KEY_LIST as [MetricKey, ...MetricKey[]])).optional(),
  /** The id of a total record this record is a stated part of (its figures re-add to the total). */
  partOf: z.string().regex(KEBAB, { message: 'must be a kebab-case record id' }).optional(),
  /** How precisely the place is known. Every record of geo/layers has it (checkPrecision); an imported file may omit it. */
  locationPrecision: z.enum(LOCATION_PRECISIONS).optional(),
  /** How precisely `years` is known. Every record of geo/layers has it (checkPrecision); an imported file may omit it. */
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  /** Where `regions` came from when research, not `source`, named them (e.g. the plan's "喀什四县" as four county codes). */
  regionsSource: z
    .strictObject({
      ref: nonEmptyText,
      url: z.string().regex(HTTP_URL, { message: 'must be an http(s) URL' }),
      confidence: z.enum(['confirmed', 'weak']),
    })
    .optional(),
})

/**
 * Checks between fields (category in the layer's list, start <= end, ...). They run on the raw properties
 * even when other fields are broken, so a file's report lists every issue at once.
 */
function relationIssues(raw: unknown): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = []
  if (!isPlainObject(raw)) return out
  const layer = raw['layer']
  const category = raw['category']
  if (typeof layer === 'string' && (LAYER_IDS as readonly string[]).includes(layer) && typeof category === 'string') {
    const allowed = CATEGORIES[layer as LayerId]
    if (!allowed.includes(category)) {
      out.push({ path: 'category', message: `"${category}" is not a category of layer "${layer}" (allowed: ${allowed.join(', ')})` })
    }
  }
  for (const key of ['years', 'statedSpan'] as const) {
    const span = raw[key]
    if (Array.isArray(span) && typeof span[0] === 'number' && typeof span[1] === 'number' && span[0] > span[1]) {
      out.push({ path: key, message: `start ${span[0]} is after end ${span[1]}` })
    }
  }
  const regions = raw['regions']
  if (Array.isArray(regions) && new Set(regions).size !== regions.length) {
    out.push({ path: 'regions', message: 'lists a region code twice' })
  }
  if (layer === 'coverage' && raw['office'] === undefined) {
    out.push({ path: 'office', message: 'a coverage record needs the id of its office' })
  }
  if (typeof layer === 'string' && layer !== 'coverage' && raw['office'] !== undefined) {
    out.push({ path: 'office', message: 'only coverage records name an office' })
  }
  const metrics = raw['metrics']
  const moreThan = raw['moreThan']
  if (Array.isArray(moreThan) && isPlainObject(metrics)) {
    for (const key of moreThan) {
      if (typeof key === 'string' && metrics[key] === undefined) {
        out.push({ path: 'moreThan', message: `names metric "${key}" that the record does not have` })
      }
    }
  }
  const source = raw['source']
  if (isPlainObject(source) && source['confidence'] !== undefined && source['url'] === undefined) {
    out.push({ path: 'source.url', message: 'a researched fact (with confidence) needs its url' })
  }
  return out
}

export const featureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().regex(KEBAB, { message: 'must be a kebab-case string id' }),
  properties: propertiesSchema,
  geometry: geometrySchema,
  bbox: z.array(z.number()).optional(),
})

/**
 * A Feature flattened into the record the app works with: `id` from feature.id, the properties spread, the
 * geometry kept (`bbox` dropped). The record type is derived from this schema, so the contract is written once.
 */
export const recordSchema = featureSchema.transform(({ id, properties, geometry }) => ({ id, ...properties, geometry }))

export type AtlasRecord = z.output<typeof recordSchema>
export type LocalText = z.output<typeof localTextSchema>
export type Metrics = z.output<typeof metricsSchema>
export type Source = z.output<typeof sourceSchema>
export type AtlasGeometry = z.output<typeof geometrySchema>
export type Position = [number, number]

export interface ParseIssue {
  file: string
  featureIndex?: number
  featureId?: string
  field: string
  message: string
}

export type ParseResult = { ok: true; records: AtlasRecord[] } | { ok: false; errors: ParseIssue[] }

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/** More issues than this in one file are summarised, so a broken huge file still gives a readable report. */
export const MAX_ISSUES_PER_FILE = 200

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function fieldOf(path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p))
  if (parts[0] === 'properties' && parts.length > 1) parts.shift()
  return parts.length > 0 ? parts.join('.') : '(feature)'
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key(s): ${issue.keys.join(', ')}`
  return issue.message
}

function parseUnsafe(fileName: string, input: unknown): ParseResult {
  const errors: ParseIssue[] = []
  if (!isPlainObject(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
    return { ok: false, errors: [{ file: fileName, field: '(file)', message: `expected a GeoJSON FeatureCollection object, got ${got}` }] }
  }
  if (input['type'] !== 'FeatureCollection') {
    errors.push({ file: fileName, field: 'type', message: `expected "FeatureCollection", got ${JSON.stringify(input['type']) ?? 'nothing'}` })
  }
  const features = input['features']
  if (!Array.isArray(features)) {
    errors.push({ file: fileName, field: 'features', message: 'expected an array of Features' })
    return { ok: false, errors }
  }
  for (const key of Object.keys(input)) {
    if (key !== 'type' && key !== 'features' && key !== 'bbox' && key !== 'name') {
      errors.push({ file: fileName, field: key, message: `unknown key "${key}" at the top of the FeatureCollection` })
    }
  }

  const records: AtlasRecord[] = []
  const firstIndexOfId = new Map<string, number>()
  let truncated = 0
  let unchecked = 0
  features.forEach((feature: unknown, index: number) => {
    if (errors.length >= MAX_ISSUES_PER_FILE) {
      unchecked++
      return
    }
    const rawId = isPlainObject(feature) ? feature['id'] : undefined
    const featureId = typeof rawId === 'string' ? rawId : undefined
    const push = (field: string, message: string) => {
      if (errors.length >= MAX_ISSUES_PER_FILE) {
        truncated++
        return
      }
      const issue: ParseIssue = { file: fileName, featureIndex: index, field, message }
      if (featureId !== undefined) issue.featureId = featureId
      errors.push(issue)
    }
    if (!isPlainObject(feature)) {
      push('(feature)', `expected a GeoJSON Feature object, got ${feature === null ? 'null' : Array.isArray(feature) ? 'an array' : typeof feature}`)
      return
    }
    const parsed = recordSchema.safeParse(feature)
    const relations = relationIssues(feature['properties'])
    if (!parsed.success) {
      for (const issue of parsed.error.issues) push(fieldOf(issue.path), messageOf(issue))
    }
    for (const r of relations) push(r.path, r.message)
    if (parsed.success && relations.length === 0) {
      records.push(parsed.data)
    }
    if (featureId !== undefined) {
      const first = firstIndexOfId.get(featureId)
      if (first !== undefined) push('id', `duplicate id "${featureId}" (first used by feature #${first})`)
      else firstIndexOfId.set(featureId, index)
    }
  })
  if (truncated > 0 || unchecked > 0) {
    errors.push({
      file: fileName,
      field: '(file)',
      message: `${truncated} more issue(s) not listed; ${unchecked} more feature(s) not checked after ${MAX_ISSUES_PER_FILE} issues`,
    })
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records }
}

/**
 * Validate one layer file (already JSON-parsed). Never throws. Any bad feature makes the whole file
 * fail, with every issue listed (no partial load).
 */
export function parseLayerFile(fileName: string, input: unknown): ParseResult {
  try {
    return parseUnsafe(fileName, input)
  } catch (e) {
    // e.g. a stack overflow on absurdly deep input: report it, never throw
    return { ok: false, errors: [{ file: fileName, field: '(file)', message: `could not be validated: ${errorText(e)}` }] }
  }
}

/** Parse JSON text, then validate it. A JSON syntax error becomes a ParseIssue. Never throws. */
export function parseLayerText(fileName: string, text: string): ParseResult {
  let data: unknown
  try {
    if (typeof text !== 'string') {
      return { ok: false, errors: [{ file: fileName, field: '(file)', message: 'expected the text of a JSON file' }] }
    }
    data = JSON.parse(text)
  } catch (e) {
    return { ok: false, errors: [{ file: fileName, field: '(file)', message: `is not valid JSON: ${errorText(e)}` }] }
  }
  return parseLayerFile(fileName, data)
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e)
  } catch {
    return 'unknown error'
  }
}

/** One line per issue, e.g. `aid.geojson: feature "aid-xigaze-2006-2010" (#3): years: start 2011 is after end 2010`. */
export function formatIssue(issue: ParseIssue): string {
  let where = ''
  if (issue.featureId !== undefined && issue.featureIndex !== undefined) {
    where = ` feature ${JSON.stringify(issue.featureId)} (#${issue.featureIndex}):`
  } else if (issue.featureId !== undefined) {
    where = ` feature ${JSON.stringify(issue.featureId)}:`
  } else if (issue.featureIndex !== undefined) {
    where = ` feature #${issue.featureIndex}:`
  }
  return `${issue.file}:${where} ${issue.field}: ${issue.message}`
}

// ---------------------------------------------------------------------------------------------
// Checks across files
// ---------------------------------------------------------------------------------------------

function fileOfRecord(r: AtlasRecord, files?: ReadonlyMap<AtlasRecord, string>): string {
  return files?.get(r) ?? `${r.layer}.geojson`
}

/** Every `regions` code must exist in the basemap (`knownCodes` = the keys of geo/basemap/places.json). */
export function checkRegions(records: readonly AtlasRecord[], knownCodes: Set<string>, files?: ReadonlyMap<AtlasRecord, string>): ParseIssue[] {
  const issues: ParseIssue[] = []
  for (const r of records) {
    r.regions.forEach((code, i) => {
      if (!knownCodes.has(code)) {
        issues.push({ file: fileOfRecord(r, files), featureId: r.id, field: `regions.${i}`, message: `region code ${code} is not in the basemap` })
      }
    })
  }
  return issues
}

/** Ids must be unique across all files. */
export function checkUniqueIds(records: readonly AtlasRecord[], files?: ReadonlyMap<AtlasRecord, string>): ParseIssue[] {
  const seen = new Map<string, AtlasRecord>()
  const issues: ParseIssue[] = []
  for (const r of records) {
    const first = seen.get(r.id)
    if (first) {
      issues.push({
        file: fileOfRecord(r, files),
        featureId: r.id,
        field: 'id',
        message: `duplicate id, also used in ${fileOfRecord(first, files)}`,
      })
    } else {
      seen.set(r.id, r)
    }
  }
  return issues
}

/** True when the record's place is approximate (chosen by the atlas, or a schematic line). */
export function isApproximateLocation(r: Pick<AtlasRecord, 'locationPrecision'>): boolean {
  return r.locationPrecision !== undefined && APPROXIMATE_LOCATIONS.includes(r.locationPrecision)
}

/**
 * The atlas's own layers state how precisely every place and date is known (`npm run check:data` and
 * `build:layers` run this; an imported file is not held to it). A schematic line must say so in both flags.
 */
export function checkPrecision(records: readonly AtlasRecord[], files?: ReadonlyMap<AtlasRecord, string>): ParseIssue[] {
  const issues: ParseIssue[] = []
  for (const r of records) {
    const push = (field: string, message: string) => issues.push({ file: fileOfRecord(r, files), featureId: r.id, field, message })
    if (r.locationPrecision === undefined) push('locationPrecision', 'missing: say how precisely the place is known')
    if (r.datePrecision === undefined) push('datePrecision', 'missing: say how precisely the years are known')
    if ((r.locationPrecision === 'schematic-line') !== (r.geometryIsSchematic === true)) {
      push('locationPrecision', 'a schematic line, and only one, has locationPrecision "schematic-line"')
    }
    if (r.locationPrecision === 'exact' && (r.geometry.type !== 'Point' || r.pointIsRegionLabel === true)) {
      push('locationPrecision', '"exact" needs a Point at stated coordinates, not a region\'s label point')
    }
  }
  return issues
}

/** Cross-references: coverage `office` must name an office record, `partOf` an existing record. */
export function checkReferences(records: readonly AtlasRecord[], files?: ReadonlyMap<AtlasRecord, string>): ParseIssue[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const issues: ParseIssue[] = []
  for (const r of records) {
    if (r.office !== undefined) {
      const o = byId.get(r.office)
      if (!o || o.layer !== 'office') {
        issues.push({ file: fileOfRecord(r, files), featureId: r.id, field: 'office', message: `"${r.office}" is not the id of an office record` })
      }
    }
    if (r.partOf !== undefined && !byId.has(r.partOf)) {
      issues.push({ file: fileOfRecord(r, files), featureId: r.id, field: 'partOf', message: `"${r.partOf}" is not the id of a record` })
    }
  }
  return issues
}
