/** Pins the plan's figures (and a few researched ones) to the records, to the digit, in base units. */
import { describe, expect, it } from 'vitest'
import type { MetricKey } from '../../../src/domain/schema'
import { byId } from './load'

type Row = [id: string, years: [number, number], metric: MetricKey, value: number, plan: string]

const rows: Row[] = [
  ['aid-8-regions-total-2006-2010', [2006, 2010], 'fundsCny', 2_196_000_000, '21.96亿元'],
  ['aid-8-regions-total-2006-2010', [2006, 2010], 'projects', 2711, '2711个'],
  ['aid-8-regions-total-2006-2010', [2006, 2010], 'cooperationProjects', 444, '444个'],
  ['aid-8-regions-total-2006-2010', [2006, 2010], 'agreementFundsCny', 60_923_000_000, '609.23亿元'],
  ['aid-8-regions-total-2006-2010', [2006, 2010], 'people', 85_000, '超过8.5万人次'],
  ['aid-xigaze-2006-2010', [2006, 2010], 'fundsCny', 627_000_000, '6.27亿元'],
  ['aid-xigaze-2006-2010', [2006, 2010], 'projects', 331, '331个'],
  ['aid-aksu-2006-2010', [2006, 2010], 'fundsCny', 415_000_000, '4.15亿元'],
  ['aid-aksu-2006-2010', [2006, 2010], 'projects', 355, '355个'],
  ['aid-yunnan-4-prefectures-2006-2010', [2006, 2010], 'fundsCny', 855_000_000, '8.55亿元'],
  ['aid-yunnan-4-prefectures-2006-2010', [2006, 2010], 'projects', 1803, '1803个'],
  ['aid-three-gorges-2006-2010', [2006, 2010], 'fundsCny', 299_000_000, '2.99亿元'],
  ['aid-three-gorges-2006-2010', [2006, 2010], 'projects', 222, '222个'],
  ['aid-dujiangyan-reconstruction-2008-2010', [2008, 2010], 'fundsCny', 8_250_000_000, '82.5亿元'],
  ['aid-dujiangyan-reconstruction-2008-2010', [2008, 2010], 'projects', 117, '117个'],
  ['coop-west-projects-2006-2010', [2006, 2010], 'cooperationProjects', 341, '341个'],
  ['coop-west-projects-2006-2010', [2006, 2010], 'agreementFundsCny', 126_660_000_000, '1266.6亿元'],
  ['coop-west-science-2006-2010', [2006, 2010], 'cooperationProjects', 159, '159个'],
  ['coop-west-science-2006-2010', [2006, 2010], 'investmentCny', 330_000_000, '3.3亿元'],
  ['coop-west-science-events-2006-2010', [2006, 2010], 'events', 45, '45项'],
  ['coop-west-science-events-2006-2010', [2006, 2010], 'intentionFundsCny', 1_290_000_000, '12.9亿元'],
  ['coop-west-farm-fairs-2006-2010', [2006, 2010], 'agreementFundsCny', 36_000_000_000, '360亿元'],
  ['coop-west-graduates-2006-2010', [2006, 2010], 'headcount', 994, '994名'],
  ['coop-northeast-central-projects-2006-2010', [2006, 2010], 'cooperationProjects', 169, '169个'],
  ['coop-northeast-central-projects-2006-2010', [2006, 2010], 'agreementFundsCny', 42_640_000_000, '426.4亿元'],
  ['coop-northeast-central-science-2006-2010', [2006, 2010], 'cooperationProjects', 42, '42个'],
  ['coop-northeast-central-science-2006-2010', [2006, 2010], 'investmentCny', 304_000_000, '3.04亿元'],
  ['coop-anhui-projects-2006-2010', [2006, 2010], 'cooperationProjects', 1766, '1766个'],
  ['coop-anhui-projects-2006-2010', [2006, 2010], 'agreementFundsCny', 364_920_000_000, '3649.2亿元'],
  ['coop-enterprises-in-shanghai-2006-2010', [2006, 2010], 'enterprises', 61_090, '61090户'],
  ['coop-enterprises-in-shanghai-2006-2010', [2006, 2010], 'registeredCapitalCny', 494_690_000_000, '4946.9亿元'],
  ['coop-disaster-donations-2006-2010', [2006, 2010], 'fundsCny', 172_000_000, '1.72亿元'],
  ['coop-disaster-donations-2006-2010', [2006, 2010], 'provinces', 28, '28个省区市'],
  ['coop-wenchuan-social-donations-2008-2010', [2008, 2010], 'valueCny', 3_000_000_000, '超过30亿元'],
  ['aid-wenchuan-transitional-housing-2008-2010', [2008, 2010], 'houses', 58_000, '58000套'],
  ['coop-yrd-council-16-2006-2009', [2006, 2009], 'members', 16, '16个'],
  ['coop-yrd-council-22-2010', [2010, 2010], 'members', 22, '22个'],
  ['coop-yrd-council-22-2010', [2010, 2010], 'membersBefore', 16, '16个'],
  ['coop-yrd-topics-2006-2010', [2006, 2010], 'topics', 10, '10个重点专题'],
  // researched
  ['aid-kashgar-2010-2015', [2010, 2015], 'fundsCny', 9_234_000_000, '92.34亿'],
  ['aid-wanzhou-1992-2007', [2006, 2007], 'fundsCny', 203_000_000, '2.03亿'],
  ['aid-wanzhou-1992-2007', [2006, 2007], 'projects', 353, '353 free-aid projects'],
  ['aid-wanzhou-1992-2007', [2006, 2007], 'headcount', 2000, '2000 migrants resettled'],
  ['aid-wanzhou-economic-cooperation-1992-2007', [2006, 2007], 'cooperationProjects', 38, '38 economic projects'],
  ['aid-wanzhou-economic-cooperation-1992-2007', [2006, 2007], 'investmentCny', 762_000_000, '7.62亿'],
  ['waterway-estuary-channel-phase-3', [2006, 2010], 'depthM', 12.5, '12.5 m'],
  ['waterway-estuary-channel-phase-3', [2006, 2010], 'lengthKm', 92.2, '92.2 km'],
  ['waterway-estuary-channel-phase-3', [2006, 2010], 'investmentCny', 4_375_000_000, '43.75亿'],
]

describe('figures of the plan, to the digit', () => {
  it.each(rows)('%s %j %s = %d (%s)', (id, years, metric, value) => {
    const r = byId(id)
    expect(r.years).toEqual(years)
    expect(r.metrics[metric]).toBe(value)
  })

  it('"more than" figures are flagged as lower bounds', () => {
    expect(byId('aid-8-regions-total-2006-2010').moreThan).toEqual(['people'])
    expect(byId('coop-wenchuan-social-donations-2008-2010').moreThan).toEqual(['valueCny'])
  })

  it('"50多场次" is not an exact number: summary only, no metric', () => {
    const r = byId('coop-west-farm-fairs-2006-2010')
    expect(r.metrics.events).toBeUndefined()
    expect(r.summary?.zh).toContain('50多场次')
  })

  it('group figures stay one record listing all regions', () => {
    expect(byId('aid-yunnan-4-prefectures-2006-2010').regions).toEqual(['532600', '532500', '530800', '533400'])
    expect(byId('aid-three-gorges-2006-2010').regions).toEqual(['500101', '420506'])
  })
})
