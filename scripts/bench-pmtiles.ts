/**
 * The scale path's writer: a point layer's records -> Mapbox vector tiles (geojson-vt + @maplibre/vt-pbf) -> one
 * PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md), written here in ~80 lines
 * since the `pmtiles` npm package only reads. Pure (no node APIs), so tests and the bench page can run it.
 *
 * Each tile feature carries the record's fields flat (the vector-tile property types are strings and numbers):
 * id, layer, category, status, y0, y1 (the year span the GPU filter reads), regions (comma-joined), name_zh,
 * name_en, source_ref and metrics (JSON text). src/bench/tiles.ts reads them back into AtlasRecords.
 */
import GeoJSONVT from 'geojson-vt'
import { fromGeojsonVt } from '@maplibre/vt-pbf'
import { zxyToTileId } from 'pmtiles'
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { AtlasRecord } from '../src/domain/schema'
import { varints } from './tiles/pmtiles-write'

export type TileProps = {
  id: string; layer: string; category: string; status: string; y0: number; y1: number
  regions: string; name_zh: string; name_en: string; source_ref: string; metrics: string
}

export function toTileFeatures(records: readonly AtlasRecord[]): FeatureCollection<Point, TileProps> {
  const features = records.flatMap((r): Feature<Point, TileProps>[] => r.geometry.type !== 'Point' ? [] : [{
    type: 'Feature',
    geometry: { type: 'Point', coordinates: r.geometry.coordinates },
    properties: {
      id: r.id, layer: r.layer, category: r.category, status: r.status, y0: r.years[0], y1: r.years[1],
      regions: r.regions.join(','), name_zh: r.name.zh, name_en: r.name.en, source_ref: r.source.ref, metrics: JSON.stringify(r.metrics),
    },
  }])
  return { type: 'FeatureCollection', features }
}

/** The tile (x, y) at zoom z that holds a lon/lat (web mercator). */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z
  const x = Math.min(n - 1, Math.floor(((lon + 180) / 360) * n))
  const s = Math.sin((lat * Math.PI) / 180)
  const y = Math.min(n - 1, Math.max(0, Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n)))
  return [x, y]
}

export interface Tile { z: number; x: number; y: number; data: Uint8Array }

/** Every non-empty tile of zooms 0..maxZoom for a point layer named `layerName`. */
export function cutPointTiles(collection: FeatureCollection<Point>, layerName: string, maxZoom: number): Tile[] {
  const index = new GeoJSONVT(collection, { maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0, buffer: 64 })
  const tiles: Tile[] = []
  for (let z = 0; z <= maxZoom; z++) {
    const keys = new Set<string>()
    for (const f of collection.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number]
      keys.add(tileOf(lon, lat, z).join('/'))
    }
    for (const key of [...keys].sort()) {
      const [x, y] = key.split('/').map(Number) as [number, number]
      const tile = index.getTile(z, x, y)
      if (!tile || tile.features.length === 0) continue
      tiles.push({ z, x, y, data: fromGeojsonVt({ [layerName]: tile } as never, { version: 2, extent: 4096 }) })
    }
  }
  return tiles
}

/** One PMTiles v3 archive: header, root directory (no leaves), JSON metadata, then the tiles in tile-id order. */
export function writePmtiles(tiles: readonly Tile[], metadata: Record<string, unknown>, bounds: [number, number, number, number]): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, id: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.id - b.id)
  const ids: number[] = []
  let last = 0
  for (const t of sorted) {
    ids.push(t.id - last)
    last = t.id
  }
  // Entries: count, tile-id deltas, run lengths, lengths, offsets (0 = right after the previous tile)
  const dir = Uint8Array.from(varints([sorted.length, ...ids, ...sorted.map(() => 1), ...sorted.map((t) => t.data.length), ...sorted.map((_, i) => (i === 0 ? 1 : 0))]))
  const meta = new TextEncoder().encode(JSON.stringify(metadata))
  const dataLength = sorted.reduce((s, t) => s + t.data.length, 0)
  const HEADER = 127
  const rootOffset = HEADER
  const metaOffset = rootOffset + dir.length
  const dataOffset = metaOffset + meta.length
  const out = new Uint8Array(dataOffset + dataLength)
  const view = new DataView(out.buffer)
  out.set(new TextEncoder().encode('PMTiles'), 0)
  out[7] = 3
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true)
  u64(8, rootOffset); u64(16, dir.length)
  u64(24, metaOffset); u64(32, meta.length)
  u64(40, dataOffset + dataLength); u64(48, 0) // no leaf directories
  u64(56, dataOffset); u64(64, dataLength)
  u64(72, sorted.length); u64(80, sorted.length); u64(88, sorted.length)
  out[96] = 1 // clustered: tiles in tile-id order
  out[97] = 1 // internal compression: none
  out[98] = 1 // tile compression: none
  out[99] = 1 // tile type: MVT
  out[100] = Math.min(...sorted.map((t) => t.z))
  out[101] = Math.max(...sorted.map((t) => t.z))
  const e7 = (at: number, v: number) => view.setInt32(at, Math.round(v * 1e7), true)
  e7(102, bounds[0]); e7(106, bounds[1]); e7(110, bounds[2]); e7(114, bounds[3])
  out[118] = out[100]!
  e7(119, (bounds[0] + bounds[2]) / 2); e7(123, (bounds[1] + bounds[3]) / 2)
  out.set(dir, rootOffset)
  out.set(meta, metaOffset)
  let at = dataOffset
  for (const t of sorted) {
    out.set(t.data, at)
    at += t.data.length
  }
  if (HEADER + dir.length > 16_384) throw new Error('root directory over 16 KiB: this small writer writes no leaf directories')
  return out
}

/** A point layer as one PMTiles file, zooms 0..maxZoom. */
export function pointLayerPmtiles(records: readonly AtlasRecord[], layerName: string, maxZoom = 6): Uint8Array {
  const collection = toTileFeatures(records)
  const lons = collection.features.map((f) => f.geometry.coordinates[0]!)
  const lats = collection.features.map((f) => f.geometry.coordinates[1]!)
  const fields = { id: 'String', layer: 'String', category: 'String', status: 'String', y0: 'Number', y1: 'Number', regions: 'String', name_zh: 'String', name_en: 'String', source_ref: 'String', metrics: 'String' }
  return writePmtiles(cutPointTiles(collection, layerName, maxZoom),
    { name: `atlas ${layerName}`, format: 'pbf', vector_layers: [{ id: layerName, fields, minzoom: 0, maxzoom: maxZoom }] },
    [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)])
}
