// The analyst workspace, as an analyst uses it: a chart bar filters the map, search flies and selects, exports hold
// exactly the records shown, an imported file joins the map and survives a reload, and the playback becomes a WebM.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { csvParse } from 'd3-dsv'
import { serveDist, launchBrowser, openPage, outsideRequests, waitForMapIdle, screenshot, colourStats, mapColourProblems, ROOT } from './harness.mjs'
import { loadRecords, expectedCount } from './records.mjs'

let server
let browser
const records = loadRecords()
before(async () => {
  server = await serveDist()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.close()
})

const counts = async (page) => {
  const [, shown, total] = (await page.getByTestId('shown-count').innerText()).match(/(\d+)\D+(\d+)/)
  return { shown: Number(shown), total: Number(total) }
}
async function ready(page) {
  await waitForMapIdle(page, 180_000)
  await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? ''))
}
/** A file of `bytes` letters on disk, for files too big to hand playwright as a buffer. */
async function bigFile(name, bytes) {
  const path = join(await mkdtemp(join(tmpdir(), 'atlas-big-')), name)
  await writeFile(path, Buffer.alloc(bytes, 0x61))
  return path
}
async function openWorkspace(page, tab) {
  await page.getByTestId('workspace-toggle').click()
  await page.getByTestId(`tab-${tab}`).click()
}
async function downloadOf(page, testid, timeout = 30_000) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), page.getByTestId(testid).click()])
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) }
}

