// The figure rules (src/domain/figures.ts) on the atlas's own layer data: the map, the charts, the compare tab and
// the dossier read the same figure for the same filter, a joint figure is never credited to each member, a sum shows
// the parts the plan keeps apart, and an imported record cannot turn a plan record into a "total".
import { describe, expect, it } from 'vitest'
import { allRecords } from './data/load'
import { record } from './fixtures/records'
import {
  countableFigure, figureKind, recordOrigin, statedTotalIds, sumFigures, type StatedTotals,
} from '../../src/domain/figures'
import { regionTotals, statusSplit } from '../../src/charts/aggregates'
import { compareByLayer, compareByProvince, totalRow } from '../../src/domain/compare'
import { buildDossier } from '../../src/domain/dossier'
import { buildLayerSpecs } from '../../src/map/layer-specs'
import { DEFAULT_FILTERS, type FilterState } from '../../src/domain/filters'
import { recordsBeforeTime, visibleRecords } from '../../src/domain/selectors'
import type { AtlasRecord } from '../../src/domain/schema'

const PLAN = allRecords()
const TOTAL = 'aid-8-regions-total-2006-2010'
const XIGAZE = 'aid-xigaze-2006-2010'
const THREE_GORGES = 'aid-three-gorges-2006-2010'
const DUJIANGYAN = 'aid-dujiangyan-reconstruction-2008-2010'
const REVIEW: FilterState = { ...DEFAULT_FILTERS, span: [2006, 2010], timeMode: 'active' }

/** An imported record naming a plan record as its total (what an old saved user layer or a crafted file holds). */
const userClaimingXigaze = (metrics: AtlasRecord['metrics'] = { people: 120 }) =>
  record({ id: 'user-xigaze-school', name: { zh: '日喀则学校', en: 'Xigaze school' }, regions: ['540200'], metrics, partOf: XIGAZE })

/** The figure the map draws a record's symbol by, read back from the symbol's radius and the legend's top value. */
function mapFigure(records: readonly AtlasRecord[], id: string, filters: FilterState = REVIEW): number | undefined {
  const specs = buildLayerSpecs({
    records: recordsBeforeTime(records, filters), allRecords: records, aidMetric: 'fundsCny', regionShapes: new Map(), shanghai: [121.47, 31.23],
  })
  const hi = specs.find((s) => s.id === 'aid-regions')!.legend.find((e) => e.label === 'legend.aidHigh')!.params!.value as number
  const symbol = specs.find((s) => s.id === 'aid-symbols')!.data.find((d) => d.id === id)
  if (!symbol || !('radius' in symbol)) return undefined
  return ((symbol.radius - 6) / 34) ** 2 * hi
}

/** What each view says about one unit's 2006–2010 aid funds under the review filter. */
function views(records: readonly AtlasRecord[], chartKey: string, dossierCode: string) {
  const totals = statedTotalIds(records)
  const chart = regionTotals(visibleRecords(records, REVIEW), totals).find((r) => r.key === chartKey)
  const compare = compareByProvince(recordsBeforeTime(records, REVIEW), [2006, 2010], [2011, 2015], totals).find((r) => r.key === chartKey)
  const dossier = buildDossier(records, dossierCode).aidByPeriod.find((p) => p.span[0] === 2006 && !p.crossing)!
  return { chart: chart?.funds, compare: compare?.a.funds, dossier: dossier.funds, dossierWider: dossier.wider.map((r) => r.id) }
}

