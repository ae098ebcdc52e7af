/**
 * A generated park layer of `n` records for the tiles' browser test and size report (never committed): points at
 * prefecture label points with a deterministic scatter, one record in 50 an area (a small square) and one in 50 a
 * line, every category and status, random spans of 2006–2015, one record in 7 at an approximate place and one in 11
 * of unknown date. Deterministic: same n, same bytes.
 */
import { CATEGORIES, STATUSES } from '../../src/domain/schema'
import { FIRST_YEAR, LAST_YEAR } from '../../src/domain/time'

export interface PlaceLite { label: [number, number]; level?: string }

function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4

export function syntheticParkLayer(n: number, places: Record<string, PlaceLite>): string {
  const rnd = random(20261202)
  const prefectures = Object.entries(places).filter(([code, p]) => /^\d{4}00$/.test(code) && !code.endsWith('0000') && p.label).sort(([a], [b]) => a.localeCompare(b))
  const categories = CATEGORIES.park
  const features: string[] = []
  for (let i = 0; i < n; i++) {
    const [code, place] = prefectures[Math.floor(rnd() * prefectures.length)]!
    const lon = r4(place.label[0] + (rnd() - 0.5) * 0.6)
    const lat = r4(place.label[1] + (rnd() - 0.5) * 0.6)
    const start = FIRST_YEAR + Math.floor(rnd() * (LAST_YEAR - FIRST_YEAR + 1))
    const end = start + Math.floor(rnd() * (LAST_YEAR - start + 1))
    const kind = i % 50
    const d = 0.03
    const geometry = kind === 0
      ? { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]].map(([x, y]) => [r4(x!), r4(y!)])] }
      : kind === 1
        ? { type: 'LineString', coordinates: [[lon - 2 * d, lat - d], [lon, lat + d], [lon + 2 * d, lat]].map(([x, y]) => [r4(x!), r4(y!)]) }
        : { type: 'Point', coordinates: [lon, lat] }
    features.push(JSON.stringify({
      type: 'Feature', id: `synth-park-${i}`,
      properties: {
        layer: 'park', name: { zh: `合成园区${i}`, en: `Synthetic park ${i}` },
        category: categories[i % categories.length], status: STATUSES[Math.floor(i / categories.length) % STATUSES.length],
        years: [start, end], regions: [code], metrics: { areaKm2: 1 + (i % 20) }, source: { ref: 'synthetic (scripts/tiles/synthetic-layer.ts)' },
        // Some places chosen to stand for the record (approximate), some dates unknown: marked as the plan's own are.
        ...(i % 7 === 3 ? { locationPrecision: 'chosen' } : {}), ...(i % 11 === 5 ? { datePrecision: 'unknown' } : {}),
      },
      geometry,
    }))
  }
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`
}
