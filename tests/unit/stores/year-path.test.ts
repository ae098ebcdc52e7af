import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick, watch } from 'vue'
import { useDataStore } from '../../../src/stores/data'
import { useFiltersStore } from '../../../src/stores/filters'
import { useLayersStore } from '../../../src/stores/layers'
import { useUiStore } from '../../../src/stores/ui'
import { useLayerSpecsStore } from '../../../src/map/layer-specs-store'
import { FIXTURE } from '../fixtures/records'

/** The identity of `specs` and of every spec's data: what deck.gl compares to decide whether to rebuild. */
function identities() {
  const specs = useLayerSpecsStore().specs
  return { specs, data: specs.map((s) => s.data) }
}

function expectSameIdentity(before: ReturnType<typeof identities>) {
  const after = identities()
  expect(after.specs).toBe(before.specs)
  after.data.forEach((d, i) => expect(d).toBe(before.data[i]))
}

describe('the year path: time reaches the map only as a GPU filter', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useDataStore().planRecords = FIXTURE
  })

  it('keeps specs and every spec\'s data across setYear, setSpan, setTimeMode and layer toggles', async () => {
    const filters = useFiltersStore()
    const before = identities()
    expect(before.data.some((d) => d.length > 0)).toBe(true)
    let woken = 0
    const stop = watch(() => useLayerSpecsStore().specs, () => { woken += 1 })
    for (const year of [2006, 2007, 2012, 2015]) {
      filters.setYear(year)
      await nextTick()
      expectSameIdentity(before)
    }
    filters.setSpan([2006, 2010])
    filters.setTimeMode('cumulative')
    filters.setTimeMode('active')
    filters.toggleLayer('aid')
    filters.toggleLayer('aid')
    filters.replace({ ...filters.state, year: 2013, span: null })
    await nextTick()
    expectSameIdentity(before)
    expect(woken).toBe(0)
    stop()
  })

  it('a record filter change keeps the per-record marks\' data and moves only their pass mask (a GPU filter value)', async () => {
    const filters = useFiltersStore()
    const layers = useLayersStore()
    const before = useLayerSpecsStore().specs
    const dataOf = (id: string) => useLayerSpecsStore().specs.find((s) => s.id === id)!
    const aidBefore = dataOf('aid-symbols')
    expect(aidBefore.pass?.every((v) => v === 1)).toBe(true)
    filters.setRegions(['540000'])
    const aidAfter = dataOf('aid-symbols')
    expect(useLayerSpecsStore().specs).not.toBe(before)
    expect(aidAfter.data).toBe(aidBefore.data)
    // A mark passes exactly when its record does (or one it also stands for).
    const shown = new Set(layers.drawable.map((r) => r.id))
    aidAfter.data.forEach((d, i) => {
      const passes = shown.has(d.id) || (d.members ?? []).some((id) => shown.has(id))
      expect(aidAfter.pass![i], d.id).toBe(passes ? 1 : 0)
    })
    expect(aidAfter.pass!.some((v) => v === 0)).toBe(true)
    expect(aidAfter.pass!.some((v) => v === 1)).toBe(true)
    // The marks for several records are rebuilt from those passing: no arc reaches a province outside the filter.
    const arcs = dataOf('aid-arcs').data as { id: string }[]
    expect(arcs.length).toBeGreaterThan(0)
    expect(arcs.every((a) => a.id.startsWith('arc:540000:'))).toBe(true)
  })

  it('the count still follows the year', async () => {
    const filters = useFiltersStore()
    const layers = useLayersStore()
    filters.setYear(2006)
    const in2006 = layers.visible.map((r) => r.id)
    filters.setYear(2013)
    const in2013 = layers.visible.map((r) => r.id)
    expect(in2006).not.toEqual(in2013)
  })

  it('rebuilds the specs when what they depend on changes: the record filter, the metric, the records', async () => {
    const filters = useFiltersStore()
    const ui = useUiStore()
    let before = identities().specs
    filters.setRegions(['650000'])
    expect(identities().specs).not.toBe(before)
    before = identities().specs
    filters.setRegions(['650000'])
    expect(identities().specs).toBe(before)
    ui.aidMetric = 'projects'
    expect(identities().specs).not.toBe(before)
    before = identities().specs
    useDataStore().setUserRecords([])
    useDataStore().planRecords = FIXTURE.slice(1)
    expect(identities().specs).not.toBe(before)
  })
})
