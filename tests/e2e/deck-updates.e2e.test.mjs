// "The year moves a GPU filter, not the data", measured in the running atlas: deck.gl's own count of attribute
// updates ('Attributes updated' in deck.stats, one per layer whose attributes were recomputed) stays at 0 across
// ten year changes made with the slider's keyboard. A change that does rebuild data is counted, so the probe works.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useAtlas, openPage, waitForMapIdle } from './harness.mjs'

const atlas = await useAtlas()

/** Count deck.gl's attribute updates from now on, through the test handle to the Deck instance. */
function installProbe() {
  const deck = window.__atlasDeck
  const probe = { count: 0, updates: [] }
  window.__attributeProbe = probe
  // deck.gl increments this stat once per AttributeManager.update that recomputed any attribute. deck resets its
  // stats every 60 frames, so the probe counts the increments instead of reading the value.
  const stat = deck.stats.get('Attributes updated')
  const increment = stat.incrementCount
  stat.incrementCount = function (...args) {
    probe.count += 1
    return increment.apply(this, args)
  }
  // Which layer and which attributes: the names in the failure message.
  const managers = deck.layerManager.getLayers().map((layer) => layer.getAttributeManager()).filter(Boolean)
  const proto = Object.getPrototypeOf(managers[0])
  const update = proto.update
  proto.update = function (opts) {
    const names = Object.keys(this.attributes).filter((name) => this.attributes[name].needsUpdate())
    if (names.length) probe.updates.push(`${this.id}: ${names.join(', ')}`)
    return update.call(this, opts)
  }
  return managers.length
}

async function settle(page) {
  await page.waitForTimeout(800)
  await waitForMapIdle(page)
}

const takeProbe = (page) => page.evaluate(() => {
  const { count, updates } = window.__attributeProbe
  window.__attributeProbe.count = 0
  window.__attributeProbe.updates = []
  return { count, updates: [...new Set(updates)] }
})

test('ten year changes on the slider make deck.gl recompute no attribute', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await waitForMapIdle(page)
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? ''))
    await settle(page)
    const managers = await page.evaluate(installProbe)
    assert.ok(managers >= 5, `deck.gl draws the layers (${managers} attribute managers)`)

    const slider = page.getByRole('slider')
    await slider.focus()
    let year = Number(await slider.getAttribute('aria-valuenow'))
    const keys = [...Array(5).fill('ArrowRight'), ...Array(5).fill('ArrowLeft')]
    if (year > 2010) keys.reverse()
    for (const key of keys) {
      await page.keyboard.press(key)
      year += key === 'ArrowRight' ? 1 : -1
      assert.equal(await slider.getAttribute('aria-valuenow'), String(year), `${key} -> ${year}`)
      await page.waitForTimeout(250) // a frame or more of the year tween per change
    }
    await settle(page)
    const afterYears = await takeProbe(page)
    assert.equal(afterYears.count, 0,
      `deck.gl updated attributes ${afterYears.count} times across 10 year changes; layers and attributes: ${afterYears.updates.join(' | ')}`)

    // A record filter: the marks drawn per record update their filter value alone (one byte per record on the GPU);
    // only the marks that stand for several records (arcs, labels) are rebuilt from the records passing it.
    const shownBefore = await page.getByTestId('shown-count').innerText()
    // What the GPU holds for the points layers: the third filter value of each mark (1 passes the record filter).
    const passedOnGpu = () => page.evaluate(() => window.__atlasDeck.layerManager.getLayers()
      .filter((layer) => layer.constructor.layerName === 'ScatterplotLayer' && layer.props.data.length)
      .map((layer) => {
        const { value } = layer.getAttributeManager().attributes.filterValues
        let passed = 0
        for (let i = 2; i < layer.props.data.length * 3; i += 3) passed += value[i]
        return [layer.id, passed, layer.props.data.length]
      }))
    const gpuBefore = await passedOnGpu()
    assert.ok(gpuBefore.every(([, passed, n]) => passed === n), `no filter: every mark passes on the GPU ${JSON.stringify(gpuBefore)}`)
    await page.getByTestId('status-planned').click()
    await settle(page)
    const gpuAfter = await passedOnGpu()
    assert.ok(gpuAfter.some(([, passed, n]) => passed < n), `hiding planned records leaves marks failing on the GPU ${JSON.stringify(gpuAfter)}`)
    assert.notEqual(await page.getByTestId('shown-count').innerText(), shownBefore, 'the filter changes the count')
    const afterFilter = await takeProbe(page)
    const aggregated = /^(aid-arcs|office-labels|coverage-labels)/
    const perRecord = afterFilter.updates.filter((u) => !aggregated.test(u))
    assert.ok(perRecord.length > 0, `the per-record layers update their filter value: ${afterFilter.updates.join(' | ')}`)
    for (const u of perRecord) {
      const names = u.split(': ')[1].split(', ')
      assert.ok(names.every((n) => /^filter/i.test(n)), `a filter change rebuilds only the filter value, not ${u}`)
    }
    await page.getByTestId('status-planned').click()
    await settle(page)
    await takeProbe(page)

    // The probe sees a real data change: the aid metric recolours the aid areas.
    await page.getByTestId('metric-projects').click()
    await settle(page)
    const afterMetric = await takeProbe(page)
    assert.ok(afterMetric.count > 0, 'a change of metric recomputes attributes, and the probe counts it')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

// Area outlines cost the vertex shader per vertex on every frame: a China-wide view draws them simplified to its
// pixels, without the islets smaller than one (src/map/area-detail.ts), and zoomed in the full shapes come back.
test('areas are drawn at the detail of the zoom: simplified at the China-wide view, in full zoomed in', async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin)
  try {
    await waitForMapIdle(page)
    await settle(page)
    const drawn = () => page.evaluate(() => window.__atlasDeck.props.layers
      .filter((layer) => ['coverage', 'council', 'aid-regions'].includes(layer.id))
      .map((layer) => {
        const parts = layer.props.data
        const full = new Map(parts.map((p) => [p.at, p.polygons]))
        const count = (polygons) => polygons.reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0)
        return {
          id: layer.id,
          parts: parts.length,
          vertices: count(parts.map((p) => p.polygon)),
          fullParts: [...full.values()].reduce((n, polygons) => n + polygons.length, 0),
          fullVertices: [...full.values()].reduce((n, polygons) => n + count(polygons), 0),
          records: full.size,
        }
      }))
    const home = await drawn()
    assert.equal(home.length, 3, JSON.stringify(home))
    const sum = (list, key) => list.reduce((n, l) => n + l[key], 0)
    assert.ok(sum(home, 'vertices') < 0.7 * sum(home, 'fullVertices'), `the China-wide view draws fewer outline vertices ${JSON.stringify(home)}`)
    assert.ok(sum(home, 'parts') < sum(home, 'fullParts'), `and leaves out the islets smaller than a pixel ${JSON.stringify(home)}`)

    // Zoomed in on Zhejiang's coast (drawn zoom ≥ 10): every part of every area, every vertex.
    await page.evaluate(() => window.__atlasMap.jumpTo({ center: [121.9, 29.9], zoom: 10.5 }))
    await settle(page)
    const near = await drawn()
    for (const layer of near) {
      assert.equal(layer.parts, layer.fullParts, `${layer.id}: every part zoomed in`)
      assert.equal(layer.vertices, layer.fullVertices, `${layer.id}: every vertex zoomed in`)
    }
    assert.deepEqual(near.map((l) => l.records), home.map((l) => l.records), 'the same records either way')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