describe('stated totals', () => {
  it('the plan has one stated total: the eight regions\' 21.96亿元 / 2,711, whose four parts re-add to it', () => {
    const totals = statedTotalIds(PLAN)
    expect([...totals]).toEqual([TOTAL])
    const parts = PLAN.filter((r) => r.partOf === TOTAL)
    expect(sumFigures(parts, totals)).toEqual({ funds: 2_196_000_000, projects: 2711, parts: [{ kind: 'aid', funds: 2_196_000_000, projects: 2711 }] })
    expect(countableFigure(PLAN.find((r) => r.id === TOTAL)!, 'fundsCny', totals)).toBeUndefined()
  })

  it('an imported record naming a plan record in partOf does not make that record a total', () => {
    expect(recordOrigin(userClaimingXigaze())).not.toBe(recordOrigin(PLAN.find((r) => r.id === XIGAZE)!))
    expect([...statedTotalIds([...PLAN, userClaimingXigaze()])]).toEqual([TOTAL])
    // Between two records of the user layer the link holds.
    const userTotal = record({ id: 'user-total', metrics: { fundsCny: 10 } })
    const userPart = record({ id: 'user-part', metrics: { fundsCny: 10 }, partOf: 'user-total' })
    expect([...statedTotalIds([...PLAN, userTotal, userPart])].sort()).toEqual([TOTAL, 'user-total'])
    // A caller that knows the files can tell two imported files apart.
    const fileOf = (r: AtlasRecord) => (r.id === 'user-total' ? 'a.csv' : 'b.csv')
    expect([...statedTotalIds([userTotal, userPart], fileOf)]).toEqual([])
  })

  it('the Tibet bar stays 6.27亿元 when an imported record names the Tibet plan record in partOf', () => {
    const rows = (records: readonly AtlasRecord[]) => regionTotals(visibleRecords(records, REVIEW), statedTotalIds(records))
    const tibet = rows(PLAN).find((r) => r.key === '540000')!
    expect(tibet).toMatchObject({ funds: 627_000_000, projects: 331 })
    expect(rows([...PLAN, userClaimingXigaze()]).find((r) => r.key === '540000')).toMatchObject({ funds: 627_000_000, projects: 331, records: tibet.records + 1 })
    // The imported record's own figure is its own, added beside the plan's, never instead of it.
    expect(rows([...PLAN, userClaimingXigaze({ fundsCny: 1_000_000 })]).find((r) => r.key === '540000')!.funds).toBe(628_000_000)
    expect(mapFigure([...PLAN, userClaimingXigaze()], XIGAZE)).toBeCloseTo(627_000_000, -1)
    expect(views([...PLAN, userClaimingXigaze()], '540000', '540200')).toMatchObject({ chart: 627_000_000, compare: 627_000_000, dossier: 627_000_000 })
  })
})

describe('joint figures', () => {
  it('compare by province gives the Three Gorges figure one joint row, and neither Chongqing nor Hubei any of it', () => {
    const rows = compareByProvince(recordsBeforeTime(PLAN, DEFAULT_FILTERS), [2006, 2010], [2011, 2015], statedTotalIds(PLAN))
    const joint = rows.find((r) => r.key === '420000,500000')
    expect(joint).toMatchObject({ a: { records: 1, funds: 299_000_000, projects: 222 } })
    for (const key of ['500000', '420000']) {
      const row = rows.find((r) => r.key === key)
      expect(row?.a.funds ?? 0).toBe(0)
      expect(row?.a.projects ?? 0).toBe(0)
    }
    // Every figure is in exactly one row: the rows re-add to the layer's sum.
    const byLayer = compareByLayer(recordsBeforeTime(PLAN, DEFAULT_FILTERS), [2006, 2010], [2011, 2015], statedTotalIds(PLAN))
    const aid = byLayer.find((r) => r.key === 'aid')!
    expect(rows.reduce((s, r) => s + r.a.funds, 0)).toBe(aid.a.funds)
    expect(rows.reduce((s, r) => s + r.b.projects, 0)).toBe(aid.b.projects)
  })

  it('the charts give it one joint bar, also one level down inside Chongqing', () => {
    const totals = statedTotalIds(PLAN)
    const shown = visibleRecords(PLAN, REVIEW)
    expect(regionTotals(shown, totals).find((r) => r.key === '420000,500000')).toMatchObject({ funds: 299_000_000, projects: 222 })
    expect(regionTotals(shown, totals).filter((r) => ['420000', '500000'].includes(r.key) && (r.funds > 0 || r.projects > 0))).toEqual([])
    const inChongqing = regionTotals(visibleRecords(PLAN, { ...REVIEW, regions: ['500000'] }), totals, '500000')
    expect(inChongqing.filter((r) => r.funds > 0)).toEqual([expect.objectContaining({ codes: ['420000', '500100'], funds: 299_000_000 })])
  })

  it('map, charts, compare and dossier agree: one figure for both, none for either alone', () => {
    expect(mapFigure(PLAN, THREE_GORGES)).toBeCloseTo(299_000_000, -1)
    expect(views(PLAN, '420000,500000', '500000')).toEqual({ chart: 299_000_000, compare: 299_000_000, dossier: 0, dossierWider: [THREE_GORGES] })
    expect(views(PLAN, '420000,500000', '420506')).toMatchObject({ dossier: 0, dossierWider: [THREE_GORGES] })
  })
})

