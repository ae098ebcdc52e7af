// Scales for the workspace charts (d3-scale): pure, so the pixel maths is unit-tested against hand values.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale'
import { FIRST_YEAR, LAST_YEAR, clampYear } from '../domain/time'
import { YEARS } from './aggregates'

export interface Box {
  width: number
  height: number
  top: number
  right: number
  bottom: number
  left: number
}

/** Horizontal bars: one band per category down the chart, length by value from 0 to the maximum. */
export function horizontalBars(keys: readonly string[], max: number, box: Box): { y: ScaleBand<string>; x: ScaleLinear<number, number> } {
  const y = scaleBand<string>().domain(keys).range([box.top, box.height - box.bottom]).paddingInner(0.2).paddingOuter(0.1)
  const x = scaleLinear().domain([0, max > 0 ? max : 1]).range([box.left, box.width - box.right])
  return { y, x }
}

/** The year chart: one band per year 2006–2015 across, counts up. */
export function yearBars(maxCount: number, box: Box): { x: ScaleBand<number>; y: ScaleLinear<number, number> } {
  const x = scaleBand<number>().domain([...YEARS]).range([box.left, box.width - box.right]).paddingInner(0.15).paddingOuter(0.075)
  const y = scaleLinear().domain([0, maxCount > 0 ? maxCount : 1]).nice().range([box.height - box.bottom, box.top])
  return { x, y }
}

/** The year under a pixel of the year chart, clamped to 2006–2015. */
export function yearAtPixel(x: ScaleBand<number>, px: number): number {
  const [r0, r1] = x.range()
  // paddingOuter = paddingInner / 2: each year owns exactly one step, gaps split between neighbours.
  const step = (r1 - r0) / (LAST_YEAR - FIRST_YEAR + 1)
  return clampYear(FIRST_YEAR + Math.floor((px - r0) / step))
}

/** A brushed pixel range as a span of years (ordered, clamped). */
export function spanFromPixels(x: ScaleBand<number>, a: number, b: number): [number, number] {
  const y0 = yearAtPixel(x, Math.min(a, b))
  const y1 = yearAtPixel(x, Math.max(a, b))
  return [y0, y1]
}
