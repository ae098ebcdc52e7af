/**
 * Tiled layers at build time (node): a layer file above TILE_THRESHOLD records is validated with the app's own gate
 * (validateLayerSet), then written as `tiles/<name>.pmtiles` (geometry, gzip tiles, see cut.ts) and
 * `tiles/<name>.records.json.gz` (every record's fields and a representative point) and `tiles/<name>.clusters.bin.gz`
 * (each record's cluster per clustered zoom, cut.ts), listed in `tiles/manifest.json`.
 * Used by the Vite plugin (vite-plugin.ts) and by `npm run build:tiles` (build-tiled-layers.ts).
 */
import { gzipSync } from 'node:zlib'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { formatIssue } from '../../src/domain/schema'
import { validateLayerSet } from '../../src/domain/layer-set'
import { MANIFEST_PATH, TILE_THRESHOLD, type TileKind, type TiledLayerEntry, type TiledManifest } from '../../src/domain/tiled'
import { CLUSTER_MAX_ZOOM, MAX_ZOOM, attributeRecords, cutTiles } from './cut'
import { writePmtiles } from './pmtiles-write'

const gzip = (b: Uint8Array) => new Uint8Array(gzipSync(b, { level: 9 }))

export interface TiledOutput {
  entry: TiledLayerEntry
  /** Files to write under the build's output, by path relative to it. */
  files: Map<string, Uint8Array>
  sizes: { geojson: number; geojsonGzip: number; archive: number; attributes: number; clusters: number }
}

/** The membership as little-endian 32-bit numbers, as the app reads them (src/data/tiled-layers.ts). */
function membershipBytes(membership: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(membership.length * 4)
  const view = new DataView(bytes.buffer)
  membership.forEach((c, k) => view.setUint32(k * 4, c, true))
  return bytes
}

/** How many features a GeoJSON text has, without validating it (the threshold test). */
export function featureCount(text: string): number {
  const parsed = JSON.parse(text) as { features?: unknown[] }
  return Array.isArray(parsed.features) ? parsed.features.length : 0
}

export function knownRegionCodes(root: string): Set<string> {
  const places = join(root, 'geo/basemap/places.json')
  return new Set(Object.keys(JSON.parse(readFileSync(places, 'utf8')) as Record<string, unknown>))
}

/** One layer file as tiles; throws with every problem named when the file does not pass the gate. */
export function tileLayerFile(name: string, text: string, codes: ReadonlySet<string>): TiledOutput {
  const set = validateLayerSet([{ name, content: text }], codes)
  if (set.problems.length) {
    throw new Error(`${name} cannot be tiled:\n${set.problems.slice(0, 20).map(formatIssue).join('\n')}`)
  }
  const records = set.records
  const layers = new Set(records.map((r) => r.layer))
  if (layers.size !== 1) throw new Error(`${name}: a tiled file holds one layer (found ${[...layers].join(', ')})`)
  const { tiles, membership } = cutTiles(records)
  const kinds = new Set<TileKind>()
  for (const r of records) kinds.add(r.geometry.type === 'Point' ? 'points' : r.geometry.type.includes('Line') ? 'lines' : 'polygons')
  const lons: number[] = []
  const lats: number[] = []
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      lons.push((c as number[])[0]!)
      lats.push((c as number[])[1]!)
    } else for (const d of c as unknown[]) visit(d)
  }
  for (const r of records) visit(r.geometry.coordinates)
  const min = (xs: number[]) => xs.reduce((a, b) => Math.min(a, b), Infinity)
  const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity)
  const base = name.replace(/\.geojson$/, '')
  const entry: TiledLayerEntry = {
    name, layer: [...layers][0]!, count: records.length,
    archive: `tiles/${base}.pmtiles`, attributes: `tiles/${base}.records.json.gz`, clusters: `tiles/${base}.clusters.bin.gz`,
    kinds: (['points', 'lines', 'polygons'] as const).filter((k) => kinds.has(k)),
    maxZoom: MAX_ZOOM, clusterMaxZoom: CLUSTER_MAX_ZOOM,
  }
  const archive = writePmtiles(tiles, {
    name: `atlas ${base}`, format: 'pbf', records: records.length,
    vector_layers: entry.kinds.map((id) => ({ id, fields: { i: 'Number', y0: 'Number', y1: 'Number', ...(id === 'points' ? { n: 'Number', c: 'Number' } : {}) }, minzoom: 0, maxzoom: MAX_ZOOM })),
  }, [min(lons), min(lats), max(lons), max(lats)], gzip)
  const attributes = gzip(new TextEncoder().encode(JSON.stringify(attributeRecords(records))))
  const clusters = gzip(membershipBytes(membership))
  return {
    entry,
    files: new Map([[entry.archive, archive], [entry.attributes, attributes], [entry.clusters, clusters]]),
    sizes: { geojson: Buffer.byteLength(text), geojsonGzip: gzip(new TextEncoder().encode(text)).length, archive: archive.length, attributes: attributes.length, clusters: clusters.length },
  }
}

/** Every `*.geojson` of `dirs` above the threshold, tiled. */
export function tileLayerDirs(dirs: readonly string[], codes: ReadonlySet<string>, threshold = TILE_THRESHOLD): TiledOutput[] {
  const out: TiledOutput[] = []
  for (const dir of dirs) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()) {
      const text = readFileSync(join(dir, name), 'utf8')
      if (featureCount(text) > threshold) out.push(tileLayerFile(name, text, codes))
    }
  }
  return out
}

export function manifestOf(outputs: readonly TiledOutput[]): { path: string; bytes: Uint8Array } {
  const manifest: TiledManifest = { version: 1, layers: outputs.map((o) => o.entry) }
  return { path: MANIFEST_PATH, bytes: new TextEncoder().encode(JSON.stringify(manifest, null, 1)) }
}
