// Security of the built atlas: its Content-Security-Policy admits only its own origin (an injected remote script,
// image or fetch is refused before any request leaves), and record text with <script>/<img onerror> payloads is
// shown as text and runs nothing.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { serveDist, launchBrowser, openPage, outsideRequests, waitForMapIdle, screenshot, ROOT } from './harness.mjs'

let server
let browser
before(async () => {
  server = await serveDist()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.close()
})

function cspOf(html) {
  const m = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i)
  assert.ok(m, 'dist/index.html has a CSP meta tag')
  return Object.fromEntries(m[1].split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/)
    return [name, sources]
  }))
}

test('the built CSP names only the atlas\'s own origin, blob: and data:, and never unsafe-eval or inline script', () => {
  const csp = cspOf(readFileSync(join(ROOT, 'dist/index.html'), 'utf8'))
  assert.deepEqual(csp['default-src'], ["'self'"])
  assert.deepEqual(csp['script-src'], ["'self'"])
  for (const [directive, sources] of Object.entries(csp)) {
    for (const s of sources) {
      assert.ok(["'self'", 'blob:', 'data:', "'unsafe-inline'"].includes(s), `${directive} allows ${s}`)
      if (s === "'unsafe-inline'") assert.equal(directive, 'style-src', 'inline allowed for styles only (maplibre and Vue set style attributes)')
    }
  }
  // maplibre 5 runs its worker from a blob: URL
  assert.ok(csp['worker-src'].includes('blob:'))
})

test('an injected remote script, image, fetch and inline script are refused; no request leaves 127.0.0.1', async () => {
  // A "remote" host that counts every connection: 127.0.0.2 is another address on the loopback.
  let connections = 0
  const remote = createServer((socket) => { connections++; socket.destroy() })
  await new Promise((ok) => remote.listen(0, '127.0.0.2', ok))
  const base = `http://127.0.0.2:${remote.address().port}`
  const { page, context, requests } = await openPage(browser, server.origin)
  const failed = new Map()
  page.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText))
  try {
    await waitForMapIdle(page)
    const result = await page.evaluate(async (base) => {
      const violations = []
      document.addEventListener('securitypolicyviolation', (e) => violations.push({ uri: e.blockedURI, directive: e.effectiveDirective }))
      const script = document.createElement('script')
      script.src = `${base}/x.js`
      const scriptResult = new Promise((ok) => { script.onload = () => ok('loaded'); script.onerror = () => ok('error') })
      document.head.append(script)
      const img = document.createElement('img')
      img.src = `${base}/x.png`
      const imgResult = new Promise((ok) => { img.onload = () => ok('loaded'); img.onerror = () => ok('error') })
      document.body.append(img)
      const inline = document.createElement('script')
      inline.textContent = 'window.__inlineRan = true'
      document.head.append(inline)
      let fetchResult
      try {
        await fetch(`${base}/x.json`)
        fetchResult = 'fetched'
      } catch {
        fetchResult = 'refused'
      }
      const results = { script: await scriptResult, img: await imgResult, fetch: fetchResult }
      // the violation events are queued as tasks: give them a moment
      for (let i = 0; i < 50 && violations.length < 4; i++) await new Promise((ok) => setTimeout(ok, 20))
      return { results, violations, inlineRan: window.__inlineRan === true }
    }, base)
    assert.deepEqual(result.results, { script: 'error', img: 'error', fetch: 'refused' })
    assert.equal(result.inlineRan, false, 'inline script did not run')
    const by = (directive) => result.violations.filter((v) => v.directive === directive).map((v) => v.uri)
    assert.ok(by('script-src-elem').includes(`${base}/x.js`), JSON.stringify(result.violations))
    assert.ok(by('img-src').includes(`${base}/x.png`), JSON.stringify(result.violations))
    assert.ok(by('connect-src').includes(`${base}/x.json`), JSON.stringify(result.violations))
    assert.ok(by('script-src-elem').includes('inline'), JSON.stringify(result.violations))
    // Chromium blocks before sending: the remote host never sees a connection, and every attempt the page made
    // (Chromium reports the script and image as requests, not the fetch) failed as blocked by the CSP.
    await page.waitForTimeout(200)
    assert.equal(connections, 0, 'no connection reached 127.0.0.2')
    const outside = outsideRequests(requests, server.origin)
    const injected = [`${base}/x.js`, `${base}/x.json`, `${base}/x.png`]
    assert.deepEqual(outside.filter((u) => !injected.includes(u)), [], 'nothing but the injected URLs was attempted')
    for (const url of outside) assert.match(failed.get(url) ?? '(not failed)', /csp/i, url)
  } finally {
    await context.close()
    await new Promise((ok) => remote.close(ok))
  }
})

