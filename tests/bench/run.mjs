// npm run bench: the atlas's speed figures, measured side by side in one run of headless Chromium (SwiftShader)
// against the built dist/ (and dist/bench/, the bare-maplibre page). Prints a table; never fails on a figure.
//   node tests/bench/run.mjs [--quick] [--json out.json] [--only=section,...] [--write-docs]
// --quick uses fewer samples and cycles (a smoke run of the script itself, ~2 minutes).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cpus, totalmem } from 'node:os'
import { execFileSync } from 'node:child_process'
import { serveDist, launchBrowser, ROOT } from '../e2e/harness.mjs'
import { userCsv } from '../e2e/user-csv.mjs'
import { armAnswerProbe } from './answer-probe.mjs'
import { gpuProcessOf, cpuMs, treeCpuMs } from './process-cpu.mjs'
import { threadSnapshot, addThreadCpu, threadTable } from './thread-cpu.mjs'
import { initialJs, basemapSize, JS_BUDGET, BASEMAP_BUDGET, KB } from '../../scripts/bench-sizes.mjs'

const args = process.argv.slice(2)
const QUICK = args.includes('--quick')
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null
// --only=cold,atlas-year,...: run only these sections (sizes, cold, threads, first-draw, atlas-year, points-year, scale, frames, heap).
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',')
const want = (section) => !only || only.includes(section)
const COLD_RUNS = QUICK ? 2 : 5
const FRAME_RUNS = QUICK ? 3 : 7
const YEAR_RUNS = QUICK ? 3 : 7
const KIOSK_CYCLES = Number(process.env.BENCH_CYCLES ?? (QUICK ? 2 : 8))
const KIOSK_STEP_MS = Number(process.env.BENCH_KIOSK_STEP ?? 300)
const COUNTS = [1_000, 100_000, 1_000_000]
const SCALE_COUNTS = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000]
const YEAR_STEPS = QUICK ? 5 : 9
const USER_RECORDS = Number(process.env.BENCH_USER_RECORDS ?? 100_000)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`)
const kb = (x) => `${(x / KB).toFixed(0)} KB`
const mb = (x) => `${(x / KB / KB).toFixed(1)} MB`
const ratio = (b, a) => (a > 0 ? `${(b / a).toFixed(2)}×` : '–')
const log = (...x) => console.error('[bench]', ...x)

// The commit measured: read before the run, so a commit made meanwhile is not printed as this run's.
const git = (...a) => { try { return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim() } catch { return '' } }
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown'
const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'geo', 'index.html', 'vite.config.ts', 'tests/bench')

/** The cold start's marks, median over the runs, in the order they happen: when, and the step from the one before. */
let coldBreakdown = ''
let layerCosts = ''
let threadCpu = ''
const MARK_MEANING = {
  'html-loaded': 'index.html received',
  'first-contentful-paint': 'first paint (the loading text)',
  'modules-evaluated': 'first-screen JS downloaded, parsed, run (Vue, maplibre, app)',
  'vue-mounted': 'Vue app mounted',
  'basemap-fetch-start': 'basemap fetch starts',
  'basemap-fetched': 'basemap TopoJSON + places fetched and parsed as JSON',
  'basemap-parsed': 'TopoJSON → GeoJSON',
  'layers-fetch-start': 'thematic layer fetch starts',
  'layers-fetched': 'thematic layers fetched',
  'layers-validated': 'thematic layers validated (validateLayerSet in the browser)',
  'label-font-loaded': 'label font ranges loaded',
  'fonts-ready': 'document fonts ready',
  'basemap-first-idle': 'main map: basemap drawn and idle',
  'inset-first-idle': 'South China Sea inset drawn',
  'deck-loaded': 'deck.gl chunk loaded, overlay attached',
  'overlay-drawn': 'thematic overlay drawn, map idle',
  'complete-frame': 'first complete frame (map + inset idle): the bench figure',
}
function breakdownTable(runs, bare) {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))]
  const at = names.map((name) => ({ name, t: median(runs.map((r) => r[name]).filter((x) => x !== undefined)) }))
    .sort((a, b) => a.t - b.t)
  const lines = ['| mark (atlas, median of the cold runs) | at | step from previous | what |', '| --- | --- | --- | --- |']
  let prev = 0
  for (const { name, t } of at) {
    lines.push(`| ${name} | ${ms(t)} | +${ms(t - prev)} | ${MARK_MEANING[name] ?? ''} |`)
    prev = t
  }
  lines.push(`| *bare maplibre page, same run* | ${ms(bare)} | | the reference (goal: complete frame ≤ 1.25× this = ${ms(bare * 1.25)}) |`)
  return lines.join('\n')
}

/** The first draw of each deck.gl layer, median over the runs of src/bench/layer-costs.ts. */
function layerCostTable(runs) {
  const lines = [
    `| step (the atlas's layers added one at a time to the bare page, median of ${runs.length}) | deck.gl classes | programs linked so far | first draw, wall | same frame again, wall | first draw, GPU-process CPU | same frame again, GPU-process CPU | first draw − again, GPU-process CPU |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  const med = (i, f) => { const xs = runs.map((r) => f(r[i])).filter((x) => Number.isFinite(x)); return xs.length ? median(xs) : NaN }
  const fmt = (x) => (Number.isFinite(x) ? ms(x) : '–')
  let total = 0
  runs[0].forEach((c, i) => {
    const extra = med(i, (s) => s.gpuMs - s.gpuAgainMs)
    if (i > 0 && Number.isFinite(extra)) total += extra
    lines.push(`| ${c.step} | ${c.classes} | ${c.programs} | ${fmt(med(i, (s) => s.ms))} | ${fmt(med(i, (s) => s.againMs))} | ${fmt(med(i, (s) => s.gpuMs))} | ${fmt(med(i, (s) => s.gpuAgainMs))} | ${fmt(extra)} |`)
  })
  lines.push(`| *the overlay's firsts, summed (attach and layers)* | | | | | | | ${fmt(total)} |`)
  return lines.join('\n')
}

