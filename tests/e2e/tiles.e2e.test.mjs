// Tiles the atlas uses: a generated 100,000-record park layer (scripts/tiles/synthetic-layer.ts, written at test time,
// never committed) is tiled by the build's own code (scripts/tiles/build-tiled-layers.ts) into a copy of dist/, served
// by a plain static server that answers range requests. The count, a filter, the year slider and the detail panel
// must behave as with GeoJSON: the counts are those of the generated GeoJSON's own records.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import { ROOT, serveDist, launchBrowser, openPage, outsideRequests, waitForMapIdle, screenshot, mapCanvasPng } from './harness.mjs'
import { loadRecords, expectedCount } from './records.mjs'

const N = 100_000
const work = mkdtempSync(join(tmpdir(), 'atlas-tiles-'))
const site = join(work, 'dist')
const geojson = join(work, 'synthetic-park.geojson')
let server
let browser
let records

before(async () => {
  cpSync(join(ROOT, 'dist'), site, { recursive: true })
  const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/tiles/build-tiled-layers.ts'),
    '--synthetic', String(N), '--out', site, '--geojson', geojson], { cwd: ROOT, encoding: 'utf8' })
  console.log(out.trim().split('\n').map((l) => `# ${l}`).join('\n'))
  const generated = JSON.parse(readFileSync(geojson, 'utf8')).features.map((f) => ({ id: f.id, ...f.properties, geometry: f.geometry }))
  records = [...loadRecords(), ...generated]
  server = await serveDist(site)
  browser = await launchBrowser()
}, { timeout: 240_000 })

