// Big screens and exhibitions: layout at every screen size, kiosk autopilot, touch hand-over and idle return,
// a lost GPU context, accessibility (axe-core, keyboard, focus) and the language switch.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { useAtlas, openPage, waitForMapIdle, screenshot, mapCanvasStats, mapColourProblems } from './harness.mjs'

const require = createRequire(import.meta.url)
const atlas = await useAtlas()

/** The boxes of the page's chrome that must never overlap each other nor leave the screen. */
async function chromeBoxes(page) {
  return page.evaluate(() => {
    const pick = { title: 'h1', actions: '.app-header .actions', side: '[data-chrome="side"]', time: '[data-testid="time-panel"]',
      inset: '[data-testid="inset"]', detail: '[data-testid="detail-panel"]', attribution: '[data-testid="attribution"]' }
    return Object.fromEntries(Object.entries(pick).flatMap(([name, sel]) => {
      const el = document.querySelector(sel)
      if (!el) return []
      const r = el.getBoundingClientRect()
      return [[name, { x: r.x, y: r.y, w: r.width, h: r.height }]]
    }))
  })
}
const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

// Desktop sizes keep text at 12 px or more; a wall read from 3 m keeps it at 18 px or more.
for (const [width, height, minText] of [[1280, 720, 12], [1920, 1080, 12], [3840, 2160, 18], [7680, 2160, 18]]) {
  test(`layout at ${width}×${height}: nothing overlaps or spills, text and touch targets are big enough`, { timeout: 400_000 }, async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width, height, path: '/?sel=aid-xigaze-2006-2010&year=2008' })
    try {
      await waitForMapIdle(page, 300_000)
      await page.getByTestId('detail-panel').waitFor()
      await screenshot(page, `screen-${width}x${height}`)
      const boxes = await chromeBoxes(page)
      assert.deepEqual(Object.keys(boxes).sort(), ['actions', 'attribution', 'detail', 'inset', 'side', 'time', 'title'])
      const names = Object.keys(boxes)
      for (const [i, a] of names.entries()) {
        const box = boxes[a]
        assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.w <= width + 0.5 && box.y + box.h <= height + 0.5, `${a} stays on screen`)
        for (const b of names.slice(i + 1)) assert.ok(!overlap(box, boxes[b]), `${a} and ${b} do not overlap`)
      }
      const sizes = await page.evaluate(() => {
        const texts = []
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        while (walker.nextNode()) {
          const el = walker.currentNode.parentElement
          if (!walker.currentNode.textContent.trim() || !el || el.closest('.visually-hidden')) continue
          const r = el.getBoundingClientRect()
          if (r.width === 0 || r.height === 0) continue
          texts.push([el.tagName + '.' + el.className, parseFloat(getComputedStyle(el).fontSize)])
        }
        const targets = [...document.querySelectorAll('button, select, [role="slider"], label.toggle')].map((el) => {
          const r = el.getBoundingClientRect()
          return [el.getAttribute('data-testid') ?? el.textContent.trim().slice(0, 12), Math.round(r.width), Math.round(r.height)]
        }).filter(([, w, h]) => w > 0 && h > 0)
        return { texts, targets }
      })
      const small = sizes.texts.filter(([, size]) => size < minText)
      assert.deepEqual(small, [], `every text is at least ${minText}px`)
      const tiny = sizes.targets.filter(([, w, h]) => w < 48 || h < 48)
      assert.deepEqual(tiny, [], 'every touch target is at least 48 CSS px')
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
}