const rows = []
const row = (measure, a, b, r, note = '') => rows.push({ measure, a, b, ratio: r, note })
const raw = {}

const server = await serveDist()
const browser = await launchBrowser()
try {
  // ------------------------------------------------------------------------------------------ sizes
  if (want('sizes')) {
  const js = initialJs(join(ROOT, 'dist'))
  const basemap = basemapSize(join(ROOT, 'geo/basemap'))
  raw.sizes = { js, basemap }
  row('initial JS, gzip -9 (budget → built)', kb(JS_BUDGET), kb(js.gzip), ratio(js.gzip, JS_BUDGET),
    js.gzip <= JS_BUDGET ? 'within budget' : `OVER budget by ${kb(js.gzip - JS_BUDGET)}`)
  row('basemap, gzip -9 (budget → built)', kb(BASEMAP_BUDGET), kb(basemap.gzip), ratio(basemap.gzip, BASEMAP_BUDGET),
    basemap.gzip <= BASEMAP_BUDGET ? 'within budget' : `OVER budget by ${kb(basemap.gzip - BASEMAP_BUDGET)}`)
  }

  // ------------------------------------------------------------------------------------------ cold start
  // A fresh context (empty cache) per run, atlas and bare page alternating; time = performance.now() at the
  // first moment the map (and for the atlas its inset) reports idle, i.e. the first complete frame.
  const IDLE_PROBE = () => {
    const done = () => {
      const main = document.querySelector('[data-testid="map"]')
      const inset = document.querySelector('[data-testid="inset"] [data-map-state]')
      if (main?.getAttribute('data-map-state') === 'idle' && inset?.getAttribute('data-map-state') === 'idle' && !window.__atlasIdleAt) {
        window.__atlasIdleAt = performance.now()
      }
    }
    new MutationObserver(done).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'], childList: true })
  }
  /** Loads the atlas or the bare page in a fresh page until its first complete frame (atlas: map and inset idle). */
  async function loadCold(page, kind, query = '') {
    if (kind === 'atlas') {
      await page.addInitScript(IDLE_PROBE)
      await page.goto(server.origin + '/' + query, { timeout: 180_000 })
      await page.waitForFunction(() => window.__atlasIdleAt, null, { timeout: 120_000, polling: 100 })
      return
    }
    await page.goto(server.origin + '/bench/bench.html', { timeout: 180_000 })
    await page.waitForFunction(() => window.__benchIdleAt || window.__benchError, null, { timeout: 120_000, polling: 100 })
    const err = await page.evaluate(() => window.__benchError)
    if (err) throw new Error(`bench page: ${err}`)
  }
  async function coldStart(kind, query) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    // CPU of every browser process over the run (this run's own work, whatever else the machine runs).
    const cpu0 = treeCpuMs()
    const cpuOf = () => treeCpuMs() - cpu0
    try {
      await loadCold(page, kind, query)
      if (kind === 'atlas') {
        // Where the time went: the atlas's own marks (src/boot-marks.ts) and the navigation's milestones.
        return await page.evaluate(() => {
          const marks = Object.fromEntries(performance.getEntriesByType('mark')
            .filter((m) => m.name.startsWith('atlas:')).map((m) => [m.name.slice(6), m.startTime]))
          const nav = performance.getEntriesByType('navigation')[0]
          if (nav) marks['html-loaded'] = nav.responseEnd
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]
          if (fcp) marks['first-contentful-paint'] = fcp.startTime
          marks['complete-frame'] = window.__atlasIdleAt
          // deck.gl layers drawn (top level): a floor row shows it left out what it says.
          const layers = window.__atlasDeck?.props.layers.flat(9).filter((l) => l?.props.visible).length ?? 0
          return { at: window.__atlasIdleAt, marks, layers }
        }).then((r) => ({ ...r, cpu: cpuOf() }))
      }
      return { at: await page.evaluate(() => window.__benchIdleAt), cpu: cpuOf() }
    } finally {
      await context.close()
    }
  }
  // The atlas's layer spec kinds a floor row leaves out (layer-specs.ts, tiled-specs.ts): all but points and arcs,
  // then all of them.
  const COLD_FLOORS = [
    { kinds: 'polygons,paths,labels', what: 'without its areas, lines and labels, its points and arcs drawn' },
    { kinds: 'polygons,paths,labels,points,arcs,tiles', what: 'with no thematic layer drawn, deck.gl loaded and its overlay attached' },
  ]
  if (want('cold')) {
  log('cold start…')
  await coldStart('atlas') // warm the OS file cache and the server once; not counted
  const cold = { atlas: [], bare: [] }
  const coldCpu = { atlas: [], bare: [] }
  const marks = []
  // Where the goal's floor lies: the same atlas with deck.gl loaded and its overlay attached but some or all of its
  // layer kinds left out (`?bench-leave-out`, test builds only, src/map/test-handles.ts), in the same alternation.
  const floors = Object.fromEntries(COLD_FLOORS.map((f) => [f.kinds, []]))
  // deck.gl layers drawn per kind of run, every run's count (a run that drew another number shows).
  const layersDrawn = Object.fromEntries([['all', new Set()], ...COLD_FLOORS.map((f) => [f.kinds, new Set()])])
  for (let i = 0; i < COLD_RUNS; i++) {
    const atlas = await coldStart('atlas')
    cold.atlas.push(atlas.at)
    coldCpu.atlas.push(atlas.cpu)
    marks.push(atlas.marks)
    const bare = await coldStart('bare')
    cold.bare.push(bare.at)
    coldCpu.bare.push(bare.cpu)
    layersDrawn.all.add(atlas.layers)
    for (const f of COLD_FLOORS) {
      const run = await coldStart('atlas', `?bench-leave-out=${f.kinds}`)
      floors[f.kinds].push(run.at)
      layersDrawn[f.kinds].add(run.layers)
    }
  }
  raw.coldStart = { ...cold, cpu: coldCpu, marks, floors }
  coldBreakdown = breakdownTable(marks, median(cold.bare))
  const coldA = median(cold.bare)
  const coldB = median(cold.atlas)
  row('cold start → map idle, 1920×1080 (bare maplibre → atlas)', ms(coldA), ms(coldB), ratio(coldB, coldA),
    `median of ${COLD_RUNS}; atlas = Vue + deck.gl + 6 layers + the 2D-canvas insets; goal ≤ 1.25×: ${coldB <= 1.25 * coldA ? "met" : "NOT met"}`)
  const cpuA = median(coldCpu.bare)
  const cpuB = median(coldCpu.atlas)
  row('cold start, CPU of all the browser\'s processes until then (bare maplibre → atlas)', ms(cpuA), ms(cpuB), ratio(cpuB, cpuA),
    `median of ${COLD_RUNS}; the work itself (renderer, GPU process = SwiftShader, …), less swayed by other load than the wall time`)
  for (const f of COLD_FLOORS) {
    const at = median(floors[f.kinds])
    row(`cold start → map idle, floor: the atlas ${f.what} (bare maplibre → that atlas)`, ms(coldA), ms(at), ratio(at, coldA),
      `median of ${COLD_RUNS}, alternating with the rows above; deck.gl layers drawn: ${[...layersDrawn[f.kinds]].join(' or ')} of the atlas's ${[...layersDrawn.all].join(' or ')}; where the goal's floor lies, not the product`)
  }
  }
  if (want('threads')) {
    // The same cold starts read per Chromium thread (thread-cpu.mjs): which process and thread does the atlas's extra
    // work. Service workers are blocked: the atlas registers its own only after the first complete frame, and its
    // install would fall into the reading taken just after it.
    log('cold start CPU by thread…')
    const bare = new Map()
    const atlas = new Map()
    const runs = QUICK ? 2 : 4
    for (let i = 0; i <= runs; i++) {
      for (const kind of ['atlas', 'bare']) {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' })
        const page = await context.newPage()
        try {
          const before = threadSnapshot()
          await loadCold(page, kind)
          // The first pair warms the file cache and the server, as for the cold-start row.
          if (i > 0) addThreadCpu(kind === 'atlas' ? atlas : bare, before, threadSnapshot())
        } finally {
          await context.close()
        }
      }
    }
    if (atlas.size) threadCpu = threadTable(bare, atlas, runs)
  }
  if (want('first-draw')) {
    // Each deck.gl layer's first draw, the atlas's own layers added one at a time to the bare page's map
    // (src/bench/layer-costs.ts), a fresh context per run: what the overlay's first frame is made of.
    log('first draw of each deck.gl layer…')
    const costRuns = []
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
      const page = await context.newPage()
      try {
        await page.goto(server.origin + '/bench/bench.html', { timeout: 180_000 })
        await page.waitForFunction(() => window.__benchIdleAt || window.__benchError, null, { timeout: 120_000, polling: 100 })
        const gpu = gpuProcessOf()
        await page.exposeFunction('__benchGpuCpuMs', () => cpuMs(gpu))
        costRuns.push(await page.evaluate(() => window.__bench.layerCosts()))
      } finally {
        await context.close()
      }
    }
    raw.layerCosts = costRuns
    layerCosts = layerCostTable(costRuns)
  }

  // ------------------------------------------------------------------------------------------ year change, the atlas
  // The running atlas itself: the real page and layers, the year moved through the slider (the store), with the
  // plan's records and again after importing USER_RECORDS records through the import tab. Per change: main-thread
  // script time (CDP ScriptDuration) from the key press until two animation frames later (the map has drawn the new
  // year); reduced motion, so each change is one jump rather than a 450 ms dissolve whose frame count depends on the
  // frame time.
  if (want('atlas-year')) {
    log('year change in the atlas…')
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })
    const page = await context.newPage()
    page.on('pageerror', (e) => log('page error', e.message))
    await page.addInitScript(IDLE_PROBE)
    await page.goto(server.origin + '/?year=2006', { timeout: 180_000 })
    await page.waitForFunction(() => window.__atlasIdleAt, null, { timeout: 180_000, polling: 200 })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const scriptMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000
    const mapIdle = async () => {
      for (let i = 0; i < 1200; i++) {
        await new Promise((ok) => setTimeout(ok, 100))
        if (await page.getAttribute('[data-testid="map"]', 'data-map-state') === 'idle') return
      }
      throw new Error('the map did not become idle')
    }
    let key = 'ArrowRight'
    const yearChanges = async () => {
      await page.getByTestId('slider').focus()
      const samples = []
      for (let i = 0; i < YEAR_STEPS; i++) {
        await mapIdle()
        const shown = await page.getByTestId('year-shown').innerText()
        // Back and forth over 2006–2015: every press changes the year.
        if (shown === '2015') key = 'ArrowLeft'
        if (shown === '2006') key = 'ArrowRight'
        const t0 = await scriptMs()
        await page.keyboard.press(key)
        // Two animation frames: the map has drawn the new year (the draw is scheduled for the next frame).
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))))
        await new Promise((ok) => setTimeout(ok, 200))
        samples.push((await scriptMs()) - t0)
        if (await page.getByTestId('year-shown').innerText() === shown) throw new Error(`the key ${key} did not change the year (${shown})`)
      }
      return samples
    }
    // A filter change: the "planned" status toggled on and off through its button. Per toggle: main-thread script
    // time, and the animation frames from the click until the shown count reads the new figure.
    const filterChanges = async () => {
      const samples = []
      for (let i = 0; i < YEAR_STEPS; i++) {
        await mapIdle()
        await page.evaluate(armAnswerProbe)
        const t0 = await scriptMs()
        await page.getByTestId('status-planned').click()
        await page.waitForFunction(() => window.__answerMs !== null, null, { timeout: 60_000, polling: 20 })
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))))
        await new Promise((ok) => setTimeout(ok, 200))
        samples.push({ ms: (await scriptMs()) - t0, answerMs: await page.evaluate(() => window.__answerMs) })
      }
      return samples
    }
    // The JS heap after a full garbage collection (CDP), for the import's memory row.
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    await yearChanges() // warm-up: JIT, shaders
    const plan = await yearChanges()
    await filterChanges() // warm-up
    const planFilters = await filterChanges()
    const heapBefore = await heapAfterGc()
    const planCount = await page.evaluate(() => document.querySelector('[data-testid="live-summary"]')?.textContent ?? '')
    const csv = userCsv(USER_RECORDS)
    await page.getByTestId('workspace-toggle').click()
    await page.getByTestId('tab-import').click()
    const t0 = Date.now()
    await page.getByTestId('import-file').setInputFiles({ name: 'bench-records.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    const imported = await Promise.race([
      page.getByTestId('import-ok').waitFor({ timeout: 600_000 }).then(() => true),
      page.getByTestId('import-problems').waitFor({ timeout: 600_000 }).then(() => false),
    ])
    if (!imported) throw new Error(`import of ${USER_RECORDS} records refused: ${(await page.getByTestId('import-problems').innerText()).slice(0, 400)}`)
    const importMs = Date.now() - t0
    await page.getByTestId('workspace-close').click()
    const heapAfter = await heapAfterGc()
    await yearChanges() // warm-up with the new data
    const withUser = await yearChanges()
    await filterChanges() // warm-up with the new data
    const userFilters = await filterChanges()
    raw.atlasYearChange = { plan, withUser, importMs, csvBytes: csv.length, planCount, planFilters, userFilters, heapBefore, heapAfter }
    const n = USER_RECORDS.toLocaleString('en')
    const a = median(plan)
    const b = median(withUser)
    row(`year change in the atlas, main-thread script (plan's records → + ${n} imported)`, ms(a), ms(b), ratio(b, a),
      `median of ${YEAR_STEPS} slider key presses each; CSV ${mb(csv.length)} imported in ${ms(importMs)}; goal ≤ 1.2×: ${b <= 1.2 * a ? 'met' : 'NOT met'}`)
    const fa = median(planFilters.map((f) => f.ms))
    const fb = median(userFilters.map((f) => f.ms))
    row(`filter change in the atlas, main-thread script (plan's records → + ${n} imported)`, ms(fa), ms(fb), ratio(fb, fa),
      `median of ${YEAR_STEPS} status toggles each`)
    const answerA = median(planFilters.map((f) => f.answerMs))
    const answerB = median(userFilters.map((f) => f.answerMs))
    row(`filter change → the frame showing the new count (plan's records → + ${n} imported)`, ms(answerA), ms(answerB), ratio(answerB, answerA),
      `median of ${YEAR_STEPS}, from the click event to the start of that frame; goal within 2 frames at 60 Hz (33 ms): ${answerB <= 2000 / 60 ? 'met' : 'NOT met'}`)
    const added = heapAfter - heapBefore
    row(`JS heap after GC added by the import (the CSV's bytes → heap growth), ${n} records`, mb(csv.length), mb(added), ratio(added, csv.length),
      `goal: under 2× the data: ${added < 2 * csv.length ? 'met' : 'NOT met'}`)
    await context.close()
  }

  // ------------------------------------------------------------------------------------------ year change, synthetic points
  if (want('points-year')) {
    log('year change, synthetic points…')
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    page.on('pageerror', (e) => log('page error', e.message))
    await page.goto(server.origin + '/bench/bench.html', { timeout: 180_000 })
    await page.waitForFunction(() => window.__benchIdleAt || window.__benchError, null, { timeout: 120_000 })
    await page.evaluate(async () => { window.__points = await window.__bench.points() })
    const yearRows = []
    for (const n of [0, ...COUNTS]) {
      const loadMs = await page.evaluate((n) => window.__points.load(n), n)
      const samples = await page.evaluate(({ runs }) => {
        const out = []
        const years = [2008, 2011, 2007, 2014, 2009, 2012, 2006, 2015, 2010, 2013]
        window.__points.yearChange(2013) // warm-up
        for (let i = 0; i < runs; i++) out.push(window.__points.yearChange(years[i % years.length]))
        return out
      }, { runs: n >= 1_000_000 ? Math.min(YEAR_RUNS, 5) : YEAR_RUNS })
      const r = {
        n,
        loadMs,
        cpuMs: median(samples.map((s) => s.cpuMs)),
        gpuMs: median(samples.map((s) => s.gpuMs)),
        attributesUpdated: Math.max(...samples.map((s) => s.attributesUpdated)),
        samples,
      }
      yearRows.push(r)
      log(`  ${n} points: load ${ms(loadMs)}, year change cpu ${ms(r.cpuMs)} gpu ${ms(r.gpuMs)}, attributes updated ${r.attributesUpdated}`)
    }
    raw.yearChange = yearRows
    const base = yearRows.find((r) => r.n === 1_000)
    const empty = yearRows.find((r) => r.n === 0)
    row('year change, basemap only (0 points): CPU → GPU', ms(empty.cpuMs), ms(empty.gpuMs), '', 'reference: the basemap redrawn with no deck layer')
    for (const r of yearRows.filter((r) => r.n > 1_000)) {
      row(`year change CPU (setProps→redraw), 1k → ${r.n.toLocaleString('en')} points`, ms(base.cpuMs), ms(r.cpuMs), ratio(r.cpuMs, base.cpuMs),
        `attributes recomputed per change: ${r.attributesUpdated}`)
    }
    for (const r of yearRows.filter((r) => r.n > 1_000)) {
      row(`year change GPU frame (SwiftShader), 1k → ${r.n.toLocaleString('en')} points`, ms(base.gpuMs), ms(r.gpuMs), ratio(r.gpuMs, base.gpuMs),
        'software vertex/fill work, scales with points')
    }
    for (const r of yearRows.filter((r) => r.n > 1_000)) {
      row(`first frame of new data, 1k → ${r.n.toLocaleString('en')} points`, ms(base.loadMs), ms(r.loadMs), ratio(r.loadMs, base.loadMs),
        'buffer upload + 2 synced frames (for comparison)')
    }
    await context.close()
  }

  // ------------------------------------------------------------------------------------------ scale path
  // The China-wide view of a generated park layer: GeoJSON (fetch, parse and validate every record in the browser)
  // against the tiled layer as the atlas's build writes it and the atlas reads it (scripts/tiles/bench-scale-files.ts,
  // src/bench/geojson-cost.ts).
  if (want('scale')) {
    log('scale path: GeoJSON vs the tiled layer…')
    const out = join(ROOT, 'dist/bench/scale')
    const files = new Map(SCALE_COUNTS.map((n) => [n, JSON.parse(execFileSync(join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/tiles/bench-scale-files.ts', String(n), out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop())]))
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } })
    const page = await context.newPage()
    await page.goto(server.origin + '/bench/bench.html', { timeout: 180_000 })
    await page.waitForFunction(() => window.__bench, null, { timeout: 120_000 })
    const first = files.get(SCALE_COUNTS[0])
    await page.evaluate(([n, f]) => window.__bench.scaleCost(n, f, '/bench/scale/'), [SCALE_COUNTS[0], first]) // warm-up: JIT and the schema's first use
    const scale = []
    for (const n of SCALE_COUNTS) {
      const f = files.get(n)
      const r = { ...(await page.evaluate(([n, f]) => window.__bench.scaleCost(n, f, '/bench/scale/'), [n, f])), sizes: f.sizes }
      scale.push(r)
      log(`  ${n} records: GeoJSON ${mb(f.sizes.geojson)} ${ms(r.geojsonMs)}; tiles ${mb(f.sizes.archive)} + ${mb(f.sizes.attributes + f.sizes.clusters)} ${ms(r.tilesWholeMs)} (${r.tilesRead} z4 tiles), z8 city tile ${ms(r.tileCityMs)} (${r.cityFeatures})`)
    }
    raw.scale = scale
    for (const r of scale) {
      const s = r.sizes
      row(`China-wide view of ${r.n.toLocaleString('en')} park records: GeoJSON fetch+parse+validate → tiled (attribute and cluster files + every z4 tile)`, ms(r.geojsonMs), ms(r.tilesWholeMs), ratio(r.tilesWholeMs, r.geojsonMs),
        `files: GeoJSON ${mb(s.geojson)} (gzip ${mb(s.geojsonGzip)}) → archive ${mb(s.archive)} (${ratio(s.archive, s.geojson)}) + attribute and cluster files ${mb(s.attributes + s.clusters)} gzip; one z8 city tile ${ms(r.tileCityMs)} (${r.cityFeatures} features)`)
    }
    await context.close()
  }

  // ------------------------------------------------------------------------------------------ 4K vs 1080p
  if (want('frames')) {
    log('frame time 1080p vs 4K…')
    const open = async (width, height) => {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 })
      const page = await context.newPage()
      await page.addInitScript(IDLE_PROBE)
      await page.goto(server.origin + '/', { timeout: 180_000 })
      await page.waitForFunction(() => window.__atlasIdleAt, null, { timeout: 180_000, polling: 200 })
      if (!(await page.evaluate(() => Boolean(window.__atlasMap)))) {
        throw new Error('dist/ has no test handles: build it with ATLAS_TEST_HANDLES=1 (npm run bench does)')
      }
      return { context, page }
    }
    const frame = (page) => page.evaluate(() => {
      const map = window.__atlasMap
      const canvas = map.getCanvas()
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
      const t0 = performance.now()
      map.redraw()
      const t1 = performance.now()
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
      const t2 = performance.now()
      return { cpuMs: t1 - t0, frameMs: t2 - t0, w: canvas.width, h: canvas.height }
    })
    const hd = await open(1920, 1080)
    const uhd = await open(3840, 2160)
    await frame(hd.page)
    await frame(uhd.page)
    const f = { hd: [], uhd: [] }
    for (let i = 0; i < FRAME_RUNS; i++) {
      f.hd.push(await frame(hd.page))
      f.uhd.push(await frame(uhd.page))
    }
    raw.frames = f
    const a = median(f.hd.map((s) => s.frameMs))
    const b = median(f.uhd.map((s) => s.frameMs))
    const ac = median(f.hd.map((s) => s.cpuMs))
    const bc = median(f.uhd.map((s) => s.cpuMs))
    row(`atlas frame (redraw + GPU sync), ${f.hd[0].w}×${f.hd[0].h} → ${f.uhd[0].w}×${f.uhd[0].h}`, ms(a), ms(b), ratio(b, a),
      `median of ${FRAME_RUNS}; 4× the pixels; DPR 1`)
    row('  of which CPU (redraw issued)', ms(ac), ms(bc), ratio(bc, ac), '')
    await hd.context.close()
    await uhd.context.close()
  }

  // ------------------------------------------------------------------------------------------ heap over a long run
  // The kiosk tour sped up (?mode=kiosk&step=<ms>) when this build has one, else the year player looping at 2×.
  if (want('heap')) {
    log(`heap over ${KIOSK_CYCLES} accelerated cycles…`)
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.addInitScript(IDLE_PROBE)
    await page.goto(server.origin + `/?mode=kiosk&step=${KIOSK_STEP_MS}`, { timeout: 180_000 })
    const kiosk = await page.waitForSelector('[data-testid="kiosk-caption"][data-chapter]', { timeout: 30_000 }).then(() => true, () => false)
    if (!kiosk) {
      log('  no kiosk tour in this build: the year player (?year=2006, play, 2×, loop) instead')
      await page.goto(server.origin + '/?year=2006', { timeout: 180_000 })
    }
    await page.waitForFunction(() => window.__atlasIdleAt, null, { timeout: 120_000, polling: 200 })
    const cdp = await context.newCDPSession(page)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      const dom = await cdp.send('Memory.getDOMCounters')
      return { usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners }
    }
    let waitCycle
    if (kiosk) {
      // One cycle = the tour leaves its first chapter and comes back to it.
      const chapter = () => page.getAttribute('[data-testid="kiosk-caption"]', 'data-chapter', { timeout: 120_000 })
      const first = await chapter()
      waitCycle = async () => {
        await page.waitForFunction((c) => { const el = document.querySelector('[data-testid="kiosk-caption"]'); return el && el.getAttribute('data-chapter') !== c }, first, { timeout: 300_000, polling: 50 })
        await page.waitForFunction((c) => document.querySelector('[data-testid="kiosk-caption"]')?.getAttribute('data-chapter') === c, first, { timeout: 300_000, polling: 50 })
      }
    } else {
      await page.getByTestId('speed').selectOption('2')
      await page.getByTestId('play').click()
      // One cycle = the player wraps from 2015 back to 2006.
      const shown = (y) => page.waitForFunction((y) => document.querySelector('[data-testid="year-shown"]')?.textContent?.trim() === y, y, { timeout: 120_000, polling: 50 })
      waitCycle = async () => {
        await shown('2015')
        await shown('2006')
      }
    }
    const t0 = Date.now()
    await waitCycle()
    const first = await heap()
    const t1 = Date.now()
    for (let i = 1; i < KIOSK_CYCLES; i++) await waitCycle()
    const last = await heap()
    const seconds = (Date.now() - t0) / 1000
    raw.heap = { kiosk, cycles: KIOSK_CYCLES, seconds, firstCycleSeconds: (t1 - t0) / 1000, first, last }
    const what = kiosk ? `kiosk tour (step ${KIOSK_STEP_MS} ms)` : 'year player (2×, loop)'
    row(`JS heap after GC, 1 → ${KIOSK_CYCLES} cycles of the ${what}`, mb(first.usedSize), mb(last.usedSize), ratio(last.usedSize, first.usedSize),
      `${seconds.toFixed(0)} s; DOM nodes ${first.nodes} → ${last.nodes}; JS listeners ${first.listeners} → ${last.listeners}` +
      (kiosk ? '' : '; no kiosk mode in this build, so the year player instead'))
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}

