import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import LegendPanel from '../../../src/components/filters/LegendPanel.vue'
import FilterPanel from '../../../src/components/filters/FilterPanel.vue'
import { createAtlasI18n } from '../../../src/i18n'
import { useDataStore } from '../../../src/stores/data'
import { useFiltersStore } from '../../../src/stores/filters'
import { useLayerSpecsStore } from '../../../src/map/layer-specs-store'
import { allRecords } from '../data/load'

let pinia: Pinia
const mountIt = (component: typeof LegendPanel) =>
  mount(component, { global: { plugins: [pinia, createAtlasI18n('en')] } })

/** The swatch colour beside each legend entry's text, as the person sees it. */
const swatches = (wrapper: ReturnType<typeof mountIt>) =>
  new Map(wrapper.findAll('.entries li').map((li) => [li.text(), li.find('.swatch').attributes('style')]))

describe('legend and filters, mounted', () => {
  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    useDataStore().planRecords = allRecords()
  })

  it('counts records per layer for the year and follows the slider', async () => {
    const legend = mountIt(LegendPanel)
    const filters = useFiltersStore()
    filters.setYear(2006)
    await legend.vm.$nextTick()
    const in2006 = legend.get('[data-testid="count-aid"]').text()
    filters.setYear(2013)
    await legend.vm.$nextTick()
    expect(legend.get('[data-testid="count-aid"]').text()).not.toBe(in2006)
    expect(Number(legend.get('[data-testid="count-park"]').text())).toBeGreaterThan(0)
  })

  it('a layer checkbox hides the layer and its entries but leaves the drawn specs alone', async () => {
    const legend = mountIt(LegendPanel)
    const specs = useLayerSpecsStore().specs
    const parkEntries = () => legend.findAll('.entries li').filter((li) => /park|base|zone|farm/i.test(li.text())).length
    expect(parkEntries()).toBeGreaterThan(0)
    await legend.get('[data-testid="layer-park"]').setValue(false)
    expect(useFiltersStore().layers).not.toContain('park')
    expect(parkEntries()).toBe(0)
    expect(useLayerSpecsStore().specs).toBe(specs)
  })

  it('a category chip filters, and every legend swatch left keeps its colour', async () => {
    const legend = mountIt(LegendPanel)
    const panel = mountIt(FilterPanel)
    const before = swatches(legend)
    const chip = panel.findAll('button.chip.small').find((b) => /industrial park/i.test(b.text()))!
    expect(chip, 'a chip for industrial parks').toBeTruthy()
    await chip.trigger('click')
    expect(useFiltersStore().categories).toEqual(['industrial-park'])
    expect(chip.attributes('aria-pressed')).toBe('true')
    const after = swatches(legend)
    expect(after.size).toBeGreaterThan(0)
    for (const [text, style] of after) if (before.has(text)) expect(style, text).toBe(before.get(text))
    await panel.get('[data-testid="clear-all"]').trigger('click')
    expect(useFiltersStore().categories).toEqual([])
  })

  it('"hide approximate" drops the approximate records from the count and the map, and the legend explains them', async () => {
    const legend = mountIt(LegendPanel)
    const panel = mountIt(FilterPanel)
    const filters = useFiltersStore()
    filters.setYear(2010)
    await panel.vm.$nextTick()
    const entries = () => legend.findAll('.entries li').map((li) => li.text())
    expect(entries().some((e) => /approximate place/.test(e))).toBe(true)
    expect(entries().some((e) => /date not known/.test(e))).toBe(true)
    const shown = () => Number(panel.get('[data-testid="shown-count"]').text().match(/Showing (\d+)/)![1])
    const before = shown()
    // What the map draws: a spec's datum whose `pass` value (the record filter on the GPU) is 1, or every datum.
    const drawnApproximate = () => useLayerSpecsStore().specs
      .flatMap((s) => (s.data as { approximate: boolean }[]).filter((_, i) => !s.pass || s.pass[i] === 1))
      .filter((d) => d.approximate).length
    expect(drawnApproximate()).toBeGreaterThan(0)
    const box = panel.get('[data-testid="hide-approximate"]')
    await box.setValue(true)
    expect(filters.hideApproximate).toBe(true)
    expect(filters.recordFilter.hideApproximate).toBe(true)
    expect(shown()).toBeLessThan(before)
    expect(drawnApproximate()).toBe(0)
    expect(entries().some((e) => /approximate place/.test(e))).toBe(false)
    await panel.get('[data-testid="clear-all"]').trigger('click')
    expect(filters.hideApproximate).toBe(false)
    expect((box.element as HTMLInputElement).checked).toBe(false)
    expect(shown()).toBe(before)
  })
})
