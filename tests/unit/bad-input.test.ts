// The bad-input corpus (tests/fixtures/bad/*.geojson) through the app's own loader for layer files,
// validateLayerSet (src/domain/layer-set.ts), exactly as src/data/layers.ts calls it. Each file must
// give a clear error naming the file and the place (feature index or id, and field); nothing may throw, and no
// record of a bad file is returned (no partial result). Huge and deeply nested inputs are generated here.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  MAX_ISSUES_PER_FILE, formatIssue, type ParseIssue, type ParseResult,
} from '../../src/domain/schema'
import { validateLayerSet } from '../../src/domain/layer-set'
import { decodeTextFile, firstInvalidUtf8 } from '../../src/domain/decode-text'
import { ROOT, placeCodes } from './data/load'

const BAD = join(ROOT, 'tests/fixtures/bad')
const known = placeCodes() ?? new Set<string>()

/** The app's loader (src/data/layers.ts) with one file: its records if accepted, else every problem. */
function loadLayerFile(name: string, content: unknown): ParseResult {
  const set = validateLayerSet([{ name, content }], known)
  if (set.leftOut.length === 0) return { ok: true, records: set.records }
  expect(set.records).toEqual([])
  return { ok: false, errors: set.problems }
}

interface Expect {
  /** Feature index, when the issue is about one feature (undefined = about the file). */
  at?: number
  id?: string
  field: string
  message: RegExp
}

const file = (message: RegExp, field = '(file)'): Expect => ({ field, message })

