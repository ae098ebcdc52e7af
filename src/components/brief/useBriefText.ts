// Text of a briefing step in the current language: a chapter's fields, its figures and sources.
import { useI18n } from 'vue-i18n'
import type { HeadlineFigure } from '../../domain/brief-figures'
import { formatMetric, formatYears } from '../../domain/format'
import type { LocalText, Source } from '../../domain/schema'
import { formatSourceRef } from '../../domain/source-ref'
import { useUiStore } from '../../stores/ui'

export function useBriefText() {
  const { t } = useI18n()
  const ui = useUiStore()
  const local = (text: LocalText | undefined) => (text ? text[ui.locale] : '')
  const figureLabel = (f: HeadlineFigure) => t('brief.figure', { label: local(f.label), metric: t(`metric.${f.metric}`) })
  const figureValue = (f: HeadlineFigure) => {
    const value = formatMetric(f.metric, f.value, ui.locale)
    return f.moreThan ? t('brief.moreThan', { value }) : value
  }
  const figureYears = (f: HeadlineFigure) => formatYears(f.years, ui.locale)
  const sourceText = (s: Source) => formatSourceRef(s.ref, ui.locale)
  return { t, local, figureLabel, figureValue, figureYears, sourceText }
}
