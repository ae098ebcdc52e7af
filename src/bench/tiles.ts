/**
 * The scale path's reader: records of one layer from a PMTiles archive of vector tiles (see
 * scripts/bench-pmtiles.ts for the writer and the property contract), back into the atlas's AtlasRecord so the
 * same pure layer descriptions (map/layer-specs) and the same GPU year filter draw them. Pure: `pmtiles` reads
 * through a Source (here an in-memory buffer; FetchSource reads a static file with HTTP range requests).
 */
import { PMTiles, type RangeResponse, type Source } from 'pmtiles'
import { VectorTile } from '@mapbox/vector-tile'
import Pbf from 'pbf'
import type { AtlasRecord, LayerId, Metrics, Status } from '../domain/schema'

/** A PMTiles Source over bytes in memory (a test, or a file the person dropped). */
export function memorySource(bytes: Uint8Array, key = 'memory'): Source {
  return {
    getKey: () => key,
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
      data: bytes.slice(offset, offset + length).buffer as ArrayBuffer,
    }),
  }
}

/** The records of `layerName` in one tile. */
export async function recordsInTile(archive: PMTiles, layerName: string, z: number, x: number, y: number): Promise<AtlasRecord[]> {
  const tile = await archive.getZxy(z, x, y)
  if (!tile) return []
  const layer = new VectorTile(new Pbf(new Uint8Array(tile.data))).layers[layerName]
  if (!layer) return []
  const out: AtlasRecord[] = []
  for (let i = 0; i < layer.length; i++) {
    const f = layer.feature(i)
    const geo = f.toGeoJSON(x, y, z)
    if (geo.geometry.type !== 'Point') continue
    const p = f.properties as Record<string, string | number | boolean>
    const [lon, lat] = geo.geometry.coordinates as [number, number]
    out.push({
      id: String(p.id),
      layer: String(p.layer) as LayerId,
      name: { zh: String(p.name_zh), en: String(p.name_en) },
      category: String(p.category),
      status: String(p.status) as Status,
      years: [Number(p.y0), Number(p.y1)],
      regions: String(p.regions).split(',').filter(Boolean),
      metrics: JSON.parse(String(p.metrics)) as Metrics,
      source: { ref: String(p.source_ref) },
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] },
    })
  }
  return out
}

/** Every record of `layerName` at zoom z over the given tiles, each once (a point repeats in its neighbours' buffers). */
export async function recordsAtZoom(archive: PMTiles, layerName: string, z: number, tiles: Iterable<[number, number]>): Promise<AtlasRecord[]> {
  const byId = new Map<string, AtlasRecord>()
  for (const [x, y] of tiles) for (const r of await recordsInTile(archive, layerName, z, x, y)) if (!byId.has(r.id)) byId.set(r.id, r)
  return [...byId.values()]
}
