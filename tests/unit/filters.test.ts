import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, buildPredicate, buildRecordPredicate, codePrefix, isWithin, matchesTime, clearFilters, type FilterState } from '../../src/domain/filters'
import { visibleRecords, recordsBeforeTime, countByLayer, regionCount } from '../../src/domain/selectors'
import { FIXTURE, record } from './fixtures/records'

const ids = (state: Partial<FilterState>) => visibleRecords(FIXTURE, { ...DEFAULT_FILTERS, ...state }).map((r) => r.id)

describe('time predicate', () => {
  it.each([
    // [years, window, mode, expected]
    [[2006, 2010], [2010, 2010], 'active', true],
    [[2006, 2010], [2011, 2011], 'active', false],
    [[2011, 2015], [2010, 2010], 'active', false],
    [[2011, 2015], [2006, 2011], 'active', true],
    [[2006, 2010], [2012, 2012], 'cumulative', true],
    [[2011, 2015], [2010, 2010], 'cumulative', false],
  ] as const)('years %j in window %j (%s) -> %s', (years, window, mode, expected) => {
    expect(matchesTime({ years: [years[0], years[1]] }, window, mode)).toBe(expected)
  })
})

describe('region codes', () => {
  it.each([
    ['530000', '53'], ['532600', '5326'], ['653130', '653130'], ['500101', '500101'],
  ])('%s stands for prefix %s', (code, prefix) => expect(codePrefix(code)).toBe(prefix))
  it('a county lies within its prefecture and province, not in another', () => {
    expect(isWithin('653130', '653100')).toBe(true)
    expect(isWithin('653130', '650000')).toBe(true)
    expect(isWithin('653130', '540000')).toBe(false)
    expect(isWithin('653100', '653130')).toBe(false)
  })
})

describe('the predicate over fixtures', () => {
  it.each<[string, Partial<FilterState>, string[]]>([
    ['default year 2010', {}, ['xigaze-review', 'yunnan-review', 'guangzhou-office', 'guangzhou-cover-2010', 'council-taizhou']],
    ['2012 active', { year: 2012 }, ['kashgar-housing', 'guangzhou-office', 'guangzhou-cover-2010', 'council-taizhou']],
    ['2012 cumulative', { year: 2012, timeMode: 'cumulative' }, FIXTURE.map((r) => r.id)],
    ['span 2006-2015, aid only', { span: [2006, 2015], layers: ['aid'] }, ['xigaze-review', 'yunnan-review', 'kashgar-housing']],
    ['Yunnan province', { regions: ['530000'] }, ['yunnan-review']],
    ['Kashgar prefecture over all years', { regions: ['653100'], span: [2006, 2015] }, ['kashgar-housing']],
    ['planned only', { statuses: ['planned'], span: [2006, 2015] }, ['kashgar-housing']],
    ['category livelihood', { categories: ['livelihood'], span: [2006, 2015] }, ['kashgar-housing']],
    ['no layers', { layers: [] }, []],
  ])('%s', (_name, state, expected) => {
    expect(ids(state)).toEqual(expected)
  })

  it('records before time ignore the year but keep the other filters', () => {
    const state = { ...DEFAULT_FILTERS, year: 2006, regions: ['650000'] }
    expect(recordsBeforeTime(FIXTURE, state).map((r) => r.id)).toEqual(['kashgar-housing'])
    expect(buildPredicate(state)(FIXTURE[2]!)).toBe(false)
  })

  it('clear all resets filters but keeps the year', () => {
    const cleared = clearFilters({ ...DEFAULT_FILTERS, year: 2013, regions: ['530000'], statuses: ['planned'], categories: ['x'], layers: ['aid'] })
    expect(cleared).toEqual({ ...DEFAULT_FILTERS, year: 2013 })
  })

  it('counts by layer and regions', () => {
    expect(countByLayer(FIXTURE)).toEqual({ aid: 3, park: 0, waterway: 0, office: 1, coverage: 1, cooperation: 1 })
    expect(regionCount(FIXTURE.slice(0, 2))).toBe(5)
  })
})

describe('records sharing an area', () => {
  it('lists the other records of the same layer over the same regions', async () => {
    const { sameAreaRecords } = await import('../../src/domain/selectors')
    const { record } = await import('./fixtures/records')
    const a = record({ id: 'a', regions: ['653130', '653125'] })
    const b = record({ id: 'b', regions: ['653125', '653130'] })
    const c = record({ id: 'c', regions: ['653130'] })
    const d = record({ id: 'd', layer: 'park', regions: ['653130', '653125'] })
    expect(sameAreaRecords(a, [a, b, c, d]).map((r) => r.id)).toEqual(['b'])
  })
})

describe('hiding approximate places', () => {
  const chosen = record({ id: 'chosen', locationPrecision: 'chosen' })
  const schematic = record({ id: 'schematic', layer: 'waterway', locationPrecision: 'schematic-line', geometryIsSchematic: true })
  const stated = record({ id: 'stated', locationPrecision: 'stated-group' })
  const county = record({ id: 'county', locationPrecision: 'county' })
  const imported = record({ id: 'imported' })
  const all = [chosen, schematic, stated, county, imported]
  const passing = (hideApproximate: boolean) =>
    all.filter(buildRecordPredicate({ categories: [], statuses: [], regions: [], hideApproximate })).map((r) => r.id)

  it('keeps every record when off', () => {
    expect(passing(false)).toEqual(['chosen', 'schematic', 'stated', 'county', 'imported'])
  })

  it('leaves out places chosen by the atlas and schematic lines when on, keeping stated groups and unstated imports', () => {
    expect(passing(true)).toEqual(['stated', 'county', 'imported'])
  })

  it('is part of the full predicate and of clear all', () => {
    const state: FilterState = { ...DEFAULT_FILTERS, hideApproximate: true }
    expect(all.filter(buildPredicate({ ...state, layers: ['aid', 'waterway'] })).map((r) => r.id)).toEqual(['stated', 'county', 'imported'])
    expect(clearFilters(state).hideApproximate).toBe(false)
  })
})
