/**
 * npm run build:layers — writes geo/layers/*.geojson from the hand-written records in scripts/data/, and the
 * open data package (geo/datapackage.json + geo/records.csv, see scripts/datapackage.ts).
 *
 * Deterministic: same inputs, same bytes. Geometry:
 * - a draft with `geometry` keeps it (e.g. an office at coordinates its source gives);
 * - a draft with `along` gets a schematic LineString cut out of the Yangtze main stem (Natural Earth 50m
 *   centre line plus a hand-digitised estuary), between the river vertices nearest to `from` and `to`;
 * - a draft with `line` gets that hand-digitised schematic LineString;
 * - otherwise the Point is the label point of the record's first region from geo/basemap/places.json,
 *   and `pointIsRegionLabel: true` says so.
 * Every record is validated with the app's schema before anything is written; on any issue nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LAYER_IDS, checkPrecision, checkReferences, checkUniqueIds, formatIssue, parseLayerFile } from '../src/domain/schema'
import type { AtlasGeometry, AtlasRecord, DatePrecision, LayerId, LocationPrecision, Position } from '../src/domain/schema'
import { drafts } from './data/index'
import { CSV_PATH, buildDataPackage } from './datapackage'
import type { Draft } from './data/types'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PLACES = join(ROOT, 'geo/basemap/places.json')
const OUT = join(ROOT, 'geo/layers')

export interface Place {
  zh?: string
  en?: string
  label: Position
  center?: Position
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6
const pos = (p: Position): Position => [round6(p[0]), round6(p[1])]

function loadPlaces(): Map<string, Place> {
  if (!existsSync(PLACES)) throw new Error('geo/basemap/places.json is missing: run npm run build:basemap first')
  const raw = JSON.parse(readFileSync(PLACES, 'utf8')) as Record<string, Place>
  return new Map(Object.entries(raw))
}

/** The Yangtze main stem from Yibin to the sea, west to east (Natural Earth 50m + hand-digitised estuary). */
export function yangtzeStem(): Position[] {
  const ne = JSON.parse(readFileSync(join(ROOT, 'geo/sources/natural-earth/ne_50m_rivers_lake_centerlines.geojson'), 'utf8')) as {
    features: { properties: { name?: string }; geometry: { type: string; coordinates: Position[] | Position[][] } }[]
  }
  const parts = (name: string): Position[][] => {
    const f = ne.features.find((x) => x.properties.name === name)
    if (!f) throw new Error(`Natural Earth river "${name}" not found`)
    return f.geometry.type === 'LineString' ? [f.geometry.coordinates as Position[]] : (f.geometry.coordinates as Position[][])
  }
  const chang = parts('Chang Jiang')
  const yangtze = parts('Yangtze')
  // Chang Jiang: Yibin -> 113.13E; Yangtze parts 0 and 2: -> Jiangyin (part 1 is a 2-vertex side arm)
  const stem: Position[] = [...(chang[0] ?? []), ...(yangtze[0] ?? []).slice(1), ...(yangtze[2] ?? []).slice(1)]
  // Jiangyin -> Nantong -> Xuliujing -> Taicang -> Wusong -> Waigaoqiao -> North Channel -> sea (schematic)
  const estuary: Position[] = [
    [120.35, 31.94], [120.6, 31.95], [120.87, 31.93], [120.98, 31.78], [121.22, 31.62], [121.4, 31.48],
    [121.6, 31.36], [121.8, 31.28], [122.0, 31.19], [122.2, 31.11], [122.45, 31.03],
  ]
  return [...stem, ...estuary].map(pos)
}

function nearestIndex(line: Position[], p: Position): number {
  let best = 0
  let bestD = Infinity
  line.forEach((q, i) => {
    const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2
    if (d < bestD) {
      bestD = d
      best = i
    }
  })
  return best
}

function cutAlong(stem: Position[], from: Position, to: Position): Position[] {
  const a = nearestIndex(stem, from)
  const b = nearestIndex(stem, to)
  const seg = stem.slice(Math.min(a, b), Math.max(a, b) + 1)
  if (seg.length < 2) throw new Error(`river cut between ${from} and ${to} has fewer than 2 vertices`)
  return seg
}

/** The level of a GB/T 2260 code: 110000 a province, 440300 a prefecture, 500101 a county. */
export function codeLevel(code: string): 'province' | 'prefecture' | 'county' {
  if (code.endsWith('0000')) return 'province'
  return code.endsWith('00') ? 'prefecture' : 'county'
}

/**
 * Location precision when the draft does not state it: read off the geometry and the regions. A draft whose
 * place the atlas chose (a group the source does not name, a stand-in place) must say `chosen` itself.
 */
