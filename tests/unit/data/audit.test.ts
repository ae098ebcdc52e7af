/**
 * The audit of the layers against the plan (issue "Data that a leader can quote"): each fix is pinned here,
 * and where the plan's own words are quoted they are checked against the plan's text when it is present
 * (../shared/seed/, outside the repository).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPROXIMATE_LOCATIONS, checkPrecision, isApproximateLocation } from '../../../src/domain/schema'
import { ROOT, allRecords, byId, ofLayer } from './load'

const PLAN_PATH = join(ROOT, '../shared/seed/000_17b91f169632d240.txt')
const plan = existsSync(PLAN_PATH) ? readFileSync(PLAN_PATH, 'utf8') : undefined

describe.skipIf(plan === undefined)('the quoted wording is the plan\'s', () => {
  it.each([
    '由16个扩展到22个', '签订合作项目341个', '实施科技合作项目159个', '签订合作项目169个', '实施科技合作项目42个', '新增投资合作项目1766个',
    '选拔994名', '国内科技合作会展活动45项', '协助兄弟省区市在沪举办农产品展销推介50多场次,累计签约金额360亿元',
    '四川、青海、甘肃、湖南、湖北、云南等28个省区市', '促进上海世博会机遇共享', '长三角城市“友谊日”活动', '组织对口支援地区、革命老区和受灾地区青少年参观世博会',
    '完善政务往来体制机制', '加强对驻沪办事机构的协调与服务', '拓宽市政府驻外办事处工作领域', '推进友好城区开展务实合作', '完善应急响应机制和日常服务平台',
  ])('%s', (words) => {
    expect(plan).toContain(words)
  })
})

describe('council members are drawn only from the year they joined', () => {
  it('the six cities admitted in March 2010 appear in no council record before 2010', () => {
    const admitted2010 = ['320900', '320800', '340100', '340500', '330700', '330800']
    for (const r of ofLayer('cooperation').filter((x) => x.category === 'city-council')) {
      if (r.regions.some((c) => admitted2010.includes(c))) expect(r.years[0], r.id).toBeGreaterThanOrEqual(2010)
    }
  })

  it('the researched member codes of the plan records cite their URL', () => {
    for (const id of ['coop-yrd-council-16-2006-2009', 'coop-yrd-council-22-2010']) {
      expect(byId(id).regionsSource?.url, id).toMatch(/^https?:\/\//)
    }
  })
})

describe('the cooperation layer never counts aid projects', () => {
  it('no cooperation record has `projects`; the five cooperation figures are `cooperationProjects`', () => {
    expect(ofLayer('cooperation').filter((r) => r.metrics.projects !== undefined).map((r) => r.id)).toEqual([])
    const cp = Object.fromEntries(ofLayer('cooperation').filter((r) => r.metrics.cooperationProjects !== undefined).map((r) => [r.id, r.metrics.cooperationProjects]))
    expect(cp).toEqual({
      'coop-west-projects-2006-2010': 341,
      'coop-west-science-2006-2010': 159,
      'coop-northeast-central-projects-2006-2010': 169,
      'coop-northeast-central-science-2006-2010': 42,
      'coop-anhui-projects-2006-2010': 1766,
    })
  })
})

describe('every part-四(七) task and every section of part 一 has a record', () => {
  it('四(七): five tasks on the cooperation layer, and the offices\' task on the office layer too', () => {
    const names = allRecords().filter((r) => r.source.ref === 'plan 4.7').map((r) => `${r.layer}:${r.name.zh}`)
    for (const n of [
      'cooperation:完善政务往来体制机制', 'cooperation:加强对驻沪办事机构的协调与服务', 'cooperation:拓宽市政府驻外办事处工作领域',
      'cooperation:推进友好城区开展务实合作', 'cooperation:受灾应急响应与社会捐赠', 'office:拓宽市政府驻外办事处工作领域',
    ]) expect(names).toContain(n)
    for (const r of allRecords().filter((x) => x.source.ref === 'plan 4.7')) {
      expect(r.status, r.id).toBe('planned')
      expect(r.years, r.id).toEqual([2011, 2015])
      expect(r.metrics, r.id).toEqual({})
    }
  })

  it('plan 1.1 to 1.7 each have a record', () => {
    const refs = new Set(allRecords().flatMap((r) => r.source.ref.match(/plan 1\.\d/g) ?? []))
    for (let s = 1; s <= 7; s++) expect(refs, `plan 1.${s}`).toContain(`plan 1.${s}`)
  })

  it('the Expo (plan 1.2): four records in 2010 with no figure, the youth visits on the supported regions', () => {
    const expo = allRecords().filter((r) => r.source.ref === 'plan 1.2')
    expect(expo.map((r) => r.id).sort()).toEqual(
      ['coop-expo-delta-friendship-days-2010', 'coop-expo-delta-tourism-2010', 'coop-expo-provinces-2010', 'coop-expo-youth-visits-2010'],
    )
    for (const r of expo) {
      expect(r.years, r.id).toEqual([2010, 2010])
      expect(r.metrics, r.id).toEqual({})
    }
    expect(byId('coop-expo-youth-visits-2010').regions).toEqual(byId('aid-8-regions-total-2006-2010').regions)
    expect(byId('coop-expo-provinces-2010').regions.length).toBe(31)
  })
})

describe('figures that misled', () => {
  it('the Dujiangyan batches (80亿 + 8.4亿 = 88.4亿) are not called parts of the 82.5亿', () => {
    const r = byId('aid-dujiangyan-batches-2010')
    expect(r.metrics).toEqual({})
    expect(r.partOf).toBeUndefined()
    expect(r.summary?.zh).toContain('88.4亿元')
    expect(r.summary?.zh).not.toContain('阶段数字')
    expect(r.summary?.en).not.toMatch(/stages of/)
  })

  it('Wanzhou: funds are the free aid only; 2000 resettled people are a head count; economic cooperation is its own record', () => {
    const aid = byId('aid-wanzhou-1992-2007')
    expect(aid.metrics).toEqual({ fundsCny: 203_000_000, projects: 353, headcount: 2000 })
    const econ = byId('aid-wanzhou-economic-cooperation-1992-2007')
    expect(econ.category).toBe('economic-cooperation')
    expect(econ.metrics).toEqual({ cooperationProjects: 38, investmentCny: 762_000_000 })
    expect(econ.statedSpan).toEqual(aid.statedSpan)
  })

  it('994 graduates are people, not person-times', () => {
    expect(byId('coop-west-graduates-2006-2010').metrics).toEqual({ headcount: 994 })
  })
})

describe('location and date precision', () => {
  it('every record states both, and the layers pass checkPrecision', () => {
    expect(checkPrecision(allRecords())).toEqual([])
  })

  it('checkPrecision refuses a record without them', () => {
    const { locationPrecision: _l, datePrecision: _d, ...bare } = byId('aid-xigaze-2006-2010')
    const fields = checkPrecision([bare]).map((i) => i.field)
    expect(fields).toContain('locationPrecision')
    expect(fields).toContain('datePrecision')
  })

  it('places chosen by judgement are flagged approximate and say so in both languages', () => {
    for (const id of [
      'coop-west-science-events-2006-2010', 'coop-west-farm-fairs-2006-2010', 'coop-disaster-donations-2006-2010', 'coop-expo-youth-visits-2010',
      'office-wider-work-2011-2015', 'coop-relief-mechanism-2011-2015',
    ]) {
      const r = byId(id)
      expect(r.locationPrecision, id).toBe('chosen')
      expect(isApproximateLocation(r), id).toBe(true)
      expect(`${r.summary?.zh}${r.summary?.en}`, id).toMatch(/近似[\s\S]*approximate|本图的选择[\s\S]*atlas/)
    }
  })

  it('schematic lines are approximate; stated coordinates are exact', () => {
    expect(APPROXIMATE_LOCATIONS).toContain('schematic-line')
    for (const r of allRecords().filter((x) => x.geometryIsSchematic)) expect(r.locationPrecision, r.id).toBe('schematic-line')
    expect(byId('office-guangzhou').locationPrecision).toBe('exact')
  })

  it('records shown over a stand-in span have date precision "unknown"', () => {
    for (const id of ['office-inner-mongolia-added-2006-2010', 'office-qinhuangdao-adjusted-2006-2010', 'office-beijing', 'office-xinjiang']) {
      expect(byId(id).datePrecision, id).toBe('unknown')
    }
  })

  it('every record drawn on researched codes (Kashgar and Xigaze counties, council cities, the Yangtze provinces) cites them', () => {
    const counties = new Set(['653130', '653125', '653124', '653126', '540222', '540233', '540224', '540225', '540223'])
    const yangtze9 = ['310000', '320000', '340000', '360000', '420000', '430000', '500000', '510000', '530000'].join()
    const yangtze8 = yangtze9.replace('310000,', '') // the partners of Shanghai along the river
    for (const r of allRecords()) {
      const onResearched = r.regions.some((c) => counties.has(c)) || r.category === 'city-council' || r.regions.join() === yangtze9 || r.regions.join() === yangtze8
      const cited = r.source.url !== undefined || r.regionsSource?.url !== undefined
      if (onResearched) expect(cited, r.id).toBe(true)
    }
  })

  it('the Kashgar and Xigaze tasks cite the research that named their counties', () => {
    const tasks = ofLayer('aid').filter((r) => /^aid-(kashgar-4|xigaze-5)-counties-.*-2011-2015$/.test(r.id))
    expect(tasks.length).toBeGreaterThan(10)
    for (const r of tasks) {
      expect(r.regionsSource?.url, r.id).toMatch(/^https?:\/\//)
      expect(r.regionsSource?.ref, r.id).toMatch(/^researched: /)
    }
  })
})
