// Rules for a person's own files on top of the data contract, checked on the raw features so that a file's report
// lists them even where the schema finds other faults. Pure; used by validateLayerSet for every user file (a new
// import and a restore from IndexedDB alike). Every issue carries a `code` and `params` for the translated message.
import { METRIC_KEYS, type MetricKey, type ParseIssue } from './schema'
import type { Places } from './places'

/** Imported records are marked by this id prefix: they are the user layer, never the plan's records. */
export const USER_PREFIX = 'user-'

/** Every limit on an imported file, in one place (shown in the import tab and docs/security.md). */
export const LIMITS = {
  /** File size in bytes (UTF-8), checked on File.size before the file is read. 100,000 GeoJSON records with names,
   * sources and short summaries fit (the import worker decodes and checks them off the main thread). */
  fileBytes: 64_000_000,
  records: 100_000,
  verticesPerGeometry: 50_000,
  verticesPerFile: 500_000,
  /** Characters per text field (names are shorter). */
  nameChars: 200,
  textChars: 5_000,
  /** Problems listed per file. */
  issues: 200,
  /** A point may lie at most this far (km) from the label point of its first region, by the region's level. */
  pointKm: { province: 2_000, prefecture: 1_000, county: 600 },
} as const

/** Largest accepted value per metric unit: far above any real figure, far below where sums lose meaning. */
export const METRIC_MAX: Record<string, number> = {
  'yuan': 1e13, 'count': 1e8, 'person-times': 1e10, 'km²': 1e7, 'm': 1e5, 'km': 1e5, 'TEU/year': 1e9, 't': 1e7,
}
export const metricMax = (key: MetricKey) => METRIC_MAX[METRIC_KEYS[key].unit] ?? 1e13

