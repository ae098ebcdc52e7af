// The print poster: the current view drawn again at 300 dpi, tiled (src/map/print-map.ts), with the composer's own
// texts (title, period, figures, legend, scale bar, sources, attribution, date: its layout report, no OCR), the
// thematic marks where the screen has them relative to the map (not shrunk into a corner), and the live map left
// exactly as it was, after an export and after a cancel.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { useAtlas, waitForMapIdle, mapCanvasPng, ARTIFACTS } from './harness.mjs'

const atlas = await useAtlas()

/** The live map's size, pixel ratio and camera, as a person's screen has them. */
const liveState = (page) => page.evaluate(() => {
  const m = window.__atlasMap
  const c = m.getCenter()
  return {
    centre: [c.lng, c.lat], zoom: m.getZoom(), pixelRatio: m.getPixelRatio(),
    canvas: [m.getCanvas().width, m.getCanvas().height], container: [m.getContainer().clientWidth, m.getContainer().clientHeight],
    maps: document.querySelectorAll('.maplibregl-map').length,
  }
})

/** The largest circles the overlay draws, projected on the screen (CSS pixels), well inside the map. */
const bigCircles = (page) => page.evaluate(() => {
  const map = window.__atlasMap
  const [w, h] = [map.getContainer().clientWidth, map.getContainer().clientHeight]
  const circles = []
  for (const layer of window.__atlasDeck.props.layers) {
    if (layer.constructor.layerName !== 'ScatterplotLayer' || !layer.props.visible) continue
    for (const d of layer.props.data) {
      const p = map.project(d.position)
      if (d.radius >= 8 && p.x > 40 && p.y > 40 && p.x < w - 40 && p.y < h - 40) circles.push({ x: p.x, y: p.y, r: d.radius, id: d.id })
    }
  }
  return circles.sort((a, b) => b.r - a.r).slice(0, 12)
})

/** RGBA of a PNG at points, decoded by the browser; `scale` also returns the image scaled to that width. */
async function pixelsAt(browser, png, points, width = 0) {
  const page = await browser.newPage()
  try {
    return await page.evaluate(async ([b64, points, width]) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')
      ctx.drawImage(bitmap, 0, 0)
      const colours = points.map(([x, y]) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data])
      let small = null
      if (width) {
        const s = new OffscreenCanvas(width, Math.round((bitmap.height * width) / bitmap.width))
        s.getContext('2d').drawImage(bitmap, 0, 0, s.width, s.height)
        const bytes = new Uint8Array(await (await s.convertToBlob({ type: 'image/png' })).arrayBuffer())
        let bin = ''
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
        small = btoa(bin)
      }
      return { colours, small }
    }, [png.toString('base64'), points, width])
  } finally {
    await page.close()
  }
}

const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

async function openExport(page) {
  await page.goto(atlas.server.origin + '/?year=2008')
  await waitForMapIdle(page, 300_000)
  await page.getByTestId('workspace-toggle').click()
  await page.getByTestId('tab-export').click()
}

