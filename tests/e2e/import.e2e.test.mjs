// Issue 11, Deliver 6: the worst ten files of the adversarial corpus (tests/fixtures/adversarial/corpus.ts, written to
// disk by scripts/write-adversarial-corpus.ts) picked through the real file input. While each is imported the page
// keeps drawing (the longest requestAnimationFrame gap is measured and must stay under 200 ms, or under twice the
// gap a throwaway busy worker causes on a machine loaded past that; best of three tries, see below); each is refused with
// its message in Chinese; the plan's counts and chart figures are the same after each; an earlier good user layer
// survives a reload; the cancel button stops an import under way. Then a stored file that no longer passes (over the vertex cap) is reported at restore, checked in
// the import worker, and deleted from IndexedDB through the import tab.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { useAtlas, openPage, waitForMapIdle, screenshot, ROOT } from './harness.mjs'

const atlas = await useAtlas()
const RAF_BUDGET_MS = 200

/** The worst ten written to a temporary folder, with the manifest of what each must give. */
async function worstTen() {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-worst-'))
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/write-adversarial-corpus.ts'), dir, '--worst'], { cwd: ROOT, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return { dir, manifest: JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) }
}

async function openWorkspace(page, tab) {
  if (!(await page.getByTestId(`tab-${tab}`).isVisible().catch(() => false))) await page.getByTestId('workspace-toggle').click()
  await page.getByTestId(`tab-${tab}`).click()
}

