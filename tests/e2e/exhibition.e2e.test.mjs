// The exhibition wall unattended: it keeps playing when its server dies, takes a new build only between tour
// chapters (and never reloads an analyst), and reloads itself into the tour when its GPU context is gone for good.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowser, waitForMapIdle, ROOT } from './harness.mjs'
import { serveStatic } from '../../scripts/kiosk-server.mjs'

const DIST = join(ROOT, 'dist')
let browser

before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/** A port that is free now and can be served again after a "restart". */
async function freePort() {
  const probe = await serveStatic(DIST, '127.0.0.1', 0)
  await probe.close()
  return probe.port
}

async function openKiosk(context, origin, query) {
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${origin}/?mode=kiosk&status=1&${query}`)
  return { page, errors }
}

/** The service worker has precached the build and controls the page. */
async function waitForOfflineCopy(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 180_000, polling: 500 })
}

async function chaptersSeen(page, count, timeout = 120_000) {
  const seen = []
  const deadline = Date.now() + timeout
  while (Date.now() < deadline && seen.length < count) {
    const chapter = await page.getAttribute('[data-testid="kiosk-caption"]', 'data-chapter', { timeout: 5000 }).catch(() => null)
    if (chapter && seen.at(-1) !== chapter) seen.push(chapter)
    await page.waitForTimeout(150)
  }
  return seen
}

const BUILT_B = '2099-01-01T00:00:00.000Z'
const reloadCounts = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('atlas.kiosk.reloads') ?? '{}'))

test('the wall keeps playing when its server dies, and comes back from its offline copy', async () => {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  let server = await serveStatic(DIST, '127.0.0.1', port)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const { page, errors } = await openKiosk(context, origin, 'step=400')
    await waitForMapIdle(page)
    await waitForOfflineCopy(page)
    await server.close()
    server = null
    await assert.rejects(fetch(origin + '/'), 'the server is really gone')
    const afterDeath = await chaptersSeen(page, 3)
    assert.ok(afterDeath.length >= 3, `the tour went on without its server: ${afterDeath.join(' -> ')}`)
    // What a watchdog reload or a browser restart would do with the server still down:
    await page.goto(`${origin}/?mode=kiosk&status=1&step=400`)
    await waitForMapIdle(page)
    const afterReload = await chaptersSeen(page, 2)
    assert.ok(afterReload.length >= 2, `the tour plays again from the offline copy: ${afterReload.join(' -> ')}`)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
    await server?.close()
  }
})

/**
 * Injected into every document the kiosk page loads (the reload included): reports each change of what the wall
 * shows (build, chapter, year, new build waiting) to the test, in order, tagged with the document it came from.
 */
function traceWall() {
  const doc = Math.random().toString(36).slice(2)
  let last = ''
  const report = () => {
    const status = document.querySelector('[data-testid="kiosk-status"]')
    const caption = document.querySelector('[data-testid="kiosk-caption"]')
    const reading = {
      doc, built: status?.getAttribute('data-built-at') ?? null, waiting: status?.getAttribute('data-update-waiting') === 'true',
      chapter: caption?.getAttribute('data-chapter') ?? null, year: Number(caption?.getAttribute('data-year')) || null,
    }
    const key = JSON.stringify(reading)
    if (key !== last && reading.built) {
      last = key
      void window.__wallTrace?.(reading)
    }
  }
  new MutationObserver(report).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-built-at', 'data-update-waiting', 'data-chapter', 'data-year'],
  })
}

/** Resolves when `check(trace)` holds, polling the trace the page reports. */
async function traceUntil(trace, check, what, timeout = 300_000) {
  const deadline = Date.now() + timeout
  while (!check(trace)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; trace: ${JSON.stringify(trace.slice(-30))}`)
    await new Promise((ok) => setTimeout(ok, 200))
  }
}

