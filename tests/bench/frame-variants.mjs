// What one redraw of the running atlas costs with variants of its deck.gl layers (node tests/bench/frame-variants.mjs):
// for each variant a fresh page of the built atlas (dist/, test handles on) at its first view, 1920×1080, the
// overlay's layers replaced by the variant, then 5 redraws, each until the map is idle and a 1-pixel readPixels has
// returned. Prints wall times and the CPU time of Chromium's GPU process (SwiftShader draws there). Extra variants:
// a JSON object of name → expression over a deck.gl layer `l` (returning the layer to draw), as the first argument.
import { serveDist, launchBrowser } from '../e2e/harness.mjs'
import { gpuProcessOf, cpuMs } from './process-cpu.mjs'

const AREAS = "['council','aid-regions','coverage'].includes(l.props.id)"
const variants = {
  'as drawn': 'l',
  'no deck.gl layer shown': 'l.clone({visible:false})',
  'areas hidden': `${AREAS} ? l.clone({visible:false}) : l`,
  'areas without outline': `${AREAS} ? l.clone({stroked:false}) : l`,
  'areas without fill': `${AREAS} ? l.clone({filled:false}) : l`,
  ...(process.argv[2] ? JSON.parse(process.argv[2]) : {}),
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const server = await serveDist()
const browser = await launchBrowser()
try {
  console.log('| variant | redraw, wall (median of 5) | GPU-process CPU (median of 5) |\n| --- | --- | --- |')
  for (const [name, expr] of Object.entries(variants)) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })
    const page = await context.newPage()
    const errors = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(server.origin + '/', { timeout: 180_000 })
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 180_000 })
    await page.waitForTimeout(2000)
    const gpu = gpuProcessOf()
    await page.evaluate((expr) => {
      const deck = window.__atlasDeck
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- `l` is read by the variant's expression
      deck.setProps({ layers: deck.props.layers.map((l) => eval(expr)) })
    }, expr)
    const frame = () => page.evaluate(() => new Promise((ok) => {
      const map = window.__atlasMap
      map.once('idle', () => {
        const gl = map.painter.context.gl
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
        ok()
      })
      map.triggerRepaint()
    }))
    await frame()
    await frame()
    const wall = [], gpuMs = []
    for (let i = 0; i < 5; i++) {
      const c0 = cpuMs(gpu), t0 = performance.now()
      await frame()
      wall.push(performance.now() - t0)
      if (c0 !== null) gpuMs.push(cpuMs(gpu) - c0)
    }
    console.log(`| ${name} | ${median(wall).toFixed(0)} ms | ${gpuMs.length ? `${median(gpuMs)} ms` : '–'} |${errors.length ? ` ERRORS: ${errors[0].slice(0, 120)}` : ''}`)
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}
