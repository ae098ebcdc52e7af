// Helpers for the basemap tests: load the committed geo/basemap output, planar geometry, GCJ-02.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson'

export const BASEMAP_DIR = path.resolve(__dirname, '../../../geo/basemap')

export type Props = Record<string, unknown> & { code?: string }
export type PolyFeature = Feature<Polygon | MultiPolygon, Props>

export function readTopo(file: string): Topology {
  return JSON.parse(fs.readFileSync(path.join(BASEMAP_DIR, file), 'utf8')) as Topology
}

export function layer(topo: Topology, name: string): FeatureCollection<Geometry, Props> {
  const obj = topo.objects[name] as GeometryCollection<Props> | undefined
  if (!obj) throw new Error(`no object ${name}`)
  return feature(topo, obj) as FeatureCollection<Geometry, Props>
}

export function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates]
  if (g.type === 'MultiPolygon') return g.coordinates
  return []
}

/** Planar even-odd point-in-polygon over all rings (winding-independent). */
export function contains(g: Geometry, [x, y]: readonly [number, number]): boolean {
  let inside = false
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number]
        const [xj, yj] = ring[j] as [number, number]
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
      }
    }
  }
  return inside
}

const KM_PER_DEG = 111.32

/** Distance in km from p to segment ab (local equirectangular). */
export function segDistKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos(((p[1] as number) * Math.PI) / 180)
  const ax = ((a[0] as number) - (p[0] as number)) * k
  const ay = (a[1] as number) - (p[1] as number)
  const bx = ((b[0] as number) - (p[0] as number)) * k
  const by = (b[1] as number) - (p[1] as number)
  const dx = bx - ax
  const dy = by - ay
  const len2 = dx * dx + dy * dy
  const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG
}

/** Distance in km from p to the nearest segment of any ring. */
export function distToRingsKm(p: Position, rings: Position[][]): number {
  let best = Infinity
  for (const r of rings) {
    for (let i = 1; i < r.length; i++) best = Math.min(best, segDistKm(p, r[i - 1] as Position, r[i] as Position))
  }
  return best
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}

// Forward WGS84 -> GCJ-02 (published formula), used to simulate "conversion skipped".
function tLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return r
}
function tLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return r
}
export function wgs2gcj(lon: number, lat: number): [number, number] {
  const A = 6378245.0
  const EE = 0.006693421622965943
  const radLat = (lat / 180) * Math.PI
  const magic = 1 - EE * Math.sin(radLat) ** 2
  const sq = Math.sqrt(magic)
  const dLat = (tLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sq)) * Math.PI)
  const dLon = (tLon(lon - 105, lat - 35) * 180) / ((A / sq) * Math.cos(radLat) * Math.PI)
  return [lon + dLon, lat + dLat]
}

/** All vertices of polygon features inside bbox [w, s, e, n]. */
export function verticesIn(fc: FeatureCollection<Geometry, Props>, [w, s, e, n]: readonly number[]): Position[] {
  const out: Position[] = []
  for (const f of fc.features) {
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        for (const p of ring) {
          const [x, y] = p as [number, number]
          if (x >= (w as number) && x <= (e as number) && y >= (s as number) && y <= (n as number)) out.push(p)
        }
      }
    }
  }
  return out
}

/** Pieces (polylines) of polygon rings that fall inside bbox + pad: the reference coastline near a box. */
export function ringsNear(fc: FeatureCollection<Geometry, Props>, bbox: readonly number[], padDeg = 0.05): Position[][] {
  const [w, s, e, n] = bbox as [number, number, number, number]
  const inBox = ([x, y]: Position) =>
    (x as number) > w - padDeg && (x as number) < e + padDeg && (y as number) > s - padDeg && (y as number) < n + padDeg
  const pieces: Position[][] = []
  for (const f of fc.features) {
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        let cur: Position[] = []
        for (const p of ring) {
          if (inBox(p)) cur.push(p)
          else if (cur.length) {
            pieces.push(cur)
            cur = []
          }
        }
        if (cur.length) pieces.push(cur)
      }
    }
  }
  return pieces
}

/** Raw echarts vertices (GCJ-02) of a province file: independent port of echarts' UTF8 decode(). */
export function echartsRawVertices(file: string): Position[] {
  const require = createRequire(import.meta.url)
  type Geom = { type: string; coordinates: unknown[]; encodeOffsets?: unknown[] }
  const json = require(`echarts/map/json/province/${file}`) as { features: { geometry: Geom }[] }
  const out: Position[] = []
  const ring = (str: unknown, off: unknown) => {
    if (typeof str !== 'string') return
    let [x, y] = off as [number, number]
    for (let i = 0; i < str.length; i += 2) {
      const a = str.charCodeAt(i) - 64
      const b = str.charCodeAt(i + 1) - 64
      x += (a >> 1) ^ -(a & 1)
      y += (b >> 1) ^ -(b & 1)
      out.push([x / 1024, y / 1024])
    }
  }
  for (const { geometry: g } of json.features) {
    const offs = (g.encodeOffsets ?? []) as unknown[][]
    if (g.type === 'Polygon') g.coordinates.forEach((r, i) => ring(r, offs[i]))
    else g.coordinates.forEach((p, i) => (p as unknown[]).forEach((r, j) => ring(r, offs[i]?.[j])))
  }
  return out
}

/** km from p to the nearest of pts. */
export function nearestKm(p: Position, pts: Position[]): number {
  const k = Math.cos(((p[1] as number) * Math.PI) / 180)
  let best = Infinity
  for (const q of pts) {
    const d = Math.hypot(((q[0] as number) - (p[0] as number)) * k, (q[1] as number) - (p[1] as number))
    if (d < best) best = d
  }
  return best * KM_PER_DEG
}
