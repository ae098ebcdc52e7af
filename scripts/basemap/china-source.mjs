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
      const code = isTaiwan ? '710000' : String(f.id ?? MISSING_CODES[zh] ?? '')
      if (!/^\d{6}$/.test(code)) throw new Error(`no code for ${file} ${zh}`)
      const name = isTaiwan ? provinceNames.get('710000') : zh
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
