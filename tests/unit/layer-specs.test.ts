import { describe, expect, it } from 'vitest'
import { buildLayerSpecs, type ArcDatum, type LayerSpec, type Shape } from '../../src/map/layer-specs'
import { countableFigure, statedTotalIds } from '../../src/domain/figures'
import { filterProps } from '../../src/map/deck-adapter'
import { dashOf } from '../../src/map/precision-marks'
import { FIXTURE, record } from './fixtures/records'

const square = (x: number, y: number): Shape => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] })
const shapes = new Map<string, Shape>([
  ['540200', square(87, 29)], ['532600', square(104, 23)], ['532500', square(103, 23)], ['530800', square(100, 23)],
  ['533400', square(99, 27)], ['653130', square(78, 39)], ['653125', square(77, 38)], ['440000', square(113, 23)],
  ['450000', square(108, 23)], ['331000', square(121, 28)],
])
const specs = (records = FIXTURE, aidMetric: 'fundsCny' | 'projects' = 'fundsCny') =>
  buildLayerSpecs({ records, allRecords: records, aidMetric, regionShapes: shapes, shanghai: [121.47, 31.23] })
const byId = (list: LayerSpec[], id: string) => list.find((s) => s.id === id)!

describe('layer descriptions, without WebGL', () => {
  it('draws areas beneath lines, arcs and points, in a fixed order', () => {
    expect(specs().map((s) => s.id)).toEqual(['coverage', 'council', 'aid-regions', 'waterway-lines', 'aid-arcs', 'aid-symbols',
      'waterway-points', 'parks', 'cooperation-points', 'office-halos', 'offices', 'coverage-labels', 'office-labels'])
  })

  it('fills a group record over all its regions as one area, with its years for the GPU filter', () => {
    const yunnan = byId(specs(), 'aid-regions').data.find((d) => d.id === 'yunnan-review')!
    expect('polygons' in yunnan && yunnan.polygons).toHaveLength(4)
    expect(yunnan.years).toEqual([2006, 2010])
  })

  it('gives the larger figure the darker fill, and a record without a figure the no-figure colour', () => {
    const regions = byId(specs(), 'aid-regions').data
    const fill = (id: string) => regions.find((d) => d.id === id)!.fill
    const lightness = (c: number[]) => c[0]! + c[1]! + c[2]!
    expect(lightness(fill('yunnan-review'))).toBeLessThan(lightness(fill('xigaze-review')))
    expect(fill('kashgar-housing')).toEqual([86, 180, 233, 70])
  })

  it('draws planned symbols hollow and achieved ones filled; no symbol without a figure', () => {
    const planned = record({ id: 'p', status: 'planned', years: [2011, 2015], metrics: { projects: 10 } })
    const data = byId(specs([...FIXTURE, planned], 'projects'), 'aid-symbols').data
    expect(data.map((d) => [d.id, 'filled' in d && d.filled]).sort()).toEqual([['p', false], ['xigaze-review', true], ['yunnan-review', true]])
  })

  it('draws the largest circle first, so a smaller one is never hidden beneath it', () => {
    const points = ['parks', 'aid-symbols'].flatMap((id) => [byId(specs(), id).data])
    for (const data of points) {
      const radii = data.map((d) => ('radius' in d ? d.radius : 0))
      expect(radii).toEqual([...radii].sort((a, b) => b - a))
    }
    const radii = byId(specs(), 'aid-symbols').data.map((d) => ('radius' in d ? d.radius : 0))
    expect(radii.length).toBe(2)
    expect(radii[0]).toBeGreaterThan(radii[1]!)
  })

  it('sends at most one arc per recipient province in any year, only in years a record there is active', () => {
    const records = [
      ...FIXTURE,
      record({ id: 'xigaze-a', regions: ['540200'], years: [2006, 2010] }),
      record({ id: 'xigaze-b', regions: ['540100'], years: [2008, 2012] }),
      record({ id: 'xigaze-plan', regions: ['540200'], status: 'planned', years: [2013, 2015] }),
      record({ id: 'three-gorges', regions: ['420500', '500100'], years: [2007, 2007] }),
    ]
    const arcs = byId(specs(records), 'aid-arcs').data.filter((a): a is ArcDatum => 'ids' in a)
    for (let year = 2006; year <= 2015; year++) {
      const active = arcs.filter((a) => a.years[0] <= year && year <= a.years[1]).map((a) => a.id.split(':')[1])
      expect(new Set(active).size, `${year}`).toBe(active.length)
    }
    const xizang = arcs.filter((a) => a.id.startsWith('arc:540000'))
    expect(xizang.map((a) => [a.years, a.ids, a.fill === a.line])).toEqual([
      [[2006, 2012], ['xigaze-a', 'xigaze-b', 'xigaze-review'], true],
      [[2013, 2015], ['xigaze-plan'], true],
    ])
    expect(arcs.filter((a) => a.ids.includes('three-gorges')).map((a) => a.id)).toEqual(['arc:420000:2007', 'arc:500000:2007'])
    expect(arcs.every((a) => a.from[0] === 121.47)).toBe(true)
  })

  it('sends an arc from Shanghai to every aid record', () => {
    const arcs = byId(specs(), 'aid-arcs').data
    expect(arcs).toHaveLength(3)
    expect(arcs.every((a) => 'from' in a && a.from[0] === 121.47)).toBe(true)
  })

  it('colours coverage in its office colour', () => {
    const s = specs()
    const office = byId(s, 'offices').data[0]!
    const cover = byId(s, 'coverage').data[0]!
    expect(cover.fill.slice(0, 3)).toEqual(office.fill.slice(0, 3))
  })

  it('lists offices as one category in the legend, never as records', () => {
    const offices = ['a', 'b', 'c'].map((k) => record({ id: `${k}-office`, layer: 'office', category: 'liaison-office', regions: ['440100'] }))
    const s = specs([...FIXTURE, ...offices])
    expect(byId(s, 'offices').data.length).toBeGreaterThan(3)
    expect(byId(s, 'offices').legend.map((e) => e.label)).toEqual(['legend.office'])
    expect(byId(s, 'coverage').legend.map((e) => e.label)).toEqual(['legend.coverageTint'])
    expect(s.flatMap((x) => x.legend).some((e) => e.label.startsWith('record:'))).toBe(false)
  })

  it('builds a legend from the same descriptions', () => {
    const legend = byId(specs(), 'aid-regions').legend
    expect(legend.map((e) => e.label)).toEqual(['legend.aidLow', 'legend.aidHigh', 'legend.plannedArea', 'legend.noFigure', 'legend.plannedNoFigure'])
    expect(legend[0]!.params).toEqual({ value: 627000000 })
    expect(legend[1]!.params).toEqual({ value: 855000000 })
  })

  it('keeps a stated total out of the map, and figures for another span undrawn', () => {
    const total = record({ id: 't', regions: ['540200', '532600'], metrics: { fundsCny: 2196000000 } })
    const part = record({ id: 'part', regions: ['540200'], metrics: { fundsCny: 627000000 }, partOf: 't' })
    const longer = record({ id: 'long', years: [2006, 2015], statedSpan: [1994, 2018], metrics: { fundsCny: 4518000000 } })
    const totals = statedTotalIds([total, part, longer])
    expect(countableFigure(total, 'fundsCny', totals)).toBeUndefined()
    expect(countableFigure(part, 'fundsCny', totals)).toBe(627000000)
    expect(countableFigure(longer, 'fundsCny', totals)).toBeUndefined()
    const ids = byId(specs([total, part, longer]), 'aid-regions').data.map((d) => d.id)
    expect(ids).toEqual(['long', 'part'])
  })

  it('collapses records without a figure that share regions, status and years into one area', () => {
    const tasks = ['a', 'b', 'c'].map((id) => record({ id, status: 'planned', years: [2011, 2015], regions: ['653130', '653125'] }))
    expect(byId(specs(tasks), 'aid-regions').data.map((d) => d.id)).toEqual(['a'])
  })
})

