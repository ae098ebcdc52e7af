import { describe, expect, it } from 'vitest'
import { niceScale } from '../../src/map/scale-bar'

describe('scale bar', () => {
  it('picks the longest 1, 2 or 5 × 10ⁿ length that fits', () => {
    expect(niceScale(5000, 160)).toEqual({ meters: 500000, px: 100 })
    expect(niceScale(1000, 160)).toEqual({ meters: 100000, px: 100 })
    expect(niceScale(1000, 250)).toEqual({ meters: 200000, px: 200 })
    expect(niceScale(10, 120)).toEqual({ meters: 1000, px: 100 })
  })
  it('draws nothing without a measure', () => {
    expect(niceScale(0, 100)).toBeNull()
    expect(niceScale(Number.NaN, 100)).toBeNull()
  })
})
