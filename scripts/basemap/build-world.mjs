// world.topo.json: object `countries`, neighbours from world-atlas countries-50m (Natural Earth 4.1.0),
// China, Taiwan, Hong Kong and Macao dropped, clipped to the whole world (BBOX), China's outline erased.
import { createRequire } from 'node:module'
import * as topojson from 'topojson-client'
import { runMapshaper } from './mapshaper-run.mjs'
import { countryZh } from './codes.mjs'

const require = createRequire(import.meta.url)
// The whole world: a 32:9 wall at the national view shows 0°–210°E, and a wall can zoom out to the whole globe;
// land clipped to a box was drawn in the sea's colour beyond it.
export const BBOX = [-180, -85, 180, 85] // west, south, east, north
/** Rivers and lakes stay in the East Asia box: beyond it they add weight and tell nothing about the plan. */
export const PHYSICAL_BBOX = [55, -5, 150, 60]
export const WORLD_SETTINGS = { source: 'world-atlas/countries-50m.json', percentage: 0.25, quantization: 1e5 }
const DROP = new Set(['156', '158', '344', '446']) // China, Taiwan, Hong Kong, Macao

/** @param chinaOutline GeoJSON (Multi)Polygon of China (dissolved provinces) */
export async function buildWorld(chinaOutline) {
  const atlas = require('world-atlas/countries-50m.json')
  const all = topojson.feature(atlas, atlas.objects.countries)
  const features = all.features
    .filter((f) => !DROP.has(f.id))
    .map((f) => ({
      type: 'Feature',
      // a few units have no ISO code (Siachen Glacier): id null
      properties: { id: f.id ?? null, name: f.properties.name, zh: countryZh.get(f.id) ?? null },
      geometry: f.geometry,
    }))
  const china = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: chinaOutline }] }
  const s = WORLD_SETTINGS
  return runMapshaper(
    `-i world.json china.json combine-files -clip bbox=${BBOX.join(',')} target=world ` +
      `-erase china target=world -filter-fields id,name,zh target=world ` +
      `-simplify ${s.percentage * 100}% weighted keep-shapes target=world -rename-layers countries target=world`,
    { 'world.json': { type: 'FeatureCollection', features }, 'china.json': china },
    `format=topojson quantization=${s.quantization} target=countries`,
  )
}
