// The marks a leader reads at a wall: every proportional circle of the plan's 2010 view shows its centre (largest
// drawn first, with a halo), offices are one symbol labelled with their city and an office's changes are events on
// its timeline, and the legend lists only the categories on the map now, with counts, folding per layer.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { useAtlas, openPage, waitForMapIdle, screenshot, mapCanvasPng } from './harness.mjs'

const require = createRequire(import.meta.url)
const atlas = await useAtlas()

/** The data of one deck.gl layer of the overlay (test handle), with the years it is active. */
const deckData = (page, id) => page.evaluate((layerId) => {
  const layer = window.__atlasDeck.props.layers.find((l) => l.id === layerId)
  return layer ? [...layer.props.data] : null
}, id)

/** RGBA of the given CSS-pixel points of a PNG of the map canvas (scaled to the canvas's own pixels). */
async function pixelsAt(browser, png, points, cssWidth) {
  const page = await browser.newPage()
  try {
    return await page.evaluate(async ([b64, points, cssWidth]) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const canvas = new OffscreenCanvas(img.width, img.height)
      const ctx = canvas.getContext('2d')
      ctx.drawImage(img, 0, 0)
      const k = img.width / cssWidth
      return points.map(([x, y]) => [...ctx.getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data])
    }, [png.toString('base64'), points, cssWidth])
  } finally {
    await page.close()
  }
}

const near = (a, b, tol) => Math.abs(a[0] - b[0]) <= tol && Math.abs(a[1] - b[1]) <= tol && Math.abs(a[2] - b[2]) <= tol

// The plan's 2010 view at 1920×1080, the 2006–2010 span, and 2010 zoomed out on a small screen, where Kashgar's,
// Aksu's, Dujiangyan's and the Three Gorges' circles overlap.
const CIRCLE_VIEWS = [
  { name: '2010', width: 1920, height: 1080, path: '/?year=2010&layers=aid', inView: (y) => y[0] <= 2010 && 2010 <= y[1] },
  { name: '2006-2010', width: 1920, height: 1080, path: '/?span=2006-2010&layers=aid', inView: (y) => y[0] <= 2010 && 2006 <= y[1] },
  { name: '2010-small', width: 1280, height: 720, path: '/?year=2010&layers=aid&cam=100,35,2.6', inView: (y) => y[0] <= 2010 && 2010 <= y[1] },
]

