// The print poster: the current view drawn again off-screen at 300 dpi (A3 or A1, portrait or landscape), tile by
// tile at print scale (src/map/print-map.ts), with the title and period, the headline figures, the legend, a scale
// bar, the sources, the basemap attribution and the date, encoded as a PNG strip by strip. Browser only (2D canvas).
import { FONT, captionUnit, drawFrame, panel, type Caption } from './compose'
import { encodePng } from './png-strips'
import { CodedError } from '../domain/coded-error'
import { niceScale } from '../map/scale-bar'
import type { MapFrames } from '../map/map-handle'
import { POSTER_DPI, posterPixels, printPlan, type Orientation, type Paper, type PrintPlan } from '../domain/poster-layout'
import { drawPosterInsets, type InsetPlacement, type PosterInsets } from './poster-insets'

export interface PosterText {
  caption: Caption
  /** "对口支援资金 2006–2010：21.96亿元" lines, from the headline band. */
  figures: string[]
  figuresTitle: string
  /** Scale bar label for a length in metres. */
  scaleLabel: (meters: number) => string
  attribution: string
  date: string
  /** The insets the live map shows (South China Sea, and the Delta's when shown), drawn beside the map. */
  insets?: PosterInsets
}

export interface PosterSize {
  paper: Paper
  orientation: Orientation
  /** For tests and benchmarks: a smaller poster through the same path (poster pixels), instead of the paper's. */
  pixels?: [number, number]
}

/** What the composer drew, for the tests (no OCR needed): every text with its position and size, and the plan. */
export interface PosterReport {
  width: number
  height: number
  screen: [number, number]
  plan: Pick<PrintPlan, 'scale' | 'cols' | 'rows' | 'tilePx'>
  texts: { text: string; x: number; y: number; px: number }[]
  /** The paper panels drawn over the map, [x, y, width, height] in poster pixels. */
  panels: [number, number, number, number][]
  /** The scale bar drawn: its length in metres and in poster pixels. */
  scaleBar: { meters: number; px: number } | null
  /** The insets drawn and where (poster pixels, inside their frames). */
  insets: InsetPlacement[]
}

export interface Poster {
  blob: Blob
  report: PosterReport
}

/** Shares of the progress bar: the tiles, then the caption, then the PNG. */
const TILES = 0.7
const ENCODE = 0.25

/**
 * Render, compose and encode the poster. `onProgress` gets 0..1; `signal` cancels between tiles and strips (an
 * AbortError). The live map is not touched.
 */
