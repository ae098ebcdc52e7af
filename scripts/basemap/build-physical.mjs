// physical.topo.json: objects `rivers` and `lakes` from Natural Earth 50m (public domain),
// clipped to the East Asia box; the Yangtze main stem is flagged and its estuary added by hand.
import fs from 'node:fs'
import { runMapshaper } from './mapshaper-run.mjs'
import { BBOX } from './build-world.mjs'

const NE = new URL('../../geo/sources/natural-earth/', import.meta.url)
const readNe = (f) => JSON.parse(fs.readFileSync(new URL(f, NE), 'utf8'))

export const PHYSICAL_SETTINGS = { maxScalerank: 6, riverPercentage: 0.5, lakePercentage: 0.5, quantization: 1e5 }
const YANGTZE = new Set(['Jinsha', 'Chang Jiang', 'Yangtze']) // NE `name` of the main-stem pieces

// Hand-digitised (WGS84, approximate, from the well-known geography of the estuary): Natural Earth 50m
// ends the Yangtze at Jiangyin. Jiangyin -> south of Nantong -> Xuliujing -> south branch past
// Wusong -> mouth east of Chongming's southern tip.
export const YANGTZE_ESTUARY = [
  [120.074, 31.96], [120.3, 31.99], [120.55, 32.0], [120.8, 31.94], [120.95, 31.78],
  [121.15, 31.64], [121.35, 31.51], [121.52, 31.42], [121.7, 31.36], [121.9, 31.33],
]

function riverProps(p) {
  const props = { name: p.name_en ?? p.name, zh: p.name_zh ?? null, scalerank: p.scalerank }
  if (YANGTZE.has(p.name)) props.yangtze = true
  return props
}

export async function buildPhysical() {
  const s = PHYSICAL_SETTINGS
  const rivers = readNe('ne_50m_rivers_lake_centerlines.geojson')
  rivers.features = rivers.features
    .filter((f) => f.properties.scalerank <= s.maxScalerank)
    .map((f) => ({ type: 'Feature', properties: riverProps(f.properties), geometry: f.geometry }))
  rivers.features.push({
    type: 'Feature',
    properties: { name: 'Yangtze', zh: '长江', scalerank: 1, yangtze: true, estuary: true, handDigitised: true },
    geometry: { type: 'LineString', coordinates: YANGTZE_ESTUARY },
  })
  const lakes = readNe('ne_50m_lakes.geojson')
  lakes.features = lakes.features
    .filter((f) => f.properties.scalerank <= s.maxScalerank)
    .map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name_en ?? f.properties.name, zh: f.properties.name_zh ?? null },
      geometry: f.geometry,
    }))
  return runMapshaper(
    `-i rivers.json lakes.json combine-files -clip bbox=${BBOX.join(',')} target=* ` +
      `-simplify ${s.riverPercentage * 100}% weighted target=rivers ` +
      `-simplify ${s.lakePercentage * 100}% weighted keep-shapes target=lakes`,
    { 'rivers.json': rivers, 'lakes.json': lakes },
    `format=topojson quantization=${s.quantization} target=rivers,lakes`,
  )
}
