// china.topo.json: objects `prefectures` and `provinces` (dissolved from prefectures), shared arcs.
import { runMapshaper } from './mapshaper-run.mjs'
import { polygonArea } from './geom.mjs'
import { provinceNames } from './codes.mjs'

export const CHINA_SETTINGS = {
  simplify: '3% weighted (Visvalingam, weighted), per island (explode -> keep-shapes -> dissolve)',
  percentage: 0.03,
  sansha: 0.5, // 三沙市 460300 keeps 50% of its vertices so its islands and reefs stay visible
  shanghai: 0.15, // Shanghai's small urban districts (the story's home) keep 15%
  minIslandKm2: 0.5, // islets smaller than this are dropped, except in 三沙市 and 台湾 (钓鱼岛)
  quantization: 1e5,
}
const KEEP_ALL_ISLANDS = new Set(['460300', '710000'])
const KM2_PER_DEG2 = 111.32 * 110.57

/** Drops islets below minIslandKm2 (never a feature's largest part, never in 三沙/台湾). */
function dropIslets(fc) {
  for (const f of fc.features) {
    if (KEEP_ALL_ISLANDS.has(f.properties.code)) continue
    const polys = f.geometry.coordinates
    const largest = Math.max(...polys.map(polygonArea))
    f.geometry.coordinates = polys.filter(
      (p) => polygonArea(p) === largest || polygonArea(p) * KM2_PER_DEG2 >= CHINA_SETTINGS.minIslandKm2,
    )
  }
  return fc
}

/** @param prefectures WGS84 FeatureCollection from readPrefectures() */
export async function buildChina(prefectures) {
  const s = CHINA_SETTINGS
  const input = dropIslets(structuredClone(prefectures))
  // explode so that keep-shapes protects every island, not just each feature's largest ring
  const topo = await runMapshaper(
    `-i pref.json name=prefectures snap -clean -explode ` +
      `-simplify variable percentage="code=='460300' ? ${s.sansha} : province=='310000' ? ${s.shanghai} : ${s.percentage}" ` +
      `weighted keep-shapes ` +
      `-dissolve code copy-fields=name,province ` +
      `-dissolve province name=provinces +`,
    { 'pref.json': input },
    `format=topojson quantization=${s.quantization} target=prefectures,provinces`,
  )
  for (const g of topo.objects.provinces.geometries) {
    const code = g.properties.province
    g.properties = { code, name: provinceNames.get(code), province: code }
  }
  for (const g of topo.objects.prefectures.geometries) {
    const { code, name, province } = g.properties
    g.properties = { code, name, province }
  }
  return topo
}
