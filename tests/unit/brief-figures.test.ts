// A briefing step's figures come from records through the figure rules; the shipped chapters resolve cleanly.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { chapterFigures, chapterSources, resolveFigure } from '../../src/domain/brief-figures'
import { statedTotalIds } from '../../src/domain/figures'
import { parseTour } from '../../src/domain/tour'
import { allRecords, byId, placeCodes } from './data/load'

const records = allRecords()
const index = new Map(records.map((r) => [r.id, r]))
const totals = statedTotalIds(records)
const chapters = parseTour('chapters.json', JSON.parse(readFileSync('geo/tour/chapters.json', 'utf8')))
const resolve = (metric: string, ...ids: string[]) => resolveFigure({ records: ids, metric: metric as never }, index, totals)
const PARTS = ['aid-xigaze-2006-2010', 'aid-aksu-2006-2010', 'aid-yunnan-4-prefectures-2006-2010', 'aid-three-gorges-2006-2010']

describe('headline figures', () => {
  it('sum aid funds and projects of the parts through the figure rules, named by their stated total', () => {
    const funds = resolve('fundsCny', ...PARTS)
    const projects = resolve('projects', ...PARTS)
    expect(funds).toMatchObject({ value: byId('aid-8-regions-total-2006-2010').metrics.fundsCny, years: [2006, 2010] })
    expect(projects).toMatchObject({ value: 2711, label: byId('aid-8-regions-total-2006-2010').name })
  })
  it('refuse to add a stated total to anything, or to merge reconstruction into counterpart aid', () => {
    expect(resolve('fundsCny', 'aid-8-regions-total-2006-2010')).toHaveProperty('problem')
    expect(resolve('fundsCny', 'aid-xigaze-2006-2010', 'aid-dujiangyan-reconstruction-2008-2010')).toHaveProperty('problem')
  })
  it('show a single record’s other figures as stated, and never sum them', () => {
    expect(resolve('members', 'coop-yrd-council-22-2010')).toMatchObject({ value: 22, moreThan: false })
    expect(resolve('valueCny', 'coop-wenchuan-social-donations-2008-2010')).toMatchObject({ value: 3_000_000_000, moreThan: true })
    expect(resolve('cooperationProjects', 'coop-west-projects-2006-2010', 'coop-northeast-central-projects-2006-2010')).toHaveProperty('problem')
    expect(resolve('depthM', 'no-such-record')).toHaveProperty('problem')
    expect(resolve('topics', 'coop-yrd-council-22-2010')).toHaveProperty('problem')
  })
  it('reconstruction alone is shown under its own name', () => {
    expect(resolve('fundsCny', 'aid-dujiangyan-reconstruction-2008-2010')).toMatchObject({ value: 8_250_000_000, years: [2008, 2010] })
  })
})

describe('the shipped chapters', () => {
  it('cover the plan’s structure', () => {
    const ids = chapters.map((c) => c.id)
    for (const id of ['review-2006-2010', 'review-xigaze', 'review-aksu', 'review-yunnan', 'review-three-gorges', 'parks', 'yangtze', 'offices', 'delta', 'plan-2011-2015']) {
      expect(ids).toContain(id)
    }
  })
  it('every figure resolves, every step cites a source, has notes in both languages and lights known regions', () => {
    const codes = placeCodes()
    for (const c of chapters) {
      expect(chapterFigures(c, index, totals).problems, c.id).toEqual([])
      expect(chapterSources(c, index).length, c.id).toBeGreaterThan(0)
      expect(c.notes?.zh && c.notes.en, c.id).toBeTruthy()
      expect(c.regions?.length, c.id).toBeGreaterThan(0)
      if (codes) for (const code of c.regions ?? []) expect(codes.has(code), `${c.id}: ${code}`).toBe(true)
      for (const id of c.sources ?? []) expect(index.has(id), `${c.id}: ${id}`).toBe(true)
    }
  })
  it('the first step shows the plan’s total, added from its parts', () => {
    const review = chapters.find((c) => c.id === 'review-2006-2010')!
    const [funds, projects] = chapterFigures(review, index, totals).figures
    expect(funds?.value).toBe(2_196_000_000)
    expect(projects?.value).toBe(2711)
  })
})