describe('figures the plan keeps apart', () => {
  it('Dujiangyan reconstruction is its own kind', () => {
    expect(figureKind(PLAN.find((r) => r.id === DUJIANGYAN)!)).toBe('reconstruction')
    expect(figureKind(PLAN.find((r) => r.id === XIGAZE)!)).toBe('aid')
  })

  it('the 2006–2010 aid sum shows its parts: counterpart aid 21.96亿 / 2,711 and reconstruction 82.5亿 / 117', () => {
    const rows = compareByLayer(recordsBeforeTime(PLAN, DEFAULT_FILTERS), [2006, 2010], [2011, 2015], statedTotalIds(PLAN))
    const aid = rows.find((r) => r.key === 'aid')!
    expect(aid.a).toMatchObject({ funds: 10_446_000_000, projects: 2828 })
    expect(aid.a.parts).toEqual([
      { kind: 'aid', funds: 2_196_000_000, projects: 2711 },
      { kind: 'reconstruction', funds: 8_250_000_000, projects: 117 },
    ])
    expect(totalRow(rows).a.parts).toEqual(aid.a.parts)
    expect(aid.diff.parts.find((p) => p.kind === 'reconstruction')).toEqual({ kind: 'reconstruction', funds: -8_250_000_000, projects: -117 })
    // The status chart sums the records shown (Kashgar's 2010–2015 figure among them) and lists reconstruction apart.
    const achieved = statusSplit(visibleRecords(PLAN, REVIEW), statedTotalIds(PLAN)).find((r) => r.status === 'achieved')!
    expect(achieved.parts.map((p) => p.kind)).toEqual(['aid', 'reconstruction'])
    expect(achieved.parts[1]).toEqual({ kind: 'reconstruction', funds: 8_250_000_000, projects: 117 })
    expect(achieved.funds).toBe(achieved.parts[0]!.funds + achieved.parts[1]!.funds)
  })

  it('map, charts, compare and dossier agree on Dujiangyan, and label it reconstruction', () => {
    const totals = statedTotalIds(PLAN)
    expect(mapFigure(PLAN, DUJIANGYAN)).toBeCloseTo(8_250_000_000, -2)
    expect(views(PLAN, '510000', '510181')).toEqual({ chart: 8_250_000_000, compare: 8_250_000_000, dossier: 8_250_000_000, dossierWider: [] })
    expect(regionTotals(visibleRecords(PLAN, REVIEW), totals).find((r) => r.key === '510000')!.parts.map((p) => p.kind)).toEqual(['reconstruction'])
    expect(buildDossier(PLAN, '510181').aidByPeriod[0]!.parts.map((p) => p.kind)).toEqual(['reconstruction'])
  })
})

describe('one rule for every view', () => {
  it('for every aid record the map draws, charts, compare and the sums count the same figure', () => {
    const totals: StatedTotals = statedTotalIds(PLAN)
    const drawn = PLAN.filter((r) => r.layer === 'aid' && r.years[0] >= 2006 && r.years[1] <= 2010)
    const fundsSum = drawn.reduce((s, r) => s + (countableFigure(r, 'fundsCny', totals) ?? 0), 0)
    expect(fundsSum).toBe(10_446_000_000)
    const chartSum = regionTotals(visibleRecords(PLAN, REVIEW).filter((r) => r.years[1] <= 2010), totals).reduce((s, r) => s + r.funds, 0)
    expect(chartSum).toBe(fundsSum)
    for (const r of drawn) {
      const figure = countableFigure(r, 'fundsCny', totals)
      const onMap = mapFigure(PLAN, r.id)
      if (figure === undefined) expect(onMap).toBeUndefined()
      else expect(onMap! / figure).toBeCloseTo(1, 9)
    }
  })
})
