import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 as nodeCrc32 } from 'node:zlib'
import { crc32, storedZip } from '../../src/domain/zip'

const bytes = (text: string) => new TextEncoder().encode(text)

/** A reader written from the ZIP format note, independent of the writer: the central directory, then each file. */
function unzip(zip: Uint8Array): Record<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = zip.length - 22
  expect(view.getUint32(end, true)).toBe(0x06054b50)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const out: Record<string, Uint8Array> = {}
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))
    const local = view.getUint32(at + 42, true)
    expect(view.getUint32(local, true)).toBe(0x04034b50)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = zip.subarray(start, start + size)
    expect(nodeCrc32(data), name).toBe(view.getUint32(at + 16, true))
    out[name] = data
    at += 46 + nameLength + extra
  }
  return out
}

describe('the stored ZIP writer', () => {
  it('computes the same CRC-32 as zlib', () => {
    for (const text of ['', 'a', '上海对口支援与合作交流', 'x'.repeat(10_000)]) expect(crc32(bytes(text))).toBe(nodeCrc32(bytes(text)))
  })

  it('writes an archive another reader opens to the same files and bytes, UTF-8 names included', () => {
    const files = { 'datapackage.json': '{"name":"x"}', 'records.csv': 'id,名称\r\na,上海\r\n', 'layers/aid.geojson': '{"type":"FeatureCollection","features":[]}' }
    const zip = storedZip(Object.entries(files).map(([name, text]) => ({ name, data: bytes(text) })), new Date(2026, 0, 2, 3, 4, 6))
    const out = unzip(zip)
    expect(Object.keys(out).sort()).toEqual(Object.keys(files).sort())
    for (const [name, text] of Object.entries(files)) expect(new TextDecoder().decode(out[name])).toBe(text)
  })

  it('passes the unzip tool\'s integrity test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'))
    const path = join(dir, 'test.zip')
    writeFileSync(path, storedZip([{ name: 'a/b.txt', data: bytes('hello') }, { name: '数据.csv', data: bytes('1,2\n') }]))
    let out: string
    try {
      out = execFileSync('unzip', ['-t', path], { encoding: 'utf8' })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return // no unzip tool here: the reader above stands
      throw e
    }
    expect(out).toMatch(/No errors detected/)
  })
})
