/** Test helper: loads geo/layers/*.geojson and geo/basemap/places.json with the app's schema. */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LAYER_IDS, parseLayerText } from '../../../src/domain/schema'
import type { AtlasRecord, LayerId, ParseResult } from '../../../src/domain/schema'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
export const LAYER_DIR = join(ROOT, 'geo/layers')
export const PLACES_PATH = join(ROOT, 'geo/basemap/places.json')
export const FIXTURES = join(ROOT, 'tests/fixtures/data')

export function layerFiles(): string[] {
  return readdirSync(LAYER_DIR).filter((f) => f.endsWith('.geojson')).sort()
}

export function parseFile(file: string): ParseResult {
  return parseLayerText(file, readFileSync(join(LAYER_DIR, file), 'utf8'))
}

let cache: AtlasRecord[] | undefined
/** All records of all layer files; throws if any file is invalid (the parse test reports the details). */
export function allRecords(): AtlasRecord[] {
  if (cache) return cache
  const out: AtlasRecord[] = []
  for (const layer of LAYER_IDS) {
    const r = parseFile(`${layer}.geojson`)
    if (!r.ok) throw new Error(`${layer}.geojson does not parse`)
    out.push(...r.records)
  }
  cache = out
  return out
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
