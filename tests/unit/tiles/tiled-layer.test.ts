// The tiled layers' build (scripts/tiles/) read back with the app's own reader: points clustered at low zooms with
// their count kept, every record once at the deepest zoom, lines and polygons cut, gzip tiles and directories, leaf
// directories when the root would pass 16 KiB, and the drawing description's record-filter bytes.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Compression, PMTiles, type RangeResponse, type Source } from 'pmtiles'
import { gunzipSync, gzipSync } from 'node:zlib'
import { decodeTile, type TileContent } from '../../../src/map/tiled-deck'
import { knownRegionCodes, tileLayerFile } from '../../../scripts/tiles/build'
import { syntheticParkLayer, type PlaceLite } from '../../../scripts/tiles/synthetic-layer'
import { CLUSTER_MAX_ZOOM, MAX_ZOOM, tileOf } from '../../../scripts/tiles/cut'
import { writePmtiles } from '../../../scripts/tiles/pmtiles-write'
import { membershipOf, sourceOf } from '../../../src/data/tiled-layers'
import { buildTiledSpecs, clusterOf, shownInCluster } from '../../../src/map/tiled-specs'
import { fromAttributeRecord, toAttributeRecord, type AttributeRecord } from '../../../src/domain/tiled'
import type { AtlasRecord } from '../../../src/domain/schema'

/** A PMTiles Source over bytes in memory (the archive the build wrote, read back here without a server). */
function memorySource(bytes: Uint8Array, key: string): Source {
  return {
    getKey: () => key,
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({ data: bytes.slice(offset, offset + length).buffer as ArrayBuffer }),
  }
}

const ROOT = join(__dirname, '../../..')
const places = JSON.parse(readFileSync(join(ROOT, 'geo/basemap/places.json'), 'utf8')) as Record<string, PlaceLite>
const N = 3000
const text = syntheticParkLayer(N, places)
const built = tileLayerFile('synthetic-park.geojson', text, knownRegionCodes(ROOT))
const archiveBytes = built.files.get(built.entry.archive)!
const archive = new PMTiles(memorySource(archiveBytes, 'synthetic'))
const attributes = JSON.parse(gunzipSync(built.files.get(built.entry.attributes)!).toString('utf8')) as AttributeRecord[]
const membership = membershipOf(new Uint8Array(gunzipSync(built.files.get(built.entry.clusters)!)).buffer)
const source = sourceOf(built.entry, attributes, membership, 'memory')
const records = source.records

async function zoom(z: number): Promise<TileContent> {
  const out: TileContent = { points: [], lines: [], polygons: [] }
  const n = 2 ** z
  const xs = new Set<number>()
  const ys = new Set<number>()
  for (const r of records) {
    const [lon, lat] = r.geometry.coordinates as [number, number]
    for (const [dx, dy] of [[-0.2, -0.2], [0.2, 0.2]]) {
      const t = tileOf(lon + dx!, lat + dy!, z)
      xs.add(t.x); ys.add(t.y)
    }
  }
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)]
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)]
  for (let x = x0; x <= Math.min(x1, n - 1); x++) for (let y = y0; y <= Math.min(y1, n - 1); y++) {
    const tile = await archive.getZxy(z, x, y)
    if (!tile) continue
    const c = decodeTile(tile.data, x, y, z, records)
    out.points.push(...c.points); out.lines.push(...c.lines); out.polygons.push(...c.polygons)
  }
  return out
}

