// Which units a briefing step dims so that its regions stand out. Pure: the map applies the result (map/region-highlight.ts).
import { isWithin } from './filters'

export type UnitLevel = 'province' | 'prefecture' | 'county'

export interface Unit {
  code: string
  level: UnitLevel
  /** The unit one level up (places.json `parent`); worked out from the code when absent. */
  parent?: string | null
}

export interface Dimmed {
  province: string[]
  prefecture: string[]
  county: string[]
}

/** The unit one level up: its `parent`, else from the code: 653121 -> 653100, 653100 -> 650000. */
function parentArea(unit: Unit): string | null {
  if (unit.level === 'province') return null
  if (unit.parent) return unit.parent
  return unit.level === 'prefecture' ? `${unit.code.slice(0, 2)}0000` : `${unit.code.slice(0, 4)}00`
}

/**
 * Every unit that neither lies in a lit region nor holds one is dimmed, at the coarsest level that says so: a whole
 * province when nothing in it is lit; inside a partly lit province, its prefectures that are not lit; inside a
 * partly lit prefecture, its counties. `lit` empty dims nothing.
 */
export function dimmedUnits(units: Iterable<Unit>, lit: readonly string[]): Dimmed {
  const out: Dimmed = { province: [], prefecture: [], county: [] }
  if (lit.length === 0) return out
  for (const unit of units) {
    const inLit = lit.some((area) => isWithin(unit.code, area))
    const holdsLit = lit.some((code) => isWithin(code, unit.code))
    if (inLit || holdsLit) continue
    const parent = parentArea(unit)
    if (parent === null || lit.some((code) => isWithin(code, parent))) out[unit.level].push(unit.code)
  }
  return out
}
