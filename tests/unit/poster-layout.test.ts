import { describe, expect, it } from 'vitest'
import { posterPixels, printPlan } from '../../src/domain/poster-layout'

describe('poster layout', () => {
  it('A3 and A1 at 300 dpi, portrait or landscape', () => {
    expect(posterPixels('A3', 'portrait')).toEqual([3508, 4961])
    expect(posterPixels('A1', 'portrait')).toEqual([7016, 9933])
    expect(posterPixels('A1', 'landscape')).toEqual([9933, 7016])
  })

  it('one scale for every pixel size, the screen view inside the poster, tiles within the GPU limit that cover it', () => {
    for (const [poster, screen, max] of [
      [[3508, 4961], [1280, 720], 4096], [[9933, 7016], [1920, 1080], 4096], [[7016, 9933], [1280, 720], 2048],
      [[800, 600], [1280, 720], 4096],
    ] as [[number, number], [number, number], number][]) {
      const plan = printPlan(poster, screen, max)
      // The screen's view fits: the poster shows at least the screen's CSS size at this scale.
      expect(poster[0] / plan.scale).toBeGreaterThanOrEqual(screen[0] - 1e-9)
      expect(poster[1] / plan.scale).toBeGreaterThanOrEqual(screen[1] - 1e-9)
      // And not much more along the limiting side (the scale is rounded down by under 1 px per tile).
      expect(plan.scale).toBeGreaterThan(Math.min(poster[0] / screen[0], poster[1] / screen[1]) * 0.995)
      // Tiles: whole pixels, within the limit, abutting, covering the poster.
      expect(plan.tilePx[0]).toBeLessThanOrEqual(max)
      expect(plan.tilePx[1]).toBeLessThanOrEqual(max)
      expect(plan.tilePx[0]).toBe(plan.tileCss[0] * plan.scale)
      expect(plan.cols * plan.tilePx[0]).toBeGreaterThanOrEqual(poster[0])
      expect(plan.rows * plan.tilePx[1]).toBeGreaterThanOrEqual(poster[1])
      expect(plan.tiles).toHaveLength(plan.cols * plan.rows)
      // A tile's offset is its centre from the poster's centre in CSS pixels.
      const last = plan.tiles.at(-1)!
      expect(last.offset[0]).toBeCloseTo((last.x + plan.tilePx[0] / 2 - poster[0] / 2) / plan.scale, 9)
    }
  })

  it('A3 portrait from a 1280×720 screen: 2.74×, two tiles at 4096', () => {
    const plan = printPlan([3508, 4961], [1280, 720], 4096)
    expect(plan.scale).toBeCloseTo(3508 / 1280, 3)
    expect([plan.cols, plan.rows]).toEqual([1, 2])
    expect(plan.tiles[0]!.offset[0]).toBeCloseTo(0, 9)
    expect(plan.tiles[0]!.offset[1]).toBeLessThan(0)
  })

  it('A1 landscape tiles at a GPU limit of 4096', () => {
    const plan = printPlan([9933, 7016], [1280, 720], 4096)
    expect([plan.cols, plan.rows]).toEqual([3, 2])
    expect(plan.scale).toBeCloseTo(9933 / 1280, 1)
  })
})
