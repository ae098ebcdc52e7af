// A PNG encoder that reads the image a strip of rows at a time and deflates it as a stream (CompressionStream), so an
// A1 poster (7016×9933, ~280 MB of RGBA) is never copied whole a second time, as canvas.toBlob would, and the file
// can say its print resolution (a pHYs chunk: 300 dpi), which toBlob cannot.

import { crc32 } from '../domain/zip'

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  const name = new TextEncoder().encode(type)
  out.set(name, 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(name, data))
  return out
}

function u32(...values: number[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(values.length * 4)
  const view = new DataView(out.buffer)
  values.forEach((v, i) => view.setUint32(i * 4, v))
  return out
}

/** Rows y0 .. y0+n-1 as RGBA bytes (n × width × 4). */
export type RowSource = (y0: number, n: number) => Uint8ClampedArray | Uint8Array

export interface PngOptions {
  /** Rows read at a time (memory: width × 4 × stripRows bytes). */
  stripRows?: number
  /** Written as the image's print resolution. */
  dpi?: number
  /** Called with the share of rows encoded, 0..1. */
  onProgress?: (share: number) => void
  /** Checked between strips: a true value stops the encoding with an AbortError. */
  signal?: AbortSignal
}

/**
 * Encode an RGBA image as an 8-bit truecolour-with-alpha PNG. Each row is filtered with PNG's "Sub" filter (the
 * difference from the pixel to the left), which makes a map's flat areas compress well.
 */
export async function encodePng(width: number, height: number, rows: RowSource, options: PngOptions = {}): Promise<Blob> {
  const { stripRows = 256, dpi, onProgress, signal } = options
  const stream = new CompressionStream('deflate')
  const writer = stream.writable.getWriter()
  const compressed: Uint8Array<ArrayBuffer>[] = []
  const reading = (async () => {
    const reader = stream.readable.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      compressed.push(value)
    }
  })()
  const stride = width * 4
  try {
    for (let y0 = 0; y0 < height; y0 += stripRows) {
      if (signal?.aborted) throw new DOMException('the poster was cancelled', 'AbortError')
      const n = Math.min(stripRows, height - y0)
      const src = rows(y0, n)
      if (src.length < n * stride) throw new Error('the row source gave too few bytes')
      const out = new Uint8Array(n * (stride + 1))
      for (let r = 0; r < n; r++) {
        const s = r * stride
        const o = r * (stride + 1)
        out[o] = 1 // Sub
        for (let i = 0; i < 4 && i < stride; i++) out[o + 1 + i] = src[s + i]!
        for (let i = 4; i < stride; i++) out[o + 1 + i] = (src[s + i]! - src[s + i - 4]!) & 0xff
      }
      await writer.write(out)
      onProgress?.(Math.min(1, (y0 + n) / height))
    }
    await writer.close()
  } catch (e) {
    await writer.abort(e).catch(() => {})
    await reading.catch(() => {})
    throw e
  }
  await reading
  const header = new Uint8Array(13)
  header.set(u32(width, height), 0)
  header.set([8, 6, 0, 0, 0], 8) // 8 bits, RGBA, deflate, adaptive filtering, no interlace
  const parts: BlobPart[] = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header)]
  if (dpi) {
    const ppm = Math.round(dpi / 0.0254)
    const phys = new Uint8Array(9)
    phys.set(u32(ppm, ppm), 0)
    phys[8] = 1 // metres
    parts.push(chunk('pHYs', phys))
  }
  // One IDAT per compressed piece, each at most a few MB, so no single buffer holds the whole stream.
  for (const piece of merge(compressed, 1 << 22)) parts.push(chunk('IDAT', piece))
  parts.push(chunk('IEND', new Uint8Array(0)))
  return new Blob(parts, { type: 'image/png' })
}

/** Join small pieces into pieces of up to `size` bytes (the deflate stream hands out many small ones). */
function* merge(pieces: Uint8Array[], size: number): Generator<Uint8Array<ArrayBuffer>> {
  let buffer: Uint8Array[] = []
  let length = 0
  const flush = () => {
    const out = new Uint8Array(length)
    let at = 0
    for (const p of buffer) {
      out.set(p, at)
      at += p.length
    }
    buffer = []
    length = 0
    return out
  }
  for (const p of pieces) {
    if (length + p.length > size && length) yield flush()
    buffer.push(p)
    length += p.length
  }
  if (length) yield flush()
}
