// Colour-blind-safe palettes for the thematic layers (ColorBrewer sequential, Okabe–Ito categorical).
import { interpolateYlGnBu, interpolateBlues, interpolateYlOrBr } from 'd3-scale-chromatic'
import { scaleSequentialLog, scaleSequential } from 'd3-scale'
import { color } from 'd3-color'

export type Rgba = [number, number, number, number]

export function rgba(css: string, alpha = 255): Rgba {
  const c = color(css)?.rgb()
  return c ? [Math.round(c.r), Math.round(c.g), Math.round(c.b), alpha] : [128, 128, 128, alpha]
}

/** Okabe–Ito: distinguishable under every common colour-vision deficiency. */
export const CATEGORICAL = ['#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#F0E442', '#000000']

export function categorical(index: number, alpha = 255): Rgba {
  return rgba(CATEGORICAL[index % CATEGORICAL.length]!, alpha)
}

/** A log scale from light to dark for money and counts; the light end stays visible on the paper basemap. */
export function sequentialLog(domain: [number, number]): (value: number) => string {
  const lo = Math.max(1, domain[0])
  const hi = Math.max(lo * 10, domain[1])
  const scale = scaleSequentialLog((t: number) => interpolateYlGnBu(0.25 + 0.75 * t)).domain([lo, hi]).clamp(true)
  return (v) => scale(v)
}

export function depthScale(domain: [number, number]): (value: number) => string {
  const scale = scaleSequential((t: number) => interpolateBlues(0.45 + 0.55 * t)).domain(domain).clamp(true)
  return (v) => scale(v)
}

export function joinedScale(domain: [number, number]): (value: number) => string {
  const scale = scaleSequential((t: number) => interpolateYlOrBr(0.3 + 0.65 * t)).domain(domain).clamp(true)
  return (v) => scale(v)
}

export const NO_FIGURE: Rgba = [150, 150, 150, 110]
/** A planned task without a figure: the planned blue, faint. */
export const PLANNED_NO_FIGURE: Rgba = [86, 180, 233, 70]
export const ACHIEVED_ARC: Rgba = [213, 94, 0, 210]
export const PLANNED_ARC: Rgba = [0, 114, 178, 170]
export const SELECTED_LINE: Rgba = [200, 30, 30, 255]
