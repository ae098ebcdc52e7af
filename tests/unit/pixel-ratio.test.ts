import { describe, expect, it } from 'vitest'
import { cappedPixelRatio } from '../../src/map/pixel-ratio'

describe('the canvas pixel ratio', () => {
  it.each([
    [1920, 1080, 1, 1],
    [1920, 1080, 2, 2],
    [1920, 1080, 3, 2],
    [3840, 2160, 1, 1],
    [3840, 2160, 2, 1],
    [1280, 720, 1.5, 1.5],
  ])('%d×%d at DPR %d draws at %d', (w, h, dpr, expected) => {
    expect(cappedPixelRatio(w, h, dpr)).toBeCloseTo(expected, 6)
  })
  it('a 32:9 wall stays within a 4K frame', () => {
    const r = cappedPixelRatio(7680, 2160, 1)
    expect(r).toBeCloseTo(Math.SQRT1_2, 6)
    expect(7680 * 2160 * r * r).toBeLessThanOrEqual(3840 * 2160 + 1)
  })
})
