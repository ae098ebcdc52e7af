import { describe, expect, it } from 'vitest'
import { inflateSync } from 'node:zlib'
import { encodePng } from '../../src/workspace/png-strips'

/** A minimal PNG reader for the encoder's own output: chunks (CRCs checked) and unfiltered RGBA rows. */
function readPng(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const chunks: { type: string; data: Buffer }[] = []
  for (let at = 8; at < bytes.length;) {
    const len = bytes.readUInt32BE(at)
    const type = bytes.subarray(at + 4, at + 8).toString('latin1')
    chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + len) })
    at += 12 + len
  }
  const ihdr = chunks[0]!.data
  const [w, h] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)))
  const stride = w * 4
  const pixels = new Uint8Array(w * h * 4)
  for (let y = 0; y < h; y++) {
    const filter = raw[y * (stride + 1)]
    expect(filter).toBe(1)
    for (let i = 0; i < stride; i++) {
      const v = raw[y * (stride + 1) + 1 + i]!
      pixels[y * stride + i] = (v + (i >= 4 ? pixels[y * stride + i - 4]! : 0)) & 0xff
    }
  }
  return { w, h, pixels, types: chunks.map((c) => c.type), phys: chunks.find((c) => c.type === 'pHYs')?.data }
}

describe('PNG in strips', () => {
  it('round-trips an image read a few rows at a time, with 300 dpi in pHYs', async () => {
    const [w, h] = [37, 23]
    const image = new Uint8Array(w * h * 4).map((_, i) => (i * 7919) % 251)
    const asked: number[] = []
    const blob = await encodePng(w, h, (y0, n) => {
      asked.push(n)
      return image.subarray(y0 * w * 4, (y0 + n) * w * 4)
    }, { stripRows: 5, dpi: 300 })
    expect(asked).toEqual([5, 5, 5, 5, 3])
    const png = readPng(Buffer.from(await blob.arrayBuffer()))
    expect([png.w, png.h]).toEqual([w, h])
    expect(png.types).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND'])
    expect(png.phys!.readUInt32BE(0)).toBe(11811)
    expect(Buffer.from(png.pixels).equals(Buffer.from(image))).toBe(true)
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    const rows = (_y0: number, n: number) => {
      controller.abort()
      return new Uint8Array(n * 4 * 4)
    }
    await expect(encodePng(4, 40, rows, { stripRows: 4, signal: controller.signal })).rejects.toThrow(/cancelled/)
  })
})
