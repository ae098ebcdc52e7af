import { describe, expect, it } from 'vitest'
import { DELTA_BOUNDS, deltaHeightAt, deltaInsetWanted } from '../../src/domain/views'
import { homePadding } from '../../src/map/padding'
import { specsWithin } from '../../src/map/canvas-inset'
import type { LayerSpec } from '../../src/map/layer-specs'

describe('the Delta inset', () => {
  it('measures the Delta on a Web Mercator map of 512 px tiles', () => {
    // 27°N–35.2°N at zoom 0: ~13.64 px of a 512 px world; doubling per zoom level.
    expect(deltaHeightAt(0)).toBeCloseTo(13.64, 1)
    expect(deltaHeightAt(4) / deltaHeightAt(3)).toBeCloseTo(2, 6)
    expect(DELTA_BOUNDS[1][1]).toBeGreaterThan(DELTA_BOUNDS[0][1])
  })
  it('shows at a national view with a Delta layer on, not zoomed in on the Delta nor with only aid on', () => {
    const layers = ['aid', 'park']
    expect(deltaInsetWanted(3.6, 1080, layers)).toBe(true) // the first view at 1920×1080
    expect(deltaInsetWanted(4.6, 2160, layers)).toBe(true) // the first view on a 4K screen or a 32:9 wall
    expect(deltaInsetWanted(6.5, 1080, layers)).toBe(false) // the 长三角 preset
    expect(deltaInsetWanted(3.6, 1080, ['aid'])).toBe(false)
    expect(deltaInsetWanted(null, 1080, layers)).toBe(false)
  })
  it('clips the main map\'s layer descriptions to its frame and leaves the arcs out', () => {
    const base = { years: [2006, 2010] as [number, number], fill: [1, 2, 3, 255] as [number, number, number, number], line: [1, 2, 3, 255] as [number, number, number, number], approximate: false, undated: false }
    const specs: LayerSpec[] = [
      { id: 'parks', layer: 'park', kind: 'points', legend: [], data: [
        { ...base, id: 'in', position: [120.6, 31.3], radius: 8, filled: true },
        { ...base, id: 'out', position: [88, 29], radius: 8, filled: true },
      ] },
      { id: 'aid-arcs', layer: 'aid', kind: 'arcs', legend: [], data: [{ ...base, id: 'arc', from: [121, 31], to: [88, 29], ids: ['x'] }] },
    ]
    const clipped = specsWithin(specs, [[115.3, 27.6], [122.6, 35.0]])
    expect(clipped.map((s) => s.id)).toEqual(['parks'])
    expect(clipped[0]!.data.map((d) => d.id)).toEqual(['in'])
  })
})

describe('the wall\'s home padding', () => {
  it('frames China left of the wall\'s column', () => {
    expect(homePadding(7680, 2160, { sideRight: 900, timeHeight: 250, wallLeft: 4000 })).toEqual({ top: 151, bottom: 293, left: 977, right: 3757 })
  })
})
