// The insets' ground, drawn by canvas-inset.ts: the South China Sea islands and dashes as China's standard maps show
// them, and the Yangtze Delta at prefecture level with its own labels.
import type { FeatureCollection } from 'geojson'
import type { Basemap } from '../data/basemap'
import type { Places } from '../domain/places'
import type { Locale } from '../i18n/messages'
import { DELTA_INSET_BOUNDS } from '../domain/views'
import { INSET_BOUNDS, SHANGHAI_CODE, shortProvinceName } from './style'
import { BASE } from './palette'
import { createCanvasInset, type CanvasInset, type CanvasInsetOptions, type GroundLayer, type InsetLabel } from './canvas-inset'
import { exposeForTests } from './test-handles'
import { bootMark } from '../boot-marks'

const rivers = (basemap: Basemap, yangtze: boolean): FeatureCollection => ({
  type: 'FeatureCollection',
  features: basemap.rivers.features.filter((f) => (f.properties?.yangtze === true) === yangtze),
})

/** The main map's ground layers (style.ts groundLayers), bottom to top. */
function groundOf(basemap: Basemap, extra: GroundLayer[]): GroundLayer[] {
  return [
    [basemap.neighbours, { fill: BASE.neighbour, stroke: BASE.neighbourLine, width: 0.8 }],
    [basemap.provinces, { fill: BASE.land }],
    [basemap.islands, { fill: BASE.land, stroke: BASE.provinceLine, width: 0.6 }],
    [basemap.lakes, { fill: BASE.lake }],
    [rivers(basemap, false), { stroke: BASE.river, width: 0.6 }],
    [rivers(basemap, true), { stroke: BASE.yangtze, width: 2 }],
    [basemap.dashes, { stroke: BASE.dash, width: 1.6 }],
    ...extra,
  ]
}

/** The South China Sea inset's view and ground (the live inset and the poster's). */
export function southChinaSeaOptions(basemap: Basemap): CanvasInsetOptions {
  return {
    bounds: INSET_BOUNDS,
    ground: groundOf(basemap, [[basemap.provinces, { stroke: BASE.provinceLine, width: 0.6 }]]),
  }
}

/** The Yangtze Delta inset's view, ground, hit layers and mark scale (the live inset and the poster's). */
export function deltaOptions(basemap: Basemap): CanvasInsetOptions {
  return {
    bounds: DELTA_INSET_BOUNDS,
    ground: groundOf(basemap, [
      [basemap.prefectures, { stroke: BASE.prefectureLine, width: 0.7 }],
      [basemap.provinces, { stroke: BASE.provinceLine, width: 1.2 }],
    ]),
    hitLayers: [basemap.provinces, basemap.prefectures],
    scale: (_w, h) => Math.max(0.8, Math.min(2.2, h / 300)),
  }
}

/** The South China Sea inset: fixed, not interactive. */
export function createSouthChinaSeaInset(container: HTMLElement, basemap: Basemap): CanvasInset {
  const inset = createCanvasInset(container, southChinaSeaOptions(basemap))
  bootMark('inset-first-idle')
  exposeForTests({ __atlasInset: inset.canvas })
  return inset
}

/** The Yangtze Delta inset: prefectures, its own labels and the Delta's thematic marks (no arcs), clickable. */
export function createDeltaInset(container: HTMLElement, basemap: Basemap): CanvasInset {
  const inset = createCanvasInset(container, deltaOptions(basemap))
  exposeForTests({ __atlasDeltaInset: inset })
  return inset
}

/** Provinces of the Delta: Shanghai, Jiangsu, Zhejiang, Anhui. */
const DELTA_PROVINCES = ['310000', '320000', '330000', '340000']
const CAPITALS = new Set(['320100', '330100', '340100'])

/**
 * The Delta inset's labels: Shanghai first, then the provincial capitals, the prefectures with a mark on them, the
 * other prefectures (Shanghai's districts are not labelled: the city is one name at this scale).
 */
export function deltaLabels(places: Places, locale: Locale, marked: ReadonlySet<string>): InsetLabel[] {
  const labels: InsetLabel[] = []
  const shanghai = places.get(SHANGHAI_CODE)
  if (shanghai) labels.push({ text: locale === 'zh' ? '上海' : shanghai.en, at: shanghai.label, priority: 0, major: true, dot: true })
  for (const [code, place] of places) {
    if (place.level !== 'prefecture' || !place.parent || !DELTA_PROVINCES.includes(place.parent) || place.parent === SHANGHAI_CODE) continue
    const text = locale === 'zh' ? place.zh.replace(/市$/, '') : place.en.replace(/ City$/, '')
    labels.push({ text, at: place.label, priority: CAPITALS.has(code) ? 1 : marked.has(code) ? 2 : 3 })
  }
  for (const code of DELTA_PROVINCES.slice(1)) {
    const place = places.get(code)
    // Province names lie under the prefecture names: drawn last, only where nothing else is.
    if (place) labels.push({ text: locale === 'zh' ? shortProvinceName(place.zh) : place.en, at: place.label, priority: 4, major: true })
  }
  return labels
}
