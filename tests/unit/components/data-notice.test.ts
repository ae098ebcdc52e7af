// The atlas says on screen when a shipped layer file was left out, in the current language, as text.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import DataNotice from '../../../src/components/panels/DataNotice.vue'
import { useDataStore } from '../../../src/stores/data'
import { createAtlasI18n } from '../../../src/i18n'
import type { CodedText } from '../../../src/domain/coded-error'

function show(locale: 'zh' | 'en', leftOut: string[], problems: CodedText[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const data = useDataStore()
  data.leftOut = leftOut
  data.problems = problems
  return mount(DataNotice, { global: { plugins: [pinia, createAtlasI18n(locale)] } })
}

describe('DataNotice', () => {
  it('is absent when every file loaded', () => {
    expect(show('zh', [], []).find('[data-testid="data-problems"]').exists()).toBe(false)
  })
  it('names the left-out file in Chinese and in English', () => {
    const zh = show('zh', ['park.geojson'], ['park.geojson: feature "p" (#0): years.0: year must be 2006 or later'])
    expect(zh.get('[data-testid="data-left-out"]').text()).toContain('有 1 个数据文件未载入：park.geojson')
    const en = show('en', ['park.geojson', 'coverage.geojson'], [])
    expect(en.get('[data-testid="data-left-out"]').text()).toContain('2 data file(s) were left out: park.geojson, coverage.geojson')
  })
  it('shows markup in a problem as text, and caps the list', () => {
    const problems = ['x.geojson: <img src=x onerror=alert(1)>', ...Array.from({ length: 500 }, (_, i) => `p${i}`)]
    const w = show('en', ['x.geojson'], problems)
    expect(w.find('img').exists()).toBe(false)
    expect(w.text()).toContain('<img src=x onerror=alert(1)>')
    expect(w.findAll('li').length).toBe(51)
    expect(w.text()).toContain('451 more problem(s) not listed')
  })
  it('words a coded problem (a tiled layer repeating ids) in the person’s language', () => {
    const problem = { key: 'errors.repeatedIds', params: { file: 'park.pmtiles' } }
    expect(show('zh', ['park.pmtiles'], [problem]).get('li').text()).toBe('park.pmtiles：记录编号与另一图层文件重复')
    expect(show('en', ['park.pmtiles'], [problem]).get('li').text()).toBe('park.pmtiles: repeats ids of another layer file')
  })
})