export async function renderPoster(frames: MapFrames, text: PosterText, size: PosterSize, onProgress: (share: number) => void, signal?: AbortSignal): Promise<Poster> {
  const screen = frames.screenSize()
  const mppCss = frames.metersPerPixel()
  if (!screen || mppCss === null) throw new CodedError('errors.mapNotReady')
  const [W, H] = size.pixels ?? posterPixels(size.paper, size.orientation)
  onProgress(0)
  await frames.settled(20_000)
  const plan = printPlan([W, H], screen, await frames.printTileLimit())
  const out = document.createElement('canvas')
  out.width = W
  out.height = H
  const ctx = out.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new CodedError('errors.no2dCanvas')
  ctx.fillStyle = '#d6e4ee'
  ctx.fillRect(0, 0, W, H)
  await frames.printTiles(plan, (canvas, tile, i) => {
    ctx.drawImage(canvas, tile.x, tile.y)
    onProgress(((i + 1) / plan.tiles.length) * TILES)
  }, signal)
  // The caption as on a screen export of this view, times the print scale.
  const unit = captionUnit(screen[0], screen[1]) * plan.scale
  const texts: PosterReport['texts'] = []
  const fillText = ctx.fillText.bind(ctx)
  ctx.fillText = (t: string, x: number, y: number, maxWidth?: number) => {
    texts.push({ text: t, x, y, px: parseFloat(/(\d+(?:\.\d+)?)px/.exec(ctx.font)?.[1] ?? '0') })
    if (maxWidth === undefined) fillText(t, x, y)
    else fillText(t, x, y, maxWidth)
  }
  const panels: PosterReport['panels'] = []
  const roundRect = ctx.roundRect.bind(ctx)
  ctx.roundRect = (x: number, y: number, w: number, h: number, radii?: number | DOMPointInit | (number | DOMPointInit)[]) => {
    panels.push([x, y, w, h])
    roundRect(x, y, w, h, radii)
  }
  drawFrame(ctx, 'drawn', text.caption, undefined, unit)
  // The map's metres per poster pixel at its centre: the screen's per CSS pixel over the print scale.
  const scaleBar = drawExtras(ctx, text, mppCss / plan.scale, unit)
  // The insets, clear of the mainland and of every panel drawn above; a point's poster pixel is its live-map CSS
  // pixel from the view's centre times the print scale (the print map shares the live map's centre and zoom).
  const toPoster = (p: number[]): [number, number] | null => {
    const q = frames.project([p[0]!, p[1]!])
    return q && [W / 2 + (q[0] - screen[0] / 2) * plan.scale, H / 2 + (q[1] - screen[1] / 2) * plan.scale]
  }
  const insets = text.insets ? drawPosterInsets(ctx, text.insets, toPoster, screen, plan.scale, panels) : []
  onProgress(1 - ENCODE)
  const blob = await encodePng(W, H, (y0, n) => ctx.getImageData(0, y0, W, n).data, {
    dpi: POSTER_DPI,
    signal,
    onProgress: (share) => onProgress(1 - ENCODE + share * ENCODE),
  })
  out.width = out.height = 0 // let the ~280 MB (A1) go now
  return {
    blob,
    report: { width: W, height: H, screen, plan: { scale: plan.scale, cols: plan.cols, rows: plan.rows, tilePx: plan.tilePx }, texts, panels, scaleBar, insets },
  }
}

/** Headline figures (top right), scale bar, attribution and date (bottom right), scaled like drawFrame's caption. */
function drawExtras(ctx: CanvasRenderingContext2D, text: PosterText, metersPerPixel: number, u: number) {
  const { width: W, height: H } = ctx.canvas
  const pad = 12 * u
  ctx.textBaseline = 'top'
  // Headline figures.
  ctx.font = `700 ${16 * u}px ${FONT}`
  const lines = [text.figuresTitle, ...text.figures]
  const boxW = Math.max(...lines.map((l) => ctx.measureText(l).width)) + 2 * pad
  const lineH = 22 * u
  const boxH = lines.length * lineH + 2 * pad
  panel(ctx, W - boxW - pad, pad, boxW, boxH)
  lines.forEach((l, i) => {
    ctx.fillStyle = i === 0 ? '#5d4a36' : '#8e2a1f'
    ctx.font = `700 ${(i === 0 ? 14 : 16) * u}px ${FONT}`
    ctx.fillText(l, W - boxW, pad * 2 + i * lineH)
  })
  // Scale bar, attribution and date.
  const scale = niceScale(metersPerPixel, 160 * u)
  const footer = [text.attribution, text.date]
  ctx.font = `${12 * u}px ${FONT}`
  const footW = Math.max(...footer.map((l) => ctx.measureText(l).width), scale?.px ?? 0) + 2 * pad
  const footH = (scale ? 30 * u : 0) + footer.length * 17 * u + 2 * pad
  const fx = W - footW - pad
  const fy = H - footH - 34 * u
  panel(ctx, fx, fy, footW, footH)
  let y = fy + pad
  if (scale) {
    ctx.strokeStyle = '#2a241d'
    ctx.lineWidth = 2 * u
    ctx.beginPath()
    ctx.moveTo(fx + pad, y)
    ctx.lineTo(fx + pad, y + 8 * u)
    ctx.lineTo(fx + pad + scale.px, y + 8 * u)
    ctx.lineTo(fx + pad + scale.px, y)
    ctx.stroke()
    ctx.fillStyle = '#2a241d'
    ctx.fillText(text.scaleLabel(scale.meters), fx + pad, y + 11 * u)
    y += 30 * u
  }
  ctx.fillStyle = '#5d564c'
  for (const l of footer) {
    ctx.fillText(l, fx + pad, y)
    y += 17 * u
  }
  return scale
}
