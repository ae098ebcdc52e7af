// The contract between the build's tiled layers (scripts/tiles/) and the app (src/data/tiled-layers.ts): a layer
// above TILE_THRESHOLD records ships as an attribute file (every record's fields, and a representative point instead
// of its geometry) and a PMTiles archive of its geometry keyed by the record's index. Pure: no DOM, no Vue.
import type { AtlasGeometry, AtlasRecord, LayerId, Position } from './schema'

/**
 * Records per layer file above which the build writes tiles instead of shipping the GeoJSON: the bench's GeoJSON path
 * passes ~½–1 s of parsing and validation and ~3 MB at 10,000 records (docs/benchmarks.md, "The scale path").
 */
export const TILE_THRESHOLD = 10_000

export type TileKind = 'points' | 'lines' | 'polygons'

export interface TiledLayerEntry {
  /** The source file's name, e.g. `park.geojson`. */
  name: string
  layer: LayerId
  count: number
  /** Same-origin paths relative to the app's base. */
  archive: string
  attributes: string
  /** Each record's cluster at each zoom 0..clusterMaxZoom: gzip, little-endian uint32 `[z * count + i]`, 0 = none. */
  clusters: string
  kinds: TileKind[]
  maxZoom: number
  clusterMaxZoom: number
}

export interface TiledManifest { version: 1; layers: TiledLayerEntry[] }

export const MANIFEST_PATH = 'tiles/manifest.json'

/**
 * A record's fields with one point for its geometry; `shape` names the geometry the point stands for when it was a
 * line or an area (the tiles draw it whole; the exports can only give the point, and say so).
 */
export type AttributeRecord = Omit<AtlasRecord, 'geometry'> & { point: Position; shape?: StandInShape }
export type StandInShape = Exclude<AtlasGeometry['type'], 'Point'>

const round6 = (n: number) => Math.round(n * 1e6) / 1e6

/** One point that stands for a geometry in the table, search and camera: a line's middle vertex, an area's mean vertex. */
export function representativePoint(g: AtlasGeometry): Position {
  if (g.type === 'Point') return g.coordinates
  if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)]!
  if (g.type === 'MultiLineString') {
    const line = g.coordinates[0]!
    return line[Math.floor(line.length / 2)]!
  }
  const ring = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]![0])!
  const vertices = ring.slice(0, -1)
  const sum = vertices.reduce((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0])
  return [round6(sum[0] / vertices.length), round6(sum[1] / vertices.length)]
}

export function toAttributeRecord(r: AtlasRecord): AttributeRecord {
  const { geometry, ...rest } = r
  return { ...rest, point: representativePoint(geometry), ...(geometry.type === 'Point' ? {} : { shape: geometry.type }) }
}

/**
 * A tiled record in the app: its fields, with its representative point as the geometry (the tiles draw the real
 * one), and the shape that point stands for, if it was not a point.
 */
export function fromAttributeRecord(a: AttributeRecord): { record: AtlasRecord; shape?: StandInShape } {
  const { point, shape, ...rest } = a
  return { record: { ...rest, geometry: { type: 'Point', coordinates: point } }, ...(shape ? { shape } : {}) }
}

/**
 * The group a point is clustered in at low zooms (scripts/tiles/cut.ts): records of one group share their years,
 * category and status, so a cluster's years, category and status are those of each of its records.
 */
export const clusterGroup = (r: Pick<AtlasRecord, 'years' | 'category' | 'status'>): string =>
  `${r.years[0]}|${r.years[1]}|${r.category}|${r.status}`

/**
 * How many records of each cluster pass: `counts[z][c]` for the cluster numbered c at zoom z (cut.ts), from the
 * membership (`[z * pass.length + i]`) and one byte per record (1 = passes). A cluster with none passing is hidden.
 */
export function passingPerCluster(membership: Uint32Array, clustersAt: readonly number[], pass: Uint8Array): Uint32Array[] {
  const n = pass.length
  return clustersAt.map((clusters, z) => {
    const counts = new Uint32Array(clusters + 1)
    const at = membership.subarray(z * n, (z + 1) * n)
    for (let i = 0; i < n; i++) {
      if (!pass[i]) continue
      const c = at[i]!
      counts[c] = counts[c]! + 1
    }
    counts[0] = 0
    return counts
  })
}

/** How many clusters each zoom has (the largest number in its membership), and the membership checked against the count. */
export function clustersPerZoom(membership: Uint32Array, count: number, zooms: number): number[] {
  if (membership.length !== count * zooms) throw new Error(`cluster file: ${membership.length} numbers, expected ${count} records × ${zooms} zooms`)
  return Array.from({ length: zooms }, (_, z) => membership.subarray(z * count, (z + 1) * count).reduce((a, b) => Math.max(a, b), 0))
}
