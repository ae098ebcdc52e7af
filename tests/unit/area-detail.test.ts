import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import { areaAtLevel, FULL_DETAIL_ZOOM, pixelAt } from '../../src/map/area-detail'

const topo = JSON.parse(readFileSync('geo/basemap/china.topo.json', 'utf8')) as Topology
const provinces = feature(topo, topo.objects.provinces as never) as unknown as GeoJSON.FeatureCollection<Polygon | MultiPolygon, { code: string }>
const partsOf = (code: string): Position[][][] => {
  const g = provinces.features.find((f) => f.properties.code === code)!.geometry
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates
}
const vertices = (parts: Position[][][]) => parts.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0)

const merc = ([lng, lat]: Position): [number, number] => {
  const sin = Math.sin((lat! * Math.PI) / 180)
  return [(lng! + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)]
}
function distanceToRing(p: Position, ring: Position[]): number {
  const [px, py] = merc(p)
  let best = Infinity
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = merc(ring[i]!), [bx, by] = merc(ring[i + 1]!)
    const l = (bx - ax) ** 2 + (by - ay) ** 2
    const t = l ? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / l)) : 0
    best = Math.min(best, Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))))
  }
  return best
}

describe('area outlines at the detail of a zoom level', () => {
  // Zhejiang: a coast of hundreds of islets, most smaller than a pixel at the China-wide view (zoom ≈ 3.6).
  const zhejiang = partsOf('330000')

  it('keeps every ring closed, of the area’s own points, within half a pixel of every point left out', () => {
    for (const level of [2, 3, 5]) {
      const kept = areaAtLevel(zhejiang, level)
      expect(kept.length).toBeGreaterThan(0)
      for (const part of kept) {
        for (const ring of part) {
          expect(ring.length).toBeGreaterThanOrEqual(4)
          expect(ring[0]).toEqual(ring[ring.length - 1])
        }
        const outer = part[0]!
        const source = zhejiang.find((p) => p[0]!.includes(outer[1]!))!
        expect(source, 'a kept ring comes from one of the area’s parts').toBeDefined()
        for (const point of outer) expect(source[0]).toContain(point)
        for (const point of source[0]!) expect(distanceToRing(point, outer)).toBeLessThanOrEqual(pixelAt(level) / 2 + 1e-12)
      }
    }
  })

  it('leaves out the parts smaller than a pixel, so a China-wide view draws far fewer vertices', () => {
    const kept = areaAtLevel(zhejiang, 3)
    expect(kept.length).toBeLessThan(zhejiang.length / 4)
    expect(vertices(kept)).toBeLessThan(vertices(zhejiang) / 2)
    // The mainland (the largest part) is among them.
    const largest = zhejiang.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a))
    expect(kept.some((p) => largest[0]!.includes(p[0]![1]!))).toBe(true)
  })

  it('keeps an area whose every part is smaller than a pixel: its largest part, so it can be seen and clicked', () => {
    const islet = (x: number, size: number): Position[][] => [[[x, 30], [x + size, 30], [x + size, 30 + size], [x, 30 + size], [x, 30]]]
    const kept = areaAtLevel([islet(120, 0.001), islet(121, 0.003), islet(122, 0.002)], 3)
    expect(kept).toEqual([islet(121, 0.003)])
  })

  it('draws in full from FULL_DETAIL_ZOOM on, and gets finer with every level before it', () => {
    expect(areaAtLevel(zhejiang, FULL_DETAIL_ZOOM)).toBe(zhejiang)
    const counts = [2, 4, 6, 8].map((level) => vertices(areaAtLevel(zhejiang, level)))
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(counts[0]).toBeLessThan(counts[3]!)
  })
})

describe('holes and slivers', () => {
  const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
  it('keeps a hole a pixel wide or more, leaves out a smaller one, and keeps a ring that simplifies below 4 points whole', () => {
    // At level 3 a drawn pixel spans ~0.044° of longitude; the area is 5°, the holes 1° and 0.01°.
    const area: Position[][][] = [[square(100, 30, 5), square(101, 31, 1), square(103, 33, 0.01)]]
    const [part] = areaAtLevel(area, 3)
    expect(part).toEqual([square(100, 30, 5), square(101, 31, 1)])
    // A thin sliver (long, a hair wide): simplified it would be a line of 2–3 points, so it stays as it was.
    const sliver: Position[] = [[110, 30], [115, 30], [115, 30.00001], [110, 30.00001], [110, 30]]
    expect(areaAtLevel([[sliver]], 3)).toEqual([[sliver]])
  })
})