/** What the plan's figures look like on screen: the count, the headline band, and the three charts' text. */
async function figures(page) {
  await openWorkspace(page, 'charts')
  await page.getByTestId('chart-regions').waitFor()
  const text = (id) => page.getByTestId(id).innerText()
  // The figures only: a label may be cut short ("新疆维吾尔…") by the width the panel happens to have.
  const numbers = async (id) => (await text(id)).split('\n').filter((l) => /\d/.test(l) && !l.includes('…'))
  const out = {
    count: await text('shown-count'), headline: await numbers('headline-band'),
    regions: await numbers('chart-regions'), years: await numbers('chart-years'), status: await numbers('chart-status'),
    bars: await page.locator('[data-testid^="region-bar-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))),
  }
  await openWorkspace(page, 'import')
  return out
}

/** Starts sampling the gaps between animation frames; returns a function that stops and gives the longest. */
async function sampleFrames(page) {
  await page.evaluate(() => {
    const probe = { max: 0, frames: 0, on: true }
    window.__rafProbe = probe
    let last = performance.now()
    const tick = () => {
      const now = performance.now()
      probe.max = Math.max(probe.max, now - last)
      probe.frames++
      last = now
      if (probe.on) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  // Stops two frames later, so that the frames that draw the outcome are measured too.
  return () => page.evaluate(() => new Promise((resolve) => {
    const probe = window.__rafProbe
    const end = probe.frames + 2
    const wait = () => {
      if (probe.frames < end) return requestAnimationFrame(wait)
      probe.on = false
      resolve({ max: probe.max, frames: probe.frames })
    }
    requestAnimationFrame(wait)
  }))
}

/** The longest frame gap while a throwaway worker parses JSON for `ms`: what the machine itself costs a frame. */
function busyWorkerGap(page, ms = 1_500) {
  return page.evaluate((ms) => new Promise((resolve) => {
    // about the work the import worker does on the worst files: 20 MB of coordinate pairs parsed, again and again
    const src = `const t0 = Date.now(); const s = JSON.stringify(Array.from({ length: 800000 }, (_, i) => [87 + i / 1e6, 29.123456]));
      while (Date.now() - t0 < ${ms}) JSON.parse(s); postMessage(0)`
    const worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })))
    let max = 0
    let on = true
    let last = performance.now()
    const tick = () => {
      const now = performance.now()
      max = Math.max(max, now - last)
      last = now
      if (on) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    worker.onmessage = () => { on = false; worker.terminate(); resolve(max) }
  }), ms)
}

const shownCount = (page) => page.getByTestId('shown-count').innerText()

test('the worst ten hostile files: refused in Chinese, the page keeps drawing, plan figures unchanged, an earlier layer survives', { timeout: 600_000 }, async () => {
  const { dir, manifest } = await worstTen()
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?year=2009' })
  try {
    await waitForMapIdle(page, 180_000)
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? ''))
    const planOnly = await figures(page)
    // An earlier good user layer: a school in Xigaze, 2008–2010 (it counts in 2009).
    const earlier = JSON.stringify({ type: 'FeatureCollection', features: [{
      type: 'Feature', id: 'earlier', geometry: { type: 'Point', coordinates: [87.4335, 29.1308] },
      properties: { layer: 'aid', name: { zh: '学校', en: 'School' }, category: 'education', status: 'achieved', years: [2008, 2010], regions: ['540200'], metrics: { projects: 1 }, source: { ref: 'survey' } },
    }] })
    await openWorkspace(page, 'import')
    await page.getByTestId('import-file').setInputFiles({ name: 'earlier.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(earlier) })
    await page.getByTestId('import-ok').waitFor({ timeout: 60_000 })
    const withEarlier = await figures(page)
    assert.notEqual(withEarlier.count, planOnly.count, 'the earlier layer counts')

    const gaps = []
    for (const c of manifest) {
      assert.ok(c.refused, `${c.name} is one of the refused files`)
      // A freeze shows on every try; a 2-core machine shared with other work can stall any frame once. So the file is
      // imported up to three times and the best try counts: the longest frame gap of that try must be under budget.
      // First the same page while a throwaway worker parses 20 MB of JSON (as the import worker does): on a
      // machine so loaded that frames slip even then, a gap counts against the file only beyond twice that one (a
      // freeze, seconds long, still fails).
      const tries = []
      for (let attempt = 0; attempt < 3 && !tries.some((t) => t.max < t.budget); attempt++) {
        const idleMax = await busyWorkerGap(page)
        const outcomes = Number(await page.locator('.import').getAttribute('data-outcomes'))
        const stop = await sampleFrames(page)
        await page.getByTestId('import-file').setInputFiles(c.path)
        await page.waitForFunction((n) => Number(document.querySelector('.import')?.getAttribute('data-outcomes')) > n, outcomes, { timeout: 180_000 })
        const { max } = await stop()
        tries.push({ max, idle: idleMax, budget: Math.max(RAF_BUDGET_MS, 2 * idleMax) })
      }
      const ok = tries.some((t) => t.max < t.budget)
      const said = tries.map((t) => `${t.max.toFixed(0)} ms (busy worker alone ${t.idle.toFixed(0)} ms)`).join(', ')
      gaps.push(`${c.file}: ${said}`)
      const text = await page.getByTestId('import-problems').innerText()
      assert.ok(text.includes(c.file), `${c.name}: the refusal names the file`)
      if (c.refused.zh) assert.ok(text.includes(c.refused.zh), `${c.name}: the message says "${c.refused.zh}" in Chinese: ${text.slice(0, 300)}`)
      assert.ok((await page.locator('[data-testid="import-problems"] li').count()) <= 101, `${c.name}: the list is capped`)
      assert.ok(text.length < 40_000, `${c.name}: nothing echoed back at length (${text.length} characters)`)
      assert.ok(ok, `${c.name}: the longest gap between animation frames while importing was ${said} in ${tries.length} tries (budget ${RAF_BUDGET_MS} ms, or twice the busy-worker gap)`)
      assert.deepEqual(await figures(page), withEarlier, `${c.name}: the plan's counts and chart figures are unchanged`)
    }
    console.log(`# longest animation-frame gap while importing: ${gaps.join('; ')}`)
    // The cancel button stops an import under way (the 780,000-position line takes the worker seconds).
    const line = manifest.find((c) => c.file === 'huge-line.geojson')
    const before = Number(await page.locator('.import').getAttribute('data-outcomes'))
    await page.getByTestId('import-file').setInputFiles(line.path)
    await page.getByTestId('import-cancel').click({ timeout: 30_000 })
    await page.waitForFunction((n) => Number(document.querySelector('.import')?.getAttribute('data-outcomes')) > n, before)
    assert.match(await page.getByTestId('import-problems').innerText(), /导入已取消，未载入任何记录/)
    assert.deepEqual(await figures(page), withEarlier, 'a cancelled import changes nothing')
    await screenshot(page, 'import-worst-ten')

    await page.reload()
    await waitForMapIdle(page, 180_000)
    await page.waitForFunction((n) => document.querySelector('[data-testid="shown-count"]')?.textContent === n, withEarlier.count, { timeout: 60_000 })
    assert.deepEqual(await figures(page), withEarlier, 'after a reload the earlier layer is back, and only it')
    assert.match(await page.getByTestId('user-files').innerText(), /earlier\.geojson/)
    assert.equal(await page.getByTestId('restore-left-out').count(), 0)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
    await rm(dir, { recursive: true, force: true })
  }
})

test('a stored file that no longer passes is reported at restore and deleted from IndexedDB through the import tab', { timeout: 300_000 }, async () => {
  const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { path: '/?year=2009' })
  try {
    await waitForMapIdle(page, 180_000)
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? ''))
    const before = await shownCount(page)
    // As an older atlas (or a hand) might have left it: a valid record whose line is over today's 50,000-position cap.
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('shanghai-atlas-user-layer', 1)
      open.onupgradeneeded = () => open.result.createObjectStore('files', { keyPath: 'name' })
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const line = Array.from({ length: 60_000 }, (_, i) => [87 + (i % 1000) / 1000, 29 + Math.floor(i / 1000) / 1000])
        const record = {
          id: 'user-stale', layer: 'aid', name: { zh: '旧线', en: 'Old line' }, category: 'education', status: 'achieved', years: [2008, 2010],
          regions: ['540200'], metrics: { projects: 1 }, source: { ref: 'survey' }, geometry: { type: 'LineString', coordinates: line },
        }
        const tx = open.result.transaction('files', 'readwrite')
        tx.objectStore('files').put({ name: 'stale.geojson', addedAt: 1, records: [record] })
        tx.oncomplete = () => { open.result.close(); resolve() }
        tx.onerror = () => reject(tx.error)
      }
    }))
    await page.reload()
    await waitForMapIdle(page, 180_000)
    await openWorkspace(page, 'import')
    const box = page.getByTestId('restore-left-out')
    await box.waitFor({ timeout: 60_000 })
    const text = await box.innerText()
    assert.match(text, /以前导入的 stale\.geojson 未通过检查/)
    assert.match(text, /几何有 60000 个点，每个几何最多 50000 个/)
    assert.equal(await shownCount(page), before, 'the refused stored file is not on the map')
    await page.getByTestId('remove-stored-stale.geojson').click()
    await box.waitFor({ state: 'detached' })
    const keys = await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('shanghai-atlas-user-layer', 1)
      open.onsuccess = () => {
        const req = open.result.transaction('files').objectStore('files').getAllKeys()
        req.onsuccess = () => { open.result.close(); resolve(req.result) }
      }
    }))
    assert.deepEqual(keys, [], 'deleted from IndexedDB')
    await page.reload()
    await waitForMapIdle(page, 180_000)
    await openWorkspace(page, 'import')
    assert.equal(await page.getByTestId('restore-left-out').count(), 0, 'not reported again after a reload')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