after(async () => {
  await browser?.close()
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

const shownCount = async (page) => Number((await page.getByTestId('shown-count').innerText()).replace(/[,\s]/g, '').match(/(\d+)\//)[1])
const totalCount = async (page) => Number((await page.getByTestId('shown-count').innerText()).replace(/[,\s]/g, '').match(/\/(\d+)/)[1])
const planned = (year) => records.filter((r) => r.status === 'planned' && r.years[0] <= year && r.years[1] >= year).length

/** The tile layer's state in deck.gl: loaded, and how many features its drawn tiles hold. */
const tileState = (page) => page.evaluate(() => {
  const layers = window.__atlasDeck.layerManager.getLayers()
  const tiles = layers.filter((l) => l.id === 'tiles:synthetic-park.geojson')
  const subs = layers.filter((l) => l.id.startsWith('tiles:synthetic-park.geojson-') && l.props.visible !== false)
  return {
    loaded: tiles.length === 1 && tiles[0].isLoaded,
    features: subs.reduce((s, l) => s + (l.props.data?.length ?? 0), 0),
    filterRange: subs.find((l) => l.id.endsWith('-points'))?.props.filterRange ?? null,
  }
})
async function tilesDrawn(page) {
  await page.waitForFunction(() => {
    const layers = window.__atlasDeck?.layerManager?.getLayers() ?? []
    const tiles = layers.find((l) => l.id === 'tiles:synthetic-park.geojson')
    return tiles?.isLoaded && layers.some((l) => l.id.startsWith('tiles:synthetic-park.geojson-') && l.props.data?.length > 0)
  }, null, { timeout: 120_000 })
  await waitForMapIdle(page)
}

test(`a ${N.toLocaleString('en')}-record layer served as PMTiles: count, filter, year slider and detail panel`, { timeout: 600_000 }, async () => {
  const { page, context, errors, requests } = await openPage(browser, server.origin)
  const ranges = []
  page.on('request', (r) => { if (r.url().endsWith('.pmtiles')) ranges.push(r.headers().range ?? 'none') })
  try {
    await waitForMapIdle(page)
    await page.waitForFunction((n) => /\d/.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? '') &&
      Number(document.querySelector('[data-testid="shown-count"]').textContent.replace(/[,\s]/g, '').match(/\/(\d+)/)?.[1]) > n, N, { timeout: 120_000 })
    assert.equal(await page.getByTestId('data-problems').count(), 0, 'no data problem is listed')
    assert.equal(await totalCount(page), records.length, 'every record is counted, the tiled ones included')
    assert.equal(await shownCount(page), expectedCount(records, 2010), 'the count for 2010 is the records\'')
    // The export tab says how many of the records it writes are a line or an area given as one point.
    await page.getByTestId('workspace-toggle').click()
    await page.getByTestId('tab-export').click()
    const standIns = (await page.getByTestId('export-stand-ins').innerText()).match(/\d+/g).map(Number)
    const shapes = records.filter((r) => r.id.startsWith('synth-park-') && r.geometry.type !== 'Point')
    assert.ok(shapes.length > 0)
    assert.deepEqual(standIns, [expectedCount(shapes, 2010), shapes.length], 'lines and areas exported as points: among those shown, and in all')
    await page.getByTestId('workspace-close').click()
    await tilesDrawn(page)
    const first = await tileState(page)
    assert.ok(first.features > 100, `the tiles in view hold features (${first.features})`)
    // Read from the one archive with range requests; the GeoJSON is never fetched.
    assert.ok(ranges.length > 0 && ranges.every((r) => /^bytes=\d+-\d+$/.test(r)), `range requests only (${ranges.slice(0, 3).join(', ')})`)
    assert.equal(requests.filter((u) => /synthetic-park\.geojson/.test(u)).length, 0)
    await screenshot(page, 'tiles-2010')

    // The year slider: the count follows the records, the tiles only move the GPU filter.
    const slider = page.getByRole('slider')
    await slider.focus()
    await page.keyboard.press('Home')
    assert.equal(await shownCount(page), expectedCount(records, 2006))
    await page.waitForTimeout(700)
    await waitForMapIdle(page)
    const at2006 = await tileState(page)
    assert.equal(at2006.filterRange[0][1], 2006.5, 'the tiles\' GPU filter ends at 2006')
    assert.deepEqual(at2006.filterRange[2], [0.5, 1.5], 'the record filter is the third filter value')
    await page.keyboard.press('End')
    assert.equal(await shownCount(page), expectedCount(records, 2015))
    await page.keyboard.press('ArrowLeft')
    assert.equal(await shownCount(page), expectedCount(records, 2014))
    await page.waitForTimeout(700)
    await waitForMapIdle(page)
    const map2014 = await mapCanvasPng(page)

    // A cluster: the tooltip tells how many records it stands for, and a click zooms in on it (it selects nothing).
    const cluster = await page.evaluate(() => {
      const subs = window.__atlasDeck.layerManager.getLayers().filter((l) => l.id.startsWith('tiles:') && l.id.endsWith('-points'))
      const all = subs.flatMap((l) => l.props.data ?? []).filter((d) => d.n > 1 && d.years[0] <= 2014 && d.years[1] >= 2014)
      // The largest cluster that is on top where it is drawn (no single record's circle over its centre).
      const map = window.__atlasMap
      const best = all.sort((a, b) => b.n - a.n).find((d) => {
        const { x, y } = map.project(d.position)
        return window.__atlasDeck.pickObject({ x, y, radius: 4 })?.object?.n > 1
      })
      return best ? { position: best.position, n: best.n, zoom: map.getZoom(), center: map.getCenter().toArray() } : null
    })
    assert.ok(cluster, 'clusters are drawn at the national view')
    const at = await page.evaluate((c) => window.__atlasMap.project(c), cluster.position)
    await page.mouse.move(at.x, at.y)
    await page.getByTestId('tooltip').waitFor({ timeout: 30_000 })
    assert.match((await page.getByTestId('tooltip').innerText()).replace(/[,\s]/g, ''), /\d+条记录/, 'the tooltip counts the cluster\'s records')
    await page.mouse.click(at.x, at.y)
    await page.waitForFunction((z) => window.__atlasMap.getZoom() >= z + 1.9 && !window.__atlasMap.isMoving(), cluster.zoom, { timeout: 60_000 })
    assert.equal(await page.getByTestId('detail-panel').count(), 0, 'a cluster click selects no record')
    await page.evaluate(({ zoom, center }) => { window.__atlasMap.jumpTo({ zoom, center }) }, cluster)
    await page.mouse.move(5, 5)
    await page.waitForTimeout(700)
    await waitForMapIdle(page)
    assert.equal(Buffer.compare(map2014, await mapCanvasPng(page)), 0, 'the view is back where it was')

    // A filter: only planned records.
    await page.getByTestId('status-planned').click()
    assert.equal(await shownCount(page), planned(2014))
    await page.waitForTimeout(700)
    await waitForMapIdle(page)
    assert.notEqual(Buffer.compare(map2014, await mapCanvasPng(page)), 0, 'the map changed with the status filter')
    await screenshot(page, 'tiles-2014-planned')

    // A region filter cuts across clusters: each cluster counts exactly its records that pass (planned, in Yunnan),
    // from the build's membership file, and one with none is hidden.
    const drawVersion = () => page.evaluate(() => window.__atlasDeck.layerManager.getLayers().find((l) => l.id === 'tiles:synthetic-park.geojson').props.atlas.draw.version)
    const before = await drawVersion()
    await page.getByTestId('region-province').selectOption('530000')
    const inYunnan = (r) => r.status === 'planned' && r.regions.some((c) => c.startsWith('53'))
    assert.equal(await shownCount(page), expectedCount(records.filter(inYunnan), 2014))
    // The tiles' sublayers drawn with the new filter: their filter value's update trigger is the drawing's version.
    await page.waitForFunction((v) => {
      const layers = window.__atlasDeck.layerManager.getLayers()
      const version = layers.find((l) => l.id === 'tiles:synthetic-park.geojson').props.atlas.draw.version
      const points = layers.filter((l) => l.id.startsWith('tiles:') && l.id.endsWith('-points'))
      return version !== v && points.length > 0 && points.every((l) => l.props.updateTriggers.getFilterValue === version)
    }, before, { timeout: 60_000 })
    await page.waitForTimeout(700)
    const drawnClusters = await page.evaluate(() => {
      const layers = window.__atlasDeck.layerManager.getLayers()
      const draw = layers.find((l) => l.id === 'tiles:synthetic-park.geojson').props.atlas.draw
      return layers.filter((l) => l.id.startsWith('tiles:') && l.id.endsWith('-points') && l.props.visible !== false)
        .flatMap((l) => (l.props.data ?? []).filter((d) => d.n > 1).map((d) => ({
          z: d.z, c: d.c, n: d.n, shown: draw.clusterCounts[d.z][d.c], position: d.position,
          // What deck.gl is given to draw: the record-filter value (1 = drawn) and the circle's radius.
          drawn: l.props.getFilterValue(d)[2], radius: l.props.getRadius(d),
        })))
    })
    const membership = new DataView(gunzipSync(readFileSync(join(site, 'tiles/synthetic-park.clusters.bin.gz'))).buffer)
    const generated = records.filter((r) => r.id.startsWith('synth-'))
    const expected = new Map()
    generated.forEach((r, i) => {
      if (!inYunnan(r)) return
      for (const z of new Set(drawnClusters.map((d) => d.z))) {
        const c = membership.getUint32((z * generated.length + i) * 4, true)
        if (c) expected.set(`${z}/${c}`, (expected.get(`${z}/${c}`) ?? 0) + 1)
      }
    })
    assert.ok(drawnClusters.length > 0, 'clusters are drawn')
    for (const d of drawnClusters) {
      const want = expected.get(`${d.z}/${d.c}`) ?? 0
      assert.equal(d.shown, want, `cluster ${d.z}/${d.c} of ${d.n}: its count`)
      assert.equal(d.drawn, want > 0 ? 1 : 0, `cluster ${d.z}/${d.c}: drawn only with a record that passes`)
      if (want > 0) assert.equal(d.radius, Math.min(18, 5 + 2 * Math.log2(want)), `cluster ${d.z}/${d.c}: sized by its count`)
    }
    assert.ok(drawnClusters.some((d) => d.shown === 0), 'some clusters hold no record that passes')
    // A cluster kept in part, on top where it is drawn: its tooltip gives the part.
    const part = await page.evaluate((list) => list.find((d) => {
      const { x, y } = window.__atlasMap.project(d.position)
      const o = window.__atlasDeck.pickObject({ x, y, radius: 2 })?.object
      return o?.z === d.z && o?.c === d.c
    }) ?? null, drawnClusters.filter((d) => d.shown > 1 && d.shown < d.n))
    assert.ok(part, 'a cluster kept in part, on top')
    const partAt = await page.evaluate((c) => window.__atlasMap.project(c), part.position)
    await page.mouse.move(partAt.x, partAt.y)
    await page.waitForFunction((n) => (document.querySelector('[data-testid="tooltip"]')?.textContent ?? '').replace(/[,\s]/g, '').includes(`${n}条记录`), part.shown, { timeout: 30_000 })
    await page.mouse.move(5, 5)
    await screenshot(page, 'tiles-2014-planned-yunnan')
    await page.getByTestId('region-province').selectOption('')
    assert.equal(await shownCount(page), planned(2014))

    // The detail panel: zoom to one planned point record active in 2014 (zoom 9: single points from the deepest tiles)
    // and click it.
    const target = records.find((r, i) => r.id.startsWith('synth-') && i % 50 > 1 && r.status === 'planned' && r.years[0] <= 2014 && r.years[1] >= 2014 && r.regions[0].startsWith('53'))
    // (braces: jumpTo returns the map, which playwright would serialise whole)
    await page.evaluate(([lon, lat]) => { window.__atlasMap.jumpTo({ center: [lon, lat], zoom: 9 }) }, target.geometry.coordinates)
    await tilesDrawn(page)
    // Precision, as on the GeoJSON layers: an approximate place or unknown date widens a point's ring and dashes or
    // dots an area's edge and a line (the layers' own accessors, on the features the tiles hold here).
    const marks = await page.evaluate(() => window.__atlasDeck.layerManager.getLayers()
      .filter((l) => l.id.startsWith('tiles:') && /-(points|polygons|lines)$/.test(l.id))
      .flatMap((l) => (l.props.data ?? []).filter((d) => d.n === 1).map((d) => ({
        kind: l.id.split('-').pop(), id: d.id,
        ring: l.id.endsWith('-points') ? l.props.getLineWidth(d) : null,
        dash: l.id.endsWith('-points') ? null : l.props.getDashArray(d),
        dashExtension: l.props.extensions.some((e) => e.constructor.name === 'PathStyleExtension' || 'dash' in (e.opts ?? {})),
      }))))
    const byId = new Map(records.map((r) => [r.id, r]))
    const inexact = (r) => r.locationPrecision === 'chosen' || r.datePrecision === 'unknown'
    assert.ok(marks.some((m) => m.ring !== null && inexact(byId.get(m.id))), 'inexact points are in view')
    for (const m of marks) {
      const r = byId.get(m.id)
      if (m.ring !== null) assert.equal(m.ring, inexact(r) ? 3 : 2, `${m.id}: its ring`)
      else {
        assert.deepEqual(m.dash, r.datePrecision === 'unknown' ? [1, 2] : r.locationPrecision === 'chosen' ? [4, 3] : [0, 0], `${m.id}: its edge`)
        assert.ok(m.dashExtension, `${m.id}: the ${m.kind} layer draws dashes`)
      }
    }
    const point = await page.evaluate((c) => window.__atlasMap.project(c), target.geometry.coordinates)
    await page.mouse.click(point.x, point.y)
    await page.getByTestId('detail-panel').waitFor({ timeout: 180_000 })
    assert.equal(await page.getByTestId('detail-name').innerText(), target.name.zh)
    assert.match(await page.getByTestId('detail-years').innerText(), new RegExp(`${target.years[0]}`))
    await screenshot(page, 'tiles-detail')
    assert.deepEqual(outsideRequests(requests, server.origin), [])
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
