import { describe, expect, it } from 'vitest'
import { compactRecord, InternPool } from '../../src/domain/intern'
import { allRecords } from './data/load'

describe('compactRecord (the page-side interning of imported records)', () => {
  it('leaves every record of the plan equal to what arrived, with repeated pieces shared and frozen', () => {
    const arrived = structuredClone(allRecords())
    const pool = new InternPool()
    const compacted = structuredClone(arrived).map((r) => compactRecord(r, pool))
    expect(compacted).toEqual(arrived)
    // Two records with the same years, regions or source now hold the same (frozen) value.
    for (const field of ['years', 'regions', 'source', 'metrics'] as const) {
      const first = new Map<string, unknown>()
      for (const r of compacted) {
        const key = JSON.stringify(r[field])
        if (!first.has(key)) first.set(key, r[field])
        expect(r[field]).toBe(first.get(key))
        expect(Object.isFrozen(r[field])).toBe(true)
      }
      expect(first.size).toBeLessThan(compacted.length)
    }
  })
  it('a shared value cannot be changed through one record', () => {
    const pool = new InternPool()
    const [a, b] = structuredClone(allRecords().slice(0, 2)).map((r) => compactRecord({ ...r, years: [2010, 2011] }, pool))
    expect(a!.years).toBe(b!.years)
    expect(() => { a!.years[0] = 2009 }).toThrow()
    expect(b!.years).toEqual([2010, 2011])
  })
})
