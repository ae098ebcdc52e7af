// A maplibre style built in code from the embedded basemap: no remote source, glyph or sprite.
import type { StyleSpecification, LayerSpecification } from 'maplibre-gl'
import type { FeatureCollection, Point, Feature } from 'geojson'
import type { Basemap } from '../data/basemap'
import type { Places } from '../domain/places'
import type { Locale } from '../i18n/messages'
import { BASE, MAP_FONT } from './palette'

export const SHANGHAI_CODE = '310000'

/** Province names as China's maps label them: 新疆维吾尔自治区 -> 新疆, 广东省 -> 广东. */
export function shortProvinceName(zh: string): string {
  return zh.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$/, '')
}

/** Label points of one level of the places file, named in both languages. */
export function labelPoints(places: Places, level: 'province' | 'prefecture' | 'county'): FeatureCollection<Point> {
  const features: Feature<Point>[] = []
  for (const [code, place] of places) {
    if (place.level !== level) continue
    features.push({
      type: 'Feature',
      id: Number(code),
      properties: { code, zh: level === 'province' ? shortProvinceName(place.zh) : place.zh, en: place.en },
      geometry: { type: 'Point', coordinates: place.label },
    })
  }
  return { type: 'FeatureCollection', features }
}

function label(id: string, source: string, locale: Locale, size: number, minzoom: number): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    minzoom,
    layout: {
      'text-field': ['get', locale],
      'text-font': [MAP_FONT],
      'text-size': size,
      'text-max-width': 8,
      'text-padding': 4,
    },
    paint: {
      'text-color': BASE.label, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.6,
      // A label another mark names instead (an office's seat) is hidden by feature state (main-map.ts hideLabels):
      // a filter change would reload the source's tiles on every year change.
      'text-opacity': ['case', ['boolean', ['feature-state', 'hidden'], false], 0, 1],
    },
  } satisfies LayerSpecification
}

/** The main map's ground (the insets draw the same layers in 2D: map/inset-map.ts). */
function groundLayers(): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': BASE.sea } },
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': BASE.neighbour } },
    { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': BASE.neighbourLine, 'line-width': 0.8 } },
    { id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': BASE.land } },
    { id: 'islands-fill', type: 'fill', source: 'islands', paint: { 'fill-color': BASE.land } },
    { id: 'islands-line', type: 'line', source: 'islands', paint: { 'line-color': BASE.provinceLine, 'line-width': 0.6 } },
    { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': BASE.lake } },
    { id: 'rivers', type: 'line', source: 'rivers', filter: ['!=', ['get', 'yangtze'], true],
      paint: { 'line-color': BASE.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.6] } },
    { id: 'yangtze', type: 'line', source: 'rivers', filter: ['==', ['get', 'yangtze'], true],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': BASE.yangtze, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 2, 7, 4.5] } },
    { id: 'dashes', type: 'line', source: 'dashes', paint: { 'line-color': BASE.dash, 'line-width': 1.6 } },
  ]
}

function sources(basemap: Basemap): StyleSpecification['sources'] {
  const geojson = (data: FeatureCollection) => ({ type: 'geojson' as const, data })
  return {
    neighbours: geojson(basemap.neighbours),
    provinces: geojson(basemap.provinces),
    prefectures: geojson(basemap.prefectures),
    counties: geojson(basemap.counties),
    islands: geojson(basemap.islands),
    lakes: geojson(basemap.lakes),
    rivers: geojson(basemap.rivers),
    dashes: geojson(basemap.dashes),
    'province-labels': geojson(labelPoints(basemap.places, 'province')),
    'prefecture-labels': geojson(labelPoints(basemap.places, 'prefecture')),
  }
}

/** Id of the first label layer: thematic deck.gl layers are inserted beneath it. */
export const FIRST_LABEL_LAYER = 'prefecture-labels'

/** `textScale` enlarges labels on big screens (1 at 1080 lines, 2 at 2160). */
export function buildMainStyle(basemap: Basemap, locale: Locale, textScale = 1): StyleSpecification {
  const layers: LayerSpecification[] = [
    ...groundLayers(),
    // Invisible fills: a click on the map finds the units under it (see regionsAt).
    { id: 'prefectures-hit', type: 'fill', source: 'prefectures', paint: { 'fill-opacity': 0 } },
    { id: 'counties-hit', type: 'fill', source: 'counties', paint: { 'fill-opacity': 0 } },
    { id: 'counties-line', type: 'line', source: 'counties', minzoom: 6,
      paint: { 'line-color': BASE.countyLine, 'line-width': 0.6 } },
    { id: 'prefectures-line', type: 'line', source: 'prefectures', minzoom: 4.5,
      paint: { 'line-color': BASE.prefectureLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4.5, 0.3, 8, 1] } },
    { id: 'provinces-line', type: 'line', source: 'provinces',
      paint: { 'line-color': BASE.provinceLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1.8] } },
    { id: 'shanghai-halo', type: 'circle', source: 'province-labels', filter: ['==', ['get', 'code'], SHANGHAI_CODE],
      paint: { 'circle-radius': 9 * textScale, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': BASE.shanghai, 'circle-stroke-width': 2 * textScale } },
    { id: 'shanghai-dot', type: 'circle', source: 'province-labels', filter: ['==', ['get', 'code'], SHANGHAI_CODE],
      paint: { 'circle-radius': 4 * textScale, 'circle-color': BASE.shanghai } },
    label(FIRST_LABEL_LAYER, 'prefecture-labels', locale, 11 * textScale, 5.5),
    label('province-labels', 'province-labels', locale, 14 * textScale, 0),
  ]
  return { version: 8, sources: sources(basemap), layers }
}

/** The first view: all of China's mainland and Hainan; the South China Sea islands are in the inset. */
export const CHINA_BOUNDS: [[number, number], [number, number]] = [[73.4, 17.8], [135.1, 53.6]]
/** The inset's fixed view, as China's standard maps draw it. */
export const INSET_BOUNDS: [[number, number], [number, number]] = [[106.5, 2.5], [123.5, 24.5]]
