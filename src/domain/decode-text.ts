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
  /** Message code for translation (workspace.import.issue.<code>). */
  code: 'utf16' | 'binary' | 'notUtf8' | 'unreadable' | 'cancelled'
  params?: Record<string, string | number>
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
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(start, Math.min(end, start + 400))).replace(/\r$/, '')
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return null // not text in any encoding
    return text.length > 60 ? `${text.slice(0, 60)}…` : text
  } catch {
    return null
  }
}

/** Known binary formats by their first bytes. */
const SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]], ['ZIP archive (or .xlsx/.docx)', [0x50, 0x4b, 0x03, 0x04]], ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]], ['JPEG image', [0xff, 0xd8, 0xff]], ['gzip archive', [0x1f, 0x8b]],
  ['Excel 97–2003 workbook', [0xd0, 0xcf, 0x11, 0xe0]],
]

/** UTF-16 without a byte-order mark: most of the first bytes alternate between ASCII and NUL. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1
  if (n < 4) return false
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  return Math.max(evenNul, oddNul) > n / 2 * 0.6 && Math.min(evenNul, oddNul) < n / 2 * 0.1
}

const refuse = (file: string, code: DecodeIssue['code'], message: string, params?: DecodeIssue['params'], line?: number): DecodeResult =>
  ({ ok: false, issue: { file, field: '(encoding)', code, message, ...(params ? { params } : {}), ...(line !== undefined ? { line } : {}) } })

export function decodeTextFile(fileName: string, bytes: Uint8Array): DecodeResult {
  try {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
      return refuse(fileName, 'utf16', 'is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)', undefined, 1)
    }
    const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0]
    if (kind) return refuse(fileName, 'binary', `is not a text file (it is a ${kind}); import GeoJSON or CSV saved as UTF-8`, { kind })
    const nul = bytes.subarray(0, 65536).indexOf(0)
    if (nul >= 0) return refuse(fileName, 'binary', `is not a text file (it holds a NUL byte at byte ${nul}); import GeoJSON or CSV saved as UTF-8`, { kind: `NUL @ ${nul}` })
    const bad = firstInvalidUtf8(bytes)
    if (bad >= 0) {
      const line = lineOf(bytes, bad)
      const gb = asGb18030(bytes, bad)
      if (gb === null && bad < 1024) return refuse(fileName, 'binary', `is not a text file (byte ${bad} is neither UTF-8 nor GBK); import GeoJSON or CSV saved as UTF-8`, { kind: `byte ${bad}` })
      const hint = gb ? `; it reads as GBK/GB18030: "${gb}"` : ''
      return refuse(fileName, 'notUtf8', `line ${line} is not UTF-8 (byte ${bad})${hint}; save the file as UTF-8`, { line, byte: bad, gbk: gb ?? '' }, line)
    }
    const text = new TextDecoder('utf-8').decode(bytes)
    return { ok: true, text: text.replace(/^\uFEFF/, '') }
  } catch (e) {
    return refuse(fileName, 'unreadable', `could not be read as text: ${String(e instanceof Error ? e.message : e).slice(0, 80)}`)
  }
}
