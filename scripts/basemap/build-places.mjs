// places.json: code -> { zh, en, level, parent, label, center } for every province, prefecture and
// county in the basemap. Points come from the WGS84 polygons BEFORE simplification:
// label = polylabel of the largest part, center = area centroid.
import { labelPoint, areaCentroid, roundPt } from './geom.mjs'
import { englishName } from './names-en.mjs'

function entry(f, level, parent) {
  const { code, name } = f.properties
  return [
    code,
    { zh: name, en: englishName(code, name), level, parent, label: roundPt(labelPoint(f.geometry)), center: roundPt(areaCentroid(f.geometry)) },
  ]
}

/** Inputs are unsimplified WGS84 FeatureCollections. Province codes win over equal prefecture codes (710000). */
export function buildPlaces(provinces, prefectures, counties) {
  const places = new Map()
  for (const f of counties.features) places.set(...entry(f, 'county', f.properties.prefecture))
  for (const f of prefectures.features) places.set(...entry(f, 'prefecture', f.properties.province))
  for (const f of provinces.features) places.set(...entry(f, 'province', null))
  const sorted = [...places.keys()].sort()
  return Object.fromEntries(sorted.map((k) => [k, places.get(k)]))
}

/** One entry per line, keys sorted: deterministic and diff-friendly. */
export function formatPlaces(places) {
  const order = ['zh', 'en', 'level', 'parent', 'label', 'center']
  const lines = Object.entries(places).map(
    ([code, p]) => `  ${JSON.stringify(code)}: ${JSON.stringify(Object.fromEntries(order.map((k) => [k, p[k]])))}`,
  )
  return `{\n${lines.join(',\n')}\n}\n`
}
