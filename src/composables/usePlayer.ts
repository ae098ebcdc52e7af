import { onBeforeUnmount, ref, watch } from 'vue'
import { TimelinePlayer } from '../domain/time'
import { useFiltersStore } from '../stores/filters'

/** Play/pause, loop and speed for the year; the player only steps the store's year. Disposed with its component. */
export function usePlayer() {
  const filters = useFiltersStore()
  const playing = ref(false)
  const loop = ref(true)
  const speed = ref(1)
  const player = new TimelinePlayer(
    { set: (fn, ms) => window.setTimeout(fn, ms), clear: (h) => window.clearTimeout(h as number) },
    () => ({ year: filters.state.year, loop: loop.value, speed: speed.value }),
    (year) => filters.setYear(year),
    () => (playing.value = false),
  )
  function toggle() {
    playing.value = !playing.value
  }
  watch(playing, (on) => (on ? player.start() : player.stop()))
  // A new speed takes effect from the next step.
  watch(speed, () => {
    if (!playing.value) return
    player.stop()
    player.start()
  })
  onBeforeUnmount(() => player.dispose())
  return { playing, loop, speed, toggle }
}
