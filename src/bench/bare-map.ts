// Benchmark page (bench.html, built only by vite.bench.config.ts): the atlas's basemap drawn by maplibre alone,
// with nothing of the app (no Vue, no deck.gl, no thematic data). `npm run bench` compares the atlas's cold start
// with this page, and loads synthetic deck.gl point layers into it on demand (./points.ts, a separate chunk), and
// the atlas's own layers one at a time to time each one's first draw (./layer-costs.ts).
import * as maplibregl from 'maplibre-gl'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import 'maplibre-gl/dist/maplibre-gl.css'
import { loadBasemap } from '../data/basemap'
import { buildMainStyle, CHINA_BOUNDS } from '../map/style'
import { loadLabelFont } from '../map/fonts'
import type { PointsBench } from './points'
import type { ScaleCost, ScaleFiles } from './geojson-cost'
import type { LayerCost } from './layer-costs'

interface BenchWindow {
  __benchIdleAt?: number
  __benchMap?: maplibregl.Map
  __bench?: { points(): Promise<PointsBench>; scaleCost(n: number, files: ScaleFiles, base: string): Promise<ScaleCost>; layerCosts(keep?: boolean): Promise<LayerCost[]> }
  __benchError?: string
}
const w = window as unknown as BenchWindow

async function main() {
  const container = document.getElementById('map')
  if (!container) throw new Error('no #map element')
  const basemap = await loadBasemap()
  await loadLabelFont([...basemap.places.values()].map((p) => p.zh))
  const textScale = Math.max(1, Math.min(2.5, container.clientHeight / 1080))
  const map = new maplibregl.Map({
    container,
    style: buildMainStyle(basemap, 'zh', textScale),
    bounds: CHINA_BOUNDS,
    attributionControl: false,
    pixelRatio: Math.min(window.devicePixelRatio || 1, 2),
  })
  map.once('idle', () => {
    w.__benchIdleAt = performance.now()
    container.dataset.mapState = 'idle'
  })
  w.__benchMap = map
  w.__bench = {
    points: async () => (await import('./points')).createPointsBench(map),
    scaleCost: async (n, files, base) => (await import('./geojson-cost')).scaleCost(n, files, base),
    layerCosts: async (keep) => (await import('./layer-costs')).layerCosts(map, basemap, keep),
  }
}

main().catch((e: unknown) => {
  w.__benchError = e instanceof Error ? e.message : String(e)
})
