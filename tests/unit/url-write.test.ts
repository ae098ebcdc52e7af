import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useFiltersStore } from '../../src/stores/filters'
import { useUrlState } from '../../src/composables/useUrlState'

// The URL follows the view once the page is idle, not inside the change (useUrlState): the click that changes a
// filter does not pay for history.replaceState before the frame that shows its answer.
describe('the URL written once the page is idle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    window.history.replaceState(null, '', '/?year=2010')
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('writes several changes in a row once, after them, and at once when the page is left', async () => {
    const replace = vi.spyOn(window.history, 'replaceState')
    const url = useUrlState()
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

    filters.setYear(2014)
    await nextTick()
    window.dispatchEvent(new Event('pagehide'))
    expect(replace).toHaveBeenCalledTimes(2)
    expect(window.location.search).toContain('year=2014')
    url.dispose()
  })
})