test('a new build is taken at the next chapter of the tour; an analyst is never reloaded', async () => {
  // Build B: the same sources built again at another (stated) time, so its code and service worker differ.
  const outB = mkdtempSync(join(tmpdir(), 'atlas-build-b-'))
  const builtB = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outB, '--emptyOutDir'], {
    cwd: ROOT, env: { ...process.env, ATLAS_TEST_HANDLES: '1', ATLAS_BUILT_AT: BUILT_B }, encoding: 'utf8',
  })
  assert.equal(builtB.status, 0, builtB.stderr)
  const chapters = JSON.parse(readFileSync(join(ROOT, 'geo/tour/chapters.json'), 'utf8')).chapters
  const lastYear = Object.fromEntries(chapters.map((c) => [c.id, c.years[1]]))
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  let server = await serveStatic(DIST, '127.0.0.1', port)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const analyst = await context.newPage()
    let analystLoads = 0
    analyst.on('load', () => (analystLoads += 1))
    await analyst.goto(origin + '/')

    const trace = []
    const log = []
    const page = await context.newPage()
    await page.exposeBinding('__wallTrace', (_source, reading) => { trace.push(reading) })
    await page.addInitScript(traceWall)
    page.on('console', (m) => log.push(m.text()))
    page.on('framenavigated', (f) => { if (f === page.mainFrame()) log.push(`navigated ${f.url()}`) })
    await page.goto(`${origin}/?mode=kiosk&status=1&step=1500&updateCheck=2`)
    await waitForMapIdle(page)
    await waitForOfflineCopy(page)
    await traceUntil(trace, (t) => t.some((r) => r.chapter), 'the tour to play')
    const builtA = trace.find((r) => r.built).built
    assert.notEqual(builtA, BUILT_B)

    // Deploy: the server restarts on the same port with build B.
    await server.close()
    server = await serveStatic(outB, '127.0.0.1', port)

    // B installs and waits while A plays on; at the next chapter A hands over and the page comes back in B.
    await traceUntil(trace, (t) => t.some((r) => r.built === BUILT_B && r.chapter), `build B on the wall; page log: ${log.join(' | ')}`)
    const docs = [...new Set(trace.map((r) => r.doc))]
    const onA = trace.filter((r) => r.built === builtA)
    const firstWaiting = onA.findIndex((r) => r.waiting)
    assert.ok(firstWaiting >= 0, `build A saw B waiting before it was taken: ${JSON.stringify(onA.slice(-10))}`)
    const waitingIn = onA[firstWaiting].chapter
    const afterWaiting = onA.slice(firstWaiting).filter((r) => r.chapter)
    assert.ok(afterWaiting.every((r) => r.chapter === waitingIn),
      `build A played no further chapter once B was waiting (in ${waitingIn}): ${JSON.stringify(afterWaiting)}`)
    const lastOnA = afterWaiting.at(-1)
    assert.equal(lastOnA.year, lastYear[waitingIn],
      `build A handed over only once its chapter had played to its last year: ${JSON.stringify(afterWaiting)}`)
    const docA = onA.at(-1).doc
    const onB = trace.filter((r) => r.built === BUILT_B)
    assert.ok(onB.every((r) => r.doc !== docA), 'B came with a reload, into a new document')
    assert.ok(trace.indexOf(onB[0]) > trace.indexOf(onA.at(-1)), 'A never showed again once B was on the wall')
    assert.equal(docs.length, 2, `one reload, straight into B (documents: ${docs.length}); page log: ${log.join(' | ')}`)
    assert.equal(log.filter((l) => /reloading \(update\)/.test(l)).length, 1, 'the reload was the update, counted as such')
    assert.equal((await reloadCounts(page)).update, 1)
    await waitForMapIdle(page)
    assert.ok((await chaptersSeen(page, 2)).length >= 2, 'the tour plays on in build B')
    assert.equal(await page.getByTestId('kiosk-status').getAttribute('data-update-waiting'), 'false')

    await analyst.waitForTimeout(1000)
    assert.equal(analystLoads, 1, 'the analyst page was never reloaded')
  } finally {
    await context.close()
    await server?.close()
    rmSync(outB, { recursive: true, force: true })
  }
})

test('a lost GPU context that never comes back reloads the wall into the tour, counted by cause', async () => {
  const server = await serveStatic(DIST, '127.0.0.1', 0)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const { page } = await openKiosk(context, `http://127.0.0.1:${server.port}`, 'step=800&contextGrace=4')
    await waitForMapIdle(page)
    await page.getByTestId('kiosk-caption').waitFor()
    const loads = []
    page.on('load', () => loads.push(Date.now()))
    const reloaded = page.waitForEvent('load', { timeout: 120_000 })
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas')
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
      const ext = gl.getExtension('WEBGL_lose_context')
      // The GPU is gone for good: the map's rebuild gets no new context either.
      HTMLCanvasElement.prototype.getContext = () => null
      ext.loseContext()
    })
    await page.waitForSelector('[data-testid="map"][data-map-state="loading"]')
    await reloaded
    assert.equal((await reloadCounts(page)).context, 1, 'counted as a lost context')
    await waitForMapIdle(page)
    assert.equal(loads.length, 1, 'one reload')
    assert.ok((await chaptersSeen(page, 2)).length >= 2, 'the tour plays again')
    assert.equal(await page.getByTestId('kiosk-status').getAttribute('data-reloads', { timeout: 60_000 }), '1')
  } finally {
    await context.close()
    await server.close()
  }
})
