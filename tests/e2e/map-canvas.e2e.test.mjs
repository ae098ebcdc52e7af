// The colour checks the other browser tests use look at the map canvas alone. Here they are shown to fail when
// the map has nothing on it, although the panels around it are as colourful as ever.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useAtlas, openPage, waitForMapIdle, colourStats, mapCanvasStats, mapColourProblems, LAYERS_DRAWN } from './harness.mjs'

const atlas = await useAtlas()

test('the map-canvas colour check passes on the atlas and fails on a basemap alone and on a blank map', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await waitForMapIdle(page)
    await page.waitForTimeout(700)
    assert.deepEqual(mapColourProblems(await mapCanvasStats(atlas.browser, page), LAYERS_DRAWN), [], 'the atlas as it opens passes')

    // Every thematic layer switched off in the legend: the basemap alone.
    const boxes = page.locator('[data-testid="legend"] input[type="checkbox"][data-testid^="layer-"]')
    assert.ok((await boxes.count()) >= 5, 'one switch per layer')
    for (const box of await boxes.all()) await box.uncheck()
    await page.waitForTimeout(700)
    await waitForMapIdle(page)
    const basemap = await mapCanvasStats(atlas.browser, page)
    assert.deepEqual(mapColourProblems(basemap), [], 'the basemap is drawn')
    const noLayers = mapColourProblems(basemap, LAYERS_DRAWN)
    assert.equal(noLayers.length, 1, 'the layers check fails on the basemap alone')
    assert.match(noLayers[0], /no thematic layer drawn/)

    // Nothing drawn at all: every style layer hidden, so the canvas is empty.
    await page.evaluate(() => {
      const map = window.__atlasMap
      for (const layer of map.getStyle().layers) map.setLayoutProperty(layer.id, 'visibility', 'none')
    })
    await page.waitForTimeout(500)
    const blank = await mapCanvasStats(atlas.browser, page)
    const problems = mapColourProblems(blank)
    assert.ok(problems.some((p) => /distinct colours/.test(p)), `the check fails on a blank map: ${JSON.stringify(problems)}`)
    assert.ok(problems.some((p) => /one colour covers/.test(p)))
    // Why the check reads the canvas: a screenshot of the whole page still has its panels' many colours.
    const page_ = await colourStats(atlas.browser, await page.screenshot())
    assert.ok(page_.distinct > 50, `the page around the blank map still has ${page_.distinct} colours`)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
