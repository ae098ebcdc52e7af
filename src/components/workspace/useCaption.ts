// The caption burned into the PNG and the video: title, year or span, filters, legend and source, per language.
import { useI18n } from 'vue-i18n'
import { useLayersStore } from '../../stores/layers'
import { useLayerSpecsStore } from '../../map/layer-specs-store'
import { useFiltersStore } from '../../stores/filters'
import { useDataStore } from '../../stores/data'
import { useUiStore } from '../../stores/ui'
import { LAYER_IDS } from '../../domain/schema'
import { timeWindow } from '../../domain/filters'
import { formatMetric } from '../../domain/format'
import type { LegendEntry } from '../../map/layer-specs'
import type { Caption, CaptionGroup } from '../../workspace/compose'
import { useWorkspaceText } from './useWorkspaceText'

export function useCaption() {
  const layers = useLayersStore()
  const layerSpecs = useLayerSpecsStore()
  const filters = useFiltersStore()
  const data = useDataStore()
  const ui = useUiStore()
  const { t, te } = useI18n()
  const w = useWorkspaceText()

  function entryText(e: LegendEntry): string {
    if (e.label.startsWith('record:')) return data.byId.get(e.label.slice(7))?.name[w.lang.value] ?? e.label
    const params = { ...e.params }
    if (e.label.startsWith('legend.aid') && typeof params.value === 'number') params.value = formatMetric(ui.aidMetric, params.value, w.lang.value)
    return te(e.label) ? t(e.label, params) : e.label
  }

  function legend(): CaptionGroup[] {
    return LAYER_IDS.filter((id) => filters.state.layers.includes(id)).map((id) => {
      const seen = new Set<string>()
      const items = layerSpecs.specs.filter((s) => s.layer === id).flatMap((s) => s.legend).filter((e) => {
        const key = `${e.label}|${JSON.stringify(e.params ?? {})}`
        return !seen.has(key) && (seen.add(key), true)
      }).slice(0, 6).map((e) => {
        const [r, g, b, a] = e.colour
        return { colour: `rgba(${r},${g},${b},${Math.max(0.4, a / 255)})`, shape: e.shape, text: entryText(e) }
      })
      return { title: t(`layers.${id}`), items }
    })
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
    return { title: t('app.title'), when: w.span(win), filters: filtersText(), legend: legend(), source: t('workspace.export.source') }
  }
  return { caption }
}
