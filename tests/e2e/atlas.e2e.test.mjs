// The atlas itself: the slider, the player, the filters, the detail panel and the URL, as a person uses them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useAtlas, openPage, outsideRequests, waitForMapIdle, screenshot, colourStats, mapCanvasPng, mapColourProblems, LAYERS_DRAWN } from './harness.mjs'
import { loadRecords, expectedCount } from './records.mjs'

const records = loadRecords()
const atlas = await useAtlas()

const shownCount = async (page) => Number((await page.getByTestId('shown-count').innerText()).match(/\d+/)[0])
const yearShown = (page) => page.getByTestId('year-shown').innerText()
async function ready(page) {
  await waitForMapIdle(page)
  await page.waitForFunction(() => !/\b0 \/ 0\b|0 \/ 0 /.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? '0 / 0 '))
}
/** Wait until the map has drawn the new state (the year tween and deck's redraw). */
async function settle(page) {
  await page.waitForTimeout(700)
  await waitForMapIdle(page)
}

test('the data loads with no problem and every record is counted', async () => {
  const { page, context, errors, requests } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await ready(page)
    assert.equal(await page.getByTestId('data-problems').count(), 0, 'no data problem is listed')
    const total = Number((await page.getByTestId('shown-count').innerText()).match(/\/ ?(\d+)/)[1])
    assert.equal(total, records.length)
    assert.equal(await shownCount(page), expectedCount(records, 2010))
    assert.deepEqual(outsideRequests(requests, atlas.server.origin), [])
    assert.deepEqual(errors, [])
    await screenshot(page, 'atlas-2010')
  } finally {
    await context.close()
  }
})

test('keyboard on the slider steps the year; the count and the drawing follow the records', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await ready(page)
    const slider = page.getByRole('slider')
    assert.equal(await slider.getAttribute('aria-valuemin'), '2006')
    assert.equal(await slider.getAttribute('aria-valuemax'), '2015')
    await slider.focus()
    await page.keyboard.press('Home')
    await settle(page)
    assert.equal(await slider.getAttribute('aria-valuenow'), '2006')
    assert.equal(await yearShown(page), '2006')
    assert.equal(await shownCount(page), expectedCount(records, 2006))
    await screenshot(page, 'atlas-2006')
    const map2006 = await mapCanvasPng(page)
    for (const [key, year] of [['ArrowRight', 2007], ['PageUp', 2010], ['End', 2015], ['ArrowLeft', 2014], ['PageDown', 2011]]) {
      await page.keyboard.press(key)
      assert.equal(await slider.getAttribute('aria-valuenow'), String(year), `${key} -> ${year}`)
      assert.equal(await shownCount(page), expectedCount(records, year), `count in ${year}`)
    }
    await settle(page)
    await screenshot(page, 'atlas-2011')
    // The map canvas alone: the panels (whose year changes too) are not part of it.
    const map2011 = await mapCanvasPng(page)
    assert.notEqual(Buffer.compare(map2006, map2011), 0, 'the map changed between 2006 and 2011')
    assert.deepEqual(mapColourProblems(await colourStats(atlas.browser, map2011), LAYERS_DRAWN), [], 'the layers are drawn in 2011')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('dragging the slider sets the year under the finger', async () => {
  const { page, context } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await ready(page)
    const track = await page.getByTestId('year-track').boundingBox()
    const xOf = (year) => track.x + ((year - 2006) / 9) * track.width
    const y = track.y + track.height / 2
    await page.mouse.move(xOf(2010), y)
    await page.mouse.down()
    await page.mouse.move(xOf(2008), y, { steps: 5 })
    assert.equal(await yearShown(page), '2008')
    await page.mouse.move(xOf(2013), y, { steps: 8 })
    await page.mouse.up()
    assert.equal(await yearShown(page), '2013')
    assert.equal(await shownCount(page), expectedCount(records, 2013))
  } finally {
    await context.close()
  }
})

test('play advances the year and loops back to 2006', async () => {
  const { page, context } = await openPage(atlas.browser, atlas.server.origin, { path: '/?year=2014' })
  try {
    await ready(page)
    await page.getByTestId('speed').selectOption('2')
    await page.getByTestId('play').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="year-shown"]').textContent === '2015', null, { timeout: 30000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="year-shown"]').textContent === '2006', null, { timeout: 30000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="year-shown"]').textContent === '2007', null, { timeout: 30000 })
    await page.getByTestId('play').click()
    const paused = await yearShown(page)
    await page.waitForTimeout(1200)
    assert.equal(await yearShown(page), paused, 'pause stops the year')
  } finally {
    await context.close()
  }
})