test('A3 landscape at 300 dpi: tiled, the composer’s texts, marks where the screen has them, the live map unchanged', { timeout: 900_000 }, async () => {
  const context = await atlas.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true })
  const errors = []
  try {
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    await openExport(page)
    const before = await liveState(page)
    const circles = await bigCircles(page)
    assert.ok(circles.length >= 2, `circles to look for on the poster: ${JSON.stringify(circles)}`)
    const screenPng = await mapCanvasPng(page)

    await page.getByTestId('poster-paper-A3').check()
    await page.getByTestId('poster-landscape').check()
    // The download, or the export's failure message at once (not a long wait for a file that will not come).
    const failed = page.getByTestId('export-message').waitFor({ timeout: 800_000 })
      .then(async () => { throw new Error(`the poster failed: ${await page.getByTestId('export-message').innerText()}`) })
    const [download] = await Promise.all([
      Promise.race([page.waitForEvent('download', { timeout: 800_000 }), failed]),
      page.getByTestId('export-poster').click(),
      page.getByTestId('poster-progress').waitFor({ timeout: 60_000 }),
    ])
    failed.catch(() => {})
    const bytes = readFileSync(await download.path())
    assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47])
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [4961, 3508], 'A3 landscape at 300 dpi')
    const report = await page.evaluate(() => window.__posterReport)
    assert.ok(report.plan.cols * report.plan.rows >= 2, `drawn in tiles: ${JSON.stringify(report.plan)}`)
    assert.ok(Math.max(...report.plan.tilePx) <= 4096)

    // The composer's texts: title, period, key figures, legend, scale bar, sources, attribution, date.
    const texts = report.texts.map((t) => t.text)
    for (const text of ['上海对口支援与合作交流地图', '2008', '核心数字', '对口支援项目']) assert.ok(texts.includes(text), `poster draws "${text}"`)
    assert.ok(texts.some((t) => t.includes('21.96亿元')), 'the aid figure')
    assert.ok(texts.some((t) => /\d+ 公里/.test(t)), 'a scale bar label')
    assert.ok(texts.some((t) => t.startsWith('底图：Natural Earth')), 'the basemap attribution')
    assert.ok(texts.some((t) => /^制图日期：\d{4}-\d{2}-\d{2}$/.test(t)), 'the date')
    assert.ok(texts.some((t) => t.startsWith('来源：')), 'the sources')
    // The legend as the live legend lists it: the same rows in the same order (only what is on the map now), each
    // category's count on its line. Legend item texts are drawn at 44 caption units from the left.
    const live = await page.evaluate(() => [...document.querySelectorAll('[data-testid="legend"] .entries li')]
      .map((li) => ({ text: li.querySelector('.what').textContent.trim(), count: li.dataset.count ?? null })))
    const items = report.texts.filter((t) => Math.abs(t.x - 44 * report.plan.scale) < 1)
    assert.deepEqual(items.map((t) => t.text), live.map((l) => l.text), 'the poster legend lists the live legend’s rows')
    for (const [i, l] of live.entries()) {
      const counts = report.texts.filter((t) => Math.abs(t.y - items[i].y) < 1 && t.x > items[i].x && t.text === l.count)
      assert.equal(counts.length, l.count === null ? 0 : 1, `the count of "${l.text}" (${l.count}) beside it`)
    }
    assert.ok(live.some((l) => l.count !== null), 'some rows carry counts')

    // Type scaled like the marks: the title at the print scale times its 20 px on a 1280×720 screen export.
    const title = report.texts.find((t) => t.text === '上海对口支援与合作交流地图')
    assert.ok(Math.abs(title.px - 20 * report.plan.scale) < 0.5, `title ${title.px} px at scale ${report.plan.scale}`)
    // The scale bar measures the poster's pixels: the screen's metres per pixel over the print scale.
    const mpp = await page.evaluate(() => {
      const m = window.__atlasMap
      const c = m.getContainer()
      const [a, b] = [m.unproject([c.clientWidth / 2 - 50, c.clientHeight / 2]), m.unproject([c.clientWidth / 2 + 50, c.clientHeight / 2])]
      return a.distanceTo(b) / 100
    })
    assert.ok(Math.abs(report.scaleBar.meters / report.scaleBar.px - mpp / report.plan.scale) / (mpp / report.plan.scale) < 0.01, 'scale bar')

    // Each big circle: on the screen around (x, y), on the poster at the same place relative to the map's centre,
    // times the print scale. Shrunk into a corner, the poster shows the basemap there instead. Eight points at 0.6 of
    // the radius, most of which must agree (a label may lie across the circle); only circles that stand out from the ground just outside them on
    // the screen count (the year filter hides some).
    const [w, h] = report.screen
    const around = (c) => Array.from({ length: 8 }, (_, k) => [c.x + 0.6 * c.r * Math.cos((k * Math.PI) / 4), c.y + 0.6 * c.r * Math.sin((k * Math.PI) / 4)])
    const screen = await pixelsAt(atlas.browser, screenPng, circles.flatMap((c) => [...around(c), [c.x, c.y - c.r - 4]]))
    const at = (colours, i) => colours.slice(9 * i, 9 * i + 9)
    const toPoster = ([x, y]) => [report.width / 2 + (x - w / 2) * report.plan.scale, report.height / 2 + (y - h / 2) * report.plan.scale]
    const underPanel = ([x, y]) => [...report.panels, ...report.insets.map((i) => i.rect)].some(([px, py, pw, ph]) => x >= px - 20 && y >= py - 20 && x <= px + pw + 20 && y <= py + ph + 20)
    // The colour most of a circle's points share on the screen (labels and smaller circles cross some of them).
    const main = (colours) => colours.map((c) => [c, colours.filter((o) => distance(o, c) < 20).length]).sort((x, y) => y[1] - x[1])[0]
    const shown = circles.filter((circle, i) => {
      const colours = at(screen.colours, i)
      const [colour, n] = main(colours.slice(0, 8))
      return n >= 6 && distance(colour, colours[8]) > 30 && !around(circle).map(toPoster).some(underPanel)
    })
    assert.ok(shown.length >= 2, `circles that stand out on the screen, clear of the poster's panels: ${JSON.stringify(circles)}`)
    const poster = await pixelsAt(atlas.browser, bytes, shown.flatMap((c) => around(c).map(toPoster)), 1600)
    await mkdir(ARTIFACTS, { recursive: true })
    await writeFile(join(ARTIFACTS, 'poster-A3-landscape.png'), bytes)
    await writeFile(join(ARTIFACTS, 'poster-A3-landscape-small.png'), Buffer.from(poster.small, 'base64'))
    shown.forEach((c, i) => {
      const [colour] = main(at(screen.colours, circles.indexOf(c)).slice(0, 8))
      const onPoster = poster.colours.slice(8 * i, 8 * i + 8)
      const same = onPoster.filter((p) => distance(p, colour) < 40).length
      assert.ok(same >= 6, `circle ${c.id} at ${toPoster([c.x, c.y]).map(Math.round)}: poster ${JSON.stringify(onPoster)} vs screen ${colour}`)
    })

    // The South China Sea inset (and the Delta's when the live map shows it): drawn by the composer in its frame with
    // its own note, inside the poster, clear of every panel and of the mainland (cities projected as the poster does).
    const deltaLive = await page.getByTestId('delta-inset').count()
    const kinds = report.insets.map((i) => i.kind)
    assert.deepEqual(kinds, deltaLive ? ['sea', 'delta'] : ['sea'], `insets drawn: ${JSON.stringify(report.insets)}`)
    assert.ok(texts.includes('南海诸岛'), 'the South China Sea inset’s note')
    if (deltaLive) assert.ok(texts.includes('长三角放大（地市级）'), 'the Delta inset’s note')
    const meets = (a, b) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
    const cities = await page.evaluate(() => [[116.4, 39.9], [104.07, 30.67], [87.6, 43.8], [126.6, 45.75], [113.26, 23.13], [114.3, 30.6], [121.47, 31.23], [91.1, 29.65], [102.7, 25.04], [119.3, 26.08]]
      .map((p) => { const q = window.__atlasMap.project(p); return [q.x, q.y] }))
    for (const { kind, rect } of report.insets) {
      assert.ok(rect[0] >= 0 && rect[1] >= 0 && rect[0] + rect[2] <= report.width && rect[1] + rect[3] <= report.height, `${kind} inside the poster`)
      for (const p of report.panels) assert.ok(!meets(rect, p), `${kind} inset ${rect} clear of panel ${p}`)
      for (const c of cities.map(toPoster)) assert.ok(!meets(rect, [c[0] - 1, c[1] - 1, 2, 2]), `${kind} inset ${rect} off the mainland at ${c}`)
      // A third of the live inset's width times the print scale at least: a legible inset, not a stamp.
      assert.ok(rect[2] >= 100 * report.plan.scale, `${kind} inset ${rect[2]} px wide`)
    }
    // The frame's colour (#5b6f86) in the PNG, in the middle of each side of each inset's frame.
    const frameAt = report.insets.flatMap(({ rect: [x, y, w, h] }) => {
      const o = 0.75 * report.plan.scale
      return [[x + w / 2, y - o], [x + w / 2, y + h + o], [x - o, y + h / 2], [x + w + o, y + h / 2]]
    })
    const frame = await pixelsAt(atlas.browser, bytes, frameAt)
    for (const [i, c] of frame.colours.entries()) assert.ok(distance(c, [91, 111, 134]) < 30, `inset frame at ${frameAt[i].map(Math.round)}: ${c}`)

    // The live map is as it was: size, pixel ratio, camera; the print map is gone.
    assert.deepEqual(await liveState(page), before)
    assert.equal(await page.getByTestId('poster-working').count(), 0)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('cancel: no file, the progress goes away, the live map unchanged', { timeout: 600_000 }, async () => {
  const context = await atlas.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true })
  const errors = []
  try {
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    const downloads = []
    page.on('download', (d) => downloads.push(d))
    await openExport(page)
    const before = await liveState(page)
    await page.getByTestId('poster-paper-A1').check()
    await page.getByTestId('export-poster').click()
    await page.getByTestId('poster-cancel').click()
    await page.getByTestId('poster-working').waitFor({ state: 'detached', timeout: 300_000 })
    assert.deepEqual(downloads, [])
    assert.equal(await page.getByTestId('export-message').count(), 0, 'a cancel is not a failure')
    assert.deepEqual(await liveState(page), before)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