export function derivedLocationPrecision(d: Draft, geom: AtlasGeometry, schematic: boolean): LocationPrecision {
  if (schematic) return 'schematic-line'
  if (d.geometry && geom.type === 'Point') return 'exact'
  if (d.regions.length > 1) return 'stated-group'
  return codeLevel(d.regions[0] ?? '')
}

/**
 * Date precision when the draft does not state it: a single year is `year`; a plan task, a figure of the plan's
 * review or any figure stated for several years is `span` (not dated within it); a state that holds in each
 * year shown (a pairing, a park, a member) is `year`. Stand-in dates and dated days are stated by the draft.
 */
export function derivedDatePrecision(d: Draft): DatePrecision {
  if (d.years[0] === d.years[1]) return 'year'
  if (d.status === 'planned' || /^plan \d/.test(d.source.ref) || Object.keys(d.metrics).length > 0) return 'span'
  return 'year'
}

export function buildRecords(all: Draft[], places: Map<string, Place>, stem: Position[]): { records: AtlasRecord[]; problems: string[] } {
  const problems: string[] = []
  const records: AtlasRecord[] = []
  for (const d of all) {
    const { along, line, geometry, ...rest } = d
    let geom: AtlasGeometry | undefined = geometry
    const extra: Partial<AtlasRecord> = {}
    if (!geom && along) {
      geom = { type: 'LineString', coordinates: cutAlong(stem, along.from, along.to) }
      extra.geometryIsSchematic = true
    } else if (!geom && line) {
      geom = { type: 'LineString', coordinates: line.map(pos) }
      extra.geometryIsSchematic = true
    } else if (!geom) {
      const code = d.regions[0]
      const place = code === undefined ? undefined : places.get(code)
      if (!place) {
        problems.push(`${d.id}: no label point for region ${code ?? '(none)'}`)
        continue
      }
      geom = { type: 'Point', coordinates: pos(place.label) }
      extra.pointIsRegionLabel = true
    }
    const schematic = extra.geometryIsSchematic === true
    records.push({
      ...rest,
      ...extra,
      locationPrecision: d.locationPrecision ?? derivedLocationPrecision(d, geom, schematic),
      datePrecision: d.datePrecision ?? derivedDatePrecision(d),
      geometry: geom,
    })
  }
  return { records, problems }
}

/** Feature with a stable key order, so the output is deterministic and diffs stay small. */
function toFeature(r: AtlasRecord): Record<string, unknown> {
  const { id, geometry, layer, name, category, status, years, regions, metrics, source, summary, ...rest } = r
  const props: Record<string, unknown> = { layer, name, category, status, years, regions, metrics, source }
  if (summary) props['summary'] = summary
  for (const key of Object.keys(rest).sort()) props[key] = (rest as Record<string, unknown>)[key]
  return { type: 'Feature', id, properties: props, geometry }
}

/** One feature per line: readable diffs, small files. */
export function serialize(records: AtlasRecord[]): string {
  const lines = records.map((r) => JSON.stringify(toFeature(r)))
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`
}

function main(): void {
  const places = loadPlaces()
  const stem = yangtzeStem()
  const { records, problems } = buildRecords(drafts, places, stem)
  if (problems.length > 0) {
    for (const p of problems) console.error(p)
    process.exit(1)
  }
  const issues = [...checkUniqueIds(records), ...checkReferences(records), ...checkPrecision(records)]
  const outputs = new Map<LayerId, string>()
  for (const layer of LAYER_IDS) {
    const text = serialize(records.filter((r) => r.layer === layer))
    const parsed = parseLayerFile(`${layer}.geojson`, JSON.parse(text))
    if (!parsed.ok) issues.push(...parsed.errors)
    outputs.set(layer, text)
  }
  if (issues.length > 0) {
    for (const i of issues) console.error(formatIssue(i))
    console.error(`build:layers: ${issues.length} issue(s); nothing written`)
    process.exit(1)
  }
  mkdirSync(OUT, { recursive: true })
  for (const [layer, text] of outputs) {
    writeFileSync(join(OUT, `${layer}.geojson`), text)
    console.log(`geo/layers/${layer}.geojson: ${records.filter((r) => r.layer === layer).length} records`)
  }
  // The open data package: the same records, in layer order, as one table plus the layers.
  const ordered = LAYER_IDS.flatMap((layer) => records.filter((r) => r.layer === layer))
  const { descriptor, csv } = buildDataPackage(ordered)
  writeFileSync(join(ROOT, 'geo', CSV_PATH), csv)
  writeFileSync(join(ROOT, 'geo/datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`)
  console.log(`geo/datapackage.json, geo/${CSV_PATH}: ${ordered.length} records`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