// ------------------------------------------------------------------------------------------ print
let chromium = ''
try { chromium = execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() } catch { /* not fatal */ }
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${mb(totalmem())} RAM, ${chromium}, SwiftShader (no GPU), Node ${process.version}`
const header = ['measure', 'A', 'B', 'B/A', 'note']
const table = [header, header.map(() => '---'), ...rows.map((r) => [r.measure, r.a, r.b, r.ratio, r.note])]
const runOf = `commit ${commit}${dirty ? ' **with uncommitted changes**' : ''}, ${new Date().toISOString()}` +
  `${QUICK ? ' (--quick)' : ''}${only ? ` (sections: ${only.join(', ')})` : ''}`
const text = `npm run bench — ${runOf}\nmachine: ${machine}\n\n${table.map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`
console.log(`\n${text}`)
if (coldBreakdown) console.log(`\nWhere the cold start goes — ${runOf}\n\n${coldBreakdown}\n`)
if (layerCosts) console.log(`\nThe overlay's first draw, layer by layer — ${runOf}\n\n${layerCosts}\n`)
if (threadCpu) console.log(`\nCold start CPU by thread — ${runOf}\n\n${threadCpu}\n`)
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ commit, machine, rows, raw }, null, 2))
// --write-docs: this run's table replaces the one in docs/benchmarks.md, so the table there is always one run of one
// commit; a run of some sections (--only) writes only their own tables, never a main table of some rows.
if (args.includes('--write-docs')) {
  const doc = join(ROOT, 'docs/benchmarks.md')
  const [start, end] = ['<!-- bench:table -->', '<!-- /bench:table -->']
  const md = readFileSync(doc, 'utf8')
  const a = md.indexOf(start)
  const b = md.indexOf(end)
  if (a < 0 || b < a) throw new Error(`docs/benchmarks.md has no ${start} … ${end} section`)
  let next = only ? md : `${md.slice(0, a + start.length)}\n${text}${md.slice(b)}`
  const section = (tag, body) => {
    const [s2, e2] = [`<!-- bench:${tag} -->`, `<!-- /bench:${tag} -->`]
    const c = next.indexOf(s2)
    const d = next.indexOf(e2)
    if (c < 0 || d < c) throw new Error(`docs/benchmarks.md has no ${s2} … ${e2} section`)
    next = `${next.slice(0, c + s2.length)}\n${runOf}\n\n${body}\n${next.slice(d)}`
  }
  if (coldBreakdown) section('cold-breakdown', coldBreakdown)
  if (layerCosts) section('first-draw', layerCosts)
  if (threadCpu) section('thread-cpu', threadCpu)
  writeFileSync(doc, next)
  log('wrote the table into docs/benchmarks.md')
}
