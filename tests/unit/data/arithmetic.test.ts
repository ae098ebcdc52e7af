/**
 * The plan's own arithmetic: wherever the plan (or a researched source) states a total and its parts,
 * the records re-add to it, in exact integers (yuan), never with floating-point 亿.
 */
import { describe, expect, it } from 'vitest'
import type { AtlasRecord } from '../../../src/domain/schema'
import { allRecords, byId, ofLayer } from './load'

const sum = (rs: AtlasRecord[], key: 'fundsCny' | 'projects' | 'berths' | 'quayLengthM' | 'capacityTeu' | 'lengthKm') =>
  rs.reduce((s, r) => s + (r.metrics[key] ?? Number.NaN), 0)

describe('plan 1.1: the 8 supported regions, 2006–2010', () => {
  const total = byId('aid-8-regions-total-2006-2010')
  const parts = allRecords().filter((r) => r.partOf === total.id)

  it('has exactly the four stated parts', () => {
    expect(parts.map((r) => r.id).sort()).toEqual(
      ['aid-aksu-2006-2010', 'aid-three-gorges-2006-2010', 'aid-xigaze-2006-2010', 'aid-yunnan-4-prefectures-2006-2010'].sort(),
    )
  })

  it('6.27 + 4.15 + 8.55 + 2.99 = 21.96亿元', () => {
    expect(total.metrics.fundsCny).toBe(2_196_000_000)
    expect(sum(parts, 'fundsCny')).toBe(2_196_000_000)
  })

  it('331 + 355 + 1803 + 222 = 2711 projects', () => {
    expect(total.metrics.projects).toBe(2711)
    expect(sum(parts, 'projects')).toBe(2711)
  })

  it('the parts cover the 8 regions of the total, each once', () => {
    const regions = parts.flatMap((r) => r.regions)
    expect(regions.length).toBe(8)
    expect(new Set(regions)).toEqual(new Set(total.regions))
    expect(total.regions.length).toBe(8)
  })

  it('parts share the total span; the Dujiangyan reconstruction (此外) is not a part', () => {
    for (const p of parts) expect(p.years).toEqual(total.years)
    expect(byId('aid-dujiangyan-reconstruction-2008-2010').partOf).toBeUndefined()
  })
})

describe('plan 1.3: the Yangtze River Delta council grew from 16 to 22 members', () => {
  const before = byId('coop-yrd-council-16-2006-2009')
  const after = byId('coop-yrd-council-22-2010')
  const members = ofLayer('cooperation').filter((r) => r.category === 'city-council' && r.joined !== undefined)
  const activeIn = (y: number) => members.filter((m) => m.years[0] <= y && y <= m.years[1])

  it('16 members in 2009, 22 in 2010 (after the March 2010 meeting)', () => {
    expect(before.metrics.members).toBe(16)
    expect(after.metrics.membersBefore).toBe(16)
    expect(after.metrics.members).toBe(22)
    expect(activeIn(2009).length).toBe(16)
    expect(activeIn(2010).length).toBe(22)
  })

  it('the plan records list exactly the members of their years', () => {
    expect(members.filter((m) => m.joined === 2010).length).toBe(22 - 16)
    expect(new Set(activeIn(2009).flatMap((m) => m.regions))).toEqual(new Set(before.regions))
    expect(new Set(activeIn(2010).flatMap((m) => m.regions))).toEqual(new Set(after.regions))
    expect(before.regions.length).toBe(16)
    expect(after.regions.length).toBe(22)
  })

  it('no council record draws a city before the year it joined', () => {
    const joinedOf = new Map(members.map((m) => [m.regions[0], m.joined ?? 0]))
    for (const r of ofLayer('cooperation').filter((x) => x.category === 'city-council')) {
      for (const code of r.regions) {
        const joined = joinedOf.get(code)
        if (joined !== undefined) expect(r.years[0], `${r.id} draws ${code}`).toBeGreaterThanOrEqual(joined)
      }
    }
  })

  it('30 members after the 2013 expansion (researched), none added in 2014–2015', () => {
    expect(activeIn(2013).length).toBe(30)
    expect(activeIn(2015).length).toBe(30)
  })
})

describe('plan 1.3: ten key topics of Delta cooperation', () => {
  it('the summary names exactly 10 topics', () => {
    const r = byId('coop-yrd-topics-2006-2010')
    expect(r.metrics.topics).toBe(10)
    const list = /深入推进(.+?)等10个重点专题/.exec(r.summary?.zh ?? '')?.[1] ?? ''
    expect(list.split('、').length).toBe(10)
  })
})

describe('plan 1.1 / 4.1: counts of named regions', () => {
  it('the four Yunnan prefectures, the two Three Gorges units, the four Kashgar and five Xigaze counties', () => {
    expect(byId('aid-yunnan-4-prefectures-2006-2010').regions.length).toBe(4)
    expect(byId('aid-three-gorges-2006-2010').regions.length).toBe(2)
    expect(byId('aid-kashgar-4-counties-livelihood-2011-2015').regions.length).toBe(4)
    expect(byId('aid-xigaze-5-counties-livelihood-2011-2015').regions.length).toBe(5)
    expect(byId('aid-pairing-golog').regions.length).toBe(6)
  })
})

describe('researched: Yangshan port phases', () => {
  const p1 = byId('waterway-yangshan-phase-1')
  const p2 = byId('waterway-yangshan-phase-2')
  const p3 = byId('waterway-yangshan-phase-3-stage-1')
  it('phases 1 + 2: 1600 + 1400 = 3000 m of quay, 5 + 4 = 9 berths, 2.2 + 2.1 = 4.3 million TEU', () => {
    expect(sum([p1, p2], 'quayLengthM')).toBe(3000)
    expect(sum([p1, p2], 'berths')).toBe(9)
    expect(sum([p1, p2], 'capacityTeu')).toBe(4_300_000)
  })
  it('phase 3 stage 1 adds 4 berths: 13 in all', () => {
    expect(sum([p1, p2, p3], 'berths')).toBe(13)
  })
})

describe('researched: 12.5 m channel below Nanjing', () => {
  it('phase 1 (56 km) + phase 2 (224 km) = about 280 km', () => {
    expect(sum([byId('waterway-nanjing-below-phase-1'), byId('waterway-nanjing-below-phase-2')], 'lengthKm')).toBe(280)
  })
})
