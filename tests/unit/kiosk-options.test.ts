import { describe, expect, it } from 'vitest'
import { readKioskOptions } from '../../src/composables/useKiosk'

describe('kiosk options from the URL', () => {
  it('explore mode has none', () => expect(readKioskOptions('?year=2012')).toBeNull())
  it('defaults: 90 s idle, 2.5 s a year, no reload', () => {
    expect(readKioskOptions('?mode=kiosk')).toMatchObject({ idleMs: 90_000, stepMs: 2500, holdMs: 6000, reloadMs: null, status: false, updateCheckMs: 600_000 })
  })
  it('shortened for tests, clamped to sane bounds', () => {
    expect(readKioskOptions('?mode=kiosk&idle=3&step=200&reloadHours=12')).toMatchObject({ idleMs: 3000, stepMs: 200, holdMs: 480, reloadMs: 43_200_000 })
    expect(readKioskOptions('?mode=kiosk&idle=-5&step=1')!.idleMs).toBe(1000)
    expect(readKioskOptions('?mode=kiosk&idle=abc')!.idleMs).toBe(90_000)
  })
  it('status panel, update checks and watchdog limits', () => {
    const o = readKioskOptions('?mode=kiosk&status=1&updateCheck=2&contextGrace=5&heapMb=512')!
    expect(o).toMatchObject({ status: true, updateCheckMs: 2000 })
    expect(o.limits).toEqual({ frameMs: 30_000, contextMs: 5000, heapBytes: 512 * 1048576 })
    expect(readKioskOptions('?mode=kiosk')!.limits.contextMs).toBe(20_000)
  })
})
