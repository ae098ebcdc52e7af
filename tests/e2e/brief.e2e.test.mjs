// Briefing mode in a real browser: a briefing driven by clicker keys (camera, year, layers, highlighted regions per
// step), the overview, Esc and back, the presenter window in sync both ways, the printed handout, and axe.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { useAtlas, openPage, waitForMapIdle, screenshot, ROOT } from './harness.mjs'

const require = createRequire(import.meta.url)
const atlas = await useAtlas()
const CHAPTERS = JSON.parse(readFileSync(join(ROOT, 'geo/tour/chapters.json'), 'utf8')).chapters
const RECORDS = new Map(['aid', 'park', 'waterway', 'office', 'cooperation'].flatMap((layer) =>
  JSON.parse(readFileSync(join(ROOT, `geo/layers/${layer}.geojson`), 'utf8')).features.map((f) => [f.id ?? f.properties.id, f.properties])))
const LAYER_ORDER = ['aid', 'park', 'waterway', 'office', 'coverage', 'cooperation']

const stepShown = (page) => page.getByTestId('brief-step').getAttribute('data-step').then(Number)
async function waitForStep(page, step) {
  await page.waitForSelector(`[data-testid="brief-step"][data-step="${step}"]`, { timeout: 30_000 })
}

/** The map at rest after a step's flight: its visible bounds and what the highlight layers draw. */
async function mapAtRest(page) {
  await page.waitForFunction(() => !window.__atlasMap.isMoving(), null, { timeout: 30_000 })
  await page.waitForTimeout(400)
  return page.evaluate(() => {
    const map = window.__atlasMap
    const b = map.getBounds()
    const codes = (layers) => [...new Set(map.queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) }).map((f) => f.properties.code))]
    return {
      bounds: [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]],
      dimmed: codes(['brief-dim-province', 'brief-dim-prefecture', 'brief-dim-county']),
      lit: codes(['brief-lit-province', 'brief-lit-prefecture', 'brief-lit-county']),
      briefLayers: map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('brief-')),
    }
  })
}

/** A code inside an area, or an area inside a code (GB/T 2260 prefixes). */
const prefix = (code) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code)
const related = (a, b) => a.startsWith(prefix(b)) || b.startsWith(prefix(a))

/** What the step must show: camera around its bounds, year or span, layers, lit and dimmed regions, figures. */
async function checkStep(page, index) {
  const chapter = CHAPTERS[index]
  await waitForStep(page, index)
  // The URL is written once the page is idle (useUrlState).
  await page.waitForURL((u) => u.searchParams.get('step') === String(index + 1))
  const url = new URL(page.url())
  assert.equal(url.searchParams.get('mode'), 'brief')
  assert.equal(url.searchParams.get('step'), String(index + 1), 'the step is in the URL, counted from 1')
  if (chapter.year !== undefined) {
    assert.equal(url.searchParams.get('span'), null)
    assert.equal(await page.getByTestId('year-shown').innerText(), String(chapter.year))
  } else {
    assert.equal(url.searchParams.get('span'), `${chapter.years[0]}-${chapter.years[1]}`, `${chapter.id}: the span`)
  }
  const layers = LAYER_ORDER.filter((l) => chapter.layers.includes(l))
  assert.equal(url.searchParams.get('layers'), layers.join(','), `${chapter.id}: the layers`)

  const map = await mapAtRest(page)
  const [[w, s], [e, n]] = chapter.camera.bounds
  const [[vw, vs], [ve, vn]] = map.bounds
  const tol = 0.02 * Math.max(e - w, n - s)
  assert.ok(vw <= w + tol && ve >= e - tol && vs <= s + tol && vn >= n - tol, `${chapter.id}: the camera shows the chapter's bounds (${map.bounds})`)
  assert.ok(ve - vw < (e - w) * 4 && vn - vs < (n - s) * 4, `${chapter.id}: the camera is close on them (${map.bounds})`)

  assert.equal(await page.getByTestId('brief-step').getAttribute('data-highlight'), chapter.regions.join(','))
  assert.ok(map.lit.length > 0, `${chapter.id}: the step's regions are outlined`)
  for (const code of map.lit) assert.ok(chapter.regions.includes(code), `${chapter.id}: ${code} is outlined but not the step's`)
  assert.ok(map.dimmed.length > 0, `${chapter.id}: other regions are dimmed`)
  for (const code of map.dimmed) {
    assert.ok(!chapter.regions.some((r) => related(code, r)), `${chapter.id}: ${code} is dimmed but lies in or holds a lit region`)
  }

  // Figures read from the records (the shown value's data attribute), never typed into the chapter.
  const shown = await page.locator('[data-testid="brief-step"] [data-metric]').evaluateAll((els) => els.map((el) => [el.dataset.metric, Number(el.dataset.value)]))
  assert.equal(shown.length, (chapter.figures ?? []).length, `${chapter.id}: every headline figure is shown`)
  for (const [i, f] of (chapter.figures ?? []).entries()) {
    const metric = f.metric
    const expected = f.records.length === 1 ? RECORDS.get(f.records[0]).metrics[metric] : f.records.reduce((sum, id) => sum + RECORDS.get(id).metrics[metric], 0)
    assert.deepEqual(shown[i], [metric, expected], `${chapter.id}: figure ${i}`)
  }
  assert.ok(await page.locator('[data-testid="brief-step"] [data-testid="brief-sources"] li').count() > 0, `${chapter.id}: sources`)
}

