/**
 * A tiled layer's geometry, cut into Mapbox vector tiles (MVT) by zoom. Pure (no node APIs): the build, the tests and
 * the scripts call it. See geo/README.md "Tiled layers" for the design.
 *
 * Every tile feature carries only what the map needs to draw it and move the year on the GPU; everything else
 * (names, figures, sources) is in the layer's attribute file, found by `i`, the record's index in it:
 * - `i`: the record's index in the attribute file (for a cluster: one of its records, which has the cluster's group);
 * - `y0`, `y1`: the years the GPU filter reads (a cluster's records all share them, see below);
 * - `n`: for a cluster only, how many records it stands for;
 * - `c`: for a cluster only, its number at its zoom (1, 2, …), by which the membership (below) names it.
 * MVT layers: `points`, `lines`, `polygons`.
 *
 * Cluster membership: beside the tiles, one number per zoom 0..CLUSTER_MAX_ZOOM and record, the `c` of the cluster
 * the record is in at that zoom (0 where it is drawn on its own). The app counts the records of each cluster that
 * pass its filters, so a cluster shows exactly the records a filter keeps (hidden when none) whatever the filter.
 *
 * Thinning by zoom:
 * - points are clustered with supercluster at zooms 0..CLUSTER_MAX_ZOOM, each group of records that share their years,
 *   category and status clustered apart, so a cluster's years (the GPU filter) are each of its records', and its
 *   count `n` is kept; from CLUSTER_MAX_ZOOM + 1 every point is its own
 *   feature, once (a point lies in one tile; no buffer is needed because deck.gl does not clip points);
 * - lines and polygons are clipped and simplified per zoom by geojson-vt (tolerance in tile pixels), with a buffer that
 *   the app clips away (ClipExtension), so a shape split over tiles draws no seams.
 */
import GeoJSONVT from 'geojson-vt'
import Supercluster from 'supercluster'
import { fromGeojsonVt } from '@maplibre/vt-pbf'
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson'
import type { AtlasRecord } from '../../src/domain/schema'
import { clusterGroup, toAttributeRecord, type AttributeRecord } from '../../src/domain/tiled'

export const EXTENT = 4096
/** The deepest zoom cut; the map over-zooms beyond it (at zoom 8 a tile unit is about 40 m). */
export const MAX_ZOOM = 8
/** Points are clusters up to this zoom, single from the next one. */
export const CLUSTER_MAX_ZOOM = 7
const CLUSTER_RADIUS = 40

export interface Tile { z: number; x: number; y: number; data: Uint8Array }
type Tags = { i: number; y0: number; y1: number; n?: number; c?: number }
type VtFeature = { type: 1; geometry: [number, number][]; tags: Tags } | { type: 2 | 3; geometry: [number, number][][]; tags: Tags }

/** The tile (x, y) at zoom z that holds a lon/lat (web mercator), and the position inside it in tile units. */
export function tileOf(lon: number, lat: number, z: number): { x: number; y: number; px: number; py: number } {
  const n = 2 ** z
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180)
  const fx = ((lon + 180) / 360) * n
  const fy = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n
  const x = Math.min(n - 1, Math.max(0, Math.floor(fx)))
  const y = Math.min(n - 1, Math.max(0, Math.floor(fy)))
  return { x, y, px: Math.round((fx - x) * EXTENT), py: Math.round((fy - y) * EXTENT) }
}

const key = (x: number, y: number) => `${x}/${y}`

/** Point features of one zoom, binned into their tiles. */
function binPoints(points: readonly { lon: number; lat: number; tags: Tags }[], z: number, into: Map<string, Map<string, VtFeature[]>>) {
  for (const p of points) {
    const t = tileOf(p.lon, p.lat, z)
    const k = key(t.x, t.y)
    let layers = into.get(k)
    if (!layers) into.set(k, (layers = new Map()))
    const list = layers.get('points') ?? []
    if (!list.length) layers.set('points', list)
    list.push({ type: 1, geometry: [[t.px, t.py]], tags: p.tags })
  }
}

/**
 * The point features of zoom z: a cluster per group of nearby records, numbered 1, 2, … at this zoom, each of its
 * records' membership at z set to its number (`membership[z * count + i]`).
 */
function clusteredPoints(z: number, groups: Map<string, Supercluster<Tags, Tags>>, membership: Uint32Array, count: number) {
  const out: { lon: number; lat: number; tags: Tags }[] = []
  let clusters = 0
  for (const index of groups.values()) {
    for (const f of index.getClusters([-180, -85, 180, 85], z)) {
      const [lon, lat] = f.geometry.coordinates as [number, number]
      const p = f.properties as Tags & { cluster?: boolean; point_count?: number; cluster_id?: number }
      if (p.cluster) {
        const c = ++clusters
        const leaves = index.getLeaves(p.cluster_id!, Infinity)
        for (const leaf of leaves) membership[z * count + leaf.properties.i] = c
        const first = leaves[0]!.properties
        out.push({ lon, lat, tags: { i: first.i, y0: first.y0, y1: first.y1, n: p.point_count!, c } })
      } else out.push({ lon, lat, tags: { i: p.i, y0: p.y0, y1: p.y1 } })
    }
  }
  return out
}

