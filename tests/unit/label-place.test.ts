import { describe, expect, it } from 'vitest'
import { labelBox, placeClear, textWidth, type PlacedLabel } from '../../src/map/label-place'

const text = { zh: '海南办 联系区域', en: 'Hainan office region' }
const overlaps = (a: number[], b: number[]) => Math.min(a[2]!, b[2]!) > Math.max(a[0]!, b[0]!) && Math.min(a[3]!, b[3]!) > Math.max(a[1]!, b[1]!)

describe('small labels placed clear of the others', () => {
  it('estimates a Han character as one em and Latin text narrower', () => {
    expect(textWidth('联系区域', 12)).toBe(48)
    expect(textWidth('Hainan', 12)).toBeLessThan(6 * 12)
  })

  it('keeps the first side, below its point, when nothing is near', () => {
    expect(placeClear([[100, 30]], text, 12, [])).toEqual({ position: [100, 30], side: 'below' })
  })

  it('runs away from a seat name level with the point, in both languages and at both scales', () => {
    // Guangzhou's name, left of its dot 4.3° east of Guangxi's label point (the clash seen in English at 1920×1080).
    const guangzhou: PlacedLabel = { position: [113.3, 23.13], text: { zh: '广州', en: 'Guangzhou' }, size: 14, side: 'left' }
    const placed = placeClear([[109.02, 23.5]], text, 12, [guangzhou])
    expect(placed.side).not.toBe('below')
    for (const scale of [10, 11.3, 14, 17.1]) {
      for (const lang of ['zh', 'en'] as const) {
        expect(overlaps(labelBox({ ...placed, text, size: 12 }, lang, scale), labelBox(guangzhou, lang, scale))).toBe(false)
      }
    }
  })

  it('moves to the next province of the region when no side fits at the first', () => {
    // A wall of names round the first anchor, none round the second.
    const wall: PlacedLabel[] = []
    for (let dx = -12; dx <= 12; dx += 1) for (let dy = -3; dy <= 3; dy += 1) wall.push({ position: [100 + dx, 30 + dy], text: { zh: '某地', en: 'Somewhere' }, size: 14, side: 'centre' })
    expect(placeClear([[100, 30], [120, 45]], text, 12, wall).position).toEqual([120, 45])
  })
})
