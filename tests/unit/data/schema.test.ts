import { describe, expect, it } from 'vitest'
import {
  CATEGORIES,
  checkRegions,
  checkUniqueIds,
  formatIssue,
  parseLayerFile,
  parseLayerText,
} from '../../../src/domain/schema'
import type { ParseIssue } from '../../../src/domain/schema'
import { fixtureText } from './load'

const issuesOf = (r: ReturnType<typeof parseLayerFile>): ParseIssue[] => (r.ok ? [] : r.errors)

describe('parseLayerText: good fixture', () => {
  const r = parseLayerText('good.geojson', fixtureText('good.geojson'))

  it('parses every feature into a flat record', () => {
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.records.map((x) => x.id)).toEqual(['aid-xigaze-2006-2010', 'waterway-estuary-channel-phase-3', 'aid-script-name'])
    const x = r.records[0]
    expect(x).toMatchObject({
      id: 'aid-xigaze-2006-2010',
      layer: 'aid',
      category: 'overall',
      status: 'achieved',
      years: [2006, 2010],
      regions: ['540200'],
      metrics: { fundsCny: 627000000, projects: 331 },
      source: { ref: 'plan 1.1' },
      pointIsRegionLabel: true,
      geometry: { type: 'Point', coordinates: [87.434, 29.131] },
    })
    expect(r.records[1]?.geometry.type).toBe('LineString')
  })

  it('keeps markup in names as plain text, unchanged (the app never renders it as HTML)', () => {
    if (!r.ok) throw new Error('good fixture must parse')
    const s = r.records[2]
    expect(s?.name.zh).toBe('<script>alert(1)</script>')
    expect(s?.name.en).toBe('<img src=x onerror=alert(1)> & "quotes"')
    expect(JSON.parse(JSON.stringify(s?.name))).toEqual(s?.name)
  })
})

describe('parseLayerText: bad features', () => {
  const r = parseLayerText('bad.geojson', fixtureText('bad-features.geojson'))
  const issues = issuesOf(r)
  const find = (featureId: string | undefined, field: string, index?: number) =>
    issues.filter((i) => i.featureId === featureId && i.field === field && (index === undefined || i.featureIndex === index))

  it('fails as a whole: no partial result even though one feature is good', () => {
    expect(r.ok).toBe(false)
    expect('records' in r).toBe(false)
  })

  it.each([
    ['bad-types', 'years.0', /expected number/],
    ['bad-types', 'metrics.fundsCny', /expected number/],
    ['bad-missing-source', 'source', /expected object/],
    ['bad-category', 'category', /"housing" is not a category of layer "aid"/],
    ['bad-year-2005', 'years.0', /2006 or later/],
    ['bad-year-2016', 'years.1', /2015 or earlier/],
    ['bad-start-after-end', 'years', /start 2011 is after end 2010/],
    ['bad-region-code', 'regions.0', /6-digit/],
    ['bad-metric-key', 'metrics', /unknown key\(s\): fundCny/],
    ['bad-url', 'source.url', /http\(s\) URL/],
    ['bad-geometry', 'geometry.coordinates.0', /180/],
    ['Bad_Id', 'id', /kebab-case/],
  ])('%s: %s', (featureId, field, message) => {
    const found = find(featureId, field)
    expect(found.length, `${featureId} ${field} in\n${issues.map(formatIssue).join('\n')}`).toBeGreaterThan(0)
    expect(found.map((i) => i.message).join(' | ')).toMatch(message)
    for (const i of found) expect(i.file).toBe('bad.geojson')
  })

  it('a numeric id is reported by index', () => {
    const found = issues.filter((i) => i.featureIndex === 10 && i.field === 'id')
    expect(found.length).toBe(1)
    expect(found[0]?.featureId).toBeUndefined()
  })

  it('reports nothing for the good feature', () => {
    expect(find('good-one-in-a-bad-file', 'years').length).toBe(0)
    expect(issues.filter((i) => i.featureIndex === 9)).toEqual([])
  })

  it('lists every bad feature', () => {
    const bad = new Set(issues.map((i) => i.featureIndex))
    expect([...bad].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12])
  })
})

