import { describe, expect, it } from 'vitest'
import { search, normalise, zoomFor } from '../../../src/domain/search'
import { buildDossier, touches } from '../../../src/domain/dossier'
import { compareByLayer, compareByProvince, DEFAULT_COMPARE } from '../../../src/domain/compare'

const NO_TOTALS: ReadonlySet<string> = new Set()
import type { Place, Places } from '../../../src/domain/places'
import { FIXTURE, record } from '../fixtures/records'

const place = (zh: string, en: string, level: Place['level'], parent: string | null): Place => ({ zh, en, level, parent, label: [1, 2], center: [1, 2] })
const PLACES: Places = new Map([
  ['650000', place('新疆维吾尔自治区', 'Xinjiang', 'province', null)],
  ['653100', place('喀什地区', 'Kashgar', 'prefecture', '650000')],
  ['653130', place('巴楚县', 'Bachu', 'county', '653100')],
  ['540200', place('日喀则市', 'Xigaze', 'prefecture', '540000')],
])

describe('search', () => {
  it('normalises case, width and separators', () => {
    expect(normalise(' Xi-Gaze ')).toBe('xigaze')
    expect(normalise('ＫＡＳＨＧＡＲ')).toBe('kashgar')
  })
  it('finds places and records in Chinese and English, exact and larger units first', () => {
    expect(search('喀什', PLACES, FIXTURE).map((h) => (h.kind === 'place' ? h.code : h.id))).toEqual(['653100'])
    expect(search('kash', PLACES, FIXTURE).map((h) => (h.kind === 'place' ? h.code : h.id))).toEqual(['653100', 'kashgar-housing'])
    expect(search('xigaze', PLACES, FIXTURE).map((h) => h.kind)).toEqual(['place', 'record'])
    expect(search('   ', PLACES, FIXTURE)).toEqual([])
    expect(zoomFor('county')).toBeGreaterThan(zoomFor('prefecture'))
  })
})

describe('dossier', () => {
  it('a record touches a unit it lies in or that it covers', () => {
    expect(touches({ regions: ['653130'] }, '653100')).toBe(true)
    expect(touches({ regions: ['650000'] }, '653130')).toBe(true)
    expect(touches({ regions: ['540200'] }, '653100')).toBe(false)
  })
  it('sums figures per period only for records inside the unit and the period; crossing spans get their own row', () => {
    const records = [
      ...FIXTURE,
      record({ id: 'kashgar-total', regions: ['653100'], metrics: { fundsCny: 500 }, years: [2006, 2010] }),
      record({ id: 'bachu-cross', regions: ['653130'], metrics: { fundsCny: 70, projects: 2 }, years: [2010, 2015] }),
      record({ id: 'xinjiang-wide', regions: ['650000'], metrics: { fundsCny: 9 }, years: [2011, 2015] }),
      record({ id: 'park', layer: 'park', category: 'industrial-park', regions: ['653130'], years: [2012, 2015] }),
      record({ id: 'office-x', layer: 'office', category: 'liaison-office', regions: ['650100'], years: [2006, 2015] }),
      record({ id: 'cover-x', layer: 'coverage', category: 'liaison-region', regions: ['650000'], years: [2009, 2015], office: 'office-x' }),
    ]
    const d = buildDossier(records, '653100')
    expect(d.records.map((r) => r.id).sort()).toEqual(['bachu-cross', 'cover-x', 'kashgar-housing', 'kashgar-total', 'park', 'xinjiang-wide'])
    expect(d.aidByPeriod.map((p) => [p.span, p.crossing, p.funds, p.projects, p.wider.map((r) => r.id)])).toEqual([
      [[2006, 2010], false, 500, 0, []],
      [[2011, 2015], false, 0, 0, ['xinjiang-wide']],
      [[2010, 2015], true, 70, 2, []],
    ])
    expect(d.parks.map((r) => r.id)).toEqual(['park'])
    expect(d.years.find((y) => y.year === 2008)!.offices).toEqual([])
    expect(d.years.find((y) => y.year === 2009)!.offices.map((o) => o.id)).toEqual(['office-x'])
  })
})

describe('compare', () => {
  it('2006–2010 against 2011–2015 by layer: records, funds, projects and B − A', () => {
    const rows = compareByLayer(FIXTURE, DEFAULT_COMPARE[0], DEFAULT_COMPARE[1], NO_TOTALS)
    const aid = rows.find((r) => r.key === 'aid')!
    expect(aid.a).toEqual({ records: 2, funds: 1482000000, projects: 2134, parts: [{ kind: 'aid', funds: 1482000000, projects: 2134 }] })
    expect(aid.b).toEqual({ records: 1, funds: 0, projects: 0, parts: [] })
    expect(aid.diff).toEqual({ records: -1, funds: -1482000000, projects: -2134, parts: [{ kind: 'aid', funds: -1482000000, projects: -2134 }] })
    expect(rows.find((r) => r.key === 'coverage')!.a.records).toBe(1)
    expect(rows.map((r) => r.key)).toEqual(['aid', 'office', 'coverage', 'cooperation'])
  })
  it('a figure crossing the periods is counted as a record but not added', () => {
    const rows = compareByLayer([record({ id: 'x', years: [2010, 2015], metrics: { fundsCny: 7 } })], [2006, 2010], [2011, 2015], NO_TOTALS)
    expect(rows[0]).toMatchObject({ crossing: 1, a: { records: 1, funds: 0 }, b: { records: 1, funds: 0 } })
  })
  it('two single years by province', () => {
    const rows = compareByProvince(FIXTURE, [2010, 2010], [2011, 2011], NO_TOTALS)
    expect(rows.find((r) => r.key === '440000')).toMatchObject({ a: { records: 2 }, b: { records: 2 }, diff: { records: 0 } })
    expect(rows.find((r) => r.key === '540000')).toMatchObject({ a: { records: 1 }, b: { records: 0 } })
  })
})
