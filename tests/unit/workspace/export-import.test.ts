import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { csvParse } from 'd3-dsv'
import { toCsv, toGeoJson, CSV_COLUMNS } from '../../../src/domain/export'
import { parseImport, formatImportIssue, USER_PREFIX, type ImportContext } from '../../../src/domain/import'
import { parseLayerFile, type AtlasRecord } from '../../../src/domain/schema'
import { parsePlaces } from '../../../src/domain/places'
import { FIXTURE, record } from '../fixtures/records'
import { PLACES_PATH, ROOT } from '../data/load'

const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
const ctx: ImportContext = { places, existing: FIXTURE }
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/import', name), 'utf8')
const unprefix = (r: AtlasRecord): AtlasRecord => {
  const out = { ...r, id: r.id.slice(USER_PREFIX.length) }
  if (r.office) out.office = r.office.slice(USER_PREFIX.length)
  return out
}
const withLine = record({
  id: 'waterway-line', layer: 'waterway', category: 'channel', regions: ['320100'], metrics: { depthM: 12.5, lengthKm: 283 },
  geometry: { type: 'LineString', coordinates: [[118.8, 32.1], [120.3, 31.9]] }, geometryIsSchematic: true,
  summary: { zh: '含"引号", 逗号', en: 'with "quotes", commas\nand a line break' }, source: { ref: 'researched: x', url: 'https://example.org/a', confidence: 'weak' },
  statedSpan: [2006, 2010], moreThan: ['lengthKm'], locationPrecision: 'schematic-line', datePrecision: 'span',
  regionsSource: { ref: 'researched: y', url: 'https://example.org/b', confidence: 'confirmed' },
})
// Points at their first region's label point: an import refuses a point far from its region.
const atLabel = (r: AtlasRecord): AtlasRecord => {
  const label = places.get(r.regions[0]!)!.label
  return r.geometry.type === 'Point' ? { ...r, geometry: { type: 'Point', coordinates: [label[0], label[1]] } } : r
}
const ALL = [...FIXTURE.map(atLabel), withLine]

describe('exports round-trip', () => {
  it('GeoJSON of the records parses back to the same records with the app schema', () => {
    const parsed = parseLayerFile('export.geojson', JSON.parse(JSON.stringify(toGeoJson(ALL))))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.records).toEqual(ALL)
  })
  it('CSV has a header and one row per record, and imports back to the same records', () => {
    const csv = toCsv(ALL)
    const rows = csvParse(csv)
    expect(rows.columns).toEqual([...CSV_COLUMNS])
    expect(rows.length).toBe(ALL.length)
    expect(rows[0]).toMatchObject({ id: 'xigaze-review', fundsCny: '627000000', projects: '331', regions: '540200', year_start: '2006' })
    const back = parseImport('export.csv', csv, { places, existing: [] })
    if (!back.ok) throw new Error(back.issues.map((i) => formatImportIssue(i)).join('\n'))
    expect(back.records.map(unprefix)).toEqual(ALL)
  })
})

