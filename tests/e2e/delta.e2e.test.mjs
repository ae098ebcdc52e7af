// The Yangtze Delta inset (a national view with Delta layers on shows the Delta by prefecture beside the South China
// Sea inset, clickable like the main map, following the year) and the 32:9 wall layout.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { useAtlas, openPage, waitForMapIdle, screenshot, ROOT } from './harness.mjs'

const atlas = await useAtlas()
const CHAPTERS = JSON.parse(readFileSync(join(ROOT, 'geo/tour/chapters.json'), 'utf8')).chapters
const DELTA_LAYERS = ['park', 'waterway', 'office', 'coverage', 'cooperation']

const boxOf = (page, selector) => page.evaluate((sel) => {
  const el = document.querySelector(sel)
  if (!el) return null
  const r = el.getBoundingClientRect()
  return r.width === 0 && r.height === 0 ? null : { x: r.x, y: r.y, w: r.width, h: r.height }
}, selector)
const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/**
 * A point of the Delta inset (CSS px, page coordinates) where the inset finds a record (`record: true`) or only
 * units, found by asking the inset's own hit test along a grid.
 */
const findPoint = (page, record) => page.evaluate((wantRecord) => {
  const inset = window.__atlasDeltaInset
  const box = document.querySelector('[data-testid="delta-inset"] .inset-canvas').getBoundingClientRect()
  const note = document.querySelector('[data-testid="delta-inset-note"]').getBoundingClientRect()
  for (let y = 4; y < box.height - 4; y += 3) {
    for (let x = 4; x < box.width - 4; x += 3) {
      if (box.x + x <= note.right && box.y + y <= note.bottom) continue
      const hit = inset.pick(x, y)
      if (wantRecord ? hit.id : !hit.id && hit.regions.length === 2) return { x: box.x + x, y: box.y + y, id: hit.id, regions: hit.regions }
    }
  }
  return null
}, record)

/** Wait until the main map has stopped moving (a preset or home flies for up to 2 s). */
const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  const map = window.__atlasMap
  const done = () => (map.isMoving() ? map.once('moveend', () => setTimeout(resolve, 200)) : setTimeout(resolve, 200))
  setTimeout(done, 300)
}))

