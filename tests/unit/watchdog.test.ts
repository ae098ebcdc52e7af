import { describe, expect, it } from 'vitest'
import { countReload, DEFAULT_LIMITS, reloadAtChapter, parseCounts, totalReloads, trackContextLoss, watchdogVerdict, type Observation } from '../../src/domain/watchdog'

const fine: Observation = { now: 100_000, lastFrameAt: 99_990, visible: true, contextLostAt: null, heapBytes: 50e6 }

describe('watchdog verdict', () => {
  it('leaves a healthy page alone', () => expect(watchdogVerdict(fine)).toBeNull())

  it('reloads after 30 s without a frame, but not when the page is hidden', () => {
    expect(watchdogVerdict({ ...fine, lastFrameAt: fine.now - 29_999 })).toBeNull()
    expect(watchdogVerdict({ ...fine, lastFrameAt: fine.now - 30_000 })).toBe('frame')
    expect(watchdogVerdict({ ...fine, lastFrameAt: fine.now - 60_000, visible: false })).toBeNull()
  })

  it('reloads when a lost context has not come back in time, and names it before the stalled frames', () => {
    expect(watchdogVerdict({ ...fine, contextLostAt: fine.now - 5_000 })).toBeNull()
    expect(watchdogVerdict({ ...fine, contextLostAt: fine.now - DEFAULT_LIMITS.contextMs })).toBe('context')
    expect(watchdogVerdict({ ...fine, contextLostAt: fine.now - 40_000, lastFrameAt: fine.now - 40_000 })).toBe('context')
  })

  it('reloads when the heap passes its limit (and ignores a browser that does not tell)', () => {
    expect(watchdogVerdict({ ...fine, heapBytes: DEFAULT_LIMITS.heapBytes })).toBeNull()
    expect(watchdogVerdict({ ...fine, heapBytes: DEFAULT_LIMITS.heapBytes + 1 })).toBe('heap')
    expect(watchdogVerdict({ ...fine, heapBytes: null })).toBeNull()
    expect(watchdogVerdict({ ...fine, heapBytes: 200 }, { ...DEFAULT_LIMITS, heapBytes: 100 })).toBe('heap')
  })
})

describe('context loss tracking', () => {
  it('keeps the first loss until the map is idle again', () => {
    let lostAt = trackContextLoss(null, { lostNow: 10, mapIdle: true })
    expect(lostAt).toBe(10)
    lostAt = trackContextLoss(lostAt, { lostNow: 20, mapIdle: false })
    expect(lostAt).toBe(10)
    expect(trackContextLoss(lostAt, { mapIdle: false })).toBe(10)
    expect(trackContextLoss(lostAt, { mapIdle: true })).toBeNull()
  })
})

describe('reload counts', () => {
  it('counts by cause and survives a damaged entry', () => {
    let counts = parseCounts(null)
    counts = countReload(countReload(counts, 'context'), 'context')
    counts = countReload(counts, 'update')
    expect(parseCounts(JSON.stringify(counts))).toEqual({ frame: 0, context: 2, heap: 0, update: 1, scheduled: 0 })
    expect(totalReloads(counts)).toBe(3)
    expect(parseCounts('{not json')).toEqual(parseCounts(null))
    expect(parseCounts('{"frame":-1,"heap":"3","context":2}')).toMatchObject({ frame: 0, heap: 0, context: 2 })
  })
})

describe('planned reloads', () => {
  it('happen only while touring, as a chapter begins, a new build first', () => {
    const at = { entering: true, touring: true, updateReady: true, scheduledDue: true }
    expect(reloadAtChapter(at)).toBe('update')
    expect(reloadAtChapter({ ...at, updateReady: false })).toBe('scheduled')
    expect(reloadAtChapter({ ...at, entering: false })).toBeNull()
    expect(reloadAtChapter({ ...at, touring: false })).toBeNull()
    expect(reloadAtChapter({ ...at, updateReady: false, scheduledDue: false })).toBeNull()
  })
})
