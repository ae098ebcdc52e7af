import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { dimmedUnits, type Unit } from '../../src/domain/brief-highlight'

const units: Unit[] = [
  { code: '650000', level: 'province' }, { code: '653100', level: 'prefecture' }, { code: '652900', level: 'prefecture' },
  { code: '653121', level: 'county' }, { code: '650102', level: 'county' },
  { code: '540000', level: 'province' }, { code: '540200', level: 'prefecture' }, { code: '540100', level: 'prefecture' },
  { code: '540222', level: 'county' }, { code: '540223', level: 'county' },
  { code: '310000', level: 'province' },
]

describe('which units a step dims', () => {
  it('a whole province when nothing in it is lit; inside a partly lit one, the unlit parts at the next level', () => {
    expect(dimmedUnits(units, ['653100'])).toEqual({ province: ['540000', '310000'], prefecture: ['652900'], county: [] })
    expect(dimmedUnits(units, ['540222'])).toEqual({ province: ['650000', '310000'], prefecture: ['540100'], county: ['540223'] })
    expect(dimmedUnits(units, ['310000', '540000'])).toEqual({ province: ['650000'], prefecture: [], county: [] })
  })
  it('nothing lit dims nothing', () => {
    expect(dimmedUnits(units, [])).toEqual({ province: [], prefecture: [], county: [] })
  })
  it('with the real places, no lit unit and no unit holding one is ever dimmed', () => {
    const places = JSON.parse(readFileSync('geo/basemap/places.json', 'utf8')) as Record<string, { level: Unit['level']; parent?: string }>
    const all = Object.entries(places).map(([code, p]) => ({ code, level: p.level, parent: p.parent }))
    const lit = ['532600', '500101', '420506']
    const dimmed = dimmedUnits(all, lit)
    const flat = [...dimmed.province, ...dimmed.prefecture, ...dimmed.county]
    expect(flat).not.toContain('530000')
    expect(flat).not.toContain('532600')
    expect(flat).toContain('440000')
    expect(flat).toContain('532500')
    expect(dimmed.prefecture).toContain('500102')
    expect(dimmed.county).toContain('420502')
    expect(dimmed.county).not.toContain('420506')
  })
})
