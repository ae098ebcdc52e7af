// Briefing mode's pure parts: clicker keys, step moves, channel messages, the step in the URL.
import { describe, expect, it } from 'vitest'
import {
  applyBriefAction, briefAction, formatElapsed, modeQuery, parseBriefMessage, readBriefMode, readBriefStep, stepFilters, type BriefState,
} from '../../src/domain/brief'
import { DEFAULT_FILTERS } from '../../src/domain/filters'
import type { Chapter } from '../../src/domain/tour'

const at = (step: number, more: Partial<BriefState> = {}): BriefState => ({ step, blank: false, overview: false, ...more })

describe('clicker keys', () => {
  it('map what presentation clickers send', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' '].map(briefAction)).toEqual(['next', 'next', 'next', 'next'])
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map(briefAction)).toEqual(['prev', 'prev', 'prev'])
    expect([briefAction('Home'), briefAction('End')]).toEqual(['first', 'last'])
    expect(['b', 'B', '.'].map(briefAction)).toEqual(['blank', 'blank', 'blank'])
    expect([briefAction('g'), briefAction('Escape'), briefAction('Enter')]).toEqual(['overview', 'exit', 'choose'])
    expect(briefAction('x')).toBeNull()
  })
})

describe('step moves', () => {
  it('step within the chapters and stop at both ends', () => {
    expect(applyBriefAction(at(0), 'next', 5).step).toBe(1)
    expect(applyBriefAction(at(4), 'next', 5).step).toBe(4)
    expect(applyBriefAction(at(0), 'prev', 5).step).toBe(0)
    expect(applyBriefAction(at(2), 'last', 5).step).toBe(4)
    expect(applyBriefAction(at(3), 'first', 5).step).toBe(0)
  })
  it('a blank screen comes back on a move without moving; B toggles', () => {
    const blank = applyBriefAction(at(2), 'blank', 5)
    expect(blank).toEqual(at(2, { blank: true }))
    expect(applyBriefAction(blank, 'next', 5)).toEqual(at(2))
    expect(applyBriefAction(blank, 'blank', 5)).toEqual(at(2))
  })
  it('the overview toggles, arrows pick a tile, Enter closes on it', () => {
    const open = applyBriefAction(at(1), 'overview', 5)
    expect(open.overview).toBe(true)
    const moved = applyBriefAction(open, 'next', 5)
    expect(moved).toEqual(at(2, { overview: true }))
    expect(applyBriefAction(moved, 'choose', 5)).toEqual(at(2))
    expect(applyBriefAction(open, 'overview', 5).overview).toBe(false)
  })
})

describe('what a step shows', () => {
  const base: Chapter = { id: 'x', title: { zh: 'x', en: 'x' }, caption: { zh: 'x', en: 'x' }, camera: { bounds: [[70, 20], [130, 50]] }, years: [2006, 2010], layers: ['aid', 'park'] }
  it('the span of its years, or its one year, and its layers; other filters cleared', () => {
    expect(stepFilters(base)).toEqual({ ...DEFAULT_FILTERS, year: 2010, span: [2006, 2010], layers: ['aid', 'park'] })
    expect(stepFilters({ ...base, year: 2008 })).toEqual({ ...DEFAULT_FILTERS, year: 2008, span: null, layers: ['aid', 'park'] })
  })
})

describe('channel messages', () => {
  it('accept the three kinds and nothing else', () => {
    expect(parseBriefMessage({ type: 'step', step: 3, blank: false })).toEqual({ type: 'step', step: 3, blank: false })
    expect(parseBriefMessage({ type: 'hello' })).toEqual({ type: 'hello' })
    expect(parseBriefMessage({ type: 'state', step: 0, blank: true, startedAt: 5 })).toEqual({ type: 'state', step: 0, blank: true, startedAt: 5 })
    for (const bad of [null, 'step', { type: 'step', step: -1, blank: false }, { type: 'step', step: 1.5, blank: false },
      { type: 'step', step: 1 }, { type: 'state', step: 1, blank: false }, { type: 'other' }]) {
      expect(parseBriefMessage(bad)).toBeNull()
    }
  })
})

describe('the step in the URL', () => {
  it('reads &step=N as the Nth step, clamped; anything else is no step', () => {
    expect(readBriefStep('?mode=brief&step=3', 10)).toBe(2)
    expect(readBriefStep('?mode=brief&step=99', 10)).toBe(9)
    for (const s of ['?mode=brief', '?step=0', '?step=-2', '?step=2.5', '?step=abc']) expect(readBriefStep(s, 10)).toBeNull()
  })
  it('reads the mode and writes the mode part back', () => {
    expect(readBriefMode('?mode=brief')).toBe('brief')
    expect(readBriefMode('?mode=presenter&step=2')).toBe('presenter')
    expect(readBriefMode('?mode=kiosk')).toBeNull()
    expect(modeQuery('brief', 2)).toBe('mode=brief&step=3')
    expect(modeQuery('presenter', 0)).toBe('mode=presenter&step=1')
    expect(modeQuery('kiosk', null)).toBe('mode=kiosk')
    expect(modeQuery('explore', 4)).toBe('')
    // Round trip.
    expect(readBriefStep(`?${modeQuery('brief', 6)}`, 13)).toBe(6)
  })
  it('formats elapsed time', () => {
    expect(formatElapsed(7_400)).toBe('0:07')
    expect(formatElapsed(754_000)).toBe('12:34')
    expect(formatElapsed(3_723_000)).toBe('1:02:03')
  })
})
