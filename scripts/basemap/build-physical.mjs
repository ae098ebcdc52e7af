// physical.topo.json: objects `rivers` and `lakes` from Natural Earth 50m (public domain),
// clipped to the East Asia box; the Yangtze main stem is flagged and its estuary added by hand.
import fs from 'node:fs'
import { runMapshaper } from './mapshaper-run.mjs'
import { PHYSICAL_BBOX } from './build-world.mjs'

const NE = new URL('../../geo/sources/natural-earth/', import.meta.url)
const readNe = (f) => JSON.parse(fs.readFileSync(new URL(f, NE), 'utf8'))

export const PHYSICAL_SETTINGS = { maxScalerank: 6, riverPercentage: 0.35, lakePercentage: 0.35, quantization: 1e5 }
const YANGTZE = new Set(['Jinsha', 'Chang Jiang', 'Yangtze']) // NE `name` of the main-stem pieces

// Hand-digitised (WGS84): Natural Earth 50m ends the Yangtze at Jiangyin. These vertices follow the
// middle of the water area of Natural Earth 10m land (world-atlas land-10m, sampled on a 0.1° x 0.02°
// grid): Jiangyin -> south of Nantong -> Xuliujing -> South Branch past Wusong -> North Passage to the sea.
export const YANGTZE_ESTUARY = [
  [120.074, 31.96], [120.15, 31.93], [120.25, 31.93], [120.35, 31.98], [120.45, 32.03], [120.6, 32.04],
  [120.75, 32.0], [120.85, 31.88], [120.95, 31.79], [121.05, 31.77], [121.15, 31.72], [121.25, 31.66],
  [121.35, 31.56], [121.45, 31.51], [121.55, 31.47], [121.65, 31.46], [121.75, 31.43], [121.85, 31.4],
  [121.95, 31.38],
]

function riverProps(p) {
  const props = { name: p.name_en ?? p.name, zh: p.name_zh ?? null, scalerank: p.scalerank }
  if (YANGTZE.has(p.name)) props.yangtze = true
  return props
}

// Natural Earth's name_zh is wrong for a few lakes in the box.
const LAKE_ZH_FIX = { 'Nam Ngum Dam': '南俄水库' }

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
      properties: {
        name: f.properties.name_en ?? f.properties.name,
        zh: LAKE_ZH_FIX[f.properties.name_en] ?? f.properties.name_zh ?? null,
      },
      geometry: f.geometry,
    }))
  // Layers sharing one arc set cannot be simplified differently: simplify each to GeoJSON, then combine.
  const clip = `-clip bbox=${PHYSICAL_BBOX.join(',')}`
  const simpleRivers = await runMapshaper(
    `-i rivers.json ${clip} -simplify variable percentage="estuary ? '100%' : '${s.riverPercentage * 100}%'" weighted`,
    { 'rivers.json': rivers },
  )
  const simpleLakes = await runMapshaper(
    `-i lakes.json ${clip} -simplify ${s.lakePercentage * 100}% weighted keep-shapes`,
    { 'lakes.json': lakes },
  )
  return runMapshaper(
    `-i rivers.json lakes.json combine-files`,
    { 'rivers.json': simpleRivers, 'lakes.json': simpleLakes },
    `format=topojson quantization=${s.quantization} target=rivers,lakes`,
  )
}
