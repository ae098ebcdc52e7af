// scs.topo.json: the South China Sea inset (about 105–125°E, 2–26°N).
//  - `dashes`: the nine dashes from Natural Earth (ne_50m_admin_0_boundary_lines_maritime_indicator_chn)
//    plus a HAND-ADDED tenth dash east of Taiwan, as on China's standard maps since 2013.
//  - `islands`: 三沙市 (460300) island and reef polygons, lightly simplified so they show at inset scale.
import fs from 'node:fs'
import { runMapshaper } from './mapshaper-run.mjs'

const NE_DASHES = new URL(
  '../../geo/sources/natural-earth/ne_50m_admin_0_boundary_lines_maritime_indicator_chn.geojson',
  import.meta.url,
)
export const SCS_BBOX = [105, 2, 125, 26]
export const SCS_SETTINGS = { islandPercentage: 0.6, quantization: 1e5 }
// Hand-added (approximate, WGS84): the tenth dash east of Taiwan.
export const TENTH_DASH = [
  [122.6, 23.3],
  [122.9, 24.0],
]

/** @param sansha WGS84 Feature of 三沙市 before simplification */
export async function buildScs(sansha) {
  const ne = JSON.parse(fs.readFileSync(NE_DASHES, 'utf8'))
  const dashes = ne.features.map((f, i) => ({
    type: 'Feature',
    properties: { n: i + 1, note: f.properties.NOTE, handAdded: false },
    geometry: f.geometry,
  }))
  dashes.push({
    type: 'Feature',
    properties: { n: 10, note: 'Chinese claim (east of Taiwan), hand-added', handAdded: true },
    geometry: { type: 'LineString', coordinates: TENTH_DASH },
  })
  const islands = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { code: '460300', name: '三沙市' }, geometry: sansha.geometry }],
  }
  const simpleIslands = await runMapshaper(
    `-i islands.json -explode -simplify ${SCS_SETTINGS.islandPercentage * 100}% weighted keep-shapes ` +
      `-dissolve code copy-fields=name`,
    { 'islands.json': islands },
  )
  // combined only after simplifying, so that the dashes keep all their vertices
  return runMapshaper(
    `-i dashes.json islands.json combine-files`,
    { 'dashes.json': { type: 'FeatureCollection', features: dashes }, 'islands.json': simpleIslands },
    `format=topojson quantization=${SCS_SETTINGS.quantization} target=dashes,islands`,
  )
}