test('clicking a recipient region opens its panel with the plan figure for 2006–2010', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?year=2008&layers=aid' })
  try {
    await ready(page)
    await settle(page)
    const point = await page.evaluate(() => window.__atlasMap.project([87.434, 29.131]))
    await page.mouse.click(point.x, point.y)
    const panel = page.getByTestId('detail-panel')
    await panel.waitFor()
    assert.match(await page.getByTestId('detail-name').innerText(), /日喀则/)
    assert.match(await page.getByTestId('detail-years').innerText(), /2006–2010/)
    const figures = await page.getByTestId('detail-figures').innerText()
    assert.match(figures, /6\.27亿元/)
    assert.match(figures, /331个/)
    assert.match(await page.getByTestId('detail-source').innerText(), /规划》一（一）/)
    assert.equal(await page.getByTestId('detail-location-precision').innerText(), '地市级')
    assert.match(await page.getByTestId('detail-date-precision').innerText(), /整段时期/)
    await screenshot(page, 'atlas-xigaze-panel')
    await page.getByTestId('language').click()
    assert.match(await page.getByTestId('detail-figures').innerText(), /CNY 627 million/)
    assert.equal(await page.getByTestId('detail-location-precision').innerText(), 'Prefecture')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the detail panel says in words when a place is approximate, a date unknown, or the regions researched', async () => {
  const cases = [
    ['coop-west-farm-fairs-2006-2010', 'detail-location-precision', /近似：地区由本图选定/],
    ['office-inner-mongolia-added-2006-2010', 'detail-date-precision', /日期不详/],
    ['aid-kashgar-4-counties-livelihood-2011-2015', 'detail-regions-source', /地区依据[\s\S]*研究资料[\s\S]*gov\.cn/],
  ]
  for (const [id, testId, words] of cases) {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: `/?sel=${id}` })
    try {
      await page.getByTestId('detail-panel').waitFor()
      assert.match(await page.getByTestId(testId).innerText(), words, id)
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  }
})

test('a region filter narrows the map and the count; clear all restores them', async () => {
  const { page, context } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await ready(page)
    const all = await shownCount(page)
    await page.getByTestId('region-province').selectOption('530000')
    assert.equal(await shownCount(page), expectedCount(records, 2010, '530000'))
    assert.ok(await shownCount(page) < all)
    await page.getByTestId('region-prefecture').selectOption('533400')
    assert.equal(await shownCount(page), expectedCount(records, 2010, '533400'))
    await settle(page)
    await screenshot(page, 'atlas-filter-diqing')
    await page.getByTestId('clear-all').click()
    assert.equal(await shownCount(page), all)
  } finally {
    await context.close()
  }
})

test('a copied URL restores year, filters, selection and language in a new page', async () => {
  const { page, context } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await ready(page)
    const slider = page.getByRole('slider')
    await slider.focus()
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowLeft')
    await page.getByTestId('region-province').selectOption('650000')
    await page.getByTestId('status-planned').click()
    await page.getByTestId('language').click()
    const count = await shownCount(page)
    await settle(page)
    // Click inside Bachu county (Kashgar): the planned tasks there are drawn as one area.
    const point = await page.evaluate(() => window.__atlasMap.project([79.248, 39.275]))
    await page.mouse.click(point.x, point.y)
    await page.getByTestId('detail-panel').waitFor()
    const name = await page.getByTestId('detail-name').innerText()
    assert.ok(records.some((r) => r.name.en === name && r.status === 'planned' && r.regions.includes('653130')), `${name} is a planned task in Bachu`)
    await page.waitForURL(/sel=/) // written once the page is idle (useUrlState)
    const url = page.url()
    assert.match(url, /year=2014/)
    const second = await openPage(atlas.browser, atlas.server.origin, { path: url.slice(atlas.server.origin.length) })
    try {
      await ready(second.page)
      assert.equal(await yearShown(second.page), '2014')
      assert.equal(await second.page.getByTestId('region-province').inputValue(), '650000')
      assert.equal(await second.page.getByTestId('status-planned').getAttribute('aria-pressed'), 'true')
      assert.equal(await shownCount(second.page), count)
      assert.equal(await second.page.getByTestId('detail-name').innerText(), name)
      assert.match(await second.page.locator('h1').innerText(), /Shanghai Cooperation Atlas/)
    } finally {
      await second.context.close()
    }
  } finally {
    await context.close()
  }
})

test('Yunnan: what was funded in 2006–2010 and what was planned for 2011–2015, from the map alone', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?span=2006-2010&layers=aid&regions=530000' })
  try {
    await ready(page)
    await settle(page)
    const wenshan = await page.evaluate(() => window.__atlasMap.project([104.461, 23.696]))
    await page.mouse.click(wenshan.x, wenshan.y)
    await page.getByTestId('detail-panel').waitFor()
    assert.match(await page.getByTestId('detail-figures').innerText(), /8\.55亿元[\s\S]*1,803个/)

    await page.getByTestId('span-toggle').click()
    await page.getByRole('slider').focus()
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowLeft')
    await page.getByTestId('status-planned').click()
    await settle(page)
    const pu = await page.evaluate(() => window.__atlasMap.project([104.2, 23.5]))
    await page.mouse.click(pu.x, pu.y)
    await page.getByTestId('detail-also').waitFor()
    const planned = records.filter((r) => r.status === 'planned' && r.regions.includes('532600') && r.years[0] <= 2014 && r.years[1] >= 2014)
    const listed = 1 + await page.getByTestId('detail-also').locator('li').count()
    assert.ok(listed >= 5, `the panel lists the planned tasks (${listed})`)
    assert.ok(listed <= planned.length)
    await screenshot(page, 'atlas-yunnan-planned')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