/** Every fixture, the issue(s) it must produce. More issues may be listed; these must be among them. */
const CASES: Record<string, Expect[]> = {
  // broken JSON and the wrong top level
  'json-truncated.geojson': [file(/is not valid JSON/)],
  'json-trailing-comma.geojson': [file(/is not valid JSON/)],
  'json-single-quotes.geojson': [file(/is not valid JSON/)],
  'json-html-page.geojson': [file(/is not valid JSON/)],
  'json-empty.geojson': [file(/is not valid JSON/)],
  'json-top-array.geojson': [file(/expected a GeoJSON FeatureCollection object, got an array/)],
  'json-top-null.geojson': [file(/got null/)],
  'top-not-featurecollection.geojson': [file(/expected "FeatureCollection", got "Feature"/, 'type')],
  'top-features-not-array.geojson': [file(/expected an array of Features/, 'features')],
  'feature-not-object.geojson': [
    { at: 1, field: '(feature)', message: /expected a GeoJSON Feature object, got string/ },
    { at: 2, field: '(feature)', message: /got null/ },
  ],
  // geometry
  'geometry-null.geojson': [{ at: 0, id: 'aid-test-1', field: 'geometry', message: /received null/ }],
  'geometry-collection.geojson': [{ at: 0, id: 'aid-test-1', field: 'geometry.type', message: /invalid/i }],
  'geometry-multipoint.geojson': [{ at: 0, id: 'aid-test-1', field: 'geometry.type', message: /invalid/i }],
  'coords-strings.geojson': [
    { at: 0, id: 'aid-test-1', field: 'geometry.coordinates.0', message: /expected number, received string/ },
    { at: 0, id: 'aid-test-1', field: 'geometry.coordinates.1', message: /expected number, received string/ },
  ],
  'coords-lon-out-of-range.geojson': [{ at: 1, id: 'aid-test-2', field: 'geometry.coordinates.0', message: /<=180/ }],
  'coords-lat-out-of-range.geojson': [{ at: 0, id: 'aid-test-1', field: 'geometry.coordinates.1', message: />=-90/ }],
  'coords-swapped-3d.geojson': [{ at: 0, id: 'aid-test-1', field: 'geometry.coordinates', message: /2 items/ }],
  'ring-not-closed.geojson': [{ at: 0, id: 'aid-test-1', field: 'geometry.coordinates.0', message: /ring must be closed/ }],
  'line-one-position.geojson': [{ at: 0, id: 'aid-test-1', field: 'geometry.coordinates', message: /at least 2 positions/ }],
  // years
  'year-too-early.geojson': [{ at: 0, id: 'aid-test-1', field: 'years.0', message: /2006 or later/ }],
  'year-too-late.geojson': [{ at: 0, id: 'aid-test-1', field: 'years.1', message: /2015 or earlier/ }],
  'year-reversed.geojson': [{ at: 0, id: 'aid-test-1', field: 'years', message: /start 2012 is after end 2008/ }],
  'year-fractional.geojson': [{ at: 0, id: 'aid-test-1', field: 'years.0', message: /expected int/ }],
  'year-string.geojson': [{ at: 0, id: 'aid-test-1', field: 'years.0', message: /received string/ }],
  // regions and ids
  'region-unknown-code.geojson': [{ id: 'aid-test-2', field: 'regions.1', message: /999999 is not in the basemap/ }],
  'region-bad-format.geojson': [{ at: 0, id: 'aid-test-1', field: 'regions.0', message: /6-digit GB\/T 2260 code/ }],
  'ids-duplicate.geojson': [{ at: 2, id: 'aid-test-1', field: 'id', message: /duplicate id "aid-test-1" \(first used by feature #0\)/ }],
  'id-number.geojson': [{ at: 0, field: 'id', message: /expected string, received number/ }],
  'id-missing.geojson': [{ at: 0, field: 'id', message: /expected string, received undefined/ }],
  // units
  'units-funds-yi-string.geojson': [{ at: 0, id: 'aid-test-1', field: 'metrics.fundsCny', message: /expected number, received string/ }],
  'units-count-negative.geojson': [{ at: 0, id: 'aid-test-1', field: 'metrics.projects', message: />=0/ }],
  'units-count-fractional.geojson': [{ at: 0, id: 'aid-test-1', field: 'metrics.projects', message: /expected int/ }],
  // 1e400 parses to Infinity (zod's wording, "expected number, received number", is poor but names the field)
  'units-funds-overflow.geojson': [{ at: 0, id: 'aid-test-1', field: 'metrics.fundsCny', message: /expected number/ }],
  'units-metric-typo.geojson': [{ at: 0, id: 'aid-test-1', field: 'metrics', message: /unknown key\(s\): fundCny/ }],
  // vocabulary and text
  'category-of-other-layer.geojson': [{ at: 0, id: 'aid-test-1', field: 'category', message: /"industrial-park" is not a category of layer "aid"/ }],
  'status-unknown.geojson': [{ at: 0, id: 'aid-test-1', field: 'status', message: /expected one of/ }],
  'name-blank.geojson': [{ at: 0, id: 'aid-test-1', field: 'name.zh', message: /must not be empty/ }],
  'source-url-javascript.geojson': [{ at: 0, id: 'aid-test-1', field: 'source.url', message: /http\(s\) URL/ }],
  'proto-pollution.geojson': [{ at: 0, id: 'aid-test-1', field: 'properties', message: /unknown key\(s\): __proto__/ }],
  // payloads: in free text a layer file may hold any text (the app shows it as text; see the browser test), so
  // the file fails only where a payload breaks a rule: the URL here, the vocabulary and id in the next file.
  'payload-every-string-field.geojson': [{ at: 0, id: 'aid-payload-1', field: 'source.url', message: /http\(s\) URL/ }],
  'payload-in-vocabulary.geojson': [
    { at: 0, id: 'aid-test-1', field: 'category', message: /is not a category of layer "aid"/ },
    { at: 0, id: 'aid-test-1', field: 'status', message: /expected one of/ },
    { at: 1, id: 'aid-test-2', field: 'layer', message: /expected one of/ },
    { at: 2, field: 'id', message: /kebab-case/ },
  ],
}

function matches(issue: ParseIssue, e: Expect): boolean {
  return issue.field === e.field && e.message.test(issue.message) &&
    (e.at === undefined || issue.featureIndex === e.at) && (e.id === undefined || issue.featureId === e.id)
}

function expectFailsWholly(result: ParseResult): ParseIssue[] {
  expect(result.ok).toBe(false)
  expect(result).not.toHaveProperty('records')
  return result.ok ? [] : result.errors
}

describe('bad-input corpus: layer files', () => {
  const fixtures = readdirSync(BAD).filter((f) => f.endsWith('.geojson')).sort()

  it('has at least 30 files in all and a case for every GeoJSON fixture', () => {
    expect(readdirSync(BAD).length).toBeGreaterThanOrEqual(30)
    expect(fixtures.filter((f) => !(f in CASES))).toEqual([])
    expect(Object.keys(CASES).filter((f) => !fixtures.includes(f))).toEqual([])
  })

  it.each(Object.entries(CASES))('%s: a clear error naming the file and place, nothing partial', (name, expected) => {
    const text = readFileSync(join(BAD, name), 'utf8')
    let result: ParseResult | undefined
    expect(() => (result = loadLayerFile(name, text))).not.toThrow()
    const issues = expectFailsWholly(result!)
    for (const e of expected) {
      expect(issues.some((i) => matches(i, e)), `${name}: expected ${JSON.stringify({ ...e, message: String(e.message) })} in\n${issues.map(formatIssue).join('\n')}`).toBe(true)
    }
    for (const issue of issues) {
      const line = formatIssue(issue)
      expect(line.startsWith(`${name}:`)).toBe(true)
      expect(issue.field.length).toBeGreaterThan(0)
      expect(issue.message.length).toBeGreaterThan(0)
      // a feature-level issue says which feature
      if (issue.field !== '(file)' && !['type', 'features'].includes(issue.field)) {
        expect(issue.featureIndex !== undefined || issue.featureId !== undefined, line).toBe(true)
      }
    }
  })

  it('the payload file keeps its text literally where it is text, and is still refused as a whole', () => {
    const text = readFileSync(join(BAD, 'payload-every-string-field.geojson'), 'utf8')
    // without the one field that breaks a rule, the file loads and every payload is kept as plain text
    const data = JSON.parse(text) as { features: { properties: { source: { url?: string; confidence?: string } } }[] }
    delete data.features[0]!.properties.source.url
    delete data.features[0]!.properties.source.confidence
    const ok = loadLayerFile('payload-every-string-field.geojson', data)
    expect(ok.ok).toBe(true)
    if (!ok.ok) return
    expect(ok.records[0]!.name.zh).toBe('<script>window.__atlasPwned=1</script>名称')
    expect(ok.records[1]!.summary?.en).toBe('<img src=x onerror="window.__atlasPwned=1">')
  })
})

describe('bad-input corpus: generated huge and deep files', () => {
  const feature = (i: number, year: number) => ({
    type: 'Feature', id: `aid-huge-${i}`,
    properties: {
      layer: 'aid', name: { zh: `记录${i}`, en: `Record ${i}` }, category: 'education', status: 'achieved',
      years: [year, 2015], regions: ['540200'], metrics: { projects: 1 }, source: { ref: 'generated' },
    },
    geometry: { type: 'Point', coordinates: [87.434, 29.131] },
  })

  it('a 100,000-feature file with a bad year in every feature: a bounded report, nothing partial', { timeout: 60_000 }, () => {
    const features = Array.from({ length: 100_000 }, (_, i) => feature(i, 2005))
    const text = JSON.stringify({ type: 'FeatureCollection', features })
    expect(text.length).toBeGreaterThan(20_000_000)
    const issues = expectFailsWholly(loadLayerFile('huge.geojson', text))
    expect(issues.length).toBe(MAX_ISSUES_PER_FILE + 1)
    expect(issues[0]).toMatchObject({ file: 'huge.geojson', featureIndex: 0, featureId: 'aid-huge-0', field: 'years.0' })
    expect(issues.at(-1)).toMatchObject({ file: 'huge.geojson', field: '(file)', message: expect.stringMatching(/not checked after 200 issues/) })
  })

  it('a 20,000-feature file with one bad feature at the end names that feature', { timeout: 60_000 }, () => {
    const features = Array.from({ length: 20_000 }, (_, i) => feature(i, i === 19_999 ? 2005 : 2008))
    const issues = expectFailsWholly(loadLayerFile('huge-one-bad.geojson', JSON.stringify({ type: 'FeatureCollection', features })))
    expect(issues.map(formatIssue)).toEqual(['huge-one-bad.geojson: feature "aid-huge-19999" (#19999): years.0: year must be 2006 or later'])
  })

  it('a 30 MB string in a name is reported or kept as text, never thrown', () => {
    const f = feature(0, 2005)
    f.properties.name.en = 'x'.repeat(30_000_000)
    const text = JSON.stringify({ type: 'FeatureCollection', features: [f] })
    const issues = expectFailsWholly(loadLayerFile('long-string.geojson', text))
    expect(issues.map((i) => i.field)).toEqual(['years.0'])
  })

  it('JSON nested 200,000 arrays deep: "not valid JSON" or "could not be validated", never thrown', () => {
    const depth = 200_000
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","id":"aid-deep","properties":{},"geometry":{"type":"Point","coordinates":${'['.repeat(depth)}${']'.repeat(depth)}}}]}`
    let result: ParseResult | undefined
    expect(() => (result = loadLayerFile('deep.geojson', text))).not.toThrow()
    const issues = expectFailsWholly(result!)
    expect(issues.every((i) => i.file === 'deep.geojson')).toBe(true)
  })

  it('an object nested 20,000 levels deep in a feature (already parsed): never thrown', () => {
    let deep: unknown = 1
    for (let i = 0; i < 20_000; i++) deep = { a: deep }
    const f = { ...feature(0, 2008), geometry: { type: 'Point', coordinates: deep } }
    let result: ParseResult | undefined
    expect(() => (result = loadLayerFile('deep-object.geojson', { type: 'FeatureCollection', features: [f] }))).not.toThrow()
    const issues = expectFailsWholly(result!)
    expect(issues[0]).toMatchObject({ file: 'deep-object.geojson' })
  })
})

describe('decodeTextFile: user files must be UTF-8', () => {
  it('drops a UTF-8 byte-order mark and keeps the text', () => {
    const r = decodeTextFile('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,名称\n')]))
    expect(r).toEqual({ ok: true, text: 'id,名称\n' })
  })

  it('names the first line that is not UTF-8 and shows how it reads as GBK', () => {
    const r = decodeTextFile('csv-gbk.csv', new Uint8Array(readFileSync(join(BAD, 'csv-gbk.csv'))))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issue).toMatchObject({ file: 'csv-gbk.csv', line: 2, field: '(encoding)', message: expect.stringMatching(/文山希望小学/) })
  })

  it('refuses UTF-16, overlong forms and surrogates', () => {
    expect(decodeTextFile('a', new Uint8Array([0xff, 0xfe, 0x41, 0x00])).ok).toBe(false)
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(new Uint8Array([0xe6, 0x96]))).toBe(0)
    expect(firstInvalidUtf8(new TextEncoder().encode('上海 🚢 ok'))).toBe(-1)
  })
})
