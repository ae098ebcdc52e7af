// Shared text helpers for the workspace: the language, region names, formatted figures.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useBasemapStore } from '../../stores/basemap'
import { formatCount, formatYears, formatYuan, type Lang } from '../../domain/format'
import type { AtlasRecord } from '../../domain/schema'
import type { Place } from '../../domain/places'

export function useWorkspaceText() {
  const { t, te, locale } = useI18n()
  const basemap = useBasemapStore()
  const lang = computed<Lang>(() => (locale.value === 'en' ? 'en' : 'zh'))
  const places = computed(() => basemap.basemap?.places ?? new Map<string, Place>())
  const placeName = (code: string) => places.value.get(code)?.[lang.value] ?? code
  const namesOf = (codes: readonly string[]) => codes.map(placeName).join(lang.value === 'zh' ? '、' : ', ')
  const yuan = (v: number) => formatYuan(v, lang.value)
  const count = (v: number) => formatCount(v, lang.value)
  const signed = (v: number, f: (x: number) => string) => (v > 0 ? `+${f(v)}` : v < 0 ? `−${f(-v)}` : f(0))
  const category = (c: string) => (te(`category.${c}`) ? t(`category.${c}`) : c)
  const span = (s: readonly [number, number]) => (s[0] === s[1] ? String(s[0]) : `${s[0]}–${s[1]}`)
  /** A record's years, or "date not known" with the stand-in years when no source dates it. */
  const recordYears = (r: Pick<AtlasRecord, 'years' | 'datePrecision'>) => {
    const years = formatYears(r.years, lang.value)
    return r.datePrecision === 'unknown' ? t('panel.dateUnknown', { years }) : years
  }
  return { t, te, lang, places, placeName, namesOf, yuan, count, signed, category, span, recordYears }
}
