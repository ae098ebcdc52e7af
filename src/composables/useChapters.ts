import { ref, shallowRef } from 'vue'
import type { Chapter } from '../domain/tour'
import { loadChapters } from '../data/tour'

/** The tour chapters for the kiosk and the briefing: loaded once by `load`, or the reason they could not be. */
export function useChapters() {
  const chapters = shallowRef<Chapter[]>([])
  const error = ref<string | null>(null)
  /** True once the chapters are in; false with `error` set when the file is missing or does not parse. */
  async function load(): Promise<boolean> {
    try {
      chapters.value = await loadChapters()
      return true
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return false
    }
  }
  return { chapters, error, load }
}
