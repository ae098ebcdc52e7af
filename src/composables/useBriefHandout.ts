import { inject, ref, shallowRef } from 'vue'
import { MAP_KEY } from '../map/map-handle'
import type { Brief } from './useBrief'

const PRINT_ATTR = 'print'
const IMAGE_WIDTH = 1400

/** A smaller JPEG copy of the map's pixels for the printed page (a full 4K PNG per step would be tens of MB). */
function toImage(canvas: HTMLCanvasElement): string {
  const scale = Math.min(1, IMAGE_WIDTH / canvas.width)
  const out = document.createElement('canvas')
  out.width = Math.round(canvas.width * scale)
  out.height = Math.round(canvas.height * scale)
  out.getContext('2d')?.drawImage(canvas, 0, 0, out.width, out.height)
  return out.toDataURL('image/jpeg', 0.85)
}

const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms))

/**
 * The printable handout: every step is put on the map in turn (no animation), its pixels copied once the map has
 * drawn, then the map returns to the current step. The print stylesheet (BriefHandout.vue) prints one page per step.
 */
export function useBriefHandout(brief: Brief) {
  const frames = inject(MAP_KEY, null)
  const images = shallowRef<string[]>([])
  const progress = ref<number | null>(null)

  async function prepare(): Promise<boolean> {
    const chapters = brief.chapters.value
    if (!frames || !chapters.length || progress.value !== null) return false
    const back = brief.state.value.step
    const out: string[] = []
    try {
      for (const [i, chapter] of chapters.entries()) {
        progress.value = i
        brief.showOnMap(chapter, false)
        await wait(600) // the year filter's tween (map/year-tween.ts, 450 ms)
        await frames.settled(10_000)
        const frame = await frames.capture()
        if (!frame) return false
        out.push(toImage(frame))
      }
    } finally {
      brief.showOnMap(chapters[back]!, false)
      progress.value = null
    }
    images.value = out
    document.documentElement.dataset[PRINT_ATTR] = 'handout'
    return true
  }

  async function print() {
    if (await prepare()) window.print()
  }

  const onAfterPrint = () => {
    delete document.documentElement.dataset[PRINT_ATTR]
  }
  window.addEventListener('afterprint', onAfterPrint)
  function dispose() {
    window.removeEventListener('afterprint', onAfterPrint)
    onAfterPrint()
  }
  return { images, progress, prepare, print, dispose }
}