const PAYLOADS = [
  '<script>window.__atlasPwned=1</script>',
  '<img src=x onerror="window.__atlasPwned=1">',
  '"><svg onload=window.__atlasPwned=1>',
]

test('payloads in names, summaries and sources of a layer file are shown as text and run nothing', async () => {
  const parkFile = readdirSync(join(ROOT, 'dist/assets')).find((f) => /^park-.*\.geojson$/.test(f))
  assert.ok(parkFile, 'the built park layer asset')
  const park = JSON.parse(readFileSync(join(ROOT, 'dist/assets', parkFile), 'utf8'))
  for (const f of park.features) {
    const p = f.properties
    p.name = { zh: `${PAYLOADS[0]}${p.name.zh}`, en: `${PAYLOADS[1]}${p.name.en}` }
    p.summary = { zh: PAYLOADS[1], en: PAYLOADS[2] }
    p.source = { ...p.source, ref: `${PAYLOADS[2]}${p.source.ref}` }
  }
  const target = park.features.find((f) => f.geometry.type === 'Point' && f.properties.years[0] <= 2010 && f.properties.years[1] >= 2010)
  assert.ok(target, 'a park point active in 2010')

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  const dialogs = []
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss() })
  let served = 0
  await page.route(`**/assets/${parkFile}`, (route) => {
    served++
    return route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(park) })
  })
  try {
    await page.goto(`${server.origin}/?year=2010&layers=park&sel=${target.id}`)
    await waitForMapIdle(page)
    assert.equal(served, 1, 'the payload file was served in place of the park layer')
    assert.equal(await page.getByTestId('data-problems').count(), 0, 'the payload file is valid data: loaded, not refused')
    await page.getByTestId('detail-panel').waitFor()
    const name = await page.getByTestId('detail-name').innerText()
    assert.ok(name.includes(PAYLOADS[0]), `the name shows the payload literally: ${name}`)
    assert.ok((await page.getByTestId('detail-summary').innerText()).includes(PAYLOADS[1]))
    assert.ok((await page.getByTestId('detail-source').innerText()).includes(PAYLOADS[2]))
    // hover the point: the tooltip shows the name as text too
    await page.getByTestId('detail-close').click()
    const point = await page.evaluate((c) => window.__atlasMap.project(c), target.geometry.coordinates)
    await page.mouse.move(point.x, point.y)
    await page.mouse.move(point.x + 1, point.y)
    await page.getByTestId('tooltip').waitFor({ timeout: 15_000 })
    assert.ok((await page.getByTestId('tooltip').innerText()).includes(PAYLOADS[0]), 'tooltip shows the payload as text')
    await screenshot(page, 'security-payload-tooltip')
    const dom = await page.evaluate(() => ({
      pwned: window.__atlasPwned,
      injectedImages: document.querySelectorAll('img[src="x"], svg[onload]').length,
      scripts: [...document.scripts].filter((s) => !s.src).length,
    }))
    assert.deepEqual(dom, { pwned: undefined, injectedImages: 0, scripts: 0 })
    assert.deepEqual(dialogs, [])
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
