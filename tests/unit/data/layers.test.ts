import { describe, expect, it } from 'vitest'
import { LAYER_IDS, checkReferences, checkRegions, checkUniqueIds, formatIssue } from '../../../src/domain/schema'
import { FIRST_YEAR, LAST_YEAR } from '../../../src/domain/time'
import { allRecords, isResearched, layerFiles, parseFile, placeCodes } from './load'

describe('geo/layers', () => {
  it('has exactly one file per layer', () => {
    expect(layerFiles()).toEqual(LAYER_IDS.map((l) => `${l}.geojson`).sort())
  })

  it.each(LAYER_IDS.map((l) => `${l}.geojson`))('%s parses with the app schema', (file) => {
    const r = parseFile(file)
    const messages = r.ok ? [] : r.errors.map(formatIssue)
    expect(messages).toEqual([])
    if (r.ok) {
      expect(r.records.length).toBeGreaterThan(0)
      for (const rec of r.records) expect(`${rec.layer}.geojson`).toBe(file)
    }
  })

  it('ids are unique across files and cross-references resolve', () => {
    const all = allRecords()
    expect(checkUniqueIds(all).map(formatIssue)).toEqual([])
    expect(checkReferences(all).map(formatIssue)).toEqual([])
  })

  it('every regions code exists in geo/basemap/places.json', () => {
    const codes = placeCodes()
    expect(codes, 'geo/basemap/places.json is missing').toBeDefined()
    if (codes) expect(checkRegions(allRecords(), codes).map(formatIssue)).toEqual([])
  })

  it('years lie within 2006–2015 with start <= end', () => {
    for (const r of allRecords()) {
      const [a, b] = r.years
      expect(Number.isInteger(a) && Number.isInteger(b), r.id).toBe(true)
      expect(a, r.id).toBeGreaterThanOrEqual(FIRST_YEAR)
      expect(b, r.id).toBeLessThanOrEqual(LAST_YEAR)
      expect(a, r.id).toBeLessThanOrEqual(b)
    }
  })

  it('every record has a source; researched records have a URL and a confidence', () => {
    for (const r of allRecords()) {
      expect(r.source.ref.trim().length, r.id).toBeGreaterThan(0)
      if (isResearched(r)) {
        expect(r.source.url, r.id).toMatch(/^https?:\/\//)
        expect(r.source.confidence, r.id).toBeDefined()
      }
    }
  })

  it('plan records are marked as plan records and carry no researched confidence', () => {
    for (const r of allRecords().filter((x) => !isResearched(x))) {
      expect(r.source.ref, r.id).toMatch(/^plan \d\.\d/)
      expect(r.source.confidence, r.id).toBeUndefined()
    }
  })

  it('status follows the source: part one achieved, part four planned', () => {
    for (const r of allRecords()) {
      if (/^plan 1\./.test(r.source.ref) && !isResearched(r)) expect(r.status, r.id).toBe('achieved')
      if (/^plan 4\./.test(r.source.ref) && !isResearched(r)) {
        expect(r.status, r.id).toBe('planned')
        expect(r.years, r.id).toEqual([2011, 2015])
        expect(r.metrics, r.id).toEqual({})
      }
    }
  })

  it('has zh and en names and summaries written by hand (no empty or identical pairs)', () => {
    for (const r of allRecords()) {
      expect(r.name.zh, r.id).not.toBe(r.name.en)
      expect(r.name.zh, r.id).toMatch(/[\u4e00-\u9fff]/)
      expect(r.name.en, r.id).toMatch(/[A-Za-z]/)
      if (r.summary) {
        expect(r.summary.zh, r.id).toMatch(/[\u4e00-\u9fff]/)
        expect(r.summary.en, r.id).toMatch(/[A-Za-z]/)
      }
    }
  })

  it('Point geometries of region records are flagged as region label points', () => {
    for (const r of allRecords()) {
      if (r.geometry.type === 'Point' && r.layer !== 'office' && r.layer !== 'waterway' && r.layer !== 'park') {
        expect(r.pointIsRegionLabel, r.id).toBe(true)
      }
    }
  })

  it('moreThan names only metrics the record has, and nothing is stored as 0 for unknown', () => {
    for (const r of allRecords()) {
      for (const k of r.moreThan ?? []) expect(r.metrics[k], `${r.id} ${k}`).toBeDefined()
      for (const [k, v] of Object.entries(r.metrics)) expect(v, `${r.id} ${k}`).toBeGreaterThan(0)
    }
  })

  it('coverage records of one office do not overlap in time', () => {
    const cov = allRecords().filter((r) => r.layer === 'coverage')
    for (const a of cov) {
      for (const b of cov) {
        if (a === b || a.office !== b.office) continue
        const overlap = a.years[0] <= b.years[1] && b.years[0] <= a.years[1]
        expect(overlap, `${a.id} / ${b.id}`).toBe(false)
      }
    }
  })
})