test('2010: every proportional circle’s centre pixel shows its own fill, or a smaller circle drawn over it', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1920, height: 1080, path: '/?year=2010&layers=aid' })
  try {
    let overlapping = 0
    for (const { name, width, height, path, inView } of CIRCLE_VIEWS) {
      await page.setViewportSize({ width, height })
      await page.goto(atlas.server.origin + path)
      await waitForMapIdle(page, 300_000)
      // Only the circles: the basemap's labels and the other thematic layers go out of the way (test handles).
      await page.evaluate(() => {
        const map = window.__atlasMap
        for (const l of map.getStyle().layers) if (l.type === 'symbol' || l.id.startsWith('shanghai')) map.setLayoutProperty(l.id, 'visibility', 'none')
        const deck = window.__atlasDeck
        deck.setProps({ layers: deck.props.layers.map((l) => (l.id === 'aid-symbols' ? l : l.clone({ visible: false }))) })
      })
      await page.waitForTimeout(500)
      const circles = (await deckData(page, 'aid-symbols')).filter((d) => inView(d.years))
      assert.ok(circles.length >= 5, `${path}: the view has its circles (${circles.length})`)
      const onScreen = (await page.evaluate((list) => list.map((d) => {
        const p = window.__atlasMap.project(d.position)
        return { ...d, x: p.x, y: p.y }
      }), circles)).filter((d) => d.x >= 0 && d.y >= 0 && d.x < width && d.y < height)
      const points = onScreen.map((d) => [d.x, d.y])
      const pixels = await pixelsAt(atlas.browser, await mapCanvasPng(page), points, width)
      await screenshot(page, `carto-circles-${name}`)
      // The paper beneath each centre, with the circles hidden too: a circle's colour there is its fill over the paper.
      await page.evaluate(() => {
        const deck = window.__atlasDeck
        deck.setProps({ layers: deck.props.layers.map((l) => l.clone({ visible: false })) })
      })
      await page.waitForTimeout(500)
      const paper = await pixelsAt(atlas.browser, await mapCanvasPng(page), points, width)
      const blend = (c, under) => [0, 1, 2].map((k) => c[k] * (c[3] / 255) + under[k] * (1 - c[3] / 255))
      // What each centre should show, from the circles over it in the order deck.gl draws them (the data's order),
      // each blended over the one beneath: the pixel must match, and the top circle there must be this one or a
      // smaller one, never a larger one hiding it.
      const hidden = []
      onScreen.forEach((d, i) => {
        const dist = (o) => Math.hypot(o.x - d.x, o.y - d.y)
        const stack = onScreen.filter((o) => dist(o) <= o.radius)
        const top = stack[stack.length - 1]
        if (top.radius > d.radius) hidden.push(`${d.id} (r=${d.radius.toFixed(1)}) is under ${top.id} (r=${top.radius.toFixed(1)})`)
        // A halo crossing the centre makes the colour ambiguous: then only the order is checked.
        if (onScreen.some((o) => Math.abs(dist(o) - o.radius) < 3)) return
        const expected = stack.reduce((under, o) => blend(o.fill, under), paper[i])
        if (!near(pixels[i], expected, 10)) hidden.push(`${d.id}: centre shows ${pixels[i].slice(0, 3)}, drawn order gives ${expected.map(Math.round)}`)
      })
      assert.deepEqual(hidden, [], `${path}: no circle’s centre is hidden under a larger circle`)
      overlapping += onScreen.filter((d) => onScreen.some((o) => o !== d && Math.hypot(o.x - d.x, o.y - d.y) < o.radius + d.radius)).length
    }
    // The circles really overlap somewhere (else the test proves nothing).
    assert.ok(overlapping >= 2, `some circles overlap (${overlapping})`)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('2010: every office dot shows its own colour at its centre and its paper halo round it, over any circle', { timeout: 400_000 }, async () => {
  // All layers on: Beijing's orange dot sits on the 2010 expo's green circle, Inner Mongolia's green dot on the green
  // circles of the western exchanges.
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1920, height: 1080, path: '/?year=2010' })
  try {
    await waitForMapIdle(page, 300_000)
    // The marks alone: the basemap's labels and the thematic labels go out of the way (test handles).
    await page.evaluate(() => {
      const map = window.__atlasMap
      for (const l of map.getStyle().layers) if (l.type === 'symbol') map.setLayoutProperty(l.id, 'visibility', 'none')
      const deck = window.__atlasDeck
      deck.setProps({ layers: deck.props.layers.map((l) => (l.id.endsWith('labels') ? l.clone({ visible: false }) : l)) })
    })
    await page.waitForTimeout(500)
    const offices = (await deckData(page, 'offices')).filter((d) => d.years[0] <= 2010 && 2010 <= d.years[1])
    const circles = (await Promise.all(['aid-symbols', 'parks', 'cooperation-points'].map((id) => deckData(page, id)))).flat()
      .filter((d) => d.years[0] <= 2010 && 2010 <= d.years[1])
    const projected = await page.evaluate((list) => list.map((d) => {
      const p = window.__atlasMap.project(d.position)
      return { ...d, x: p.x, y: p.y }
    }), [...offices, ...circles])
    const dots = projected.slice(0, offices.length)
    const under = projected.slice(offices.length)
    // The test means something only where a circle lies under a dot.
    const covered = dots.filter((d) => under.some((c) => Math.hypot(c.x - d.x, c.y - d.y) < c.radius))
    assert.ok(covered.length >= 2, `some office dots sit on circles (${covered.map((d) => d.id).join(', ')})`)
    // Each dot's centre, and a point of its halo (10.75 px out: between the dot’s 8 px and the halo’s dark edge at 12, on the side farthest from the other dots).
    const haloPoint = (d) => {
      const ways = [[0, 1], [0, -1], [1, 0], [-1, 0]].map(([ax, ay]) => [d.x + 10.75 * ax, d.y + 10.75 * ay])
      const clearance = ([x, y]) => Math.min(...dots.filter((o) => o !== d).map((o) => Math.hypot(o.x - x, o.y - y)))
      return ways.sort((a, b) => clearance(b) - clearance(a))[0]
    }
    const points = dots.flatMap((d) => [[d.x, d.y], haloPoint(d)])
    const pixels = await pixelsAt(atlas.browser, await mapCanvasPng(page), points, 1920)
    await screenshot(page, 'carto-office-dots')
    const wrong = []
    dots.forEach((d, i) => {
      const [centre, halo] = [pixels[2 * i], pixels[2 * i + 1]]
      if (!near(centre, d.fill, 12)) wrong.push(`${d.id}: centre shows ${centre.slice(0, 3)}, its colour is ${d.fill.slice(0, 3)}`)
      if (!near(halo, [255, 253, 248], 16)) wrong.push(`${d.id}: halo shows ${halo.slice(0, 3)}, not paper white`)
    })
    assert.deepEqual(wrong, [], 'every office dot is drawn over the circles, in its colour and with its halo')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

/**
 * The screen boxes of the labels drawn now: the overlay's (from its TextLayers' own accessors, measured in the map's
 * font) and the basemap's placed ones (not those hidden by feature state).
 */
const labelBoxes = (page, year) => page.evaluate(([year]) => {
  const map = window.__atlasMap
  const ctx = document.createElement('canvas').getContext('2d')
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh'
  const boxes = []
  for (const layer of window.__atlasDeck.props.layers) {
    if (!['office-labels', 'coverage-labels'].includes(layer.id) || !layer.props.visible) continue
    const { getText, getSize, getPixelOffset, getTextAnchor, getAlignmentBaseline } = layer.props
    for (const d of layer.props.data) {
      if (!(d.years[0] <= year && year <= d.years[1])) continue
      const text = getText(d)
      const size = getSize(d)
      ctx.font = `700 ${size}px "Noto Sans SC"`
      const w = ctx.measureText(text).width
      const p = map.project(d.position)
      const [ox, oy] = getPixelOffset(d)
      const anchor = getTextAnchor(d)
      const baseline = getAlignmentBaseline(d)
      boxes.push({ layer: layer.id, text, x: p.x + ox - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0),
        y: p.y + oy - (baseline === 'bottom' ? size : baseline === 'center' ? size / 2 : 0), w, h: size })
    }
  }
  for (const id of ['province-labels', 'prefecture-labels']) {
    const size = map.getLayoutProperty(id, 'text-size')
    for (const f of map.queryRenderedFeatures({ layers: [id] })) {
      if (map.getFeatureState({ source: f.source, id: f.id }).hidden) continue
      const text = f.properties[lang]
      ctx.font = `400 ${size}px "Noto Sans SC"`
      const w = ctx.measureText(text).width
      const p = map.project(f.geometry.coordinates)
      boxes.push({ layer: id, text, x: p.x - w / 2, y: p.y - size / 2, w, h: size })
    }
  }
  return boxes
}, [year])

test('liaison-region labels run clear of every other label, in English and Chinese', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1920, height: 1080, path: '/?year=2010&lang=en' })
  try {
    for (const [width, height, path] of [[1920, 1080, '/?year=2010&lang=en'], [1920, 1080, '/?year=2010'], [1280, 720, '/?year=2010'], [1280, 720, '/?year=2012&lang=en']]) {
      await page.setViewportSize({ width, height })
      await page.goto(atlas.server.origin + path)
      await waitForMapIdle(page, 300_000)
      await page.waitForTimeout(500)
      const year = Number(new URL(atlas.server.origin + path).searchParams.get('year'))
      const boxes = await labelBoxes(page, year)
      const minor = boxes.filter((b) => b.layer === 'coverage-labels')
      assert.ok(minor.length >= 2, `${path}: liaison-region labels drawn (${minor.length})`)
      const hit = (a, b) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1
      const clashes = minor.flatMap((a) => boxes.filter((b) => b !== a && hit(a, b)).map((b) => `${a.text} × ${b.text} (${b.layer})`))
      assert.deepEqual(clashes, [], `${width}×${height} ${path}: no liaison-region label overlaps another label`)
    }
    await screenshot(page, 'carto-minor-labels')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('offices: one symbol labelled with its city; the full name in tooltip and panel; 增设/调整 are timeline events', { timeout: 400_000 }, async () => {
  // bypassCSP: axe is injected as a script tag at the end.
  const context = await atlas.browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => { if (m.type() === 'error' && !/GPU stall|uniform block/.test(m.text())) errors.push(m.text()) })
  await page.goto(`${atlas.server.origin}/?year=2008&layers=office,coverage`)
  try {
    await waitForMapIdle(page, 300_000)
    // One category in the legend, counted: the offices on the map in 2008.
    const officeRows = await page.$$eval('#legend-entries-office li', (lis) => lis.map((li) => [li.dataset.legend, li.dataset.count]))
    const officeCount = await page.getByTestId('count-office').innerText()
    assert.deepEqual(officeRows.find(([k]) => k === 'legend.office'), ['legend.office', officeCount], 'one office entry, counting the offices shown')
    assert.ok(officeRows.every(([k]) => /^legend\.(office|approximate|dateUnknown)/.test(k)), 'no record is a legend entry')

    // Labels: the cities (short place names), once per place, never a record's name.
    const labels = (await deckData(page, 'office-labels')).filter((d) => d.years[0] <= 2008 && 2008 <= d.years[1]).map((d) => d.text.zh).sort()
    assert.deepEqual(labels, ['内蒙古', '北京', '广州', '拉萨', '海南', '深圳', '秦皇岛'].sort())
    const minor = (await deckData(page, 'coverage-labels')).filter((d) => d.years[0] <= 2008 && 2008 <= d.years[1]).map((d) => d.text.zh).sort()
    // Beijing's and Tibet's regions are their seats' own provinces, named by the office's label; Guangzhou's reaches Fujian.
    assert.deepEqual(minor, ['广州办 联系区域'], 'a small label in a liaison region away from its seat, keyed to its office')
    // Where a seat is a province's label point, the office's label takes the basemap's place instead of repeating it.
    // The basemap's own label of an office's seat is hidden by feature state while the office's label shows.
    const hiddenLabels = await page.evaluate(() => ['110000', '150000', '460000', '650000']
      .filter((code) => window.__atlasMap.getFeatureState({ source: 'province-labels', id: Number(code) })?.hidden === true))
    for (const code of ['110000', '150000', '460000']) assert.ok(hiddenLabels.includes(code), `the basemap leaves out ${code}'s label`)
    assert.ok(!hiddenLabels.includes('650000'), 'Xinjiang keeps its label in 2008 (its office is attested for 2014 only)')
    // The dots and their labels are drawn: the label's text pixels sit just above the Lhasa dot.
    const lhasa = await page.evaluate(() => window.__atlasMap.project([91.1718, 30.1426]))
    const png = await mapCanvasPng(page)
    const strip = await pixelsAt(atlas.browser, png, Array.from({ length: 40 }, (_, i) => [lhasa.x - 20 + i, lhasa.y - 20]), 1920)
    assert.ok(strip.some((p) => p[0] < 90 && p[1] < 90 && p[2] < 90), 'dark label text above the Lhasa office')

    // Hover: the tooltip has the office's full name.
    const office = (await deckData(page, 'offices')).find((d) => d.id === 'office-tibet')
    const at = await page.evaluate((pos) => window.__atlasMap.project(pos), office.position)
    await page.mouse.move(at.x, at.y)
    await page.getByTestId('tooltip').waitFor()
    assert.match(await page.getByTestId('tooltip').innerText(), /上海市人民政府驻西藏办事处/)

    // The Inner Mongolia record: its "增设" is an event on the office's timeline, and says its date is not known.
    await page.goto(`${atlas.server.origin}/?year=2008&layers=office,coverage&sel=office-inner-mongolia-added-2006-2010`)
    await waitForMapIdle(page, 300_000)
    const timeline = page.getByTestId('office-timeline')
    await timeline.waitFor()
    assert.match(await timeline.innerText(), /增设驻内蒙古办事处/)
    assert.match(await timeline.innerText(), /日期不详/)
    // Shenzhen: the office, the liaison office it became in 2010 ("调整", plan 1.7) and its region, in time order.
    await page.goto(`${atlas.server.origin}/?year=2012&layers=office,coverage&sel=office-shenzhen-liaison`)
    await waitForMapIdle(page, 300_000)
    await timeline.waitFor()
    const events = await timeline.locator('li').evaluateAll((lis) => lis.map((li) => li.innerText.replace(/\s+/g, ' ')))
    assert.match(events[0], /1989–2010年/, 'the span the source states comes first')
    assert.match(events[1], /2006–2009年.*驻深圳办事处/)
    assert.match(events[2], /2010–2015年.*驻深圳联络处.*当前记录/)
    assert.match(events.join('|'), /联系区域：深圳市、珠海市/)
    await page.getByTestId('timeline-office-shenzhen').click()
    assert.equal(await page.getByTestId('detail-name').innerText(), '上海市人民政府驻深圳办事处')
    await screenshot(page, 'carto-office-timeline')

    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] })
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    })
    assert.deepEqual(violations, [], 'axe: no serious or critical issue with the timeline open')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('legend: only what is on the map now, with counts, folding per layer; the filters in reach at 1280×720', { timeout: 400_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1280, height: 720, path: '/?year=2008' })
  try {
    await waitForMapIdle(page, 300_000)
    for (const id of ['aid', 'park', 'waterway', 'office', 'coverage', 'cooperation']) {
      const box = page.getByTestId(`layer-${id}`)
      if (!(await box.isChecked())) await box.check()
    }
    const rows = () => page.$$eval('[data-testid="legend"] li', (lis) => lis.map((li) => [li.closest('ul').id, li.dataset.legend, li.dataset.count ? Number(li.dataset.count) : null]))
    const y2008 = await rows()
    // Planned work starts in 2011: in 2008 no planned entry is listed.
    assert.ok(!y2008.some(([, k]) => /planned|Planned/.test(k)), `no planned entry in 2008: ${JSON.stringify(y2008)}`)
    // Each layer's counted category entries add up to at most its count (a record is one category), and together at least.
    for (const id of ['park', 'office', 'coverage']) {
      const total = Number(await page.getByTestId(`count-${id}`).innerText())
      const cats = y2008.filter(([ul, k, n]) => ul === `legend-entries-${id}` && n !== null && !/^legend\.(approximate|dateUnknown)/.test(k))
      assert.equal(cats.reduce((s, [, , n]) => s + n, 0), total, `${id}: the entries count every record shown`)
    }
    await page.getByTestId('slider').focus()
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
    assert.equal(await page.getByTestId('year-shown').innerText(), '2013')
    const y2013 = await rows()
    assert.ok(y2013.some(([, k]) => k === 'legend.plannedRing' || k === 'legend.plannedArea'), 'planned entries appear with planned records')
    assert.notDeepEqual(y2013, y2008)

    // Fold one layer: its entries go, the others stay.
    await page.getByTestId('fold-aid').click()
    assert.equal(await page.getByTestId('fold-aid').getAttribute('aria-expanded'), 'false')
    assert.ok(!(await page.locator('#legend-entries-aid').isVisible()))
    assert.ok(await page.locator('#legend-entries-park').isVisible())
    await page.getByTestId('fold-aid').click()

    // Every layer on and unfolded, the status filters and the filters' heading are still on screen without scrolling
    // the page; the legend scrolls within its own box.
    const inView = (sel) => page.evaluate((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect()
      return r ? r.y >= 0 && r.y + r.height <= window.innerHeight && r.height > 0 : false
    }, sel)
    assert.ok(await inView('[data-testid="status-achieved"]'), 'the status filters are on screen')
    assert.ok(await inView('[data-testid="shown-count"]'), 'the filters begin on screen')
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop), 0)
    await screenshot(page, 'carto-legend-1280x720')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