test('clicking a region bar filters the map, the count and the region filter', async () => {
  const { page, context, errors, requests } = await openPage(browser, server.origin)
  try {
    await ready(page)
    await openWorkspace(page, 'charts')
    await page.getByTestId('region-bar-530000').click()
    assert.equal((await counts(page)).shown, expectedCount(records, 2010, '530000'))
    assert.equal(await page.getByTestId('region-province').inputValue(), '530000')
    // The year chart: a click sets the year, a drag sets the span.
    let box = await page.getByTestId('year-brush').boundingBox()
    const xOf = (year) => box.x + ((year - 2006 + 0.5) / 10) * box.width
    await page.mouse.click(xOf(2012), box.y + box.height / 2)
    assert.equal(await page.getByTestId('year-shown').innerText(), '2012')
    // The charts above it change height with the year: measure again.
    box = await page.getByTestId('year-brush').boundingBox()
    await page.mouse.move(xOf(2007), box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(xOf(2009), box.y + box.height / 2, { steps: 6 })
    await page.mouse.up()
    assert.equal(await page.getByTestId('year-shown').innerText(), '2007–2009')
    await screenshot(page, 'workspace-charts-yunnan')
    assert.deepEqual(outsideRequests(requests, server.origin), [])
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('search selects a record and flies the map to it', async () => {
  const { page, context, errors } = await openPage(browser, server.origin)
  try {
    await ready(page)
    await openWorkspace(page, 'search')
    await page.getByTestId('search-input').fill('Xigaze')
    await page.getByTestId('search-hit-aid-xigaze-2006-2010').click()
    await page.getByTestId('detail-panel').waitFor()
    assert.match(await page.getByTestId('detail-name').innerText(), /日喀则/)
    const target = records.find((r) => r.id === 'aid-xigaze-2006-2010')
    assert.ok(target)
    await page.waitForFunction(() => !window.__atlasMap.isMoving(), null, { timeout: 30_000 })
    const view = await page.evaluate(() => ({ c: window.__atlasMap.getCenter(), z: window.__atlasMap.getZoom() }))
    assert.ok(Math.abs(view.c.lng - 87.4) < 1.5 && Math.abs(view.c.lat - 29.1) < 1.5, `centre ${JSON.stringify(view.c)}`)
    assert.ok(view.z > 5, `zoom ${view.z}`)
    await page.waitForURL(/sel=aid-xigaze-2006-2010/, { timeout: 10_000 })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('CSV, GeoJSON and PNG exports hold exactly the records shown', async () => {
  const { page, context, errors } = await openPage(browser, server.origin, { path: '/?regions=530000' })
  try {
    await ready(page)
    const { shown } = await counts(page)
    assert.equal(shown, expectedCount(records, 2010, '530000'))
    await openWorkspace(page, 'export')
    const csv = await downloadOf(page, 'export-csv')
    assert.match(csv.name, /\.csv$/)
    const rows = csvParse(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''))
    assert.equal(rows.length, shown)
    const geo = JSON.parse((await downloadOf(page, 'export-geojson')).bytes.toString('utf8'))
    assert.equal(geo.features.length, shown)
    assert.deepEqual(geo.features.map((f) => f.id).sort(), rows.map((r) => r.id).sort())
    const png = await downloadOf(page, 'export-png', 60_000)
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47])
    // The map shows where the burned-in caption does not reach: the right half, between the title and the source line.
    const stats = await colourStats(browser, png.bytes, [0.5, 0.2, 1, 0.75])
    assert.deepEqual(mapColourProblems(stats), [], 'the PNG has the map in it')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('an imported file joins the map, survives a reload, and a bad file changes nothing', async () => {
  const { page, context, errors } = await openPage(browser, server.origin, { path: '/?layers=park&year=2012' })
  try {
    await ready(page)
    const before = await counts(page)
    await openWorkspace(page, 'import')
    await page.getByTestId('import-file').setInputFiles(join(ROOT, 'tests/fixtures/import/bad.csv'))
    await page.getByTestId('import-problems').waitFor()
    assert.match(await page.getByTestId('import-problems').innerText(), /999999/)
    assert.deepEqual(await counts(page), before, 'a bad file changes nothing')
    await page.getByTestId('import-file').setInputFiles(join(ROOT, 'tests/fixtures/import/good.geojson'))
    await page.getByTestId('import-ok').waitFor()
    assert.deepEqual(await counts(page), { shown: before.shown + 1, total: before.total + 1 })
    await page.getByTestId('workspace-close').click()
    const clickPark = async (p) => {
      await p.waitForTimeout(700)
      await waitForMapIdle(p, 180_000)
      const pt = await p.evaluate(() => window.__atlasMap.project([119.7658, 49.2116]))
      await p.mouse.click(pt.x, pt.y)
      await p.getByTestId('detail-panel').waitFor()
      return p.getByTestId('detail-name').innerText()
    }
    assert.equal(await clickPark(page), '我的园区')
    await screenshot(page, 'workspace-imported')
    await page.reload()
    await ready(page)
    await page.waitForFunction((n) => new RegExp(`\\b${n}\\b`).test(document.querySelector('[data-testid="shown-count"]').textContent), before.total + 1)
    assert.equal(await clickPark(page), '我的园区')
    await openWorkspace(page, 'import')
    assert.match(await page.getByTestId('user-files').innerText(), /good\.geojson/)
    await page.getByTestId('remove-good.geojson').click()
    assert.deepEqual(await counts(page), before)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('hostile files through the real file input: refused in Chinese, nothing changes, an earlier layer survives a reload', async () => {
  const { page, context, errors } = await openPage(browser, server.origin, { path: '/?year=2012' })
  try {
    await ready(page)
    const before = await counts(page)
    await openWorkspace(page, 'import')
    const input = page.getByTestId('import-file')
    const feature = (id, props = {}, coordinates = [87.4335, 29.1308]) => ({
      type: 'Feature', id, geometry: { type: 'Point', coordinates },
      properties: { layer: 'aid', name: { zh: '学校', en: 'School' }, category: 'education', status: 'achieved', years: [2008, 2010], regions: ['540200'], metrics: { projects: 1 }, source: { ref: 'survey' }, ...props },
    })
    const geojson = (name, features) => ({ name, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })) })
    await input.setInputFiles(geojson('earlier.geojson', [feature('earlier')]))
    await page.getByTestId('import-ok').waitFor()
    const withEarlier = await counts(page)
    assert.equal(withEarlier.total, before.total + 1)
    const hostile = [
      [geojson('part.geojson', [feature('p', { partOf: 'aid-xigaze-2006-2010' })]), /不是本文件中的记录/],
      [geojson('inf.geojson', [feature('a', { metrics: { fundsCny: 1.79e308 } }), feature('b', { metrics: { fundsCny: 1.79e308 } })]), /超过此项允许的最大值/],
      [geojson('regions.geojson', [feature('r', { regions: Array.from({ length: 50_000 }, (_, i) => String(900000 + i)) })]), /50000 个问题[\s\S]*另有 49900 个问题未列出/],
      [geojson('swap.geojson', [feature('s', {}, [29.1308, 87.4335])]), /经纬度似乎颠倒了/],
      [{ name: 'map.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, /不是文本文件/],
      [{ name: 'u16.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeffid,layer\nx,aid\n', 'utf16le') }, /UTF-16/],
      [{ name: 'rlo.csv', mimeType: 'text/csv', buffer: Buffer.from('id,layer,name_zh,name_en,category,status,year_start,year_end,regions,source_ref\nx,aid,学校,a\u202Eexe,education,achieved,0x7D6,2010,540200,s\n') }, /^(?=[\s\S]*隐藏的文字方向控制字符)(?=[\s\S]*“0x7D6”不是十进制数字)/],
      // Over 50 MB, so from a file on disk (playwright refuses a larger in-memory buffer).
      [await bigFile('big.csv', 65_000_000), /文件大小 65\.0 MB，超过上限 64 MB/],
    ]
    for (const [file, message] of hostile) {
      const name = typeof file === 'string' ? basename(file) : file.name
      await input.setInputFiles(file)
      await page.waitForFunction((name) => document.querySelector('[data-testid="import-problems"]')?.textContent?.includes(name), name, { timeout: 120_000 })
      const text = await page.getByTestId('import-problems').innerText()
      assert.match(text, message, `${name}: ${text.slice(0, 300)}`)
      assert.ok((await page.locator('[data-testid="import-problems"] li').count()) <= 101, `${name}: the list is capped`)
      assert.deepEqual(await counts(page), withEarlier, `${name} changes nothing`)
    }
    await page.reload()
    await ready(page)
    await page.waitForFunction((n) => new RegExp(`\\b${n}\\b`).test(document.querySelector('[data-testid="shown-count"]').textContent), withEarlier.total)
    await openWorkspace(page, 'import')
    assert.match(await page.getByTestId('user-files').innerText(), /earlier\.geojson/)
    await page.getByTestId('remove-earlier.geojson').click()
    assert.deepEqual(await counts(page), before)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the playback is recorded as a WebM video with a progress bar', async () => {
  const { page, context, errors } = await openPage(browser, server.origin, { path: '/?regions=650000' })
  try {
    await ready(page)
    await openWorkspace(page, 'export')
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      (async () => {
        await page.getByTestId('export-webm').click()
        await page.getByTestId('recording-progress').waitFor()
        assert.equal(await page.getByTestId('recording-cancel').isVisible(), true)
      })(),
    ])
    const bytes = await readFile(await download.path())
    assert.match(download.suggestedFilename(), /\.webm$/)
    assert.ok(bytes.length > 1000, `size ${bytes.length}`)
    assert.deepEqual([...bytes.subarray(0, 4)], [0x1a, 0x45, 0xdf, 0xa3], 'EBML header')
    // The recording gives the view back as it was.
    assert.equal(await page.getByTestId('year-shown').innerText(), '2010')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
