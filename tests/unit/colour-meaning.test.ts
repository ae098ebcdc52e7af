import { describe, expect, it } from 'vitest'
import { buildLayerSpecs, type Shape } from '../../src/map/layer-specs'
import { CATEGORIES, LAYER_IDS, type AtlasRecord } from '../../src/domain/schema'
import { allRecords } from './data/load'

const square = (x: number, y: number): Shape => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] })

/** Every record's regions as a unit square, so polygon layers are drawn too. */
function shapesFor(records: readonly AtlasRecord[]): Map<string, Shape> {
  const codes = [...new Set(records.flatMap((r) => r.regions))]
  return new Map(codes.map((code, i) => [code, square(80 + (i % 40), 20 + Math.floor(i / 40))]))
}

/** The colour of every drawn feature, by spec and record id. */
function colours(records: readonly AtlasRecord[], all: readonly AtlasRecord[], shapes: Map<string, Shape>): Map<string, string> {
  const specs = buildLayerSpecs({ records, allRecords: all, aidMetric: 'fundsCny', regionShapes: shapes, shanghai: [121.47, 31.23] })
  const out = new Map<string, string>()
  for (const spec of specs) for (const d of spec.data) out.set(`${spec.id}/${d.id}`, JSON.stringify([d.fill, d.line]))
  return out
}

describe('colours keep their meaning under filters', () => {
  const all = allRecords()
  const shapes = shapesFor(all)
  const unfiltered = colours(all, all, shapes)

  it.each(LAYER_IDS.flatMap((layer) => CATEGORIES[layer].map((c) => [layer, c] as const)))(
    'filtering to %s / %s changes no remaining feature\'s colour', (layer, category) => {
      const kept = all.filter((r) => r.layer === layer && r.category === category)
      const filtered = colours(kept, all, shapes)
      // A feature unfiltered collapses planned tasks of the same area into one; compare what both draw.
      for (const [key, colour] of filtered) if (unfiltered.has(key)) expect(colour, key).toBe(unfiltered.get(key))
    })

  it('the check sees features of several categories in one layer', () => {
    const parks = new Set(all.filter((r) => r.layer === 'park').map((r) => r.category))
    expect(parks.size).toBeGreaterThan(1)
  })
})
