import { describe, expect, it } from 'vitest'
import { legendRows, shownLegendRows } from '../../src/map/legend-rows'
import type { LayerSpec, LegendEntry } from '../../src/map/layer-specs'
import { buildTimeIndex } from '../../src/domain/time-index'
import { DEFAULT_FILTERS, type FilterState } from '../../src/domain/filters'
import { record } from './fixtures/records'

const entry = (label: string, ids?: string[]): LegendEntry => ({ label, colour: [1, 2, 3, 255], shape: 'circle', ...(ids ? { ids } : {}) })
/** A layer description with just what the legend reads: its layer, entries and the ids it draws. */
const spec = (id: string, layer: LayerSpec['layer'], legend: LegendEntry[], ids: string[]) =>
  ({ id, layer, kind: 'points', legend, data: ids.map((d) => ({ id: d })) }) as unknown as LayerSpec

const records = [
  record({ id: 'ind-a', layer: 'park', category: 'industrial-park', years: [2006, 2010] }),
  record({ id: 'ind-b', layer: 'park', category: 'industrial-park', years: [2011, 2015] }),
  record({ id: 'farm', layer: 'park', category: 'farm', years: [2012, 2015] }),
  record({ id: 'aid-1', layer: 'aid', years: [2006, 2010] }),
  record({ id: 'aid-2', layer: 'aid', years: [2011, 2015] }),
]
const specs = [
  spec('aid-regions', 'aid', [entry('legend.aidLow'), entry('legend.undated', ['aid-2'])], ['aid-1', 'aid-2']),
  spec('parks', 'park', [entry('category.industrial-park', ['ind-a', 'ind-b']), entry('category.farm', ['farm']), entry('legend.undated', ['ind-b'])], ['ind-a', 'ind-b', 'farm']),
  spec('parks-extra', 'park', [entry('legend.undated', ['farm'])], ['farm']),
]
const index = buildTimeIndex(records)
const at = (over: Partial<FilterState>) => shownLegendRows(legendRows(specs), index, { ...DEFAULT_FILTERS, ...over })
const summary = (rows: ReturnType<typeof at>) => Object.fromEntries([...rows].map(([layer, list]) => [layer, list.map((r) => [r.entry.label, r.count, r.counted])]))

describe('the legend rows, shared by the live legend and the exports', () => {
  it('merges the same entry of two descriptions into one row standing for both records', () => {
    const park = legendRows(specs).get('park')!
    expect(park.map((r) => r.entry.label)).toEqual(['category.industrial-park', 'category.farm', 'legend.undated'])
    expect([...park[2]!.ids].sort()).toEqual(['farm', 'ind-b'])
    // A scale's key stands for every record its description draws, and is not counted.
    expect(legendRows(specs).get('aid')![0]).toMatchObject({ ids: ['aid-1', 'aid-2'], counted: false })
  })

  it('lists only the rows on the map now, each with how many records it has there', () => {
    expect(summary(at({ year: 2008 }))).toEqual({
      aid: [['legend.aidLow', 1, false]],
      park: [['category.industrial-park', 1, true]],
    })
    expect(summary(at({ year: 2013 }))).toEqual({
      aid: [['legend.aidLow', 1, false], ['legend.undated', 1, true]],
      park: [['category.industrial-park', 1, true], ['category.farm', 1, true], ['legend.undated', 2, true]],
    })
    // A span: the counts follow the view.
    expect(summary(at({ year: 2008, span: [2006, 2015] })).park).toEqual([['category.industrial-park', 2, true], ['category.farm', 1, true], ['legend.undated', 2, true]])
  })

  it('lists nothing for a layer that is off', () => {
    expect(at({ year: 2013, layers: ['aid'] }).get('park')).toEqual([])
  })
})