describe('formatIssue', () => {
  it('names file, feature, index and field', () => {
    expect(
      formatIssue({ file: 'aid.geojson', featureIndex: 3, featureId: 'aid-xigaze-2006-2010', field: 'years', message: 'start 2011 is after end 2010' }),
    ).toBe('aid.geojson: feature "aid-xigaze-2006-2010" (#3): years: start 2011 is after end 2010')
    expect(formatIssue({ file: 'a.geojson', featureIndex: 0, field: 'id', message: 'm' })).toBe('a.geojson: feature #0: id: m')
    expect(formatIssue({ file: 'a.geojson', field: '(file)', message: 'm' })).toBe('a.geojson: (file): m')
  })
})

describe('structural failures never throw', () => {
  it('duplicate ids within a file', () => {
    const issues = issuesOf(parseLayerText('dup.geojson', fixtureText('duplicate-ids.geojson')))
    expect(issues).toEqual([
      { file: 'dup.geojson', featureIndex: 1, featureId: 'aid-xigaze-2006-2010', field: 'id', message: 'duplicate id "aid-xigaze-2006-2010" (first used by feature #0)' },
    ])
  })

  it('broken JSON text', () => {
    const issues = issuesOf(parseLayerText('broken.geojson', fixtureText('broken.geojson')))
    expect(issues.length).toBe(1)
    expect(issues[0]?.field).toBe('(file)')
    expect(issues[0]?.message).toMatch(/not valid JSON/)
  })

  it('a single Feature instead of a FeatureCollection', () => {
    const issues = issuesOf(parseLayerText('one.geojson', fixtureText('not-a-collection.geojson')))
    expect(issues.some((i) => i.field === 'type' && /FeatureCollection/.test(i.message))).toBe(true)
    expect(issues.some((i) => i.field === 'features')).toBe(true)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'FeatureCollection'],
    ['an array', []],
    ['features not an array', { type: 'FeatureCollection', features: {} }],
    ['features of null', { type: 'FeatureCollection', features: [null, 1, 'x', []] }],
  ])('%s', (_label, input) => {
    const r = parseLayerFile('x.geojson', input)
    expect(r.ok).toBe(false)
    expect(issuesOf(r).length).toBeGreaterThan(0)
  })

  it('deeply nested input', () => {
    let deep: unknown = [87, 29]
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const r = parseLayerFile('deep.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Point', coordinates: deep } }] })
    expect(r.ok).toBe(false)
    expect(() => parseLayerText('deep.json', '['.repeat(500_000) + ']'.repeat(500_000))).not.toThrow()
  })

  it('huge input gives a bounded report', () => {
    const features = Array.from({ length: 20_000 }, (_, i) => ({ type: 'Feature', id: `f-${i}`, properties: null, geometry: null }))
    const r = parseLayerFile('huge.geojson', { type: 'FeatureCollection', features })
    expect(r.ok).toBe(false)
    const issues = issuesOf(r)
    expect(issues.length).toBeLessThanOrEqual(201)
    expect(issues.at(-1)?.message).toMatch(/more issue\(s\) not listed/)
  })

  it('an empty collection is valid (and empty)', () => {
    expect(parseLayerFile('e.geojson', { type: 'FeatureCollection', features: [] })).toEqual({ ok: true, records: [] })
  })
})

describe('checks across files', () => {
  const good = parseLayerText('good.geojson', fixtureText('good.geojson'))
  if (!good.ok) throw new Error('good fixture must parse')

  it('checkUniqueIds finds an id used in two files', () => {
    const again = good.records.map((r) => ({ ...r }))
    const issues = checkUniqueIds([...good.records, ...again])
    expect(issues.length).toBe(3)
    expect(issues[0]?.field).toBe('id')
  })

  it('checkRegions finds codes missing from the basemap', () => {
    const issues = checkRegions(good.records, new Set(['540200']))
    expect(issues).toEqual([
      { file: 'waterway.geojson', featureId: 'waterway-estuary-channel-phase-3', field: 'regions.0', message: 'region code 310000 is not in the basemap' },
    ])
  })

  it('every layer has categories', () => {
    for (const list of Object.values(CATEGORIES)) expect(list.length).toBeGreaterThan(0)
  })
})
