import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { officeTimeline, shortPlaceName } from '../../src/domain/offices'
import { buildLayerSpecs, type LabelDatum, type LayerSpec } from '../../src/map/layer-specs'
import type { AtlasRecord } from '../../src/domain/schema'
import { inBoth } from '../../src/i18n/error-text'

const load = (layer: string): AtlasRecord[] =>
  JSON.parse(readFileSync(`geo/layers/${layer}.geojson`, 'utf8')).features.map((f: { id: string; properties: object; geometry: unknown }) => ({ id: f.id, ...f.properties, geometry: f.geometry }))
const records = [...load('office'), ...load('coverage')]
const byId = (id: string) => records.find((r) => r.id === id)!
const places = JSON.parse(readFileSync('geo/basemap/places.json', 'utf8')) as Record<string, { zh: string; en: string; label: [number, number] }>

describe('offices: a seat, a label and a timeline', () => {
  it('names places as maps do', () => {
    expect(['北京市', '新疆维吾尔自治区', '海南省', '内蒙古自治区'].map(shortPlaceName)).toEqual(['北京', '新疆', '海南', '内蒙古'])
  })

  it('puts an office, its successor, the source’s span and its region on one timeline, in time order', () => {
    const events = officeTimeline(byId('office-shenzhen-liaison'), records)
    expect(events.map((e) => [e.kind, e.id, e.years.join('-')])).toEqual([
      ['stated', 'office-shenzhen', '1989-2010'],
      ['office', 'office-shenzhen', '2006-2009'],
      ['office', 'office-shenzhen-liaison', '2010-2015'],
      ['coverage', 'coverage-shenzhen-liaison-2010-2015', '2010-2015'],
      ['task', 'office-wider-work-2011-2015', '2011-2015'],
    ])
    // The same timeline from the office's liaison region.
    expect(officeTimeline(byId('coverage-shenzhen-liaison-2010-2015'), records)).toEqual(events)
  })

  it('keeps a change the plan reports as an event, and says when its date is not known', () => {
    const events = officeTimeline(byId('office-inner-mongolia-added-2006-2010'), records)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ kind: 'office', undated: true, years: [2006, 2010], name: { zh: '增设驻内蒙古办事处' } })
    expect(officeTimeline(byId('office-wider-work-2011-2015'), records)).toEqual([])
  })

  it('labels each seat once per run of years with its place name, and a liaison region away from its seat', () => {
    const specs = buildLayerSpecs({
      records, allRecords: records, aidMetric: 'fundsCny', regionShapes: new Map(), shanghai: [121.47, 31.23],
      placeOf: (c) => places[c]?.label, placeName: (c) => (places[c] ? { zh: shortPlaceName(places[c]!.zh), en: places[c]!.en } : undefined),
      coverageLabel: (name) => inBoth('map.coverageLabel', (locale) => ({ name: name[locale] })),
    })
    const labels = (id: string) => (specs.find((s) => s.id === id) as Extract<LayerSpec, { kind: 'labels' }>).data as LabelDatum[]
    const seat = labels('office-labels').map((l) => `${l.text.zh} ${l.years.join('-')}${l.replaces ? ' *' : ''}`).sort()
    expect(seat).toEqual(['内蒙古 2006-2010 *', '北京 2006-2015 *', '广州 2006-2015', '拉萨 2006-2015', '新疆 2014-2014 *', '武汉 2010-2013', '海南 2006-2015 *', '深圳 2006-2015', '秦皇岛 2006-2010'].sort())
    const regions = labels('coverage-labels').map((l) => `${l.text.zh} ${l.years.join('-')}`).sort()
    expect(regions).toEqual(['广州办 联系区域 2006-2015', '武汉办 联系区域 2010-2013', '海南办 联系区域 2010-2015'].sort())
    // Both languages from the i18n messages (map.coverageLabel).
    expect(labels('coverage-labels').map((l) => l.text.en).sort()).toEqual(['Guangzhou office region', 'Hainan office region', 'Wuhan office region'])
    // One colour for an office and its successor; the legend counts what it stands for.
    const dots = specs.find((s) => s.id === 'offices')!
    const colour = (id: string) => (dots.data as { id: string; fill: number[] }[]).find((d) => d.id === id)!.fill
    expect(colour('office-shenzhen')).toEqual(colour('office-shenzhen-liaison'))
    expect(dots.legend.find((e) => e.label === 'legend.office')!.ids).toHaveLength(load('office').length)
  })
})