test('a briefing driven by clicker keys: camera, year, layers, highlighted regions and figures per step', { timeout: 600_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?mode=brief' })
  try {
    await waitForMapIdle(page)
    assert.equal(await page.locator('main').getAttribute('data-mode'), 'brief')
    assert.equal(await page.getByTestId('workspace-toggle').count(), 0, 'no analyst workspace while briefing')
    await checkStep(page, 0)
    assert.equal(await page.getByTestId('brief-figures').locator('[data-metric="fundsCny"]').getAttribute('data-value'), '2196000000')
    await screenshot(page, 'brief-step-1')
    const last = CHAPTERS.length - 1
    for (const [key, step] of [['PageDown', 1], ['ArrowRight', 2], [' ', 3], ['ArrowDown', 4], ['PageUp', 3], ['ArrowLeft', 2], ['End', last], ['PageUp', last - 1], ['Home', 0]]) {
      await page.keyboard.press(key === ' ' ? 'Space' : key)
      await checkStep(page, step)
    }
    await page.keyboard.press('End')
    await page.keyboard.press('PageDown')
    await page.waitForTimeout(300)
    assert.equal(await stepShown(page), last, 'the last step stays the last')
    // The offices step shows one year, the others a span: both were checked above. Blank and back.
    await page.keyboard.press('b')
    await page.getByTestId('brief-blank').waitFor()
    await screenshot(page, 'brief-blank')
    await page.keyboard.press('PageDown')
    await page.getByTestId('brief-blank').waitFor({ state: 'detached' })
    assert.equal(await stepShown(page), last, 'a key on a blank screen brings it back without moving')
    await page.keyboard.press('.')
    await page.getByTestId('brief-blank').waitFor()
    await page.keyboard.press('.')
    await page.getByTestId('brief-blank').waitFor({ state: 'detached' })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the overview: a key toggles the tiles, a click jumps; Esc leaves at the current view; ?mode=brief and &step= return', { timeout: 600_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?mode=brief&step=3' })
  try {
    await waitForMapIdle(page)
    await checkStep(page, 2)
    await page.keyboard.press('g')
    const overview = page.getByTestId('brief-overview')
    await overview.waitFor()
    const tiles = overview.locator('button.tile')
    assert.equal(await tiles.count(), CHAPTERS.length)
    assert.equal(await tiles.nth(2).getAttribute('aria-current'), 'step')
    for (const [i, c] of CHAPTERS.entries()) assert.match(await tiles.nth(i).innerText(), new RegExp(c.title.zh.replace(/[“”]/g, '.')))
    await screenshot(page, 'brief-overview')
    await page.keyboard.press('g')
    await overview.waitFor({ state: 'detached' })
    await page.keyboard.press('g')
    await tiles.nth(6).click()
    await overview.waitFor({ state: 'detached' })
    await checkStep(page, 6)

    // Esc: free exploration, the map where it was, the analyst chrome back, the highlight gone.
    const before = await page.evaluate(() => ({ c: window.__atlasMap.getCenter().toArray(), z: window.__atlasMap.getZoom() }))
    await page.keyboard.press('Escape')
    await page.waitForSelector('main[data-mode="explore"]')
    await page.locator('[data-chrome="side"]').first().waitFor()
    assert.equal(await page.getByTestId('brief-step').count(), 0)
    const after = await mapAtRest(page)
    assert.deepEqual(after.briefLayers, [], 'no highlight in free exploration')
    const now = await page.evaluate(() => ({ c: window.__atlasMap.getCenter().toArray(), z: window.__atlasMap.getZoom() }))
    assert.ok(Math.abs(now.z - before.z) < 1e-6 && Math.abs(now.c[0] - before.c[0]) < 1e-6, 'the view stays')
    await page.waitForURL((u) => !u.searchParams.has('mode'))
    const url = new URL(page.url())
    assert.equal(url.searchParams.get('mode'), null)
    assert.ok(url.searchParams.get('cam'), 'the current view is in the URL')
    assert.equal(url.searchParams.get('span'), `${CHAPTERS[6].years[0]}-${CHAPTERS[6].years[1]}`, 'the step’s filters stay')
    await page.keyboard.press('PageDown')
    await page.waitForTimeout(300)
    assert.equal(await page.getByTestId('brief-step').count(), 0, 'clicker keys do nothing outside the briefing')
    // Back with the button, then with a new ?mode=brief in the same tab.
    await page.getByTestId('brief-resume').click()
    await checkStep(page, 6)
    await page.keyboard.press('Escape')
    await page.waitForSelector('main[data-mode="explore"]')
    await page.goto(`${atlas.server.origin}/?mode=brief`)
    await waitForMapIdle(page)
    await checkStep(page, 6)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the presenter window stays in step with the briefing, both ways, over BroadcastChannel', { timeout: 600_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?mode=brief&step=2' })
  try {
    await waitForMapIdle(page)
    await waitForStep(page, 1)
    const presenter = await context.newPage()
    await presenter.setViewportSize({ width: 1280, height: 800 })
    await presenter.goto(`${atlas.server.origin}/?mode=presenter`)
    const current = presenter.getByTestId('presenter-current')
    const expectPresenter = async (step) => {
      await presenter.waitForSelector(`[data-testid="presenter"][data-step="${step}"]`, { timeout: 30_000 })
      assert.equal(await current.getAttribute('data-chapter'), CHAPTERS[step].id)
      assert.equal(await presenter.getByTestId('presenter-next').getAttribute('data-chapter'), CHAPTERS[step + 1]?.id ?? '')
      const notes = await presenter.getByTestId('presenter-notes').innerText()
      assert.ok(notes.includes(CHAPTERS[step].notes.zh) && notes.includes(CHAPTERS[step].notes.en), 'notes in zh and en')
      assert.ok(await current.locator('[data-testid="brief-sources"] li').count() > 0, 'the current step’s sources')
    }
    await expectPresenter(1)
    assert.match(await presenter.getByTestId('presenter-elapsed').innerText(), /^\d+:\d\d$/)
    // The briefing window drives.
    await page.bringToFront()
    await page.keyboard.press('PageDown')
    await waitForStep(page, 2)
    await expectPresenter(2)
    // The presenter drives: keys and buttons; the briefing window follows with the map.
    await presenter.bringToFront()
    await presenter.keyboard.press('PageDown')
    await expectPresenter(3)
    await checkStep(page, 3)
    await presenter.getByTestId('presenter-prev').click()
    await expectPresenter(2)
    await checkStep(page, 2)
    await presenter.keyboard.press('b')
    await page.getByTestId('brief-blank').waitFor()
    await presenter.getByTestId('presenter-blanked').waitFor()
    await presenter.keyboard.press('b')
    await page.getByTestId('brief-blank').waitFor({ state: 'detached' })
    await presenter.waitForTimeout(1200)
    assert.match(await presenter.getByTestId('presenter-elapsed').innerText(), /^\d+:\d\d$/)
    await screenshot(presenter, 'brief-presenter')
    assert.deepEqual(errors, [])
    await presenter.close()
  } finally {
    await context.close()
  }
})

