// The cold start holds the overlay's layers back until the basemap has loaded (src/map/thematic-overlay.ts), so
// the loading frames do not each draw them. The map must still report idle only once the layers are drawn: at the
// moment its data-map-state first turns "idle", the last frame maplibre drew had every deck.gl layer visible (every
// layer group is on in the first view).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useAtlas, waitForMapIdle } from './harness.mjs'

const atlas = await useAtlas()

test('the map reports its first idle only once the overlay draws its layers', async () => {
  const context = await atlas.browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await context.newPage()
  try {
    await page.addInitScript(() => {
      // After every frame maplibre draws: the deck.gl layers the overlay had then, and which of them were hidden.
      let map
      Object.defineProperty(window, '__atlasMap', {
        configurable: true,
        get: () => map,
        set(m) {
          map = m
          m.on('render', () => {
            const layers = window.__atlasDeck?.props.layers ?? []
            window.__lastFrame = { layers: layers.length, hidden: layers.filter((l) => !l.props.visible).map((l) => l.id) }
          })
        },
      })
      // The frame drawn last when the map first says idle.
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="map"]')
        if (!window.__firstIdle && el?.getAttribute('data-map-state') === 'idle') window.__firstIdle = window.__lastFrame ?? { layers: 0, hidden: [] }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'], childList: true })
    })
    await page.goto(atlas.server.origin + '/')
    await waitForMapIdle(page)
    const first = await page.evaluate(() => window.__firstIdle)
    assert.ok(first && first.layers > 0, `the frame before the first idle drew deck.gl layers: ${JSON.stringify(first)}`)
    assert.deepEqual(first.hidden, [], 'no layer was still held back in the frame before the map said idle')
  } finally {
    await context.close()
  }
})
