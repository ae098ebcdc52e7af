// The bad-input corpus, the user-file path: bytes -> decodeTextFile (UTF-8 only, named line) -> parseImport (the
// analyst workspace's importer: CSV or GeoJSON, markup refused in text fields). Every file must be refused with
// issues naming the file and the place (CSV row or feature, and field), never throw, and return no records.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeTextFile } from '../../src/domain/decode-text'
import { parseImport, formatImportIssue, type ImportIssue, type ImportResult } from '../../src/domain/import'
import { parsePlaces } from '../../src/domain/places'
import { ROOT, PLACES_PATH } from './data/load'

const BAD = join(ROOT, 'tests/fixtures/bad')
const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))

type Outcome = { stage: 'decode'; file: string; line?: number; message: string } | { stage: 'import'; file: string; result: ImportResult }

/** What the workspace does with a dropped file, as one pure function. */
function importFile(name: string, bytes: Uint8Array): Outcome {
  const decoded = decodeTextFile(name, bytes)
  if (!decoded.ok) return { stage: 'decode', file: decoded.issue.file, line: decoded.issue.line, message: decoded.issue.message }
  return { stage: 'import', file: name, result: parseImport(name, decoded.text, { places, existing: [] }) }
}

/** A line as the workspace could show it: the file, then the place. */
const lineOf = (file: string, i: ImportIssue) => `${file}: ${formatImportIssue(i)}`

interface Expect { row?: number; feature?: number; id?: string; field: string; message: RegExp }

const IMPORT_CASES: Record<string, Expect[]> = {
  'csv-unterminated-quote.csv': [{ row: 3, field: '(row)', message: /has 3 fields, the header has 16/ }],
  'csv-stray-quote.csv': [{ row: 3, field: '(row)', message: /has 17 fields, the header has 16/ }],
  'csv-extra-comma.csv': [{ row: 3, field: '(row)', message: /has 17 fields, the header has 16/ }],
  // a UTF-8 BOM must not eat the first column's name: the fault is found on the right row and field
  'csv-bom-bad-year.csv': [{ row: 3, id: 'user-bom-year', field: 'years.0', message: /2006 or later/ }],
  'csv-wrong-units.csv': [
    { row: 2, id: 'user-yi-string', field: 'metrics.fundsCny', message: /"6.27亿" is not a decimal number/ },
    { row: 3, id: 'user-neg-count', field: 'metrics.projects', message: /must be >=0 \(found -/ },
    { row: 4, id: 'user-frac-count', field: 'metrics.projects', message: /expected int/ },
  ],
  'csv-payloads.csv': ['name.zh', 'name.en', 'summary.zh', 'summary.en', 'source.ref'].map((field) => ({ row: 2, id: 'user-payload', field, message: /HTML markup/ })),
  'csv-header-only.csv': [{ row: 1, field: '(header)', message: /header row/ }],
  'payload-every-string-field.geojson': [
    ...['name.zh', 'name.en', 'summary.zh', 'summary.en', 'source.ref'].map((field) => ({ feature: 0, id: 'user-aid-payload-1', field, message: /HTML markup/ })),
    { feature: 0, id: 'user-aid-payload-1', field: 'source.url', message: /URL/ },
    ...['name.zh', 'name.en', 'summary.zh', 'summary.en', 'source.ref'].map((field) => ({ feature: 1, id: 'user-park-payload-2', field, message: /HTML markup/ })),
  ],
}

const DECODE_CASES: Record<string, { line: number; message: RegExp }> = {
  'csv-gbk.csv': { line: 2, message: /line 2 is not UTF-8.*GBK\/GB18030: "yunnan-school,aid,文山希望小学/ },
  'csv-mixed-utf8-gbk.csv': { line: 3, message: /line 3 is not UTF-8.*"kashgar-clinic,aid,喀什诊所/ },
  'csv-utf16le-bom.csv': { line: 1, message: /UTF-16.*save it as UTF-8/ },
}

describe('bad-input corpus: user files (CSV and GeoJSON import)', () => {
  it.each(Object.entries(IMPORT_CASES))('%s: refused whole, every issue names the row or feature and the field', (name, expected) => {
    let out: Outcome | undefined
    expect(() => (out = importFile(name, new Uint8Array(readFileSync(join(BAD, name)))))).not.toThrow()
    if (out?.stage !== 'import') throw new Error(`${name} should decode as UTF-8`)
    const { result } = out
    expect(result.ok).toBe(false)
    expect(result).not.toHaveProperty('records')
    const issues = result.ok ? [] : result.issues
    for (const e of expected) {
      const hit = issues.some((i) => i.field === e.field && e.message.test(i.message) &&
        (e.row === undefined || i.row === e.row) && (e.feature === undefined || i.feature === e.feature) && (e.id === undefined || i.id === e.id))
      expect(hit, `${name}: expected ${e.field} ${String(e.message)} in\n${issues.map((i) => lineOf(name, i)).join('\n')}`).toBe(true)
    }
    for (const i of issues) {
      expect(i.row !== undefined || i.feature !== undefined || i.field === '(file)', lineOf(name, i)).toBe(true)
      expect(i.field.length).toBeGreaterThan(0)
    }
  })

  it.each(Object.entries(DECODE_CASES))('%s: refused before parsing, naming the file and the first line that is not UTF-8', (name, e) => {
    const out = importFile(name, new Uint8Array(readFileSync(join(BAD, name))))
    expect(out.stage).toBe('decode')
    if (out.stage !== 'decode') return
    expect(out.file).toBe(name)
    expect(out.line).toBe(e.line)
    expect(out.message).toMatch(e.message)
  })

  it('a GBK file decoded leniently (what File.text() does) would pass as garbled names: why decodeTextFile refuses it', () => {
    const lenient = new TextDecoder('utf-8').decode(readFileSync(join(BAD, 'csv-gbk.csv')))
    expect(lenient).toContain('\uFFFD')
  })

  it('the importer refuses a file above its size limit (in bytes) without parsing it', () => {
    const big = 'id,layer\n' + 'x,aid\n'.repeat(11_000_000)
    const r = parseImport('big.csv', big, { places, existing: [] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ field: '(file)', code: 'fileBytes', message: expect.stringMatching(/^is 66.0 MB; at most 64 MB/) })])
  })
})