// Generous timeouts: reading the tiles back takes seconds on a loaded 2-core machine (no timing is asserted).
describe('tiled layer build', { timeout: 120_000 }, () => {
  it('writes a gzip PMTiles v3 archive smaller than the GeoJSON, and an attribute file with every record', async () => {
    const header = await archive.getHeader()
    expect(header).toMatchObject({ specVersion: 3, tileCompression: Compression.Gzip, internalCompression: Compression.Gzip, minZoom: 0, maxZoom: MAX_ZOOM })
    expect((await archive.getMetadata()) as { records: number }).toMatchObject({ records: N })
    expect(built.entry).toMatchObject({ layer: 'park', count: N, kinds: ['points', 'lines', 'polygons'] })
    expect(archiveBytes.length).toBeLessThan(built.sizes.geojson / 3)
    expect(records.map((r) => r.id)).toEqual(JSON.parse(text).features.map((f: { id: string }) => f.id))
  })

  it('the deepest zoom holds every point record once, with its years, and every line and polygon', async () => {
    const z = await zoom(MAX_ZOOM)
    const pointRecords = records.filter((_, i) => i % 50 > 1)
    expect(z.points.every((p) => p.n === 1)).toBe(true)
    expect(z.points.map((p) => p.id).sort()).toEqual(pointRecords.map((r) => r.id).sort())
    for (const p of z.points) {
      const r = records[p.i]!
      expect(p.years).toEqual(r.years)
      const [lon, lat] = r.geometry.coordinates as [number, number]
      expect(Math.abs(p.position[0] - lon) + Math.abs(p.position[1] - lat)).toBeLessThan(0.001)
    }
    expect(new Set(z.lines.map((l) => l.id))).toEqual(new Set(records.filter((_, i) => i % 50 === 1).map((r) => r.id)))
    expect(new Set(z.polygons.map((l) => l.id))).toEqual(new Set(records.filter((_, i) => i % 50 === 0).map((r) => r.id)))
  })

  it('low zooms are thinned into clusters that keep their count, each of one year span, category and status', async () => {
    // In the generated layer one record in 50 is an area and one a line (their attribute records hold a point).
    const pointCount = records.filter((_, i) => i % 50 > 1).length
    const shown: number[] = []
    for (const zz of [0, 2, 4, CLUSTER_MAX_ZOOM]) {
      const z = await zoom(zz)
      shown.push(z.points.length)
      expect(z.points.reduce((s, p) => s + p.n, 0)).toBe(pointCount)
      for (const p of z.points.filter((q) => q.n > 1)) {
        expect(p.id).toBeNull()
        expect(p.years).toEqual(records[p.i]!.years)
      }
    }
    // Fewer features the further out (here 825 groups of ~3.5 points each; the 100,000-record layer thins ~60× at zoom 0).
    expect(shown[0]).toBeLessThan(pointCount * 0.8)
    expect([...shown].sort((a, b) => a - b)).toEqual(shown)
  })

  it('writes leaf directories when the root would pass 16 KiB, and reads every tile back through them', async () => {
    // Scattered tiles of varied sizes: their directory does not compress into 16 KiB.
    const at = (k: number) => ({ x: k % 4096, y: Math.floor(k / 4096) * 200 + ((k * 7) % 199) })
    const tiles = Array.from({ length: 80_000 }, (_, k) => ({ z: 12, ...at(k), data: new TextEncoder().encode(`tile ${k} `.padEnd(10 + (k * 31) % 200, '.')) }))
    const bytes = writePmtiles(tiles, { name: 'leaves' }, [0, 0, 1, 1], (b) => new Uint8Array(gzipSync(b)))
    const leafy = new PMTiles(memorySource(bytes, 'leaves'))
    const header = await leafy.getHeader()
    expect(header.leafDirectoryLength).toBeGreaterThan(0)
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384)
    for (const k of [0, 1, 4095, 4096, 12_345, 79_999]) {
      const t = await leafy.getZxy(12, at(k).x, at(k).y)
      expect(new TextDecoder().decode(t!.data).split(' ')[1]).toBe(String(k))
    }
  })

  it('an attribute record comes back as the record with its representative point, and names the shape it stands for', () => {
    const features = JSON.parse(text).features as { id: string; properties: object; geometry: AtlasRecord['geometry'] }[]
    const shapes = new Set<string>()
    for (const original of features) {
      const r = { id: original.id, ...original.properties, geometry: original.geometry } as AtlasRecord
      const { record, shape } = fromAttributeRecord(toAttributeRecord(r))
      expect({ ...record, geometry: undefined }).toEqual({ ...r, geometry: undefined })
      expect(record.geometry.type).toBe('Point')
      // A point is itself; a line or an area is named, so the exports can say that only its point is given.
      expect(shape).toBe(r.geometry.type === 'Point' ? undefined : r.geometry.type)
      if (r.geometry.type === 'Point') expect(record.geometry).toEqual(r.geometry)
      shapes.add(r.geometry.type)
    }
    expect([...shapes].sort()).toEqual(['LineString', 'Point', 'Polygon'])
  })
})

