// The scale path: the park layer cut into vector tiles, packed as one PMTiles file (generated here, at test time),
// read back with the `pmtiles` reader, and drawn by the same pure layer description as the GeoJSON path.
import { describe, expect, it } from 'vitest'
import { PMTiles, TileType } from 'pmtiles'
import { ofLayer } from './data/load'
import { pointLayerPmtiles, tileOf } from '../../scripts/bench-pmtiles'
import { memorySource, recordsAtZoom } from '../../src/bench/tiles'
import { buildLayerSpecs, type PointDatum } from '../../src/map/layer-specs'
import type { AtlasRecord } from '../../src/domain/schema'

const MAX_ZOOM = 6
const parks = ofLayer('park').filter((r) => r.geometry.type === 'Point')
const bytes = pointLayerPmtiles(parks, 'park', MAX_ZOOM)
const archive = new PMTiles(memorySource(bytes, 'park.pmtiles'))

const tilesAt = (z: number) => {
  const keys = new Set(parks.map((r) => tileOf(...(r.geometry.coordinates as [number, number]), z).join('/')))
  return [...keys].map((k) => k.split('/').map(Number) as [number, number])
}
const specOf = (records: readonly AtlasRecord[]) => {
  const spec = buildLayerSpecs({ records, allRecords: records, aidMetric: 'fundsCny', regionShapes: new Map(), shanghai: [121.47, 31.23] })
    .find((s) => s.layer === 'park')
  if (!spec || spec.kind !== 'points') throw new Error('no park point layer')
  return spec.data as PointDatum[]
}

describe('PMTiles scale path (park layer)', () => {
  it('writes a valid PMTiles v3 archive the pmtiles reader accepts', async () => {
    expect(parks.length).toBeGreaterThan(10)
    const header = await archive.getHeader()
    expect(header).toMatchObject({ specVersion: 3, tileType: TileType.Mvt, minZoom: 0, maxZoom: MAX_ZOOM })
    const meta = (await archive.getMetadata()) as { vector_layers: { id: string }[] }
    expect(meta.vector_layers.map((l) => l.id)).toEqual(['park'])
    expect(await archive.getZxy(0, 0, 0)).toBeDefined()
  })

  it('every park record comes back from the tiles of zoom 6 with its id, years and fields', async () => {
    const fromTiles = await recordsAtZoom(archive, 'park', MAX_ZOOM, tilesAt(MAX_ZOOM))
    expect(fromTiles.map((r) => r.id).sort()).toEqual(parks.map((r) => r.id).sort())
    for (const original of parks) {
      const r = fromTiles.find((x) => x.id === original.id)!
      expect(r).toMatchObject({ layer: 'park', category: original.category, status: original.status, years: original.years,
        regions: original.regions, name: original.name, metrics: original.metrics })
      // quantised to the tile grid: 4096 units over 5.6° at zoom 6, better than 0.002°
      const [lon, lat] = r.geometry.coordinates as [number, number]
      const [lon0, lat0] = original.geometry.coordinates as [number, number]
      expect(Math.abs(lon - lon0)).toBeLessThan(0.002)
      expect(Math.abs(lat - lat0)).toBeLessThan(0.002)
    }
  })

  it('the same layer description draws the tiles: same points, years and colours as from GeoJSON', async () => {
    const fromTiles = await recordsAtZoom(archive, 'park', MAX_ZOOM, tilesAt(MAX_ZOOM))
    const a = specOf(parks)
    const b = specOf(fromTiles)
    expect(b.length).toBe(a.length)
    for (const d of a) {
      const e = b.find((x) => x.id === d.id)!
      expect({ years: e.years, fill: e.fill, line: e.line, radius: e.radius }).toEqual({ years: d.years, fill: d.fill, line: d.line, radius: d.radius })
      expect(Math.abs(e.position[0]! - d.position[0]!) + Math.abs(e.position[1]! - d.position[1]!)).toBeLessThan(0.004)
    }
  })

  it('a low zoom holds every point in few tiles (one request draws the whole layer)', async () => {
    const z2 = tilesAt(2)
    expect(z2.length).toBeLessThanOrEqual(4)
    expect((await recordsAtZoom(archive, 'park', 2, z2)).length).toBe(parks.length)
  })
})
