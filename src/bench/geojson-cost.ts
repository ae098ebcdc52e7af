// The scale rows of `npm run bench` (bench.html only): what the China-wide view of a generated park layer costs the
// page through the GeoJSON path (fetch, JSON.parse and the app's validation of every record) against the tiled
// path as the atlas takes it (src/data/tiled-layers.ts, src/map/tiled-deck.ts): the attribute file (fetch, gunzip,
// parse, sourceOf) and every zoom-4 tile over the layer's bounds, read with range requests and decoded by decodeTile.
// The files are written by the atlas's own build code (scripts/tiles/bench-scale-files.ts).
import { FetchSource, PMTiles } from 'pmtiles'
import { parseLayerText } from '../domain/schema'
import type { AttributeRecord, TiledLayerEntry } from '../domain/tiled'
import { gzipText, readMembership, sourceOf } from '../data/tiled-layers'
import { decodeTile, type TileContent } from '../map/tiled-deck'
import { tileOf } from '../../scripts/tiles/cut'

export interface ScaleFiles { geojson: string; archive: string; attributes: string; clusters: string; entry: TiledLayerEntry }

export interface ScaleCost {
  n: number
  /** fetch + JSON.parse + parseLayerText of the whole file (the GeoJSON path validates every record before drawing). */
  geojsonMs: number
  /** The attribute file and every zoom-4 tile over the records: the whole layer at a China-wide view. */
  tilesWholeMs: number
  tilesRead: number
  /** Read and decode the one zoom-8 tile around Shanghai: a city view. */
  tileCityMs: number
  cityFeatures: number
}

const featuresIn = (c: TileContent) => c.points.length + c.lines.length + c.polygons.length

export async function scaleCost(n: number, files: ScaleFiles, base: string): Promise<ScaleCost> {
  const t0 = performance.now()
  const text = await (await fetch(base + files.geojson)).text()
  const parsed = parseLayerText(files.entry.name, text)
  const geojsonMs = performance.now() - t0
  if (!parsed.ok) throw new Error(`generated park file does not validate: ${parsed.errors[0]?.message}`)

  const t1 = performance.now()
  const attributes = JSON.parse(await gzipText(await fetch(base + files.attributes))) as AttributeRecord[]
  const membership = await readMembership(await fetch(base + files.clusters), files.entry)
  const source = sourceOf(files.entry, attributes, membership, base + files.archive)
  const archive = new PMTiles(new FetchSource(base + files.archive))
  // Every zoom-4 tile over the layer's bounds (from the archive's header), as a China-wide view asks for them.
  const { minLon, minLat, maxLon, maxLat } = await archive.getHeader()
  const { x: x0, y: y0 } = tileOf(minLon, maxLat, 4)
  const { x: x1, y: y1 } = tileOf(maxLon, minLat, 4)
  const z4: [number, number][] = []
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) z4.push([x, y])
  let features = 0
  await Promise.all(z4.map(async ([x, y]) => {
    const tile = await archive.getZxy(4, x, y)
    if (!tile) return
    features += featuresIn(decodeTile(tile.data, x, y, 4, source.records))
  }))
  const tilesWholeMs = performance.now() - t1
  if (features === 0) throw new Error('the tiled layer read back no feature at zoom 4')

  const { x: cx, y: cy } = tileOf(121.47, 31.23, 8)
  const t2 = performance.now()
  const city = await archive.getZxy(8, cx, cy)
  const cityContent = city ? decodeTile(city.data, cx, cy, 8, source.records) : null
  const tileCityMs = performance.now() - t2
  return {
    n, geojsonMs, tilesWholeMs, tilesRead: z4.length, tileCityMs,
    cityFeatures: cityContent ? featuresIn(cityContent) : 0,
  }
}
