/**
 * npm run check:data — validates every geo/layers/*.geojson through the app's own loader, validateLayerSet
 * (src/domain/layer-set.ts): each file parses, ids are unique across files, cross-references hold, and every
 * `regions` code exists in geo/basemap/places.json; then every record states its location and date precision. Prints one line per file; on any problem prints every issue
 * (and the files the atlas would leave out) and exits 1.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LAYER_IDS, checkPrecision, formatIssue, type AtlasRecord, type ParseIssue } from '../src/domain/schema'
import { validateLayerSet } from '../src/domain/layer-set'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const LAYERS = join(ROOT, 'geo/layers')
const PLACES = join(ROOT, 'geo/basemap/places.json')

const issues: ParseIssue[] = []
const files = existsSync(LAYERS) ? readdirSync(LAYERS).filter((f) => f.endsWith('.geojson')).sort() : []
for (const layer of LAYER_IDS) {
  if (!files.includes(`${layer}.geojson`)) issues.push({ file: `${layer}.geojson`, field: '(file)', message: 'missing from geo/layers' })
}

let codes = new Set<string>()
if (existsSync(PLACES)) {
  try {
    codes = new Set(Object.keys(JSON.parse(readFileSync(PLACES, 'utf8')) as Record<string, unknown>))
  } catch (e) {
    issues.push({ file: 'geo/basemap/places.json', field: '(file)', message: `cannot be read: ${String(e)}` })
  }
} else {
  issues.push({ file: 'geo/basemap/places.json', field: '(file)', message: 'is missing, so region codes cannot be checked against the basemap' })
}

const set = validateLayerSet(files.map((name) => ({ name, content: readFileSync(join(LAYERS, name), 'utf8') })), codes)
issues.push(...set.problems)
// The plan's own files must also say how precisely each place and date is known (imported files may not).
const fileOf = new Map<AtlasRecord, string>(set.accepted.flatMap(({ name, records }) => records.map((r) => [r, name] as const)))
issues.push(...checkPrecision(set.records, fileOf))
for (const { name, records } of set.accepted) {
  for (const r of records) if (`${r.layer}.geojson` !== name) issues.push({ file: name, featureId: r.id, field: 'layer', message: `layer "${r.layer}" does not match the file name` })
  const years = records.flatMap((r) => r.years)
  const span = years.length > 0 ? `${Math.min(...years)}–${Math.max(...years)}` : '-'
  const byStatus = ['achieved', 'ongoing', 'planned'].map((s) => `${records.filter((r) => r.status === s).length} ${s}`).join(', ')
  console.log(`${name}: ${records.length} records (${byStatus}), years ${span}`)
}
for (const { name, reason } of set.leftOut) console.log(`${name}: LEFT OUT (${reason})`)

if (issues.length > 0) {
  for (const i of issues) console.error(formatIssue(i))
  console.error(`check:data: ${issues.length} issue(s)`)
  process.exit(1)
}
console.log(`check:data: ${set.records.length} records in ${files.length} files, all valid`)
