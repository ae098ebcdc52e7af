/** Test helper: loads geo/layers/*.geojson and geo/basemap/places.json through the app's own loader, validateLayerSet. */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatIssue, parseLayerText } from '../../../src/domain/schema'
import type { AtlasRecord, LayerId, ParseResult } from '../../../src/domain/schema'
import { validateLayerSet, type LayerSetResult } from '../../../src/domain/layer-set'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
export const LAYER_DIR = join(ROOT, 'geo/layers')
export const PLACES_PATH = join(ROOT, 'geo/basemap/places.json')
export const FIXTURES = join(ROOT, 'tests/fixtures/data')

export function layerFiles(): string[] {
  return readdirSync(LAYER_DIR).filter((f) => f.endsWith('.geojson')).sort()
}

const readLayer = (file: string) => ({ name: file, content: readFileSync(join(LAYER_DIR, file), 'utf8') })

/** The loader's first stage for one file: the file on its own against the schema (cross-file checks: loadLayerSet). */
export function parseFile(file: string): ParseResult {
  return parseLayerText(file, readFileSync(join(LAYER_DIR, file), 'utf8'))
}

let setCache: LayerSetResult | undefined
/** Every layer file together, exactly as the atlas loads them. */
export function loadLayerSet(): LayerSetResult {
  setCache ??= validateLayerSet(layerFiles().map(readLayer), placeCodes() ?? new Set<string>())
  return setCache
}

/** All records of all layer files; throws if the loader leaves any file out (the layers test reports the details). */
export function allRecords(): AtlasRecord[] {
  const set = loadLayerSet()
  if (set.leftOut.length) throw new Error(`left out: ${set.leftOut.map((l) => l.name).join(', ')}\n${set.problems.map(formatIssue).join('\n')}`)
  return set.records
}

export function byId(id: string): AtlasRecord {
  const r = allRecords().find((x) => x.id === id)
  if (!r) throw new Error(`no record with id "${id}"`)
  return r
}

export function ofLayer(layer: LayerId): AtlasRecord[] {
  return allRecords().filter((r) => r.layer === layer)
}

export function placeCodes(): Set<string> | undefined {
  if (!existsSync(PLACES_PATH)) return undefined
  return new Set(Object.keys(JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as Record<string, unknown>))
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

/** A researched (external) record: its source is not the plan alone. */
export function isResearched(r: AtlasRecord): boolean {
  return !/^plan \d/.test(r.source.ref) || r.source.ref.includes('researched')
}
