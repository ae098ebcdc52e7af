/** geo/layers is generated: the committed files are exactly what `npm run build:layers` writes. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../../../src/domain/schema'
import type { Position } from '../../../src/domain/schema'
import { buildRecords, codeLevel, derivedDatePrecision, serialize, yangtzeStem } from '../../../scripts/build-layers'
import type { Place } from '../../../scripts/build-layers'
import { drafts } from '../../../scripts/data/index'
import { LAYER_DIR, PLACES_PATH } from './load'

describe('build:layers', () => {
  const places = new Map(Object.entries(JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as Record<string, Place>))
  const { records, problems } = buildRecords(drafts, places, yangtzeStem())

  it('finds a label point for every region record', () => {
    expect(problems).toEqual([])
  })

  it.each(LAYER_IDS)('geo/layers/%s.geojson is up to date (run npm run build:layers)', (layer) => {
    const text = readFileSync(join(LAYER_DIR, `${layer}.geojson`), 'utf8')
    expect(text).toBe(serialize(records.filter((r) => r.layer === layer)))
  })

  it('precision read off a region record: its code\'s level, or a group', () => {
    expect([codeLevel('110000'), codeLevel('440300'), codeLevel('500101')]).toEqual(['province', 'prefecture', 'county'])
    for (const r of records) {
      if (!r.pointIsRegionLabel || r.locationPrecision === 'chosen') continue
      expect(r.locationPrecision, r.id).toBe(r.regions.length > 1 ? 'stated-group' : codeLevel(r.regions[0] ?? ''))
    }
  })

  it('a plan task or a multi-year figure is dated by its span; a single year is a year', () => {
    const draft = drafts.find((d) => d.id === 'aid-xigaze-2006-2010')!
    expect(derivedDatePrecision(draft)).toBe('span')
    expect(derivedDatePrecision({ ...draft, years: [2008, 2008] })).toBe('year')
    expect(derivedDatePrecision({ ...draft, source: { ref: 'researched: x', url: 'https://x.org', confidence: 'weak' }, metrics: {} })).toBe('year')
  })

  it('region points are the label point of the first region', () => {
    for (const r of records) {
      if (!r.pointIsRegionLabel) continue
      const code = r.regions[0] ?? ''
      const label = places.get(code)?.label as Position | undefined
      expect(r.geometry, r.id).toEqual({ type: 'Point', coordinates: label?.map((n) => Math.round(n * 1e6) / 1e6) })
    }
  })
})