test('kiosk: the tour runs by itself, a touch pauses it, idle brings it back from the start', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?mode=kiosk&step=250&idle=8', hasTouch: true })
  try {
    const caption = page.getByTestId('kiosk-caption')
    await caption.waitFor({ timeout: 180_000 })
    // The tour moves the map only once its first view is complete: steps faster than a frame would keep it unsettled.
    assert.equal(await page.getByTestId('map').getAttribute('data-map-state'), 'idle', 'the first view was complete before the tour began')
    await waitForMapIdle(page, 180_000)
    assert.equal(await page.locator('[data-chrome="side"]').count(), 0, 'no analyst chrome')
    assert.equal(await page.getByTestId('workspace-toggle').count(), 0, 'no analyst workspace')
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main')).cursor), 'none')
    // Watch the captions go by with no input at all: at least two chapter changes.
    const seen = []
    const deadline = Date.now() + 180_000
    while (Date.now() < deadline && seen.length < 3) {
      const chapter = await caption.getAttribute('data-chapter', { timeout: 5000 }).catch(() => null)
      if (chapter && seen.at(-1) !== chapter) seen.push(chapter)
      await page.waitForTimeout(150)
    }
    assert.ok(seen.length >= 3, `the tour advanced by itself through ${seen.join(' -> ')}`)
    await screenshot(page, 'kiosk-tour')

    const box = await page.getByTestId('map').boundingBox()
    await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.4)
    await page.getByTestId('kiosk-visitor').waitFor()
    assert.equal(await caption.count(), 0, 'the tour hands over')
    const yearWhenTouched = await page.getByTestId('year-shown').innerText()
    await page.waitForTimeout(1500)
    assert.equal(await page.getByTestId('year-shown').innerText(), yearWhenTouched, 'the tour is paused')

    await page.waitForSelector('[data-testid="kiosk-caption"][data-chapter="review-2006-2010"]', { timeout: 60_000 })
    assert.equal(await page.getByTestId('detail-panel').count(), 0, 'a clean state')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a lost WebGL context is followed by a drawn map again', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await waitForMapIdle(page)
    const lost = await page.evaluate(() => {
      const canvas = window.__atlasMap.getCanvas()
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
      const ext = gl.getExtension('WEBGL_lose_context')
      ext.loseContext()
      setTimeout(() => ext.restoreContext(), 300)
      return gl.isContextLost()
    })
    assert.equal(lost, true)
    await page.waitForSelector('[data-testid="map"][data-map-state="loading"]')
    await waitForMapIdle(page)
    await page.waitForTimeout(500)
    await screenshot(page, 'context-restored')
    assert.deepEqual(mapColourProblems(await mapCanvasStats(atlas.browser, page)), [], 'the map is drawn again')
    assert.equal(await page.evaluate(() => window.__atlasMap.getCanvas().getContext('webgl2').isContextLost()), false)
    assert.deepEqual(errors.filter((e) => !/context lost|CONTEXT_LOST/i.test(e)), [])
  } finally {
    await context.close()
  }
})

test('axe-core finds no serious or critical violation on the main views', async () => {
  // The atlas's CSP forbids injected scripts, axe included: this context alone bypasses it.
  const context = await atlas.browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })
  const page = await context.newPage()
  try {
    for (const path of ['/', '/?sel=aid-xigaze-2006-2010&year=2008', '/?lang=en&span=2006-2010', '/?mode=kiosk&step=60000']) {
      await page.goto(atlas.server.origin + path)
      await waitForMapIdle(page)
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] })
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      })
      assert.deepEqual(violations, [], `no serious violation at ${path}`)
    }
  } finally {
    await context.close()
  }
})

test('every control is reachable by keyboard with a visible focus, and the live region speaks', async () => {
  const { page, context } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await waitForMapIdle(page)
    const seen = new Set()
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || el === document.body) return null
        const s = getComputedStyle(el)
        return { id: el.getAttribute('data-testid') ?? el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 }
      })
      if (!focus) continue
      assert.ok(focus.outline, `${focus.id} shows its focus`)
      seen.add(focus.id)
    }
    for (const id of ['home', 'language', 'layer-aid', 'status-planned', 'region-province', 'clear-all', 'play', 'slider']) {
      assert.ok(seen.has(id), `${id} is reachable by Tab`)
    }
    await page.getByRole('slider').focus()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => /2011年：显示 \d+ 条记录，涉及 \d+ 个地区；比上一年/.test(document.querySelector('[data-testid="live-summary"]').textContent))
  } finally {
    await context.close()
  }
})

test('switching to English changes every visible string', async () => {
  const { page, context } = await openPage(atlas.browser, atlas.server.origin, { path: '/?sel=aid-xigaze-2006-2010&year=2008' })
  try {
    await waitForMapIdle(page)
    await page.getByTestId('language').click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    const han = await page.evaluate(() => {
      const found = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        const el = walker.currentNode.parentElement
        // The other language's name beside the chosen one is marked lang="zh" on purpose.
        if (!el || el.closest('[lang="zh"]')) continue
        if (/\p{Script=Han}/u.test(walker.currentNode.textContent)) found.push(walker.currentNode.textContent.trim().slice(0, 40))
      }
      return found
    })
    assert.deepEqual(han, [], 'no Chinese left in English mode but marked zh names')
    await screenshot(page, 'english-panel')
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en', { timeout: 10_000 })
    await page.reload()
    await waitForMapIdle(page)
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the choice survives a reload')
  } finally {
    await context.close()
  }
})
