// The compare tab as a reader sees it, on the atlas's own data: the 2006–2010 aid sum names its parts, and the Three
// Gorges figure is one joint row "重庆市 + 湖北省", in Chinese and in English.
import { beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import CompareTab from '../../../src/components/workspace/CompareTab.vue'
import { createAtlasI18n } from '../../../src/i18n'
import { useDataStore } from '../../../src/stores/data'
import { useBasemapStore } from '../../../src/stores/basemap'
import { parsePlaces } from '../../../src/domain/places'
import type { Basemap } from '../../../src/data/basemap'
import { allRecords, PLACES_PATH } from '../data/load'

const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  useBasemapStore().basemap = { places } as unknown as Basemap
  useDataStore().planRecords = allRecords()
})
const mountTab = (lang: 'zh' | 'en') => mount(CompareTab, { global: { plugins: [pinia, createAtlasI18n(lang)] } })
const cells = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('compare tab', () => {
  it('shows the 2006–2010 aid sum with its parts: counterpart aid and Dujiangyan reconstruction', () => {
    const tab = mountTab('zh')
    expect(cells(tab.get('[data-testid="compare-row-aid"]').text())).toContain('104.46亿元')
    const aid = cells(tab.get('[data-testid="compare-part-aid-aid"]').text())
    const rebuild = cells(tab.get('[data-testid="compare-part-aid-reconstruction"]').text())
    expect(aid).toContain('其中：对口支援')
    expect(aid).toContain('21.96亿元')
    expect(aid).toContain('2,711')
    expect(rebuild).toContain('其中：灾后重建')
    expect(rebuild).toContain('82.5亿元')
    expect(rebuild).toContain('117')
    expect(tab.get('[data-testid="compare-part-total-reconstruction"]').text()).toContain('82.5亿元')
    expect(tab.find('[data-testid="compare-parts-note"]').exists()).toBe(true)
  })

  it('by province, the Three Gorges figure is one joint row, credited to neither member', async () => {
    const tab = mountTab('zh')
    await tab.get('[data-testid="compare-province"]').trigger('click')
    const joint = cells(tab.get('[data-testid="compare-row-420000,500000"]').text())
    expect(joint).toContain('湖北省 + 重庆市（共同数字）')
    expect(joint).toContain('2.99亿元')
    expect(joint).toContain('222')
    for (const code of ['500000', '420000']) {
      const row = tab.find(`[data-testid="compare-row-${code}"]`)
      if (row.exists()) expect(row.text()).not.toContain('2.99亿元')
    }
    expect(tab.get('[data-testid="compare-joint-note"]').text()).toContain('合计给出一个数字')
    expect(cells(tab.get('[data-testid="compare-part-510000-reconstruction"]').text())).toContain('82.5亿元')
  })

  it('in English', async () => {
    const tab = mountTab('en')
    expect(cells(tab.get('[data-testid="compare-part-aid-reconstruction"]').text())).toContain('of which: Post-disaster reconstruction')
    await tab.get('[data-testid="compare-province"]').trigger('click')
    expect(tab.get('[data-testid="compare-row-420000,500000"]').text()).toContain('Hubei + Chongqing (joint figure)')
  })
})
