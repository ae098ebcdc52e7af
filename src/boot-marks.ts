// Named moments of the cold start (performance.mark "atlas:<name>"), read by the bench to say where the time goes.
// Only the first mark of a name counts: a rebuilt map (lost GPU context) does not move the cold-start figures.
const seen = new Set<string>()

export function bootMark(name: string): void {
  if (seen.has(name) || typeof performance === 'undefined' || !performance.mark) return
  seen.add(name)
  performance.mark(`atlas:${name}`)
}