describe('import', () => {
  it('a good CSV (lon/lat, or a region code) becomes user records with the user prefix', () => {
    const r = parseImport('good.csv', fixture('good.csv'), ctx)
    if (!r.ok) throw new Error(r.issues.map((i) => formatImportIssue(i)).join('\n'))
    expect(r.records.map((x) => x.id)).toEqual(['user-yunnan-school', 'user-kashgar-clinic'])
    expect(r.records[0]).toMatchObject({ layer: 'aid', years: [2008, 2012], metrics: { fundsCny: 1200000, projects: 1 }, geometry: { type: 'Point', coordinates: [104.2, 23.4] } })
    expect(r.records[0]!.summary).toEqual({ zh: '自己的记录', en: 'my own record' })
    expect(r.records[1]!.summary).toBeUndefined()
    expect(r.records[1]).toMatchObject({ pointIsRegionLabel: true, geometry: { type: 'Point', coordinates: places.get('653101')!.label.map((v) => Math.round(v * 1e6) / 1e6) } })
  })
  it('a good GeoJSON is accepted', () => {
    const r = parseImport('good.geojson', fixture('good.geojson'), ctx)
    expect(r.ok && r.records.map((x) => x.id)).toEqual(['user-my-park'])
  })
  it('a bad CSV lists every problem by row and field, and accepts nothing', () => {
    const r = parseImport('bad.csv', fixture('bad.csv'), ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const lines = r.issues.map((i) => formatImportIssue(i))
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^row 2 \(user-wrong-type\): metrics\.fundsCny: .*number/),
      expect.stringMatching(/^row 3 \(user-missing-name\): name\.zh: /),
      'row 4 (user-bad-code): regions.0: region code 999999 is not in the basemap',
      'row 5 (user-too-early): years.0: year must be 2006 or later (found 2001)',
      'row 6 (user-markup): name.zh: contains HTML markup; the atlas shows text only, remove the tags',
    ]))
    expect(r.issues.every((i) => i.row !== undefined)).toBe(true)
    expect('records' in r).toBe(false)
  })
  it('a bad GeoJSON lists wrong types, years outside 2006–2015, missing fields and markup by feature', () => {
    const r = parseImport('bad.geojson', fixture('bad.geojson'), ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const lines = r.issues.map((i) => formatImportIssue(i))
    expect(lines).toEqual(expect.arrayContaining([
      'feature #1 (user-late): years.1: year must be 2015 or earlier (found 2020)',
      expect.stringMatching(/^feature #1 \(user-late\): metrics\.areaKm2: .*number/),
      expect.stringMatching(/^feature #2 \(user-no-layer\): layer: /),
      'feature #2 (user-no-layer): name.en: contains HTML markup; the atlas shows text only, remove the tags',
    ]))
    expect(lines.some((l) => l.startsWith('feature #0'))).toBe(false)
  })
  it('a blank line inside a CSV does not shift the row numbers reported', () => {
    const [header, , second] = fixture('bad.csv').split('\n')
    const r = parseImport('gap.csv', `${header}\n\n${second}\n`, ctx)
    expect(r.ok === false && r.issues.map((i) => i.row)).toEqual([3])
  })
  it('broken JSON and broken CSV are reported, not thrown', () => {
    const json = parseImport('broken.geojson', fixture('broken.geojson'), ctx)
    expect(json.ok === false && json.issues[0]!.message).toMatch(/^is not valid JSON/)
    const csv = parseImport('broken.csv', fixture('broken.csv'), ctx)
    expect(csv.ok).toBe(false)
    if (!csv.ok) expect(csv.issues.length).toBeGreaterThan(0)
    expect(parseImport('x.csv', '', ctx).ok).toBe(false)
    expect(parseImport('x.json', 'null', ctx).ok).toBe(false)
  })
  it('an id already loaded is refused; a coverage record must name a loaded office', () => {
    const first = parseImport('good.geojson', fixture('good.geojson'), ctx)
    if (!first.ok) throw new Error('good')
    const again = parseImport('good.geojson', fixture('good.geojson'), { places, existing: [...FIXTURE, ...first.records] })
    expect(again.ok === false && again.issues.map((i) => formatImportIssue(i))).toEqual(['feature #0 (user-my-park): id: id "user-my-park" is already loaded; remove the earlier file first or rename'])
    const coverage = toCsv([record({ id: 'c', layer: 'coverage', category: 'liaison-region', regions: ['440000'], office: 'nowhere', geometry: { type: 'Point', coordinates: [113.4, 23.3] } })])
    const r = parseImport('c.csv', coverage, ctx)
    expect(r.ok === false && r.issues.map((i) => i.field)).toEqual(['office'])
  })
})

describe('CSV export: formula injection (OWASP)', () => {
  const risky = ['=HYPERLINK("http://x.test","click")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1']
  it('prefixes every formula-leading cell with \' and quotes it; plain numbers stay numbers', () => {
    const rows = risky.map((name, i) => record({ id: `r${i}`, name: { zh: name, en: 'ok' }, geometry: { type: 'Point', coordinates: [87.4335, 29.1308] } }))
    const csv = toCsv(rows)
    for (const name of risky) expect(csv).toContain(`"'${name.replace(/"/g, '""')}"`)
    // no line of the file has a cell that starts with a formula character outside the quoted, prefixed form
    for (const line of csv.split('\n').slice(1)) expect(line.split(',').some((cell) => /^[=+@]/.test(cell))).toBe(false)
    expect(toCsv([record({ id: 'n', geometry: { type: 'Point', coordinates: [-1.5, 29.1] } })])).toMatch(/,-1\.5,29\.1,/)
  })
  it('the import takes the prefix off again: the names round-trip', () => {
    const rows = risky.slice(0, 4).map((name, i) => record({ id: `r${i}`, name: { zh: name, en: 'ok' }, geometry: { type: 'Point', coordinates: [87.4335, 29.1308] } }))
    const back = parseImport('risky.csv', toCsv(rows), { places, existing: [] })
    if (!back.ok) throw new Error(back.issues.map((i) => formatImportIssue(i)).join('\n'))
    expect(back.records.map((r) => r.name.zh)).toEqual(risky.slice(0, 4))
  })
})
