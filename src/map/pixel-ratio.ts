/** The most pixels a map canvas draws: a 4K frame. Beyond it (a 32:9 wall, a 4K screen at DPR 2) frames drop. */
export const MAX_CANVAS_PIXELS = 3840 * 2160

/**
 * The drawing buffer's pixel ratio: the device's, capped at 2 and so that the canvas stays within a 4K frame.
 * A 7680×2160 wall at DPR 1 draws at 0.71 and is scaled up by the browser.
 */
export function cappedPixelRatio(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const dpr = Math.min(Math.max(devicePixelRatio || 1, 0.25), 2)
  const area = Math.max(1, cssWidth * cssHeight)
  return Math.min(dpr, Math.sqrt(MAX_CANVAS_PIXELS / area))
}
