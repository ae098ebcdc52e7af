// Tests of the COMMITTED basemap in geo/basemap (built by `npm run build:basemap`).
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { geoContains } from 'd3-geo'
import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { FeatureCollection, Geometry, Position } from 'geojson'
import {
  BASEMAP_DIR, contains, distToRingsKm, echartsRawVertices, layer, median, nearestKm, readTopo, ringsNear, verticesIn, wgs2gcj,
  type Props,
} from './helpers/geo-basemap'

const china = readTopo('china.topo.json')
const provinces = layer(china, 'provinces')
const prefectures = layer(china, 'prefectures')
const counties = layer(readTopo('counties.topo.json'), 'counties')
const world = layer(readTopo('world.topo.json'), 'countries')
const physical = readTopo('physical.topo.json')
const scs = readTopo('scs.topo.json')

type Place = { zh: string; en: string; level: string; parent: string | null; label: [number, number]; center: [number, number] }
const places = JSON.parse(fs.readFileSync(path.join(BASEMAP_DIR, 'places.json'), 'utf8')) as Record<string, Place>

const codesAt = (fc: FeatureCollection<Geometry, Props>, pt: [number, number]) =>
  fc.features.filter((f) => contains(f.geometry, pt)).map((f) => f.properties.code)

describe('point in polygon after simplification', () => {
  it.each([
    ['Tawang (藏南)', [91.86, 27.59], '540000'],
    ['Aksai Chin', [79.3, 35.2], '650000'],
    ['Taipei', [121.56, 25.04], '710000'],
    ['Diaoyu Dao', [123.47, 25.745], '710000'],
    ['Hong Kong', [114.17, 22.3], '810000'],
    ['Macau', [113.55, 22.19], '820000'],
    ['Woody Island', [112.335, 16.834], '460000'],
    ['Shanghai', [121.47, 31.23], '310000'],
    ['Chongming', [121.5, 31.62], '310000'],
    ['Kinmen (GB/T 2260: Fujian)', [118.37, 24.45], '350000'],
  ] as const)('%s %j lies in province %s (and only there)', (_, pt, code) => {
    expect(codesAt(provinces, [pt[0], pt[1]])).toEqual([code])
  })

  it.each([
    ['Kashi city', [75.99, 39.47], '653100'],
    ['Woody Island', [112.335, 16.834], '460300'],
    ['Tawang', [91.86, 27.59], '540500'],
    ['Wanzhou', [108.4, 30.8], '500101'],
    ['Xigaze', [88.88, 29.27], '540200'],
    ['Chongming', [121.5, 31.62], '310151'],
  ] as const)('%s %j lies in prefecture %s', (_, pt, code) => {
    expect(codesAt(prefectures, [pt[0], pt[1]])).toEqual([code])
  })

  it.each([
    ['Dujiangyan', [103.62, 31.0], '510181'],
    ['Gyantse', [89.6, 28.92], '540222'],
    ['Bachu', [78.55, 39.78], '653130'],
    ['Yiling', [111.25, 30.98], '420506'],
  ] as const)('%s %j lies in county %s', (_, pt, code) => {
    expect(codesAt(counties, [pt[0], pt[1]])).toEqual([code])
  })

  it('d3-geo (spherical winding) agrees for the province checks', () => {
    const hit = (pt: [number, number]) => provinces.features.filter((f) => geoContains(f, pt)).map((f) => f.properties.code)
    expect(hit([91.86, 27.59])).toEqual(['540000'])
    expect(hit([121.56, 25.04])).toEqual(['710000'])
    expect(hit([112.335, 16.834])).toEqual(['460000'])
    expect(hit([100, 50])).toEqual([]) // Mongolia: a wrongly wound ring would contain the whole globe
  })

  it('neighbours do not overlap China (India has no Tawang, no Aksai Chin)', () => {
    for (const pt of [[91.86, 27.59], [79.3, 35.2], [121.56, 25.04], [114.17, 22.3]] as [number, number][]) {
      expect(codesAt(world, pt)).toEqual([])
    }
    const india = world.features.find((f) => f.properties.name === 'India')
    expect(india && contains(india.geometry, [77.21, 28.61])).toBe(true) // New Delhi still in India
  })

  it('三沙 keeps its islands, all within the inset', () => {
    const sansha = prefectures.features.find((f) => f.properties.code === '460300')
    expect(sansha?.geometry.type).toBe('MultiPolygon')
    expect(sansha?.geometry.type === 'MultiPolygon' && sansha.geometry.coordinates.length).toBeGreaterThan(150)
    const islands = layer(scs, 'islands').features[0]
    expect(islands && contains(islands.geometry, [112.335, 16.834])).toBe(true)
  })
})

const require = createRequire(import.meta.url)
const land = require('world-atlas/land-10m.json') as Topology
const landFc = feature(land, land.objects.land as GeometryCollection) as FeatureCollection<Geometry, Props>

