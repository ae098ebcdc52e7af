// Size budgets of the built atlas (deterministic: gzip -9 of the files as built). Runs in the browser-test step
// because it needs dist/ from its `vite build`; it starts no browser. The same figures are printed by npm run bench.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { ROOT } from './harness.mjs'
import { initialJs, basemapSize, JS_BUDGET, BASEMAP_BUDGET, KB } from '../../scripts/bench-sizes.mjs'

const kb = (n) => `${(n / KB).toFixed(1)} KB`

test(`basemap ≤ ${BASEMAP_BUDGET / KB} KB gzipped`, () => {
  const b = basemapSize(join(ROOT, 'geo/basemap'))
  assert.ok(b.gzip <= BASEMAP_BUDGET, `basemap is ${kb(b.gzip)} gzipped: ${b.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`)
})

// deck.gl loads after the basemap's first frame (src/map/thematic-overlay.ts), so the first screen's JavaScript is
// maplibre, Vue and the app. The budget is a hard check.
const js = initialJs(join(ROOT, 'dist'))
test(`initial JavaScript ≤ ${JS_BUDGET / KB} KB gzipped (now ${kb(js.gzip)})`, () => {
  assert.ok(js.files.length >= 2, 'index.html names its script and preloads')
  assert.ok(js.gzip <= JS_BUDGET, `initial JS is ${kb(js.gzip)} gzipped: ${js.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`)
})
