// The region chart and the dossier as a reader sees them, on the atlas's own data: a joint figure is one joint bar,
// and a figure of another kind (Dujiangyan reconstruction) is labelled as such.
import { beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import RegionChart from '../../../src/components/workspace/RegionChart.vue'
import DossierTab from '../../../src/components/workspace/DossierTab.vue'
import StatusChart from '../../../src/components/workspace/StatusChart.vue'
import { createAtlasI18n } from '../../../src/i18n'
import { useDataStore } from '../../../src/stores/data'
import { useBasemapStore } from '../../../src/stores/basemap'
import { useFiltersStore } from '../../../src/stores/filters'
import { useWorkspaceStore } from '../../../src/stores/workspace'
import { parsePlaces } from '../../../src/domain/places'
import type { Basemap } from '../../../src/data/basemap'
import { record } from '../fixtures/records'
import { allRecords, PLACES_PATH } from '../data/load'

const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  useBasemapStore().basemap = { places } as unknown as Basemap
  useDataStore().planRecords = allRecords()
  useFiltersStore().setSpan([2006, 2010])
})
const mountIt = (c: typeof RegionChart | typeof DossierTab | typeof StatusChart) => mount(c, { global: { plugins: [pinia, createAtlasI18n('zh')] } })
const label = (w: ReturnType<typeof mountIt>, key: string) => w.get(`[data-testid="region-bar-${key}"]`).attributes('aria-label')

describe('region chart', () => {
  it('one joint bar for the Three Gorges, Sichuan labelled reconstruction, Tibet 6.27亿元', () => {
    const chart = mountIt(RegionChart)
    expect(label(chart, '420000,500000')).toContain('湖北省 + 重庆市（共同数字）：2.99亿元')
    expect(label(chart, '510000')).toContain('82.5亿元（灾后重建）')
    expect(label(chart, '540000')).toContain('西藏自治区：6.27亿元。')
  })
  it('the Tibet bar stays 6.27亿元 with an imported record naming the Tibet plan record in partOf', () => {
    useDataStore().setUserRecords([record({ id: 'user-x', regions: ['540200'], metrics: { people: 5 }, partOf: 'aid-xigaze-2006-2010' })])
    expect(label(mountIt(RegionChart), '540000')).toContain('西藏自治区：6.27亿元。')
  })
})

describe('status chart', () => {
  it('the achieved sum names its parts: reconstruction apart from counterpart aid', () => {
    const text = mountIt(StatusChart).get('[data-testid="status-bar-achieved"]').text()
    expect(text).toMatch(/（对口支援：[^；]+；灾后重建：82\.5亿元 · 117 项目数）/)
  })
})

describe('dossier', () => {
  it('Dujiangyan: 82.5亿元 labelled reconstruction; Wanzhou: the joint figure listed, not added', async () => {
    useWorkspaceStore().dossierRegion = '510181'
    const tab = mountIt(DossierTab)
    expect(tab.get('[data-testid="dossier-period-2006"]').text()).toContain('82.5亿元')
    expect(tab.get('[data-testid="dossier-parts-2006"]').text()).toBe('灾后重建')
    useWorkspaceStore().dossierRegion = '500101'
    await tab.vm.$nextTick()
    const wanzhou = tab.get('[data-testid="dossier-period-2006"]').text()
    expect(wanzhou).not.toContain('2.99亿元')
    expect(wanzhou).toContain('另有 1 条记录的数字属于更大范围或多个地区')
  })
})
