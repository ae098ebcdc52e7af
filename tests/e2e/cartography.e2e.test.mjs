// Cartography for leaders and walls: the plan periods on the time bar, a legend of categories that leaves the
// filters in reach, a scale bar clear of the chrome, the headline figures (legible, steady, each opening its record)
// and a side panel never cut off on a 4K wall.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { useAtlas, openPage, waitForMapIdle, screenshot, ROOT } from './harness.mjs'

const atlas = await useAtlas()
const officeNames = JSON.parse(readFileSync(join(ROOT, 'geo/layers/office.geojson'), 'utf8')).features
  .flatMap((f) => [f.properties.name.zh, f.properties.name.en])

const box = (page, selector) => page.evaluate((sel) => {
  const el = document.querySelector(sel)
  if (!el) return null
  const r = el.getBoundingClientRect()
  return { x: r.x, y: r.y, w: r.width, h: r.height }
}, selector)
const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** The smallest cap height (the ascent of "H" in the element's own font) of any text in the headline band. */
const minCapHeight = (page) => page.evaluate(() => {
  const ctx = document.createElement('canvas').getContext('2d')
  let min = Infinity
  for (const el of document.querySelectorAll('[data-testid="headline-band"] span')) {
    if (!el.textContent.trim() || el.getBoundingClientRect().width === 0) continue
    const s = getComputedStyle(el)
    ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`
    min = Math.min(min, ctx.measureText('H').actualBoundingBoxAscent)
  }
  return min
})

test('1920×1080: periods on the slider, a legend of categories, filters in reach, scale bar, headline figures', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1920, height: 1080, path: '/?year=2008' })
  try {
    await waitForMapIdle(page, 300_000)
    // Two labelled period bands: achieved solid, planned dashed; the current period named; one tap selects a period.
    const bands = await page.$$eval('[data-testid="period-bands"] button', (els) => els.map((el) => ({
      status: el.dataset.status, text: el.textContent, border: getComputedStyle(el).borderTopStyle,
    })))
    assert.deepEqual(bands.map((b) => [b.status, b.border]), [['achieved', 'solid'], ['planned', 'dashed']])
    assert.match(bands[0].text, /十一五.*2006–2010/)
    assert.match(bands[1].text, /十二五.*2011–2015/)
    assert.match(await page.getByTestId('period-now').innerText(), /十一五/)
    await page.getByTestId('period-p12').click()
    assert.equal(await page.getByTestId('year-shown').innerText(), '2011–2015')
    assert.equal(await page.getByTestId('period-p12').getAttribute('aria-pressed'), 'true')
    assert.match(await page.getByTestId('period-now').innerText(), /十二五/)
    await page.getByTestId('period-p11').click()
    assert.equal(await page.getByTestId('year-shown').innerText(), '2006–2010')

    // Every layer on: the legend lists categories, never office records, and the filters stay in view.
    for (const id of ['waterway', 'office', 'coverage', 'cooperation']) {
      const box = page.getByTestId(`layer-${id}`)
      if (!(await box.isChecked())) await box.check()
    }
    const legendText = await page.getByTestId('legend').innerText()
    const listed = officeNames.filter((n) => legendText.includes(n))
    assert.deepEqual(listed, [], 'no office record is a legend entry')
    // One category entry; the precision entries (approximate place, date not known) say how a mark is drawn.
    const officeEntries = await page.$$eval('#legend-entries-office li', (lis) =>
      lis.filter((li) => !/^legend\.(approximate|dateUnknown)/.test(li.dataset.legend ?? '')).length)
    assert.equal(officeEntries, 1, 'offices are one category')
    const status = await box(page, '[data-testid="status-achieved"]')
    assert.ok(status && status.y >= 0 && status.y + status.h <= 1080, 'the status filters are on screen without scrolling')
    const filters = await box(page, '[data-testid="filters"]')
    assert.ok(filters.y < 1080 * 0.75, `the filters start in the upper three quarters (at ${filters.y})`)

    // The scale bar: metric, labelled, and clear of every panel.
    const scale = page.getByTestId('scale-bar')
    assert.ok(Number(await scale.getAttribute('data-meters')) >= 1000)
    assert.match(await scale.innerText(), /\d+ 公里/)
    const scaleBox = await box(page, '[data-testid="scale-bar"]')
    for (const sel of ['[data-chrome="side"]', '[data-testid="time-panel"]', '[data-testid="inset"]', '[data-testid="attribution"]', '[data-testid="headline-band"]']) {
      assert.ok(!overlap(scaleBox, await box(page, sel)), `scale bar clear of ${sel}`)
    }
    assert.ok(scaleBox.x + scaleBox.w <= 1920 && scaleBox.y + scaleBox.h <= 1080)

    // Headline figures: from the records, steady on a year change, legible, each opening its record.
    await page.getByTestId('span-toggle').click()
    await page.getByTestId('slider').focus()
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    assert.equal(await page.getByTestId('year-shown').innerText(), '2008')
    assert.equal(await page.getByTestId('headline-aidFunds').locator('[data-testid="headline-value"]').innerText(), '21.96亿元')
    assert.match(await page.getByTestId('headline-aidProjects').innerText(), /2,711/)
    assert.match(await page.getByTestId('headline-council').innerText(), /16/)
    const bandBefore = await page.$$eval('[data-testid="headline-band"] button', (els) => els.map((el) => JSON.stringify(el.getBoundingClientRect())))
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
    assert.equal(await page.getByTestId('year-shown').innerText(), '2013')
    assert.match(await page.getByTestId('headline-council').innerText(), /30/)
    const bandAfter = await page.$$eval('[data-testid="headline-band"] button', (els) => els.map((el) => JSON.stringify(el.getBoundingClientRect())))
    assert.deepEqual(bandAfter, bandBefore, 'no layout shift on a year change')
    assert.ok(await minCapHeight(page) >= 1080 * 0.012, 'cap height at least 1.2% of the screen height')
    await page.getByTestId('headline-aidFunds').click()
    await page.getByTestId('detail-panel').waitFor()
    assert.match(await page.getByTestId('detail-panel').innerText(), /21\.96亿元/)
    await screenshot(page, 'cartography-1920x1080')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('3840×2160: the side panel is never cut off, its last control reachable; headline legible from 3 m', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 3840, height: 2160, path: '/?year=2010' })
  try {
    await waitForMapIdle(page, 300_000)
    for (const id of ['waterway', 'office', 'coverage', 'cooperation']) {
      const box = page.getByTestId(`layer-${id}`)
      if (!(await box.isChecked())) await box.check()
    }
    const side = await box(page, '[data-chrome="side"]')
    assert.ok(side.y + side.h <= 2160, 'the side panel ends on screen')
    await page.getByTestId('clear-all').scrollIntoViewIfNeeded()
    const clear = await box(page, '[data-testid="clear-all"]')
    assert.ok(clear.y >= side.y && clear.y + clear.h <= side.y + side.h + 0.5, 'the last control scrolls into the panel, not past the screen')
    assert.ok(await minCapHeight(page) >= 2160 * 0.012, 'cap height at least 1.2% of the screen height')
    assert.ok(await page.getByTestId('scale-bar').isVisible())
    await screenshot(page, 'cartography-3840x2160')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('7680×2160 wall: neighbouring land west of 55°E is land, not sea; the headline column is read from 5 m', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 7680, height: 2160, path: '/?year=2010' })
  try {
    await waitForMapIdle(page, 300_000)
    const side = await box(page, '[data-chrome="side"]')
    // Right of the side panel the national view shows about 35–50°E (the Levant to Iran): all of it was sea-blue
    // while the neighbours were clipped at 55°E.
    const strip = { x: Math.round(side.x + side.w + 20), y: 700, width: 500, height: 700 }
    const png = await page.screenshot({ clip: strip })
    const seaShare = await page.evaluate(async (b64) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const c = new OffscreenCanvas(img.width, img.height)
      const ctx = c.getContext('2d')
      ctx.drawImage(img, 0, 0)
      const { data } = ctx.getImageData(0, 0, img.width, img.height)
      let sea = 0
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 0xd6) < 6 && Math.abs(data[i + 1] - 0xe4) < 6 && Math.abs(data[i + 2] - 0xee) < 6) sea++
      return sea / (data.length / 4)
    }, png.toString('base64'))
    // With the old clip the strip is all sea (share ~1); with the neighbours it is about half land, half Gulf and sea.
    assert.ok(seaShare < 0.8, `west of China is land, not only sea (sea share ${seaShare.toFixed(2)})`)
    const band = await box(page, '[data-testid="headline-band"]')
    assert.ok(band.x + band.w <= 7680 && band.y + band.h <= 2160)
    assert.ok(await minCapHeight(page) >= 2160 * 0.012)
    await screenshot(page, 'cartography-7680x2160')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the time bar, the insets and south China: no overlap at every supported size, the time bar on one line at 1280×720', { timeout: 600_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1280, height: 720, path: '/?year=2010' })
  try {
    for (const [width, height, path] of [[1280, 720, '/?year=2010'], [1280, 720, '/?year=2010&lang=en'], [1920, 1080, '/?year=2010'], [3840, 2160, '/?year=2010'], [7680, 2160, '/?year=2010']]) {
      await page.setViewportSize({ width, height })
      await page.goto(atlas.server.origin + path)
      await waitForMapIdle(page, 300_000)
      // The Delta inset shows at the national view with Delta layers on; the map has framed China again since.
      await page.getByTestId('delta-inset').waitFor()
      await page.waitForTimeout(1000)
      const where = `${width}×${height} ${path}`
      const time = await box(page, '[data-testid="time-panel"]')
      const inset = await box(page, '[data-testid="inset"]')
      const delta = await box(page, '[data-testid="delta-inset"]')
      assert.ok(!overlap(time, inset), `${where}: the time bar clears the South China Sea inset`)
      assert.ok(!overlap(time, delta), `${where}: the time bar clears the Delta inset`)
      assert.ok(!overlap(inset, delta), `${where}: the insets clear each other`)
      // Hainan's south (CHINA_BOUNDS, src/map/style.ts) is above the time bar: Guangxi, Guangdong and Hainan stay clear.
      const south = await page.evaluate(() => window.__atlasMap.project([110, 17.8]).y)
      assert.ok(south <= time.y, `${where}: China's south edge (${Math.round(south)}) is above the time bar (${Math.round(time.y)})`)
      if (width === 1280 && !path.includes('lang=en')) {
        const controls = await box(page, '[data-testid="time-panel"] .controls')
        assert.ok(controls.h < 60, `${where}: the time bar's controls are one row (${Math.round(controls.h)} px high)`)
      }
    }
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('7680×2160 wall: China is framed beside the wall column even when the column mounts after the first fit', { timeout: 400_000 }, async () => {
  // The column mounts once the records are ready; holding one records file back until the map has loaded (and made
  // its first fit) makes the column come last, as on a slow network.
  const context = await atlas.browser.newContext({ viewport: { width: 7680, height: 2160 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  let held = false
  await page.route('**/assets/cooperation-*.geojson', async (route) => {
    const until = Date.now() + 200_000
    while (Date.now() < until && !(await page.evaluate(() => Boolean(window.__atlasMap?.isStyleLoaded())).catch(() => false))) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    held = (await page.evaluate(() => document.querySelector('[data-chrome="wall"]') === null).catch(() => false))
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await route.continue()
  })
  try {
    await page.goto(`${atlas.server.origin}/?year=2010`)
    await waitForMapIdle(page, 300_000)
    await page.getByTestId('wall-panel').waitFor({ timeout: 120_000 })
    await page.waitForTimeout(1000)
    assert.ok(held, 'the records file was held back until the map had loaded, the column not yet mounted')
    const wall = await box(page, '[data-chrome="wall"]')
    const side = await box(page, '[data-chrome="side"]')
    // China's bounding box (the atlas's CHINA_BOUNDS, src/map/style.ts) on screen: between the side panel and the column.
    const china = await page.evaluate(() => {
      const map = window.__atlasMap
      const sw = map.project([73.4, 17.8])
      const ne = map.project([135.1, 53.6])
      return { x: sw.x, y: ne.y, w: ne.x - sw.x, h: sw.y - ne.y }
    })
    assert.ok(china.x + china.w <= wall.x, `China (right edge ${Math.round(china.x + china.w)}) ends left of the wall column (${Math.round(wall.x)})`)
    assert.ok(china.x >= side.x + side.w, `China (left edge ${Math.round(china.x)}) starts right of the side panel (${Math.round(side.x + side.w)})`)
    // The fit uses the room: China is not shrunk to a corner (its box spans most of the lane between the panels).
    assert.ok(china.w >= 0.6 * (wall.x - side.x - side.w), `China fills the map's lane (${Math.round(china.w)} px)`)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

// The poster's test is tests/e2e/poster.e2e.test.mjs.
