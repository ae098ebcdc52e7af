// The soak run: the kiosk tour, accelerated, in headless Chromium; after each full cycle of the tour it records
// the JS heap (after GC), DOM nodes and listeners, the WebGL objects alive on each canvas (counted by wrapping the
// WebGL create/delete calls in the page; test-only instrumentation) and deck.gl's own resource and memory stats.
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs'

/** Injected before the atlas loads: counts live WebGL objects per canvas (maplibre and deck share the main one). */
function instrumentWebGL() {
  const kinds = { Buffer: 'buffers', Texture: 'textures', Framebuffer: 'framebuffers', Renderbuffer: 'renderbuffers', Program: 'programs', Shader: 'shaders', VertexArray: 'vaos' }
  const perContext = new WeakMap()
  const registry = []
  globalThis.__soakGl = registry
  const countsOf = (gl) => {
    let c = perContext.get(gl)
    if (!c) {
      c = Object.fromEntries(Object.values(kinds).map((k) => [k, 0]))
      perContext.set(gl, c)
      registry.push({ canvas: gl.canvas, counts: c })
    }
    return c
  }
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const [kind, key] of Object.entries(kinds)) {
      const create = proto[`create${kind}`]
      const remove = proto[`delete${kind}`]
      if (!create || !remove) continue
      proto[`create${kind}`] = function (...args) {
        const made = create.apply(this, args)
        if (made) countsOf(this)[key] += 1
        return made
      }
      proto[`delete${kind}`] = function (obj) {
        if (obj) countsOf(this)[key] -= 1
        return remove.call(this, obj)
      }
    }
  }
}

const GL_KEYS = ['buffers', 'textures', 'framebuffers', 'renderbuffers', 'programs', 'shaders', 'vaos']

async function gpuCounts(page) {
  return page.evaluate((keys) => {
    const sum = (entries) => Object.fromEntries(keys.map((k) => [k, entries.reduce((s, e) => s + e.counts[k], 0)]))
    // Only contexts whose canvas is still in the page: a rebuilt map's old context is gone with its canvas.
    const live = globalThis.__soakGl.filter((e) => e.canvas.isConnected)
    const main = live.filter((e) => e.canvas.closest('[data-testid="map"]'))
    const inset = live.filter((e) => e.canvas.closest('[data-testid="inset"]'))
    let deck = { resources: null, gpuMb: null }
    try {
      const stats = globalThis.luma.stats
      deck = {
        resources: stats.get('GPU Resource Counts').get('Resources Active').count,
        gpuMb: stats.get('GPU Time and Memory').get('GPU Memory').count / 1048576,
      }
    } catch {
      // deck.gl not loaded yet
    }
    // The main map's tiles: those in view and those kept in maplibre's per-source cache of recent tiles (bounded by
    // the viewport's size). maplibre internals, read only when the build has the test handles.
    let tiles = null
    try {
      const style = globalThis.__atlasMap.style
      tiles = Object.values(style.tileManagers ?? style.sourceCaches).reduce((n, m) =>
        n + Object.keys(m._inViewTiles?._tiles ?? m._tiles).length + (m._outOfViewCache ?? m._cache).order.length, 0)
    } catch {
      // a build without the handles, or another maplibre
    }
    return { main: sum(main), inset: sum(inset), contexts: live.length, deck, tiles }
  }, GL_KEYS)
}

/**
 * Runs `cycles` full tour cycles at `stepMs` a year and returns one row per cycle. `onCycle` is told each row as
 * it is measured (a long run shows progress). With `stopAt` (a time in ms), no further cycle is waited for once that time
 * has passed (after cycle 2), so a run can end with fewer rows than `cycles`: the caller says so.
 */
export async function runSoak({ cycles = 24, stepMs = 150, onCycle = () => {}, stopAt = Infinity } = {}) {
  const server = await serveDist()
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    await context.addInitScript(instrumentWebGL)
    // The service worker would only add noise here (its install competes with the first cycles).
    await context.route('**/sw.js', (route) => route.abort())
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(e.message))
    const cdp = await context.newCDPSession(page)
    await page.goto(`${server.origin}/?mode=kiosk&status=1&step=${stepMs}`, { timeout: 180_000 })
    await page.waitForSelector('[data-testid="kiosk-status"]', { timeout: 180_000 })
    const rows = []
    const started = Date.now()
    for (let cycle = 1; cycle <= cycles && (cycle <= 2 || Date.now() < stopAt); cycle++) {
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid="kiosk-status"]')?.getAttribute('data-cycles')) >= n,
        cycle, { timeout: 600_000, polling: 100 })
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      const dom = await cdp.send('Memory.getDOMCounters')
      const gpu = await gpuCounts(page)
      const row = {
        cycle, seconds: Math.round((Date.now() - started) / 1000), heapMb: usedSize / 1048576, nodes: dom.nodes,
        listeners: dom.jsEventListeners, mainGl: gpu.main, insetGl: gpu.inset, contexts: gpu.contexts,
        deckResources: gpu.deck.resources, deckGpuMb: gpu.deck.gpuMb, tiles: gpu.tiles,
      }
      rows.push(row)
      onCycle(row)
    }
    if (errors.length) throw new Error(`page errors during the soak: ${errors.join('; ')}`)
    await context.close()
    return rows
  } finally {
    await browser.close()
    await server.close()
  }
}

const glTotal = (counts) => GL_KEYS.reduce((s, k) => s + counts[k], 0)

/** Growth from cycle 2 (after the first cycle's one-off loads) to the last, per measure, as a fraction. */
export function growth(rows) {
  const from = rows.find((r) => r.cycle === 2) ?? rows[0]
  const to = rows.at(-1)
  const g = (a, b) => (a > 0 ? (b - a) / a : 0)
  return {
    heap: g(from.heapMb, to.heapMb), nodes: g(from.nodes, to.nodes), listeners: g(from.listeners, to.listeners),
    mainGl: g(glTotal(from.mainGl), glTotal(to.mainGl)), insetGl: g(glTotal(from.insetGl), glTotal(to.insetGl)),
    deckResources: from.deckResources === null ? 0 : g(from.deckResources, to.deckResources),
  }
}

export function table(rows) {
  const head = '| cycle | s | JS heap MB (after GC) | DOM nodes | listeners | main canvas GL objects (buf/tex/fbo/prog/vao) | maplibre tiles held | inset GL objects | deck.gl resources | deck.gl GPU MB |'
  const lines = rows.map((r) => `| ${r.cycle} | ${r.seconds} | ${r.heapMb.toFixed(1)} | ${r.nodes} | ${r.listeners} | ${glTotal(r.mainGl)} (${r.mainGl.buffers}/${r.mainGl.textures}/${r.mainGl.framebuffers}/${r.mainGl.programs}/${r.mainGl.vaos}) | ${r.tiles ?? '–'} | ${glTotal(r.insetGl)} | ${r.deckResources ?? '–'} | ${r.deckGpuMb === null ? '–' : r.deckGpuMb.toFixed(1)} |`)
  return [head, '|' + ' --- |'.repeat(10), ...lines].join('\n')
}
