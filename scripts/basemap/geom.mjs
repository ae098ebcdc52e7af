// Small planar geometry helpers (lon/lat treated as planar: fine for label and centre points).
import polylabel from 'polylabel'

/** Polygons of a Polygon/MultiPolygon geometry as an array of [outer, ...holes]. */
export const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)

/** Signed shoelace area of a ring (lon/lat degrees squared). */
export function ringArea(ring) {
  let a = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1])
  }
  return a / 2
}

/** Area of a polygon (outer minus holes), lat-corrected by cos(lat) of its first vertex. */
export function polygonArea(poly) {
  const k = Math.cos((poly[0][0][1] * Math.PI) / 180)
  return k * poly.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(r)), 0)
}

/** polylabel (pole of inaccessibility, 0.001° precision) of the largest part. */
export function labelPoint(geometry) {
  let best = null
  let bestArea = -1
  for (const poly of polygonsOf(geometry)) {
    const a = polygonArea(poly)
    if (a > bestArea) [best, bestArea] = [poly, a]
  }
  const p = polylabel(best, 0.001)
  return [p[0], p[1]]
}

/** Area-weighted centroid over all parts (holes subtracted). */
export function areaCentroid(geometry) {
  let sx = 0
  let sy = 0
  let sa = 0
  for (const poly of polygonsOf(geometry)) {
    poly.forEach((ring, ri) => {
      const sign = (ri === 0 ? 1 : -1) * Math.sign(ringArea(ring) || 1)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x0, y0] = ring[j]
        const [x1, y1] = ring[i]
        const f = x0 * y1 - x1 * y0
        sx += sign * (x0 + x1) * f
        sy += sign * (y0 + y1) * f
        sa += sign * f
      }
    })
  }
  return [sx / (3 * sa), sy / (3 * sa)]
}

export const round = (v, d = 4) => Math.round(v * 10 ** d) / 10 ** d
export const roundPt = (p) => [round(p[0]), round(p[1])]

/** Stable JSON: object keys sorted recursively (arrays keep their order). */
export function stableStringify(v, indent) {
  const sort = (x) =>
    Array.isArray(x)
      ? x.map(sort)
      : x && typeof x === 'object'
        ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])]))
        : x
  return JSON.stringify(sort(v), null, indent)
}
