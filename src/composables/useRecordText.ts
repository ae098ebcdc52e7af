import { useI18n } from 'vue-i18n'
import type { AtlasRecord } from '../domain/schema'
import { formatMetric, formatYears } from '../domain/format'
import type { Places } from '../domain/places'

/** A record's text in the current language: name, years, figures and region names. */
export function useRecordText() {
  const { t, locale, te } = useI18n()
  const lang = () => (locale.value === 'en' ? 'en' : 'zh') as 'zh' | 'en'
  return {
    name: (r: AtlasRecord) => r.name[lang()],
    summary: (r: AtlasRecord) => r.summary?.[lang()] ?? '',
    /** The years, or "date not known" with the stand-in years when no source dates the record. */
    years: (r: AtlasRecord) => {
      const years = formatYears(r.years, lang())
      return r.datePrecision === 'unknown' ? t('panel.dateUnknown', { years }) : years
    },
    figures: (r: AtlasRecord) =>
      Object.entries(r.metrics).flatMap(([key, value]) =>
        value === undefined ? [] : [{
          key,
          label: te(`metric.${key}`) ? t(`metric.${key}`) : key,
          value: `${r.moreThan?.includes(key as never) ? `${t('panel.moreThan')} ` : ''}${formatMetric(key, value, lang())}`,
        }]),
    regionName: (places: Places, code: string) => places.get(code)?.[lang()] ?? code,
    category: (c: string) => (te(`category.${c}`) ? t(`category.${c}`) : c),
    /** How precisely the place and the years are known, in words; '' when the record (an import) does not say. */
    locationPrecision: (r: AtlasRecord) => (r.locationPrecision ? t(`locationPrecision.${r.locationPrecision}`) : ''),
    datePrecision: (r: AtlasRecord) => (r.datePrecision ? t(`datePrecision.${r.datePrecision}`) : ''),
    lang,
  }
}
