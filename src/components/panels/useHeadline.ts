// The headline figures and their text, shared by the band on screen and the poster.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDataStore } from '../../stores/data'
import { useFiltersStore } from '../../stores/filters'
import { useUiStore } from '../../stores/ui'
import { headlineFigures, type HeadlineFigure } from '../../domain/headline'
import { timeWindow } from '../../domain/filters'
import { formatCount, formatMetric, formatYears } from '../../domain/format'

export function useHeadline() {
  const data = useDataStore()
  const filters = useFiltersStore()
  const ui = useUiStore()
  const { t, te } = useI18n()
  const lang = computed(() => (ui.locale === 'en' ? 'en' : 'zh'))
  const figures = computed(() => headlineFigures(data.planRecords, timeWindow({ year: filters.year, span: filters.span })))

  function valueText(f: HeadlineFigure): string {
    if (f.value === null) return t('headline.none')
    if (f.metric === 'fundsCny' || f.metric === 'depthM') return formatMetric(f.metric, f.value, lang.value)
    const unitKey = `headline.unit.${f.metric === 'projects' ? 'projects' : f.id}`
    const unit = te(unitKey) ? t(unitKey) : ''
    return `${formatCount(f.value, lang.value)}${unit ? (lang.value === 'en' ? ` ${unit}` : unit) : ''}`
  }
  const yearsText = (f: HeadlineFigure) => (f.id.startsWith('aid') ? formatYears(f.years, lang.value) : '')
  const labelText = (f: HeadlineFigure) => t(`headline.${f.id}`)
  function recordName(f: HeadlineFigure): string {
    const r = f.recordId ? data.byId.get(f.recordId) : undefined
    return r ? r.name[lang.value] : ''
  }
  /** One line per figure: "对口支援资金 2006–2010：21.96亿元". */
  const lines = () => figures.value.map((f) => t('panel.labelled', { label: [labelText(f), yearsText(f)].filter(Boolean).join(' '), value: valueText(f) }))
  return { figures, valueText, yearsText, labelText, recordName, lines }
}
