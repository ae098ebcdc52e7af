// The caption burned into the PNG, the video and the poster: title, year or span, filters, legend (the live legend's
// rows on the map now, with counts) and source, per language.
import { useI18n } from 'vue-i18n'
import { useLayersStore } from '../../stores/layers'
import { useFiltersStore } from '../../stores/filters'
import { useDataStore } from '../../stores/data'
import { useUiStore } from '../../stores/ui'
import { LAYER_IDS } from '../../domain/schema'
import { timeWindow } from '../../domain/filters'
import { formatMetric } from '../../domain/format'
import type { LegendEntry } from '../../map/layer-specs'
import type { Caption, CaptionGroup, CaptionItem } from '../../workspace/compose'
import { useLegendRows } from '../../composables/useLegendRows'
import { useWorkspaceText } from './useWorkspaceText'

export function useCaption() {
  const layers = useLayersStore()
  const { shown: legendRows, shownIn } = useLegendRows()
  const filters = useFiltersStore()
  const data = useDataStore()
  const ui = useUiStore()
  const { t, te } = useI18n()
  const w = useWorkspaceText()

  function entryText(e: LegendEntry): string {
    const params = { ...e.params }
    if (e.label.startsWith('legend.aid') && typeof params.value === 'number') params.value = formatMetric(ui.aidMetric, params.value, w.lang.value)
    return te(e.label) ? t(e.label, params) : e.label
  }

  /** The live legend's rows (useLegendRows): only what is on the map now (or in `year`), a category with its count. */
  function legend(year?: number): CaptionGroup[] {
    const rows = year === undefined ? legendRows.value : shownIn(year)
    return LAYER_IDS.filter((id) => filters.state.layers.includes(id)).map((id) => {
      const items = (rows.get(id) ?? []).map((r): CaptionItem => {
        const [red, g, b, a] = r.entry.colour
        const item: CaptionItem = { colour: `rgba(${red},${g},${b},${Math.max(0.4, a / 255)})`, shape: r.entry.shape, text: entryText(r.entry) }
        if (r.counted) item.count = r.count
        return item
      })
      return { title: t(`layers.${id}`), items }
    }).filter((g) => g.items.length)
  }

  function filtersText(): string {
    const s = filters.state
    const parts: string[] = []
    if (s.layers.length !== LAYER_IDS.length) parts.push(s.layers.map((l) => t(`layers.${l}`)).join('/'))
    if (s.statuses.length) parts.push(s.statuses.map((x) => t(`status.${x}`)).join('/'))
    if (s.categories.length) parts.push(s.categories.map(w.category).join('/'))
    if (s.regions.length) parts.push(w.namesOf(s.regions))
    parts.push(s.timeMode === 'active' ? t('time.active') : t('time.cumulative'))
    const shown = t('filters.shown', { shown: layers.visible.length, total: data.records.length })
    return `${t('workspace.export.filters', { text: parts.join(' · ') })} · ${shown}`
  }

  /** The caption now, or for a given year of the playback. */
  function caption(year?: number): Caption {
    const win = year !== undefined ? [year, year] as const : timeWindow(filters.state)
    return { title: t('app.title'), when: w.span(win), filters: filtersText(), legend: legend(year), source: t('workspace.export.source') }
  }
  return { caption }
}
