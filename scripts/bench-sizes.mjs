// Size budgets of the built atlas, shared by `npm run bench` and the budget check in the browser-test run.
// Deterministic: gzip level 9 of the files as built (dist/) and as committed (geo/basemap/).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const KB = 1024
/** Initial JavaScript: every script and modulepreload that dist/index.html names (what the first view needs). */
export const JS_BUDGET = 600 * KB
/** The basemap: every file of geo/basemap/ (the same bytes Vite copies into dist/assets/). */
export const BASEMAP_BUDGET = 250 * KB

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/** The JavaScript files dist/index.html loads before anything else, with raw and gzipped sizes. */
export function initialJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const urls = new Set()
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.m?js)"/g)) urls.add(m[1])
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.m?js)"/g)) urls.add(m[1])
  const files = [...urls].sort().map((url) => {
    const file = join(distDir, url.replace(/^\//, ''))
    return { file: url, raw: readFileSync(file).length, gzip: gz(file) }
  })
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) }
}

/** Every basemap file, gzipped. */
export function basemapSize(basemapDir) {
  const files = readdirSync(basemapDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const file = join(basemapDir, f)
    return { file: f, raw: readFileSync(file).length, gzip: gz(file) }
  })
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) }
}