type Shape = LineString | MultiLineString | Polygon | MultiPolygon

function bboxOf(g: Shape): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number]
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y)
    } else for (const d of c as unknown[]) visit(d)
  }
  visit(g.coordinates)
  return [w, s, e, n]
}

export interface CutLayer {
  /** Every tile of zooms 0..MAX_ZOOM holding a part of the records' geometry, as MVT (uncompressed). */
  tiles: Tile[]
  /** Per zoom 0..CLUSTER_MAX_ZOOM and record (`[z * records + i]`): the `c` of its cluster at z, or 0. */
  membership: Uint32Array
}

export function cutTiles(records: readonly AtlasRecord[]): CutLayer {
  const byTile: Map<string, Map<string, VtFeature[]>>[] = Array.from({ length: MAX_ZOOM + 1 }, () => new Map())
  // Points: clustered per group below CLUSTER_MAX_ZOOM + 1, single above.
  const single: { lon: number; lat: number; tags: Tags }[] = []
  const groupFeatures = new Map<string, Feature<Point, Tags>[]>()
  const shapes: Record<'lines' | 'polygons', Feature<Shape, Tags>[]> = { lines: [], polygons: [] }
  records.forEach((r, i) => {
    const tags: Tags = { i, y0: r.years[0], y1: r.years[1] }
    const g = r.geometry
    if (g.type === 'Point') {
      const [lon, lat] = g.coordinates
      single.push({ lon, lat, tags })
      const k = clusterGroup(r)
      const list = groupFeatures.get(k) ?? []
      if (!list.length) groupFeatures.set(k, list)
      list.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: tags })
    } else if (g.type === 'LineString' || g.type === 'MultiLineString') {
      shapes.lines.push({ type: 'Feature', geometry: g as Shape, properties: tags })
    } else {
      shapes.polygons.push({ type: 'Feature', geometry: g as Shape, properties: tags })
    }
  })
  const groups = new Map<string, Supercluster<Tags, Tags>>()
  for (const [k, list] of groupFeatures) {
    groups.set(k, new Supercluster<Tags, Tags>({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 }).load(list))
  }
  const membership = new Uint32Array((CLUSTER_MAX_ZOOM + 1) * records.length)
  for (let z = 0; z <= MAX_ZOOM; z++) binPoints(z <= CLUSTER_MAX_ZOOM ? clusteredPoints(z, groups, membership, records.length) : single, z, byTile[z]!)

  // Lines and polygons: geojson-vt clips and simplifies them per zoom; the tiles to ask for come from each bbox.
  for (const kind of ['lines', 'polygons'] as const) {
    const list = shapes[kind]
    if (!list.length) continue
    const collection: FeatureCollection<Shape, Tags> = { type: 'FeatureCollection', features: list }
    const index = new GeoJSONVT(collection as never, { maxZoom: MAX_ZOOM, indexMaxZoom: 4, indexMaxPoints: 1000, extent: EXTENT, buffer: 64, tolerance: 3 })
    const boxes = list.map((f) => bboxOf(f.geometry))
    for (let z = 0; z <= MAX_ZOOM; z++) {
      const wanted = new Set<string>()
      for (const [w, s, e, n] of boxes) {
        const a = tileOf(w, n, z)
        const b = tileOf(e, s, z)
        for (let x = a.x; x <= b.x; x++) for (let y = a.y; y <= b.y; y++) wanted.add(key(x, y))
      }
      for (const k of wanted) {
        const [x, y] = k.split('/').map(Number) as [number, number]
        const tile = index.getTile(z, x, y) as { features: VtFeature[] } | null
        if (!tile || !tile.features.length) continue
        let layers = byTile[z]!.get(k)
        if (!layers) byTile[z]!.set(k, (layers = new Map()))
        layers.set(kind, tile.features)
      }
    }
  }

  const tiles: Tile[] = []
  byTile.forEach((map, z) => {
    for (const [k, layers] of map) {
      const [x, y] = k.split('/').map(Number) as [number, number]
      const named = Object.fromEntries([...layers].map(([name, features]) => [name, { features }]))
      tiles.push({ z, x, y, data: fromGeojsonVt(named as never, { version: 2, extent: EXTENT }) })
    }
  })
  return { tiles, membership }
}

/** The attribute file's records: every field but the geometry, which is replaced by a representative point. */
export function attributeRecords(records: readonly AtlasRecord[]): AttributeRecord[] {
  return records.map(toAttributeRecord)
}
