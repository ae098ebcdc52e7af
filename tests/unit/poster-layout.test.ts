import { describe, expect, it } from 'vitest'
import { insetCssSizes, placeInsets, posterPixels, printPlan, type LandGrid, type Rect } from '../../src/domain/poster-layout'

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

describe('poster insets', () => {
  const poster: [number, number] = [4961, 3508]
  const overlaps = (a: Rect, b: Rect) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
  const inside = (r: Rect) => r[0] >= 0 && r[1] >= 0 && r[0] + r[2] <= poster[0] && r[1] + r[3] <= poster[1]
  /** Land in a poster-pixel box, on a grid of 10-pixel cells. */
  const landIn = (box: Rect): LandGrid => {
    const cell = 10
    const cols = Math.ceil(poster[0] / cell)
    const rows = Math.ceil(poster[1] / cell)
    const land = new Uint8Array(cols * rows)
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) if (overlaps([c * cell, r * cell, cell, cell], box)) land[r * cols + c] = 1
    }
    return { cell, cols, rows, land }
  }
  // The panels of an A3 landscape poster: title, legend, source line, headline band, attribution and scale bar.
  const panels: Rect[] = [[33, 33, 900, 274], [33, 900, 830, 2400], [33, 3430, 1800, 60], [3950, 33, 980, 740], [3540, 3120, 1390, 290]]

  it('the live sizes: 17vmin wide at 0.78, clamped to 120–520 px; the Delta as tall, 0.86 of it wide', () => {
    const a = insetCssSizes([1280, 720])
    expect(a.sea[0]).toBeCloseTo(122.4, 6)
    expect(a.sea[1]).toBeCloseTo(122.4 / 0.78, 6)
    expect(a.delta).toEqual([a.sea[1] * 0.86, a.sea[1]])
    expect(insetCssSizes([800, 400]).sea[0]).toBe(120)
    expect(insetCssSizes([7680, 4320]).sea[0]).toBe(520)
  })

  it('the South China Sea inset nearest the bottom right, clear of every panel, inside the poster', () => {
    const [sea] = placeInsets(poster, [[335, 430]], panels, null, 33)
    expect(sea).not.toBeNull()
    expect(inside(sea!)).toBe(true)
    for (const p of panels) expect(overlaps(sea!, p)).toBe(false)
    // Above the attribution panel at the right edge, the nearest free spot to the corner.
    expect(sea![0] + sea![2]).toBeGreaterThan(poster[0] - 100)
    expect(sea![1] + sea![3]).toBeLessThanOrEqual(3120 - 33)
  })

  it('off the mainland: land where the first choice was moves the inset', () => {
    const [free] = placeInsets(poster, [[335, 430]], panels, null, 33)
    const land = landIn([1200, free![1] - 300, poster[0] - 1200, free![3] + 600])
    const [sea] = placeInsets(poster, [[335, 430]], panels, land, 33)
    expect(sea).not.toEqual(free)
    for (const p of panels) expect(overlaps(sea!, p)).toBe(false)
    const { cell, cols, land: cells } = land
    for (let y = sea![1]; y < sea![1] + sea![3]; y += cell) {
      for (let x = sea![0]; x < sea![0] + sea![2]; x += cell) expect(cells[Math.floor(y / cell) * cols + Math.floor(x / cell)]).toBe(0)
    }
  })

  it('the Delta inset left of the South China Sea inset, bottom-aligned, neither on the other', () => {
    const [sea, delta] = placeInsets(poster, [[335, 430], [370, 430]], panels, null, 33)
    expect(sea && delta).toBeTruthy()
    expect(delta![0] + delta![2]).toBeLessThanOrEqual(sea![0] - 33)
    expect(delta![1] + delta![3]).toBe(sea![1] + sea![3])
    for (const p of panels) {
      expect(overlaps(sea!, p)).toBe(false)
      expect(overlaps(delta!, p)).toBe(false)
    }
  })

  it('each alone when the pair fits nowhere; over land only when nothing else is free; null when nothing is', () => {
    const tight: [number, number] = [1000, 1000]
    const [a, b] = placeInsets(tight, [[400, 400], [400, 400]], [[0, 0, 1000, 480]], null, 10)
    expect(a && b).toBeTruthy()
    expect(overlaps(a!, b!)).toBe(false)
    const allLand: LandGrid = { cell: 100, cols: 10, rows: 10, land: new Uint8Array(100).fill(1) }
    expect(placeInsets(tight, [[300, 300]], [], allLand, 10)[0]).not.toBeNull()
    expect(placeInsets(tight, [[300, 300]], [[0, 0, 1000, 1000]], null, 10)).toEqual([null])
  })
})
