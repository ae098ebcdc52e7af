/**
 * npm run check:data — validates every geo/layers/*.geojson with the app's schema (src/domain/schema.ts):
 * each file parses, ids are unique across files, cross-references hold, every record states its location and
 * date precision, and every `regions` code exists in geo/basemap/places.json. Prints one line per file; on any problem prints every issue and exits 1.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LAYER_IDS, checkPrecision, checkReferences, checkRegions, checkUniqueIds, formatIssue, parseLayerText } from '../src/domain/schema'
import type { AtlasRecord, ParseIssue } from '../src/domain/schema'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const LAYERS = join(ROOT, 'geo/layers')
const PLACES = join(ROOT, 'geo/basemap/places.json')

const issues: ParseIssue[] = []
const all: AtlasRecord[] = []
const fileOf = new Map<AtlasRecord, string>()

const files = existsSync(LAYERS) ? readdirSync(LAYERS).filter((f) => f.endsWith('.geojson')).sort() : []
for (const layer of LAYER_IDS) {
  if (!files.includes(`${layer}.geojson`)) issues.push({ file: `${layer}.geojson`, field: '(file)', message: 'missing from geo/layers' })
}
for (const file of files) {
  const result = parseLayerText(file, readFileSync(join(LAYERS, file), 'utf8'))
  if (!result.ok) {
    issues.push(...result.errors)
    console.log(`${file}: INVALID (${result.errors.length} issue(s))`)
    continue
  }
  const wrongLayer = result.records.filter((r) => `${r.layer}.geojson` !== file)
  for (const r of wrongLayer) issues.push({ file, featureId: r.id, field: 'layer', message: `layer "${r.layer}" does not match the file name` })
  for (const r of result.records) {
    all.push(r)
    fileOf.set(r, file)
  }
  const years = result.records.flatMap((r) => r.years)
  const span = years.length > 0 ? `${Math.min(...years)}–${Math.max(...years)}` : '-'
  const byStatus = ['achieved', 'ongoing', 'planned'].map((s) => `${result.records.filter((r) => r.status === s).length} ${s}`).join(', ')
  console.log(`${file}: ${result.records.length} records (${byStatus}), years ${span}`)
}

issues.push(...checkUniqueIds(all, fileOf), ...checkReferences(all, fileOf), ...checkPrecision(all, fileOf))
if (existsSync(PLACES)) {
  let codes: Set<string> | undefined
  try {
    codes = new Set(Object.keys(JSON.parse(readFileSync(PLACES, 'utf8')) as Record<string, unknown>))
  } catch (e) {
    issues.push({ file: 'geo/basemap/places.json', field: '(file)', message: `cannot be read: ${String(e)}` })
  }
  if (codes) issues.push(...checkRegions(all, codes, fileOf))
} else {
  issues.push({ file: 'geo/basemap/places.json', field: '(file)', message: 'is missing, so region codes cannot be checked against the basemap' })
}

if (issues.length > 0) {
  for (const i of issues) console.error(formatIssue(i))
  console.error(`check:data: ${issues.length} issue(s)`)
  process.exit(1)
}
console.log(`check:data: ${all.length} records in ${files.length} files, all valid`)
