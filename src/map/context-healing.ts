/**
 * Weeks of running meet a lost GPU context sooner or later. When the canvas loses its WebGL context, wait for
 * the browser to offer it back (or at most `waitMs`), then let the caller rebuild the map from scratch: a fresh
 * map and overlay re-create every GPU resource. Returns a disposer.
 */
export function healOnContextLoss(canvas: HTMLCanvasElement, rebuild: () => void, onLost: () => void, waitMs = 2000): () => void {
  let timer = 0
  let pending = false
  const fire = () => {
    if (!pending) return
    pending = false
    window.clearTimeout(timer)
    rebuild()
  }
  const lost = (e: Event) => {
    e.preventDefault() // tells the browser we want the context back
    if (pending) return
    pending = true
    onLost()
    timer = window.setTimeout(fire, waitMs)
  }
  canvas.addEventListener('webglcontextlost', lost)
  canvas.addEventListener('webglcontextrestored', fire)
  return () => {
    pending = false
    window.clearTimeout(timer)
    canvas.removeEventListener('webglcontextlost', lost)
    canvas.removeEventListener('webglcontextrestored', fire)
  }
}