describe('WGS84 alignment (GCJ-02 conversion applied)', () => {
  // Coastal boxes [w, s, e, n] from geodata.md's check, with the echarts file the outline comes from.
  const boxes = [
    ['Hong Kong', 'xianggang.json', [113.85, 22.15, 114.45, 22.55]],
    ['Dalian', 'liaoning.json', [120.9, 38.6, 122.5, 39.7]],
    ['Xiamen', 'fujian.json', [117.9, 24.35, 118.3, 24.65]],
  ] as const

  // The GCJ-02 offset here is 0.45–0.6 km, below what Natural Earth 10m resolves, so the decisive check
  // is against the raw echarts data: every output vertex, mapped back WGS84 -> GCJ-02, must land on a raw
  // vertex (within quantization), and must NOT land on one without that mapping. Skipping the conversion
  // would flip both.
  it.each(boxes)('%s: vertices are the raw GCJ-02 vertices converted to WGS84', (_, file, box) => {
    const raw = echartsRawVertices(file).filter(([x, y]) => (x as number) > box[0] - 0.1 && (x as number) < box[2] + 0.1 && (y as number) > box[1] - 0.1 && (y as number) < box[3] + 0.1)
    const ours = verticesIn(prefectures, box)
    expect(ours.length).toBeGreaterThan(20)
    // share of vertices within 80 m (TopoJSON quantization 1e5 is ~60 m) of a raw vertex
    const share = (pts: Position[]) => pts.filter((p) => nearestKm(p, raw) < 0.08).length / pts.length
    expect(share(ours.map((p) => wgs2gcj(p[0] as number, p[1] as number)))).toBeGreaterThan(0.9)
    expect(share(ours)).toBeLessThan(0.3)
  })

  it.each(boxes)('%s: outline lies on the Natural Earth 10m (WGS84) coastline, median < 1.5 km', (_, _file, box) => {
    const ref = ringsNear(landFc, box)
    const near = verticesIn(prefectures, box).map((p) => distToRingsKm(p, ref)).filter((d) => d < 3)
    expect(near.length).toBeGreaterThan(15)
    expect(median(near)).toBeLessThan(1.5)
  })
})

describe('places.json', () => {
  const polys = new Map<string, Geometry>()
  for (const fc of [counties, prefectures, provinces]) for (const f of fc.features) polys.set(f.properties.code ?? '', f.geometry)

  it('every place has a polygon and every polygon a place', () => {
    expect([...polys.keys()].sort()).toEqual(Object.keys(places).sort())
  })

  it('keys are sorted and every place is complete', () => {
    expect(Object.keys(places)).toEqual(Object.keys(places).sort())
    for (const [code, p] of Object.entries(places)) {
      expect(code).toMatch(/^\d{6}$/)
      expect(p.zh.length, code).toBeGreaterThan(0)
      expect(p.en.trim().length, code).toBeGreaterThan(0)
      expect(['province', 'prefecture', 'county']).toContain(p.level)
      if (p.level === 'province') expect(p.parent).toBeNull()
      else expect(places[p.parent ?? '']?.level, code).toBe(p.level === 'county' ? 'prefecture' : 'province')
    }
  })

  it('counts: 34 provinces, all counties of the 11 paired prefectures', () => {
    const n = (level: string) => Object.values(places).filter((p) => p.level === level).length
    expect(n('province')).toBe(34)
    expect(new Set(counties.features.map((f) => f.properties.prefecture)).size).toBe(11)
    expect(n('county')).toBe(counties.features.length)
  })

  it('every label lies inside its (simplified) polygon, or within 1 km of it', () => {
    const far: string[] = []
    for (const [code, p] of Object.entries(places)) {
      const g = polys.get(code)
      if (!g) continue
      if (contains(g, p.label)) continue
      const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []
      const d = distToRingsKm(p.label, rings)
      if (d > 1) far.push(`${code} ${d.toFixed(2)} km`)
    }
    expect(far).toEqual([])
  })

  it('hand-written English names', () => {
    expect(places['653100']?.en).toBe('Kashgar')
    expect(places['540000']?.en).toBe('Xizang (Tibet)')
    expect(places['653125']?.en).toBe('Shache (Yarkant)')
    expect(places['310115']?.en).toBeTruthy()
  })
})

describe('physical and South China Sea layers', () => {
  it('the Yangtze main stem is flagged and reaches the sea', () => {
    const rivers = layer(physical, 'rivers').features.filter((f) => f.properties.yangtze)
    expect(rivers.length).toBeGreaterThanOrEqual(3)
    const ends = rivers.flatMap((f) => (f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : []))
    expect(Math.max(...ends.map((p) => p[0] as number))).toBeGreaterThan(121.8)
  })

  it('the hand-digitised estuary runs on water (Natural Earth 10m land), Jiangyin to the sea', () => {
    const estuary = layer(physical, 'rivers').features.find((f) => f.properties.estuary)
    const line = estuary?.geometry.type === 'LineString' ? estuary.geometry.coordinates : []
    expect(line.length).toBeGreaterThan(10)
    expect(line[0]?.[0]).toBeCloseTo(120.074, 3) // Jiangyin, where Natural Earth 50m stops
    expect(line[0]?.[1]).toBeCloseTo(31.96, 3)
    const onLand = line.filter((p) => landFc.features.some((f) => contains(f.geometry, [p[0] as number, p[1] as number])))
    expect(onLand.length).toBeLessThanOrEqual(1) // quantization may nudge one vertex onto a bank
  })

  it('ten dashes, the tenth hand-added east of Taiwan', () => {
    const dashes = layer(scs, 'dashes').features
    expect(dashes).toHaveLength(10)
    expect(dashes.filter((f) => f.properties.handAdded)).toHaveLength(1)
  })
})

describe('size budget', () => {
  it('all geo/basemap files together are <= 250 KB gzipped', () => {
    const files = fs.readdirSync(BASEMAP_DIR)
    const total = files.reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(path.join(BASEMAP_DIR, f)), { level: 9 }).length, 0)
    expect(total).toBeLessThanOrEqual(250 * 1024)
  })
})