test('the printed handout: one page per step, each with its map, caption, figures and sources', { timeout: 600_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?mode=brief&step=2' })
  try {
    await waitForMapIdle(page)
    await waitForStep(page, 1)
    await page.evaluate(() => {
      window.__printed = 0
      window.print = () => { window.__printed += 1 }
    })
    await page.getByTestId('brief-handout-print').click()
    await page.waitForFunction(() => window.__printed === 1, null, { timeout: 400_000 })
    await waitForStep(page, 1)
    await page.emulateMedia({ media: 'print' })
    const pages = await page.evaluate(() => [...document.querySelectorAll('.handout-page')].map((el) => {
      const box = el.getBoundingClientRect()
      const img = el.querySelector('img.map')
      const sources = el.querySelector('[data-testid="brief-sources"]')
      const s = sources.getBoundingClientRect()
      return {
        chapter: el.querySelector('.brief-step').dataset.chapter,
        image: img ? img.naturalWidth : 0,
        sources: sources.querySelectorAll('li').length,
        sourcesInside: s.bottom <= box.bottom + 0.5 && s.height > 0,
        caption: el.querySelector('.caption').textContent.length,
        breakAfter: getComputedStyle(el).breakAfter,
      }
    }))
    assert.deepEqual(pages.map((p) => p.chapter), CHAPTERS.map((c) => c.id))
    for (const p of pages) {
      assert.ok(p.image > 100, `${p.chapter}: a map image`)
      assert.ok(p.sources > 0 && p.sourcesInside, `${p.chapter}: its sources, on its page`)
      assert.ok(p.caption > 10, `${p.chapter}: its caption`)
    }
    assert.deepEqual(pages.slice(0, -1).map((p) => p.breakAfter), pages.slice(0, -1).map(() => 'page'))
    const visibleOnPrint = await page.evaluate(() => [...document.body.children].filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.className))
    assert.deepEqual(visibleOnPrint, ['brief-handout'], 'only the handout prints')
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length
    assert.equal(pageCount, CHAPTERS.length, 'one printed page per step')
    await page.emulateMedia({ media: 'screen' })
    await screenshot(page, 'brief-after-handout')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('axe-core finds no serious or critical violation in brief, overview and presenter modes', { timeout: 600_000 }, async () => {
  const context = await atlas.browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })
  const page = await context.newPage()
  const axe = async (label) => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] })
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    })
    assert.deepEqual(violations, [], `no serious violation in ${label}`)
  }
  try {
    await page.goto(`${atlas.server.origin}/?mode=brief&step=2`)
    await waitForMapIdle(page)
    await waitForStep(page, 1)
    await axe('brief')
    await page.keyboard.press('g')
    await page.getByTestId('brief-overview').waitFor()
    await axe('the overview')
    await page.goto(`${atlas.server.origin}/?mode=presenter&lang=en`)
    await page.getByTestId('presenter-current').waitFor()
    await axe('presenter')
  } finally {
    await context.close()
  }
})
