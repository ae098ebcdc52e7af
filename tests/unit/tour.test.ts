import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { TourController, nextStep, parseTour, type Chapter } from '../../src/domain/tour'

const chapter = (id: string, years: [number, number]): Chapter => ({
  id, years, layers: ['aid'], title: { zh: id, en: id }, caption: { zh: id, en: id }, camera: { bounds: [[70, 20], [130, 50]] },
})
const CHAPTERS = [chapter('a', [2006, 2007]), chapter('b', [2011, 2011])]

describe('the tour file', () => {
  it('the shipped chapters parse and cover the stories the kiosk tells', () => {
    const chapters = parseTour('chapters.json', JSON.parse(readFileSync('geo/tour/chapters.json', 'utf8')))
    expect(chapters.map((c) => c.id)).toEqual([
      'review-2006-2010', 'review-xigaze', 'review-aksu', 'review-yunnan', 'review-three-gorges', 'review-dujiangyan', 'recipient-regions', 'yangtze', 'parks', 'delta-in-china', 'delta', 'west-northeast-centre', 'offices', 'plan-2011-2015',
    ])
  })
  it.each([
    [{}, /chapters/],
    [{ chapters: [{ ...chapter('x', [2006, 2007]), years: [2012, 2007] }] }, /years/],
    [{ chapters: [{ ...chapter('x', [2006, 2007]), layers: ['bogus'] }] }, /layers/],
  ])('a bad file names the place: %j', (input, message) => {
    expect(() => parseTour('chapters.json', input)).toThrow(message)
  })
})

describe('the tour controller', () => {
  it('steps years within a chapter, then moves to the next chapter, and loops', () => {
    expect(nextStep(CHAPTERS, { chapter: 0, year: 2006 })).toEqual({ chapter: 0, year: 2007 })
    expect(nextStep(CHAPTERS, { chapter: 0, year: 2007 })).toEqual({ chapter: 1, year: 2011 })
    expect(nextStep(CHAPTERS, { chapter: 1, year: 2011 })).toEqual({ chapter: 0, year: 2006 })
  })

  it('shows each step through the scheduler, holding longer on a new chapter, and leaves no timer after dispose', () => {
    const pending: { fn: () => void; ms: number }[] = []
    const shown: string[] = []
    const tour = new TourController(CHAPTERS, { set: (fn, ms) => pending.push({ fn, ms }), clear: () => pending.splice(0) },
      (step, c, entering) => shown.push(`${c.id}:${step.year}${entering ? '*' : ''}`), 100, 500)
    tour.start()
    expect(pending[0]!.ms).toBe(500)
    for (let i = 0; i < 3; i++) pending.shift()!.fn()
    expect(shown).toEqual(['a:2006*', 'a:2007', 'b:2011*', 'a:2006*'])
    tour.dispose()
    expect(pending).toHaveLength(0)
    expect(tour.running).toBe(false)
  })
})
