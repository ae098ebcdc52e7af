// A small static server for dist/ on the loopback: correct types, byte ranges, and caching that suits the
// service worker (sw.js and index.html are always revalidated; hashed assets are immutable).
import { createServer } from 'node:http'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webm': 'video/webm', '.pmtiles': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8',
}

/** Parses one "bytes=a-b" range against a file size; null when absent or unsatisfiable. */
export function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header ?? '')
  if (!m || (m[1] === '' && m[2] === '')) return null
  let start = m[1] === '' ? size - Number(m[2]) : Number(m[1])
  let end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  start = Math.max(0, start)
  return start <= end && start < size ? { start, end } : null
}

function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable'
  return 'no-cache'
}

export function serveStatic(root, host, port) {
  const base = normalize(root + sep)
  const server = createServer(async (req, res) => {
    let path = '/'
    try { path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname) } catch { res.writeHead(400).end(); return }
    let file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path))
    if (!file.startsWith(base)) { res.writeHead(403).end(); return }
    let info = await stat(file).catch(() => null)
    // Paths without an extension are the app's own (the SPA answers them from index.html).
    if (!info?.isFile() && !extname(path)) { file = join(root, 'index.html'); info = await stat(file).catch(() => null) }
    if (!info?.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'accept-ranges': 'bytes',
      'cache-control': cacheControl(path), 'last-modified': info.mtime.toUTCString(),
    }
    if (req.headers.range) {
      const range = parseRange(req.headers.range, info.size)
      if (!range) { res.writeHead(416, { 'content-range': `bytes */${info.size}` }).end(); return }
      res.writeHead(206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${info.size}`, 'content-length': range.end - range.start + 1 })
      if (req.method === 'HEAD') { res.end(); return }
      createReadStream(file, range).pipe(res)
      return
    }
    res.writeHead(200, { ...headers, 'content-length': info.size })
    if (req.method === 'HEAD') { res.end(); return }
    createReadStream(file).pipe(res)
  })
  return new Promise((ok, ko) => {
    server.once('error', ko)
    server.listen(port, host, () => ok({
      port: server.address().port,
      close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()) }),
    }))
  })
}
