// Named moments of the cold start (performance.mark "atlas:<name>"), read by the bench to say where the time goes.
// Only the first mark of a name counts: a rebuilt map (lost GPU context) does not move the cold-start figures.
const seen = new Set<string>()
const waiting = new Map<string, (() => void)[]>()

export function bootMark(name: string): void {
  if (seen.has(name)) return
  seen.add(name)
  waiting.get(name)?.forEach((done) => done())
  waiting.delete(name)
  if (typeof performance !== 'undefined' && performance.mark) performance.mark(`atlas:${name}`)
}

/** How long a page waits for its first complete frame before going on without it (a map that cannot draw). */
export const FIRST_FRAME_FALLBACK_MS = 20_000

/** Resolves once `name` has been marked, or after `fallbackMs` if it never is (a map that cannot draw). */
export function afterMark(name: string, fallbackMs: number): Promise<void> {
  if (seen.has(name)) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs)
    waiting.set(name, [...(waiting.get(name) ?? []), () => {
      clearTimeout(timer)
      resolve()
    }])
  })
}
