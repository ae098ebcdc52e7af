// The poster: the current view at the screen's pixels (the map's drawing buffer, not a screenshot), with the title and period, the headline figures, the legend, a scale bar, the sources, the basemap
// attribution and the date. Browser only (2D canvas).
import { FONT, drawFrame, panel, type Caption } from './compose'
import { niceScale } from '../map/scale-bar'
import type { MapFrames } from '../map/map-handle'

export interface PosterText {
  caption: Caption
  /** "对口支援资金 2006–2010：21.96亿元" lines, from the headline band. */
  figures: string[]
  figuresTitle: string
  /** Scale bar label for a length in metres. */
  scaleLabel: (meters: number) => string
  attribution: string
  date: string
}


/**
 * Compose the poster over the map's next frame at the screen's pixels. `onProgress` gets 0..1.
 * (Print resolution needs the deck.gl overlay to draw at a raised pixel ratio: see usePoster.ts.)
 */
export async function renderPoster(frames: MapFrames, text: PosterText, onProgress: (share: number) => void): Promise<HTMLCanvasElement> {
  const mpp = frames.metersPerPixel()
  onProgress(0.1)
  await frames.settled(20_000)
  onProgress(0.6)
  const shot = await frames.capture()
  if (!shot || mpp === null) throw new Error('the map is not ready')
  onProgress(0.8)
  const out = document.createElement('canvas')
  out.width = shot.width
  out.height = shot.height
  const ctx = out.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  drawFrame(ctx, shot, text.caption)
  // The frame has the canvas's device pixels: the scale bar's metres per pixel follow them.
  drawExtras(ctx, text, mpp * (window.innerWidth / Math.max(1, shot.width)))
  onProgress(1)
  return out
}

/** Headline figures (top right), scale bar, attribution and date (bottom right), scaled like drawFrame's caption. */
function drawExtras(ctx: CanvasRenderingContext2D, text: PosterText, metersPerPixel: number) {
  const { width: W, height: H } = ctx.canvas
  const u = Math.max(1, Math.min(W / 1280, H / 720))
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
}