test('1920×1080: the Delta inset at the national view follows the year, a click opens the record, layers off or the Delta preset hide it', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1920, height: 1080, path: '/?year=2010' })
  try {
    await waitForMapIdle(page, 300_000)
    await page.getByTestId('delta-inset').waitFor()
    await screenshot(page, 'delta-inset-1920x1080')
    assert.match(await page.getByTestId('delta-inset-note').textContent(), /长三角/)
    const marks2010 = await page.evaluate(() => window.__atlasDeltaInset.marks())
    assert.ok(marks2010.length >= 10, `the inset draws the Delta's marks (${marks2010.length})`)
    assert.ok(!marks2010.some((id) => id.startsWith('arc:')), 'no arcs in the inset')
    // The year: the inset redraws from the records shown (the council had 16 members before 2010, 22 from 2010).
    await page.getByTestId('slider').focus()
    await page.keyboard.press('Home')
    await page.waitForFunction(() => document.querySelector('[data-testid="year-shown"]').textContent.trim() === '2006')
    const marks2006 = await page.evaluate(() => window.__atlasDeltaInset.marks())
    assert.ok(marks2006.length < marks2010.length, `fewer marks in 2006 (${marks2006.length}) than in 2010 (${marks2010.length})`)
    await page.keyboard.press('End')

    // A click on a mark selects its record, as on the main map: the detail panel opens.
    const mark = await findPoint(page, true)
    assert.ok(mark, 'a mark the inset can hit')
    await page.mouse.click(mark.x, mark.y)
    await page.getByTestId('detail-panel').waitFor({ timeout: 60_000 })
    await page.waitForURL(new RegExp(`sel=${mark.id}`), { timeout: 10_000 })
    await page.getByTestId('detail-close').click()
    // A click beside the marks picks the units under it (province and prefecture), as the main map does.
    const land = await findPoint(page, false)
    assert.ok(land, 'a point of the inset on land without a mark')
    await page.mouse.click(land.x, land.y)
    await page.getByTestId(`pick-${land.regions[1]}`).waitFor({ timeout: 10_000 })

    // Layers with features in the Delta off: no inset; one of them on again: the inset is back.
    for (const id of DELTA_LAYERS) {
      if (await page.getByTestId(`layer-${id}`).isChecked()) await page.getByTestId(`layer-${id}`).click()
    }
    await page.waitForFunction(() => !document.querySelector('[data-testid="delta-inset"]'), null, { timeout: 10_000 })
    await page.getByTestId('layer-park').click()
    await page.getByTestId('delta-inset').waitFor({ timeout: 10_000 })

    // Zoomed in on the Delta, the map itself shows it: the inset goes; home brings it back.
    await page.getByTestId('view-delta').click()
    await settle(page)
    await page.waitForFunction(() => !document.querySelector('[data-testid="delta-inset"]'), null, { timeout: 10_000 })
    await page.getByTestId('home').click()
    await settle(page)
    await page.getByTestId('delta-inset').waitFor({ timeout: 10_000 })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

for (const [width, height, minText] of [[1280, 720, 12], [1920, 1080, 12], [3840, 2160, 18], [7680, 2160, 18]]) {
  test(`${width}×${height}: the Delta inset sits beside the South China Sea inset, clear of every panel`, { timeout: 400_000 }, async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width, height, path: '/' })
    try {
      await waitForMapIdle(page, 300_000)
      await page.getByTestId('delta-inset').waitFor()
      const check = async (when) => {
        const delta = await boxOf(page, '[data-testid="delta-inset"]')
        assert.ok(delta.x >= 0 && delta.y >= 0 && delta.x + delta.w <= width + 0.5 && delta.y + delta.h <= height + 0.5, `${when}: the inset stays on screen`)
        const scs = await boxOf(page, '[data-testid="inset"]')
        assert.ok(delta.x + delta.w <= scs.x, `${when}: left of the South China Sea inset`)
        assert.ok(Math.abs(delta.y + delta.h - (scs.y + scs.h)) < 1, `${when}: on the same baseline as the South China Sea inset`)
        const others = {
          header: '.app-header .actions', title: 'h1', side: '[data-chrome="side"]', time: '[data-testid="time-panel"]', headline: '[data-testid="headline-band"]',
          detail: '[data-testid="detail-panel"]', attribution: '[data-testid="attribution"]', scale: '[data-testid="scale-bar"]', wall: '[data-testid="wall-panel"]',
        }
        for (const [name, selector] of Object.entries(others)) {
          const b = await boxOf(page, selector)
          if (b) assert.ok(!overlap(delta, b), `${when}: the Delta inset and the ${name} do not overlap`)
        }
        const note = await page.getByTestId('delta-inset-note').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
        assert.ok(note >= minText, `${when}: the inset's note is ${note}px, at least ${minText}px`)
      }
      await check('nothing selected')
      const mark = await findPoint(page, true)
      await page.mouse.click(mark.x, mark.y)
      await page.getByTestId('detail-panel').waitFor({ timeout: 60_000 })
      await check('a record selected')
      await screenshot(page, `delta-inset-${width}x${height}`)
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
}

test('the tour chapter "delta-in-china" shows China with the Delta inset (briefing step)', { timeout: 400_000 }, async () => {
  const index = CHAPTERS.findIndex((c) => c.id === 'delta-in-china')
  assert.ok(index >= 0, 'the chapter is in the tour')
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1920, height: 1080, path: `/?mode=brief&step=${index + 1}` })
  try {
    await waitForMapIdle(page, 300_000)
    await page.waitForSelector(`[data-testid="brief-step"][data-chapter="delta-in-china"]`, { timeout: 60_000 })
    await settle(page)
    await page.getByTestId('delta-inset').waitFor({ timeout: 20_000 })
    await screenshot(page, 'delta-inset-brief')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

/** Whether the main map draws neighbouring land (not sea) at each [lon, lat] that is on screen; off-screen ones are skipped. */
const landAt = (page, points) => page.evaluate((pts) => {
  const map = window.__atlasMap
  const { clientWidth: w, clientHeight: h } = map.getCanvas()
  return pts.map(([lon, lat]) => {
    const p = map.project([lon, lat])
    if (p.x < 0 || p.y < 0 || p.x > w || p.y > h) return [lon, lat, 'off-screen']
    return [lon, lat, map.queryRenderedFeatures([p.x, p.y], { layers: ['neighbours-fill', 'provinces-fill'] }).length > 0]
  })
}, points)
/** Land far from China on every side: Europe, Africa, Arabia, Australia, the Americas, Siberia. */
const FAR_LAND = [[10, 50], [20, 5], [45, 25], [135, -25], [-100, 40], [100, 65]]

test('7680×2160 wall: the year chart and the dossier side by side with the map, laid out in its width, legible from 5 m', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 7680, height: 2160, path: '/' })
  try {
    await waitForMapIdle(page, 300_000)
    const wall = await boxOf(page, '[data-testid="wall-panel"]')
    assert.ok(wall, 'the wall column is shown')
    const chart = await boxOf(page, '[data-testid="wall-year-chart"]')
    const dossier = await boxOf(page, '[data-testid="wall-dossier"]')
    assert.ok(chart.w > 1000 && dossier.w > 1000, 'chart and dossier each take a real share of the width')
    assert.ok(chart.x + chart.w <= dossier.x && Math.abs(chart.y - dossier.y) < 2, 'the chart and the dossier side by side')
    assert.equal(await page.getByTestId('wall-dossier').getAttribute('data-region'), '', 'nothing selected: the overall figures')
    assert.equal(await page.locator('[data-testid="wall-year-chart"] .year').count(), 10, 'a bar for each year 2006–2015')
    // Beside the map: China framed between the side panel and the wall column, nothing of the chrome overlapping.
    const china = await page.evaluate(() => {
      const map = window.__atlasMap
      const a = map.project([73.4, 53.6])
      const b = map.project([135.1, 17.8])
      return { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y }
    })
    const side = await boxOf(page, '[data-chrome="side"]')
    assert.ok(china.x >= side.x + side.w - 2 && china.x + china.w <= wall.x + 2, `China (${Math.round(china.x)}–${Math.round(china.x + china.w)} px) lies between the side panel and the wall column (${Math.round(wall.x)} px)`)
    const others = { side: '[data-chrome="side"]', time: '[data-testid="time-panel"]', headline: '[data-testid="headline-band"]', inset: '[data-testid="inset"]',
      delta: '[data-testid="delta-inset"]', attribution: '[data-testid="attribution"]', actions: '.app-header .actions', scale: '[data-testid="scale-bar"]' }
    for (const [name, selector] of Object.entries(others)) {
      const b = await boxOf(page, selector)
      if (b) assert.ok(!overlap(wall, b), `the wall column and the ${name} do not overlap`)
    }
    const small = await page.evaluate(() => {
      const out = []
      const walker = document.createTreeWalker(document.querySelector('[data-testid="wall-panel"]'), NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        const el = walker.currentNode.parentElement
        if (!walker.currentNode.textContent.trim() || el.getBoundingClientRect().width === 0) continue
        const size = parseFloat(getComputedStyle(el).fontSize)
        if (size < 30) out.push([walker.currentNode.textContent.trim().slice(0, 20), size])
      }
      return out
    })
    // From 5 m: the wall minimum of screens.e2e (18 px, read from 3 m) scaled by 5/3, so at least 30 CSS px.
    assert.deepEqual(small, [], 'every text of the wall column is at least 30 px')
    await screenshot(page, 'wall-7680x2160')
    // Neighbouring land wherever the wall shows land.
    for (const [lon, lat, land] of await landAt(page, FAR_LAND)) assert.notEqual(land, false, `land drawn at ${lon}, ${lat}`)

    // A selection: the dossier becomes the selected record's region.
    const mark = await findPoint(page, true)
    await page.mouse.click(mark.x, mark.y)
    await page.getByTestId('detail-panel').waitFor({ timeout: 60_000 })
    const region = await page.getByTestId('wall-dossier').getAttribute('data-region')
    assert.match(region, /^\d{6}$/, 'the dossier shows the selected record\'s region')
    assert.match(await page.getByTestId('wall-dossier').textContent(), /地区概况/)
    await screenshot(page, 'wall-7680x2160-selected')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('1280×720 zoomed out to the minimum: neighbouring land everywhere the map shows land; no wall column', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1280, height: 720, path: '/' })
  try {
    await waitForMapIdle(page, 300_000)
    assert.equal(await page.getByTestId('wall-panel').count(), 0, 'a 16:9 screen has no wall column')
    // The map's minimum zoom (2) is the furthest a person can zoom out.
    await page.evaluate(() => new Promise((resolve) => {
      const map = window.__atlasMap
      map.once('idle', resolve)
      map.jumpTo({ center: [105, 30], zoom: map.getMinZoom() })
      setTimeout(resolve, 30_000)
    }))
    await screenshot(page, 'zoomed-out-1280x720')
    const seen = await landAt(page, FAR_LAND)
    assert.ok(seen.filter(([, , land]) => land === true).length >= 4, `most far land is on screen and drawn: ${JSON.stringify(seen)}`)
    for (const [lon, lat, land] of seen) assert.notEqual(land, false, `land drawn at ${lon}, ${lat}`)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
