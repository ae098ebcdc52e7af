// Area outlines at the detail a zoom can show. deck.gl draws an area's outline as a path whose every vertex runs a
// heavy vertex shader each frame; under SwiftShader the first view's ~22,000 outline vertices (provinces, liaison
// regions, Delta cities, hundreds of them coastal islets smaller than a pixel) cost about as much per frame as the
// whole basemap. maplibre simplifies its own sources per zoom (geojson-vt); this does the same for the thematic
// areas: each ring is simplified (Douglas-Peucker, simplify-js) to half a drawn pixel and rings smaller than a pixel
// are left out, except an area's largest part, so every record keeps a shape to see and click. Rings are simplified
// one by one, so a shared border or a hole may gain a sub-pixel gap or overlap (earcut fills such rings anyway).
import simplify from 'simplify-js'
import type { Position } from 'geojson'

type Ring = Position[]
type Polygon = Ring[]

/** From this zoom on (drawn pixels, i.e. the map's zoom + log2 of its pixel ratio) areas are drawn in full. */
export const FULL_DETAIL_ZOOM = 10

/** Web Mercator, in world units (the world is 1 × 1). */
function mercator([lng, lat]: Position): { x: number; y: number } {
  const sin = Math.sin(((lat ?? 0) * Math.PI) / 180)
  return { x: ((lng ?? 0) + 180) / 360, y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI) }
}

/** One drawn pixel at `level + 1`, in world units: at any zoom in [level, level + 1) a pixel is at least this. */
export function pixelAt(level: number): number {
  return 1 / (512 * 2 ** (level + 1))
}

function extent(points: { x: number; y: number }[]): number {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity
  for (const p of points) {
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y)
  }
  return Math.max(x1 - x0, y1 - y0)
}

// Per source ring and level: a region shared by many records (a province in several) is simplified once.
const ringCache = new WeakMap<Ring, Map<number, Ring | null>>()

/** A ring at `level`: simplified to half a pixel, or null when it spans less than a pixel. Kept points are the
 * ring's own coordinates; the ring stays closed (its first and last points are always kept). */
function ringAtLevel(ring: Ring, level: number): Ring | null {
  let levels = ringCache.get(ring)
  if (!levels) ringCache.set(ring, (levels = new Map()))
  let cut = levels.get(level)
  if (cut === undefined) {
    const pixel = pixelAt(level)
    const points = ring.map((c, i) => ({ ...mercator(c), i }))
    const kept = extent(points) < pixel ? null : (simplify(points, pixel / 2, true) as typeof points)
    cut = kept === null ? null : kept.length >= 4 ? kept.map((p) => ring[p.i]!) : ring
    levels.set(level, cut)
  }
  return cut
}

/**
 * The parts of one area at the detail of zoom level `level` (an integer; the drawn zoom floored): each ring
 * simplified to half a pixel, parts (and holes) spanning less than a pixel left out, except the largest part.
 */
export function areaAtLevel(parts: Polygon[], level: number): Polygon[] {
  if (level >= FULL_DETAIL_ZOOM) return parts
  const kept: Polygon[] = []
  for (const [outer, ...holes] of parts) {
    if (!outer) continue
    const ring = ringAtLevel(outer, level)
    if (ring) kept.push([ring, ...holes.map((h) => ringAtLevel(h, level)).filter((h): h is Ring => h !== null)])
  }
  if (kept.length || !parts.length) return kept
  const spans = parts.map((p) => extent((p[0] ?? []).map(mercator)))
  return [parts[spans.indexOf(Math.max(...spans))]!]
}
