import { describe, expect, it } from 'vitest'
import { compactRecord, InternPool } from '../../src/domain/intern'
import { allRecords, PLACES_PATH } from './data/load'
import { readFileSync } from 'node:fs'
import { parseImport } from '../../src/domain/import'
import { parsePlaces } from '../../src/domain/places'

/** Rows like the bench's (tests/e2e/user-csv.mjs): park points over Wenshan, years spread. */
const userCsv = (n: number) => ['id,layer,name_zh,name_en,category,status,year_start,year_end,regions,lon,lat,source_ref',
  ...Array.from({ length: n }, (_, i) => `b${i},park,园${i},Park ${i},industrial-park,achieved,${2006 + (i % 10)},${Math.min(2015, 2006 + (i % 10) + (i % 3))},532600,${(103.6 + ((i * 7919) % 1000) / 1000).toFixed(3)},${(23.1 + ((i * 104729) % 700) / 1000).toFixed(3)},bench`)].join('\n')

describe('compactRecord (the page-side interning of imported records)', () => {
  it('leaves every record of the plan equal to what arrived, with repeated pieces shared and frozen', () => {
    const arrived = structuredClone(allRecords())
    const pool = new InternPool()
    const compacted = structuredClone(arrived).map((r) => compactRecord(r, pool))
    expect(compacted).toEqual(arrived)
    // Keys in the same order too: an export writes them so.
    expect(JSON.stringify(compacted)).toBe(JSON.stringify(arrived))
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
  it('imported CSV records (rebuilt as literals) stay equal, keys in order, and share their repeated pieces', () => {
    const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
    const result = parseImport('bench.csv', userCsv(300), { places, existing: [] })
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 2)))
    const arrived = structuredClone(result.records)
    const pool = new InternPool()
    const compacted = structuredClone(arrived).map((r) => compactRecord(r, pool))
    expect(compacted).toEqual(arrived)
    expect(JSON.stringify(compacted)).toBe(JSON.stringify(arrived))
    expect(compacted[1]!.source).toBe(compacted[0]!.source)
    expect(compacted[30]!.years).toBe(compacted[0]!.years)
    expect(compacted[1]!.category).toBe('industrial-park')
  })
  it('a shared value cannot be changed through one record', () => {
    const pool = new InternPool()
    const [a, b] = structuredClone(allRecords().slice(0, 2)).map((r) => compactRecord({ ...r, years: [2010, 2011] }, pool))
    expect(a!.years).toBe(b!.years)
    expect(() => { a!.years[0] = 2009 }).toThrow()
    expect(b!.years).toEqual([2010, 2011])
  })
})
