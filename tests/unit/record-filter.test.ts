import { describe, expect, it } from 'vitest'
import { specRows, withPass } from '../../src/map/record-filter'
import type { LayerSpec, PointDatum } from '../../src/map/layer-specs'
import type { AtlasRecord } from '../../src/domain/schema'

const point = (id: string, members?: string[]): PointDatum => ({
  id, years: [2006, 2010], fill: [0, 0, 0, 255], line: [0, 0, 0, 255], approximate: false, undated: false,
  position: [100, 30], radius: 5, filled: true, ...(members ? { members } : {}),
})
const records = ['a', 'b', 'c', 'd'].map((id) => ({ id }) as AtlasRecord)
const specs: LayerSpec[] = [
  { id: 'dots', layer: 'park', kind: 'points', data: [point('a'), point('b', ['c', 'd'])], legend: [] },
]

describe('the record filter as a mask per drawn mark', () => {
  const rows = specRows(specs, records)

  it('a mark passes when its record passes', () => {
    const [spec] = withPass(specs, rows, Uint8Array.from([1, 0, 0, 0]))
    expect([...spec!.pass!]).toEqual([1, 0])
    expect(spec!.data).toBe(specs[0]!.data)
  })

  it('a mark standing for several records passes while any of them does', () => {
    expect([...withPass(specs, rows, Uint8Array.from([0, 0, 0, 1]))[0]!.pass!]).toEqual([0, 1])
    expect([...withPass(specs, rows, Uint8Array.from([0, 0, 1, 0]))[0]!.pass!]).toEqual([0, 1])
    expect([...withPass(specs, rows, Uint8Array.from([0, 1, 0, 0]))[0]!.pass!]).toEqual([0, 1])
  })

  it('a mark whose record is unknown never passes', () => {
    const stray: LayerSpec[] = [{ id: 'dots', layer: 'park', kind: 'points', data: [point('zz')], legend: [] }]
    expect([...withPass(stray, specRows(stray, records), Uint8Array.from([1, 1, 1, 1]))[0]!.pass!]).toEqual([0])
  })

  it('hands back the previous spec while its marks pass as before, so deck.gl leaves that layer alone', () => {
    const first = withPass(specs, rows, Uint8Array.from([1, 1, 0, 0]))
    // b's mark stands for c and d too: c passing instead of b leaves both marks as they were.
    expect(withPass(specs, rows, Uint8Array.from([1, 0, 1, 0]), first)[0]).toBe(first[0])
    const moved = withPass(specs, rows, Uint8Array.from([0, 0, 1, 0]), first)[0]!
    expect(moved).not.toBe(first[0])
    expect([...moved.pass!]).toEqual([0, 1])
  })
})
