/**
 * Bytes of a user's file -> text, refusing anything that is not UTF-8 instead of silently turning it into
 * replacement characters (a GBK file from Excel would otherwise load with names like "���").
 *
 * Pure: uses only TextDecoder (browsers, Node). Never throws. A UTF-8 byte-order mark is dropped.
 */
export interface DecodeIssue {
  file: string
  /** 1-based line of the first byte that is not UTF-8. */
  line?: number
  field: '(encoding)'
  message: string
}

export type DecodeResult = { ok: true; text: string } | { ok: false; issue: DecodeIssue }

/** Index of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let n = 0
    let min = 0
    if (b < 0x80) {
      i++
      continue
    }
    if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000]
    else return i
    let cp = b & (0x3f >> n)
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += n + 1
  }
  return -1
}

function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** How the bad line reads as GB18030 (a superset of GBK and GB2312), for the message; null if that fails too. */
function asGb18030(bytes: Uint8Array, index: number): string | null {
  try {
    let start = index
    while (start > 0 && bytes[start - 1] !== 0x0a) start--
    let end = index
    while (end < bytes.length && bytes[end] !== 0x0a) end++
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(start, end)).replace(/\r$/, '')
    return text.length > 60 ? `${text.slice(0, 60)}…` : text
  } catch {
    return null
  }
}

export function decodeTextFile(fileName: string, bytes: Uint8Array): DecodeResult {
  try {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { ok: false, issue: { file: fileName, line: 1, field: '(encoding)', message: 'is UTF-16 text (byte-order mark FF FE / FE FF); save it as UTF-8 (CSV UTF-8 in Excel)' } }
    }
    const bad = firstInvalidUtf8(bytes)
    if (bad >= 0) {
      const line = lineOf(bytes, bad)
      const gb = asGb18030(bytes, bad)
      const hint = gb ? `; it reads as GBK/GB18030: "${gb}"` : ''
      return { ok: false, issue: { file: fileName, line, field: '(encoding)', message: `line ${line} is not UTF-8 (byte ${bad})${hint}; save the file as UTF-8` } }
    }
    const text = new TextDecoder('utf-8').decode(bytes)
    return { ok: true, text: text.replace(/^\uFEFF/, '') }
  } catch (e) {
    return { ok: false, issue: { file: fileName, field: '(encoding)', message: `could not be read as text: ${e instanceof Error ? e.message : String(e)}` } }
  }
}
