// The scale-path threshold for `npm run bench`: what the GeoJSON path costs the browser at n records (JSON.parse +
// the app's validation, src/domain/schema) against reading the same records from a PMTiles file (validated once,
// offline, when the tiles are cut). Loaded only by bench.html.
import { parseLayerText, type AtlasRecord } from '../domain/schema'
import { PMTiles } from 'pmtiles'
import { pointLayerPmtiles, tileOf } from '../../scripts/bench-pmtiles'
import { memorySource, recordsAtZoom, recordsInTile } from './tiles'
import { syntheticPoints } from './points'

function syntheticParkText(n: number): string {
  const pts = syntheticPoints(n, 7).attributes
  const features: string[] = []
  for (let i = 0; i < n; i++) {
    const lon = Math.round(pts.getPosition.value[2 * i]! * 1e4) / 1e4
    const lat = Math.round(pts.getPosition.value[2 * i + 1]! * 1e4) / 1e4
    const y0 = pts.getFilterValue.value[2 * i]!
    const y1 = pts.getFilterValue.value[2 * i + 1]!
    features.push(JSON.stringify({
      type: 'Feature', id: `park-synthetic-${i}`,
      properties: {
        layer: 'park', name: { zh: `合成园区${i}`, en: `Synthetic park ${i}` }, category: 'industrial-park', status: 'achieved',
        years: [y0, y1], regions: ['650000'], metrics: { areaKm2: 1 + (i % 20) }, source: { ref: 'synthetic' },
      },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    }))
  }
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}`
}

export interface ScaleCost {
  n: number
  geojsonBytes: number
  pmtilesBytes: number
  /** JSON.parse + parseLayerText of the whole file (the GeoJSON path validates every record before drawing). */
  geojsonMs: number
  /** Read and decode every tile of zoom 4 over the records: the whole layer at a China-wide view. */
  tilesWholeMs: number
  /** Read and decode the one zoom-8 tile around Shanghai: a city view. */
  tileCityMs: number
  cityRecords: number
}

export async function scaleCost(n: number): Promise<ScaleCost> {
  const text = syntheticParkText(n)
  const t0 = performance.now()
  const parsed = parseLayerText('park.geojson', text)
  const geojsonMs = performance.now() - t0
  if (!parsed.ok) throw new Error(`synthetic park file does not validate: ${parsed.errors[0]?.message}`)
  const records: AtlasRecord[] = parsed.records
  const bytes = pointLayerPmtiles(records, 'park', 8)
  const archive = new PMTiles(memorySource(bytes, `park-${n}.pmtiles`))
  await archive.getHeader()
  const z4 = new Set(records.map((r) => tileOf(...(r.geometry.coordinates as [number, number]), 4).join('/')))
  const t1 = performance.now()
  await recordsAtZoom(archive, 'park', 4, [...z4].map((k) => k.split('/').map(Number) as [number, number]))
  const tilesWholeMs = performance.now() - t1
  const [x, y] = tileOf(121.47, 31.23, 8)
  const t2 = performance.now()
  const city = await recordsInTile(archive, 'park', 8, x, y)
  const tileCityMs = performance.now() - t2
  return { n, geojsonBytes: text.length, pmtilesBytes: bytes.length, geojsonMs, tilesWholeMs, tileCityMs, cityRecords: city.length }
}
