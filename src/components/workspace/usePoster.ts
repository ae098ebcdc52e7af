// "Export poster": the current view with title, key figures, legend, scale bar, sources, attribution and date, with
// a progress bar. NOT yet print resolution: it has the screen's pixels. Re-rendering the basemap at k× works
// (map.setPixelRatio), but deck.gl's interleaved overlay kept drawing at the window's device pixel ratio, so at
// k > 1 the thematic layers landed shrunk in a corner.
import { inject, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { canvasBlob } from '../../workspace/compose'
import { renderPoster } from '../../workspace/poster'
import { MAP_KEY } from '../../map/map-handle'
import { useHeadline } from '../panels/useHeadline'
import { useCaption } from './useCaption'
import { useFiltersStore } from '../../stores/filters'
import { useUiStore } from '../../stores/ui'
import { timeWindow } from '../../domain/filters'

export function usePoster(save: (blob: Blob, name: string) => void, fail: (detail: string) => void) {
  const { t } = useI18n()
  const { caption } = useCaption()
  const headline = useHeadline()
  const filters = useFiltersStore()
  const ui = useUiStore()
  const frames = inject(MAP_KEY, null)
  const progress = ref<number | null>(null)

  async function run() {
    if (!frames || progress.value !== null) return
    progress.value = 0
    try {
      const now = new Date()
      const out = await renderPoster(frames, {
        caption: caption(),
        figuresTitle: t('headline.label'),
        figures: headline.lines(),
        scaleLabel: (m) => (m >= 1000 ? t('map.scaleKm', { n: m / 1000 }) : t('map.scaleM', { n: m })),
        attribution: t('map.attribution'),
        date: t('workspace.export.date', { date: now.toISOString().slice(0, 10) }),
      }, (share) => (progress.value = share))
      const [a, b] = timeWindow(filters.state)
      save(await canvasBlob(out), `shanghai-atlas-poster-${a === b ? a : `${a}-${b}`}-${ui.locale}.png`)
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e))
    } finally {
      progress.value = null
    }
  }
  return { run, progress }
}
