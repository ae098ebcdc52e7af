// "Export poster": the current view at 300 dpi on A3 or A1, portrait or landscape (src/workspace/poster.ts), with
// title, period, key figures, legend, scale bar, sources, attribution and date; a progress bar and a cancel.
import { inject, ref, toRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { renderPoster, type PosterReport } from '../../workspace/poster'
import { MAP_KEY } from '../../map/map-handle'
import { exposeForTests } from '../../map/test-handles'
import { useHeadline } from '../panels/useHeadline'
import { useCaption } from './useCaption'
import { useFiltersStore } from '../../stores/filters'
import { useUiStore } from '../../stores/ui'
import { timeWindow } from '../../domain/filters'
import type { Orientation, Paper } from '../../domain/poster-layout'
import type { PosterInset, PosterInsets } from '../../workspace/poster-insets'
import { deltaOptions, southChinaSeaOptions } from '../../map/inset-map'
import { useBasemapStore } from '../../stores/basemap'
import { useDeltaScene } from '../map/useDeltaScene'
import { errorText } from '../../i18n/error-text'

export function usePoster(save: (blob: Blob, name: string) => void, fail: (detail: string) => void) {
  const { t } = useI18n()
  const { caption } = useCaption()
  const headline = useHeadline()
  const filters = useFiltersStore()
  const ui = useUiStore()
  const frames = inject(MAP_KEY, null)
  const basemapStore = useBasemapStore()
  const delta = useDeltaScene(toRef(basemapStore, 'basemap'))
  const progress = ref<number | null>(null)
  const paper = ref<Paper>('A3')
  const orientation = ref<Orientation>('landscape')
  let controller: AbortController | null = null

  /** The insets the live map shows now: the South China Sea's always, the Delta's when the map shows it. */
  function insets(): PosterInsets | undefined {
    const basemap = basemapStore.basemap
    if (!basemap) return undefined
    const list: PosterInset[] = [{ kind: 'sea', options: southChinaSeaOptions(basemap), scene: null, note: t('map.inset') }]
    if (ui.deltaInsetShown) {
      list.push({
        kind: 'delta',
        options: deltaOptions(basemap),
        scene: { specs: delta.deltaSpecs.value, shown: delta.shown.value, selection: ui.selection, labels: delta.labels.value },
        note: t('deltaInset.note'),
      })
    }
    return { land: basemap.provinces, insets: list }
  }

  /** `pixels`: a smaller poster through the same path (the browser test). */
  async function run(pixels?: [number, number]) {
    if (!frames || progress.value !== null) return
    progress.value = 0
    controller = new AbortController()
    try {
      const now = new Date()
      const { blob, report } = await renderPoster(frames, {
        caption: caption(),
        figuresTitle: t('headline.label'),
        figures: headline.lines(),
        scaleLabel: (m) => (m >= 1000 ? t('map.scaleKm', { n: m / 1000 }) : t('map.scaleM', { n: m })),
        attribution: t('map.attribution'),
        date: t('workspace.export.date', { date: now.toISOString().slice(0, 10) }),
        insets: insets(),
      }, { paper: paper.value, orientation: orientation.value, pixels }, (share) => (progress.value = share), controller.signal)
      // The browser test reads what the composer drew (test builds only).
      exposeForTests({ __posterReport: report satisfies PosterReport })
      const [a, b] = timeWindow(filters.state)
      save(blob, `shanghai-atlas-poster-${paper.value}-${orientation.value}-${a === b ? a : `${a}-${b}`}-${ui.locale}.png`)
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) fail(errorText(e, t))
    } finally {
      progress.value = null
      controller = null
    }
  }
  function cancel() {
    controller?.abort()
  }
  // The browser test exports a smaller poster through the same path (test builds only).
  exposeForTests({ __posterRun: run })
  return { run, cancel, progress, paper, orientation }
}
