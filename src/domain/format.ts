// Numbers as a leader reads them: 亿元 / 万 in Chinese, CNY million in English. Exact: never rounded away.
export type Lang = 'zh' | 'en'


const exact = (lang: Lang, digits = 4) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, useGrouping: true })

/** Yuan: 627000000 -> "6.27亿元" / "CNY 627 million". */
export function formatYuan(value: number, lang: Lang): string {
  if (lang === 'zh') {
    if (Math.abs(value) >= 1e8) return `${exact(lang).format(value / 1e8)}亿元`
    if (Math.abs(value) >= 1e4) return `${exact(lang).format(value / 1e4)}万元`
    return `${exact(lang).format(value)}元`
  }
  if (Math.abs(value) >= 1e5) return `CNY ${exact(lang).format(value / 1e6)} million`
  return `CNY ${exact(lang).format(value)}`
}

/** A count: 85000 -> "8.5万" / "85,000". */
export function formatCount(value: number, lang: Lang): string {
  if (lang === 'zh' && Math.abs(value) >= 1e4 && value % 100 === 0) return `${exact(lang).format(value / 1e4)}万`
  return exact(lang).format(value)
}

const UNITS: Record<string, { zh: string; en: string }> = {
  projects: { zh: '个', en: '' },
  people: { zh: '人次', en: '' },
  headcount: { zh: '人', en: '' },
  houses: { zh: '套', en: '' },
  households: { zh: '户', en: '' },
  enterprises: { zh: '户', en: '' },
  cadres: { zh: '名', en: '' },
  berths: { zh: '个', en: '' },
  quayLengthM: { zh: '米', en: ' m' },
  capacityTeu: { zh: '标准箱/年', en: ' TEU/year' },
  throughputTeu: { zh: '标准箱/年', en: ' TEU/year' },
  tonnageT: { zh: '吨', en: ' t' },
  areaKm2: { zh: '平方千米', en: ' km²' },
  depthM: { zh: '米', en: ' m' },
  lengthKm: { zh: '千米', en: ' km' },
}

export function formatMetric(key: string, value: number, lang: Lang): string {
  // Every money metric of the contract ends in Cny and is in yuan.
  if (key.endsWith('Cny')) return formatYuan(value, lang)
  const unit = UNITS[key]?.[lang] ?? ''
  return `${formatCount(value, lang)}${unit}`
}

export function formatYears(years: readonly [number, number], lang: Lang): string {
  const [a, b] = years
  if (a === b) return lang === 'zh' ? `${a}年` : String(a)
  return lang === 'zh' ? `${a}–${b}年` : `${a}–${b}`
}
