import { describe, expect, it } from 'vitest'
import { TimelinePlayer, nextYear, stepMs, clampYear, type Scheduler } from '../../src/domain/time'

/** A scheduler the test advances by hand. */
function fakeScheduler() {
  const pending = new Map<number, { fn: () => void; ms: number }>()
  let id = 0
  const scheduler: Scheduler = {
    set: (fn, ms) => (pending.set(++id, { fn, ms }), id),
    clear: (h) => pending.delete(h as number),
  }
  const fire = () => {
    const [first] = pending
    if (!first) return false
    pending.delete(first[0])
    first[1].fn()
    return true
  }
  return { scheduler, pending, fire }
}

function setup(year: number, loop: boolean, speed = 1) {
  const clock = fakeScheduler()
  const state = { year, loop, speed, stopped: 0 }
  const player = new TimelinePlayer(clock.scheduler, () => state, (y) => (state.year = y), () => (state.stopped += 1))
  return { clock, state, player }
}

describe('the headless player', () => {
  it('steps the year once per tick at the speed', () => {
    const { clock, state, player } = setup(2006, false, 2)
    player.start()
    expect([...clock.pending.values()][0]!.ms).toBe(stepMs(2))
    clock.fire()
    expect(state.year).toBe(2007)
  })

  it('stops at 2015 without loop, and starts over when played again', () => {
    const { clock, state, player } = setup(2013, false)
    player.start()
    while (clock.fire());
    expect(state.year).toBe(2015)
    expect(state.stopped).toBe(1)
    expect(player.running).toBe(false)
    player.start()
    expect(state.year).toBe(2006)
  })

  it('loops back to 2006', () => {
    const { clock, state, player } = setup(2014, true)
    player.start()
    clock.fire()
    clock.fire()
    expect(state.year).toBe(2006)
    expect(player.running).toBe(true)
  })

  it('dispose leaves no timer behind', () => {
    const { clock, player } = setup(2008, true)
    player.start()
    player.dispose()
    expect(clock.pending.size).toBe(0)
  })

  it('year helpers', () => {
    expect(nextYear(2015, false)).toBeNull()
    expect(nextYear(2015, true)).toBe(2006)
    expect(clampYear(2020)).toBe(2015)
    expect(clampYear(2000.4)).toBe(2006)
  })
})
