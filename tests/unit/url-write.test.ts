import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useFiltersStore } from '../../src/stores/filters'

// The URL follows the view once the page is idle, not inside the change (useUrlState): the click that changes a
// filter does not pay for history.replaceState before the frame that shows its answer.
describe('the URL written once the page is idle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    window.history.replaceState(null, '', '/?year=2010')
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  // With requestIdleCallback (the browsers that have it), and without (its timeout stands in).
  for (const idle of [true, false]) {
    it(`writes changes in a row once, after them; at once when asked or when the page is left (${idle ? 'requestIdleCallback' : 'a timeout'})`, async () => {
      const idleCalls: number[] = []
      if (idle) {
        vi.stubGlobal('requestIdleCallback', (run: () => void, options: { timeout: number }) => (idleCalls.push(options.timeout), setTimeout(run, options.timeout)))
        vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id))
      }
      const { useUrlState, flushUrlState } = await import('../../src/composables/useUrlState')
      const replace = vi.spyOn(window.history, 'replaceState')
      const url = useUrlState()
      try {
        const filters = useFiltersStore()
        filters.setYear(2012)
        await nextTick()
        filters.toggleStatus('planned')
        await nextTick()
        expect(replace).not.toHaveBeenCalled()
        expect(window.location.search).toBe('?year=2010')
        await vi.advanceTimersByTimeAsync(250)
        expect(replace).toHaveBeenCalledTimes(1)
        expect(window.location.search).toContain('year=2012')
        expect(window.location.search).toContain('planned')
        expect(idleCalls.length).toBe(idle ? 1 : 0)

        filters.setYear(2013)
        await nextTick()
        flushUrlState()
        expect(window.location.search).toContain('year=2013')

        filters.setYear(2014)
        await nextTick()
        window.dispatchEvent(new Event('pagehide'))
        expect(replace).toHaveBeenCalledTimes(3)
        expect(window.location.search).toContain('year=2014')
      } finally {
        url.dispose()
      }
    })
  }
})
