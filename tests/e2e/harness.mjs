// The end-to-end harness: serve the built atlas on 127.0.0.1, drive Debian's Chromium, record what a person
// would notice (requests leaving the machine, console errors) and keep screenshots.
import { createServer } from 'node:http'
import { open, readFile, mkdir, writeFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const DIST = join(ROOT, 'dist')
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts')

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.webm': 'video/webm', '.pmtiles': 'application/octet-stream',
}

/**
 * A static server for dist/ (or `dir`) on a free loopback port (the SPA falls back to index.html). Like any static
 * host it answers a `Range: bytes=a-b` request with 206 and those bytes (the tiled layers' archives need it).
 */
export async function serveDist(dir = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(dir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return }
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
      if (range) {
        // Only the bytes asked for, as a static host reads them (not the whole archive per tile).
        const handle = await open(file)
        try {
          const { size } = await handle.stat()
          const start = Number(range[1])
          const end = Math.min(size - 1, range[2] ? Number(range[2]) : size - 1)
          const body = Buffer.alloc(Math.max(0, end - start + 1))
          await handle.read(body, 0, body.length, start)
          res.writeHead(206, { 'content-type': type, 'content-range': `bytes ${start}-${end}/${size}`, 'accept-ranges': 'bytes' }).end(body)
        } finally {
          await handle.close()
        }
        return
      }
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' }).end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address()
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) }
}

/** The flags under which WebGL works headless on this kind of machine (../shared/toolchain.md). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-dev-shm-usage',
]

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
}

/** Console noise that is not the atlas's fault (SwiftShader and luma.gl debug lines). */
const HARMLESS = [/GPU stall due to ReadPixels/, /uniform block reflection failed/]

/** A page that records every request and every console or page error. */
export async function openPage(browser, origin, { width = 1920, height = 1080, deviceScaleFactor = 1, path = '/', hasTouch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, hasTouch })
  const page = await context.newPage()
  const requests = []
  const errors = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => { if (m.type() === 'error' && !HARMLESS.some((re) => re.test(m.text()))) errors.push(m.text()) })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(origin + path)
  return { page, context, requests, errors }
}

/** Requests that left the machine: anything but this origin, data: and blob:. */
export function outsideRequests(requests, origin) {
  return requests.filter((u) => !(u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:')))
}

export async function waitForMapIdle(page, timeout = 180_000) {
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout })
  await page.waitForSelector('[data-testid="inset"] [data-map-state="idle"]', { timeout })
  if (!(await page.evaluate(() => Boolean(window.__atlasMap)))) {
    throw new Error('dist/ has no test handles (window.__atlasMap): build it with ATLAS_TEST_HANDLES=1 npx vite build (npm run test:e2e does)')
  }
}

export async function screenshot(page, name, options = {}) {
  await mkdir(ARTIFACTS, { recursive: true })
  const buffer = await page.screenshot(options)
  await writeFile(join(ARTIFACTS, `${name}.png`), buffer)
  return buffer
}

/**
 * Colour statistics of a PNG, decoded by the browser in a blank page: how many distinct colours, the share of the
 * most common one, and the share of strong colours (max − min channel > 60). A map that drew nothing is one
 * colour; the paper basemap is nearly all muted (under 0.1% strong at 1080p), the thematic layers are not.
 */
export async function colourStats(browser, png, crop = null) {
  const page = await browser.newPage()
  try {
    return await page.evaluate(async ([b64, crop]) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const canvas = new OffscreenCanvas(img.width, img.height)
      const ctx = canvas.getContext('2d')
      ctx.drawImage(img, 0, 0)
      // `crop`: [x0, y0, x1, y1] as fractions of the image, to look at part of it.
      const [x0, y0, x1, y1] = crop ?? [0, 0, 1, 1]
      const sx = Math.round(x0 * img.width)
      const sy = Math.round(y0 * img.height)
      const { data } = ctx.getImageData(sx, sy, Math.round(x1 * img.width) - sx, Math.round(y1 * img.height) - sy)
      const counts = new Map()
      let strong = 0
      for (let i = 0; i < data.length; i += 16) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        counts.set(key, (counts.get(key) ?? 0) + 1)
        const chroma = Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2])
        if (chroma > 60) strong++
      }
      const top = Math.max(...counts.values())
      const n = data.length / 16
      return { distinct: counts.size, dominantShare: top / n, strongShare: strong / n }
    }, [png.toString('base64'), crop])
  } finally {
    await page.close()
  }
}

/**
 * The map canvas's own pixels as a PNG: no panel, header or tooltip, only what maplibre and deck.gl drew. Read
 * through the test handle inside maplibre's render event, where the drawing buffer is still intact.
 */
export async function mapCanvasPng(page, handle = '__atlasMap') {
  const dataUrl = await page.evaluate((name) => new Promise((resolve) => {
    const map = window[name]
    // The inset is a 2D canvas (src/map/inset-map.ts), always drawn.
    if (map instanceof HTMLCanvasElement) return resolve(map.toDataURL('image/png'))
    map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')))
    map.triggerRepaint()
  }), handle)
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}

/**
 * The colour check for a map canvas: what is wrong with it, if anything (an empty list passes). The defaults ask
 * for a drawn map; LAYERS_DRAWN asks for the thematic layers on it as well.
 */
export function mapColourProblems(stats, { minDistinct = 50, maxDominantShare = 0.6, minStrongShare = 0 } = {}) {
  const problems = []
  const pct = (x) => `${(x * 100).toFixed(2)}%`
  if (stats.distinct < minDistinct) problems.push(`${stats.distinct} distinct colours on the map canvas, fewer than ${minDistinct}`)
  if (stats.dominantShare > maxDominantShare) problems.push(`one colour covers ${pct(stats.dominantShare)} of the map canvas, over ${pct(maxDominantShare)}`)
  if (stats.strongShare < minStrongShare) problems.push(`strong colours cover ${pct(stats.strongShare)} of the map canvas, under ${pct(minStrongShare)}: no thematic layer drawn`)
  return problems
}

/** The thematic layers are drawn: strong colours on at least 1% of the map canvas (the basemap alone has ~0.07%). */
export const LAYERS_DRAWN = { minDistinct: 50, maxDominantShare: 0.6, minStrongShare: 0.01 }

/** The colour statistics of the map canvas (or with handle '__atlasInset', the inset's). */
export async function mapCanvasStats(browser, page, handle) {
  return colourStats(browser, await mapCanvasPng(page, handle))
}

export { ROOT }

/**
 * One served atlas and one browser for a test file: registers node:test's before/after and returns an object
 * whose `server` and `browser` are set once the file's tests start.
 */
export async function useAtlas() {
  const { before, after } = await import('node:test')
  const atlas = { server: null, browser: null }
  before(async () => {
    atlas.server = await serveDist()
    atlas.browser = await launchBrowser()
  })
  after(async () => {
    await atlas.browser?.close()
    await atlas.server?.close()
  })
  return atlas
}
