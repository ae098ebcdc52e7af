// "Export poster": the current view with title, key figures, legend, scale bar, sources, attribution and date, with
// a progress bar. NOT yet print resolution: renderPoster can re-render the basemap at k× (map.setPixelRatio), but
// deck.gl's interleaved overlay keeps drawing at the window's device pixel ratio, so at k > 1 the thematic layers
// land shrunk in a corner. Until the overlay follows the map's ratio, the poster is rendered at the screen's pixels.
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { canvasBlob, currentMap } from '../../workspace/compose'
import { posterFactor, renderPoster } from '../../workspace/poster'
import { useHeadline } from '../panels/useHeadline'
import { useCaption } from './useCaption'
import { useFiltersStore } from '../../stores/filters'
import { useUiStore } from '../../stores/ui'
import { timeWindow } from '../../domain/filters'

const WANTED = 1

export function usePoster(save: (blob: Blob, name: string) => void, fail: (detail: string) => void) {
  const { t } = useI18n()
  const { caption } = useCaption()
  const headline = useHeadline()
  const filters = useFiltersStore()
  const ui = useUiStore()
  const progress = ref<number | null>(null)
  const factor = computed(() => {
    const canvas = currentMap()?.getCanvas()
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')
    const maxSide = gl ? Math.min(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, gl.getParameter(gl.MAX_TEXTURE_SIZE) as number) : 4096
    return posterFactor(window.innerWidth, window.innerHeight, WANTED, maxSide)
  })

  async function run() {
    const map = currentMap()
    if (!map || progress.value !== null) return
    progress.value = 0
    try {
      const now = new Date()
      const out = await renderPoster(map, factor.value, {
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
  return { run, progress, factor }
}