/** An issue with a message code for translation (ImportTab) besides the English message. */
export interface CodedIssue extends ParseIssue {
  code?: string
  params?: Record<string, string | number>
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Markup: a tag, even unclosed (`<img src=x onerror=…`), or a script URL scheme not inside a URL fragment. */
const MARKUP = /<\s*\/?\s*[a-z!?][a-z0-9-]*(?=[\s/>]|$)|(?:^|[^#\w])(?:javascript|vbscript)\s*:/i
// C0/C1 controls except tab and line breaks, and the ANSI escape.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD\u115F\u1160\u180E\u3164\uFFA0]/g

/** A value as a person would recognise it, at most ~80 characters, with control characters shown as code points. */
export function shown(v: unknown, max = 80): string {
  let s: string
  if (typeof v === 'string') s = v
  else if (typeof v === 'number') s = Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN'
  else if (Array.isArray(v)) s = `[a list of ${v.length}]`
  else if (isObject(v)) s = `{${Object.keys(v).slice(0, 5).join(', ')}${Object.keys(v).length > 5 ? ', …' : ''}}`
  else s = String(v)
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
  return s.length > max ? `${s.slice(0, max)}…` : s
}

/** What is wrong with one piece of text, or null. */
export function textProblem(value: string, maxChars: number): { code: string; message: string } | null {
  if (LONE_SURROGATE.test(value)) return { code: 'loneSurrogate', message: 'contains a broken character (a lone UTF-16 surrogate)' }
  if (CONTROL.test(value)) return { code: 'control', message: 'contains a control character (e.g. NUL, BEL or an ANSI escape)' }
  if (BIDI.test(value)) return { code: 'bidi', message: 'contains a hidden text-direction override character' }
  if (value.replace(INVISIBLE, '') === '') return { code: 'invisible', message: 'is empty or only invisible characters' }
  if (value.length > maxChars) return { code: 'tooLong', message: `is ${value.length} characters long; at most ${maxChars}` }
  if (MARKUP.test(value)) return { code: 'markup', message: 'contains HTML markup; the atlas shows text only, remove the tags' }
  return null
}

/** A URL the atlas can show: http(s) with a host, nothing hidden in it. */
export function urlProblem(value: string): { code: string; message: string } | null {
  if (CONTROL.test(value) || BIDI.test(value) || LONE_SURROGATE.test(value) || /\s/.test(value)) return { code: 'urlHidden', message: 'a URL may not contain spaces, control or direction characters' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { code: 'url', message: 'must be an http(s) URL with a host' }
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return { code: 'url', message: 'must be an http(s) URL with a host' }
  return null
}

/** The free-text fields of raw properties, with their field names (own properties only). */
export function textFields(p: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = []
  for (const key of ['name', 'summary', 'source']) {
    const v = p[key]
    if (isObject(v)) {
      for (const k of Object.keys(v)) if (typeof v[k] === 'string') out.push([`${key}.${k}`, v[k] as string])
    }
  }
  for (const key of ['category', 'layer', 'status']) if (typeof p[key] === 'string') out.push([key, p[key] as string])
  return out
}

/** Positions in a raw geometry, counted without trusting its shape; stops counting past `stop`. */
export function countVertices(coords: unknown, stop = Infinity): number {
  let n = 0
  const stack: unknown[] = [coords]
  while (stack.length && n <= stop) {
    const c = stack.pop()
    if (!Array.isArray(c)) continue
    if (c.length > 0 && typeof c[0] === 'number') n++
    else for (const x of c) stack.push(x)
  }
  return n
}

/** Great-circle distance in km. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLon = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function userFileIssues(file: string, input: unknown, places: ReadonlySet<string> | Places, baseIds: ReadonlySet<string>): CodedIssue[] {
  const issues: CodedIssue[] = []
  const features = isObject(input) ? input['features'] : undefined
  if (!Array.isArray(features)) return issues // the schema says what is wrong with the top level
  if (features.length === 0) return [{ file, field: '(file)', code: 'empty', message: 'has no records' }]
  if (features.length > LIMITS.records) {
    return [{ file, field: '(file)', code: 'tooManyRecords', params: { n: features.length, max: LIMITS.records }, message: `has ${features.length} records; at most ${LIMITS.records}` }]
  }
  const placeMap = places instanceof Map ? (places as Places) : null
  let fileVertices = 0
  features.forEach((f: unknown, index: number) => {
    if (!isObject(f)) return
    const featureId = typeof f['id'] === 'string' ? f['id'] : undefined
    const push = (field: string, code: string, message: string, params: Record<string, string | number> = {}) => {
      const issue: CodedIssue = { file, featureIndex: index, field, message, code, params }
      if (featureId !== undefined) issue.featureId = featureId
      issues.push(issue)
    }
    if (featureId !== undefined && !featureId.startsWith(USER_PREFIX)) push('id', 'prefix', `an imported record's id must start with "${USER_PREFIX}"`, { prefix: USER_PREFIX })
    if (featureId !== undefined && baseIds.has(featureId)) push('id', 'idLoaded', `id "${featureId}" is already loaded; remove the earlier file first or rename`, { id: featureId })

    const geometry = f['geometry']
    if (isObject(geometry)) {
      const n = countVertices(geometry['coordinates'], LIMITS.verticesPerFile)
      fileVertices += n
      if (n > LIMITS.verticesPerGeometry) {
        push('geometry', 'vertices', `has ${n} positions; at most ${LIMITS.verticesPerGeometry} per geometry (simplify it first, e.g. in mapshaper)`, { n, max: LIMITS.verticesPerGeometry })
      }
    }
    const p = f['properties']
    if (!isObject(p)) return
    for (const [field, value] of textFields(p)) {
      if (field === 'source.url') continue
      const problem = textProblem(value, field.startsWith('name.') ? LIMITS.nameChars : LIMITS.textChars)
      if (problem) push(field, problem.code, problem.message, { found: shown(value), max: field.startsWith('name.') ? LIMITS.nameChars : LIMITS.textChars })
    }
    const source = p['source']
    if (isObject(source) && typeof source['url'] === 'string') {
      const problem = urlProblem(source['url'])
      if (problem) push('source.url', problem.code, problem.message, { found: shown(source['url']) })
    }
    const metrics = p['metrics']
    if (isObject(metrics)) {
      for (const key of Object.keys(metrics)) {
        const v = metrics[key]
        if (!(key in METRIC_KEYS) || typeof v !== 'number' || !Number.isFinite(v)) continue // the schema names these
        const max = metricMax(key as MetricKey)
        if (v > max) push(`metrics.${key}`, 'metricMax', `${shown(v)} is above the largest accepted ${key} (${max.toExponential()})`, { found: shown(v), max: max.toExponential() })
      }
    }
    const regions = p['regions']
    if (Array.isArray(regions)) {
      regions.forEach((code: unknown, k: number) => {
        if (typeof code === 'string' && /^\d{6}$/.test(code) && !places.has(code)) push(`regions.${k}`, 'region', `region code ${code} is not in the basemap`, { code })
      })
      const first = placeMap?.get(typeof regions[0] === 'string' ? regions[0] : '')
      const c = isObject(geometry) && geometry['type'] === 'Point' ? geometry['coordinates'] : undefined
      if (first && Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90) {
        const km = Math.round(distanceKm([c[0], c[1]], first.label))
        const max = LIMITS.pointKm[first.level]
        if (km > max) {
          const swapped = Math.abs(c[1]) <= 180 && Math.abs(c[0]) <= 90 && distanceKm([c[1], c[0]], first.label) <= max
          if (swapped) push('geometry.coordinates', 'swapped', `looks like latitude and longitude are swapped: [${c[0]}, ${c[1]}] lies ${km} km from ${first.en}; GeoJSON order is [lon, lat]`, { km, region: first.en, regionZh: first.zh })
          else push('geometry.coordinates', 'far', `lies ${km} km from ${first.en} (${regions[0] as string}); at most ${max} km for a ${first.level}`, { km, max, region: first.en, regionZh: first.zh })
        }
      }
    }
  })
  if (fileVertices > LIMITS.verticesPerFile) {
    issues.push({ file, field: '(file)', code: 'fileVertices', params: { n: fileVertices, max: LIMITS.verticesPerFile }, message: `has more than ${LIMITS.verticesPerFile} positions in all; at most ${LIMITS.verticesPerFile} per file` })
  }
  return issues
}