describe('approximate places and unknown dates', () => {
  const chosen = record({ id: 'chosen', regions: ['532600'], locationPrecision: 'chosen', metrics: { fundsCny: 1e8 } })
  const stated = record({ id: 'stated', regions: ['540200'], locationPrecision: 'stated-group', metrics: { fundsCny: 1e8 } })
  const undatedOffice = record({ id: 'undated', layer: 'office', category: 'liaison-office', regions: ['440100'], locationPrecision: 'province', datePrecision: 'unknown' })
  const list = [chosen, stated, undatedOffice]

  it('marks a place chosen by the atlas approximate: half the fill opacity, a dashed edge, a legend entry', () => {
    const regions = byId(specs(list), 'aid-regions')
    const a = regions.data.find((d) => d.id === 'chosen')!
    const b = regions.data.find((d) => d.id === 'stated')!
    expect([a.approximate, b.approximate]).toEqual([true, false])
    expect(a.fill[3]).toBe(Math.round(b.fill[3] / 2))
    expect(dashOf(a)).not.toEqual([0, 0])
    expect(dashOf(b)).toEqual([0, 0])
    expect(regions.legend.map((e) => e.label)).toContain('legend.approximateArea')
    const symbol = byId(specs(list), 'aid-symbols').data.find((d) => d.id === 'chosen')!
    expect(symbol.approximate).toBe(true)
    expect(byId(specs(list), 'aid-symbols').legend.map((e) => e.label)).toContain('legend.approximatePoint')
  })

  it('marks a record without a known date undated: a grey dotted edge and a "date not known" legend entry', () => {
    const offices = byId(specs(list), 'offices')
    const d = offices.data.find((x) => x.id === 'undated')!
    expect(d.undated).toBe(true)
    expect(d.line).toEqual([110, 110, 110, 255])
    expect(dashOf(d)).toEqual([1, 2])
    expect(offices.legend.map((e) => e.label)).toContain('legend.dateUnknown')
  })

  it('lists no precision entry where every record is precise and dated', () => {
    const labels = specs([stated]).flatMap((s) => s.legend.map((e) => e.label))
    expect(labels.filter((l) => /approximate|dateUnknown/.test(l))).toEqual([])
  })
})

describe('the GPU year filter', () => {
  it('shows records active in the year, fading over half a year', () => {
    expect(filterProps([2010, 2010], 'active')).toEqual({
      filterRange: [[2005, 2010.5], [2009.5, 2016]], filterSoftRange: [[2005, 2010], [2010, 2016]],
    })
  })
  it('cumulative ignores the end year', () => {
    expect(filterProps([2006, 2012], 'cumulative').filterRange).toEqual([[2005, 2012.5], [2005, 2016]])
  })
})

describe('drawing order of areas', () => {
  it('draws a prefecture beneath the counties inside it', () => {
    const big: Shape = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] }
    const small = square(1, 1)
    const list = buildLayerSpecs({
      records: [record({ id: 'county-task', regions: ['653130'] }), record({ id: 'prefecture-total', regions: ['653100'], metrics: { fundsCny: 1 } })],
      allRecords: [], aidMetric: 'fundsCny', regionShapes: new Map([['653100', big], ['653130', small]]), shanghai: [121, 31],
    })
    expect(byId(list, 'aid-regions').data.map((d) => d.id)).toEqual(['prefecture-total', 'county-task'])
  })
})
