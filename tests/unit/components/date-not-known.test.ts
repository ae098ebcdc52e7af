// A record whose date no source gives is labelled "date not known" wherever its years are written, never as a
// dated fact: the hover tooltip and detail panel (useRecordText) and the workspace table and dossier (useWorkspaceText).
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createAtlasI18n } from '../../../src/i18n'
import { useRecordText } from '../../../src/composables/useRecordText'
import { useWorkspaceText } from '../../../src/components/workspace/useWorkspaceText'
import { record } from '../fixtures/records'

const undated = record({ id: 'office-undated', layer: 'office', category: 'liaison-office', datePrecision: 'unknown', years: [2006, 2010] })
const dated = record({ id: 'office-dated', layer: 'office', category: 'liaison-office', datePrecision: 'year', years: [2008, 2015] })

function texts(locale: 'zh' | 'en') {
  let out: string[] = []
  const Probe = defineComponent({
    setup() {
      const text = useRecordText()
      const w = useWorkspaceText()
      out = [text.years(undated), w.recordYears(undated), text.years(dated), w.recordYears(dated)]
      return () => h('p')
    },
  })
  mount(Probe, { global: { plugins: [createPinia(), createAtlasI18n(locale)] } })
  return out
}

describe('date not known', () => {
  it.each([['zh', /日期不详/], ['en', /Date not known/]] as const)('is said in %s, with the stand-in years', (locale, words) => {
    const [panel, table, datedPanel, datedTable] = texts(locale)
    expect(panel).toMatch(words)
    expect(panel).toMatch(/2006–2010/)
    expect(table).toBe(panel)
    expect(datedPanel).not.toMatch(words)
    expect(datedTable).toBe(datedPanel)
    expect(datedPanel).toMatch(/2008–2015/)
  })
})
