// The offline shell: the basemap draws, with its inset and Chinese names, at full HD and at 4K, and nothing leaves
// the machine.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useAtlas, openPage, outsideRequests, waitForMapIdle, screenshot, mapCanvasStats, mapColourProblems } from './harness.mjs'

const atlas = await useAtlas()

for (const [width, height] of [[1920, 1080], [3840, 2160]]) {
  test(`the atlas draws China with its inset at ${width}×${height}, offline and without errors`, async () => {
    const { page, context, requests, errors } = await openPage(atlas.browser, atlas.server.origin, { width, height })
    try {
      await waitForMapIdle(page)
      await screenshot(page, `shell-${width}x${height}`)

      assert.deepEqual(outsideRequests(requests, atlas.server.origin), [], 'no request may leave 127.0.0.1')
      assert.deepEqual(errors, [], 'no console error')

      // The map canvas alone, not the panels: drawn, not flat, no single colour covering it.
      assert.deepEqual(mapColourProblems(await mapCanvasStats(atlas.browser, page)), [], 'the map is drawn')

      // The page fits the screen: no scrolling, and the map fills it with no blank band.
      const layout = await page.evaluate(() => {
        const map = document.querySelector('[data-testid="map"]').getBoundingClientRect()
        const se = document.scrollingElement
        return { scrollW: se.scrollWidth, scrollH: se.scrollHeight, map: [map.width, map.height], inner: [innerWidth, innerHeight] }
      })
      assert.ok(layout.scrollW <= layout.inner[0] && layout.scrollH <= layout.inner[1], 'no scrolling')
      assert.deepEqual(layout.map, layout.inner, 'the map fills the screen')

      // All of China is in the first view: its far corners are on screen.
      const corners = await page.evaluate(() => {
        const map = window.__atlasMap
        const pt = (lon, lat) => map.project([lon, lat])
        return [pt(73.6, 39.4), pt(134.7, 48.4), pt(121.5, 53.5), pt(109.5, 18.2), pt(121.5, 31.2)]
      })
      for (const { x, y } of corners) assert.ok(x >= 0 && x <= width && y >= 0 && y <= height, `(${x}, ${y}) is on screen`)

      // The inset sits at the lower right and is drawn.
      const inset = await page.locator('[data-testid="inset"]').boundingBox()
      assert.ok(inset.x > width * 0.6 && inset.y > height * 0.5, 'the inset is at the lower right')
      assert.deepEqual(mapColourProblems(await mapCanvasStats(atlas.browser, page, '__atlasInset'), { minDistinct: 10, maxDominantShare: 0.9 }), [], 'the inset is drawn')
      assert.match(await page.locator('[data-testid="inset"] figcaption').innerText(), /南海诸岛/)

      // Chinese names: the title, the shipped font, and province labels on the map.
      assert.match(await page.locator('h1').innerText(), /上海对口支援与合作交流地图/)
      assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '上海新疆')), 'the shipped CJK font is loaded')
      const labels = await page.evaluate(() =>
        window.__atlasMap.queryRenderedFeatures({ layers: ['province-labels'] }).map((f) => f.properties.zh))
      for (const name of ['新疆', '西藏', '上海', '云南']) assert.ok(labels.some((l) => l.includes(name)), `${name} is labelled`)
    } finally {
      await context.close()
    }
  })
}

test('English is one tap away and the labels follow', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await waitForMapIdle(page)
    await page.getByTestId('language').click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    assert.match(await page.locator('h1').innerText(), /Shanghai Cooperation Atlas/)
    await page.waitForFunction(() =>
      JSON.stringify(window.__atlasMap.getLayoutProperty('province-labels', 'text-field')) === '["get","en"]')
    await waitForMapIdle(page)
    await screenshot(page, 'shell-english')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