describe('tiled drawing description', { timeout: 120_000 }, () => {
  it('each cluster of the tiles names its records: the membership holds exactly its n records, of its years', async () => {
    for (const z of [0, 3, CLUSTER_MAX_ZOOM]) {
      const clusters = (await zoom(z)).points.filter((p) => p.n > 1)
      expect(clusters.length).toBeGreaterThan(0)
      const members = new Map<number, number[]>()
      records.forEach((_, i) => {
        const c = membership[z * records.length + i]!
        if (c) members.set(c, [...(members.get(c) ?? []), i])
      })
      expect(new Set(clusters.map((p) => p.c)).size).toBe(clusters.length)
      expect(clusters.length).toBe(members.size)
      for (const p of clusters) {
        const list = members.get(p.c)!
        expect(list.length).toBe(p.n)
        expect(list).toContain(p.i)
        for (const i of list) expect(records[i]!.years).toEqual(p.years)
      }
    }
  })

  it('a cluster counts only the records that pass the filter, and is hidden when none does (a region filter)', async () => {
    // A region filter cuts across clusters: a cluster near a border holds records of both sides.
    const drawable = records.filter((r) => r.category === 'farm' && r.regions[0]!.startsWith('65'))
    expect(drawable.length).toBeGreaterThan(0)
    const [spec] = buildTiledSpecs([source], drawable)
    if (!spec || spec.kind !== 'tiles') throw new Error('no tiles spec')
    const { pass } = spec.tiles
    records.forEach((r, i) => expect(pass[i]).toBe(drawable.includes(r) ? 1 : 0))
    let hidden = 0
    let partial = 0
    for (const z of [0, 3, CLUSTER_MAX_ZOOM]) {
      let shown = 0
      for (const p of (await zoom(z)).points) {
        if (p.n === 1) {
          shown += pass[p.i]!
          continue
        }
        const passing = records.filter((r, i) => membership[z * records.length + i] === p.c && drawable.includes(r)).length
        expect(shownInCluster(spec.tiles, z, p.c)).toBe(passing)
        if (passing === 0) hidden += 1
        else if (passing < p.n) partial += 1
        shown += passing
      }
      // Every record the filter keeps is counted once at every zoom, in a cluster or on its own.
      expect(shown).toBe(drawable.filter((r) => r.geometry.type === 'Point' && records.indexOf(r) % 50 > 1).length)
    }
    // Clusters the filter empties, and clusters it keeps in part (the count the map shows is the part).
    expect(hidden).toBeGreaterThan(0)
    expect(partial).toBeGreaterThan(0)
    expect(spec.legend.map((l) => l.label)).toContain('tiles.cluster')
  })

  it('the tooltip of a cluster counts what passes, read through the layer that drew it', () => {
    const z = 0
    const c = membership.subarray(0, records.length).find((k) => k > 0)!
    const all = records.filter((_, i) => membership[z * records.length + i] === c)
    const [spec] = buildTiledSpecs([source], all.slice(1))
    if (!spec || spec.kind !== 'tiles') throw new Error('no tiles spec')
    const feature = { n: all.length, z, c, position: [100, 30] }
    expect(clusterOf(feature, { atlas: { draw: spec.tiles } })).toEqual({ position: [100, 30], count: all.length - 1 })
    expect(clusterOf({ ...feature, n: 1 }, { atlas: { draw: spec.tiles } })).toBeNull()
  })
})
