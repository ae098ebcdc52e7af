// Frames for the PNG and the video: the map's pixels with the legend, year, filters and source burned in.
// Browser only (2D canvas); the map's pixels come from the map module's frame capture (src/map/map-handle.ts).
import { CodedError } from '../domain/coded-error'

export interface CaptionItem {
  colour: string
  shape: 'fill' | 'circle' | 'ring' | 'line' | 'arc' | 'dashed' | 'dotted'
  text: string
  /** How many of the item's records the map shows (a category's; a scale's key has none). */
  count?: number
}
export interface CaptionGroup {
  title: string
  items: CaptionItem[]
}
export interface Caption {
  title: string
  when: string
  filters: string
  legend: CaptionGroup[]
  source: string
}

export const FONT = "'Noto Sans SC', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif"

/** A rounded, nearly opaque paper panel behind text drawn over the map. */
export function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.fillStyle = 'rgba(251, 249, 243, 0.92)'
  ctx.strokeStyle = 'rgba(120, 110, 95, 0.5)'
  ctx.lineWidth = 1
  ctx.beginPath()
  ctx.roundRect(x, y, w, h, 8)
  ctx.fill()
  ctx.stroke()
}

/** The caption's unit (1 = its size on a 1280×720 frame) for a frame of this size. */
export function captionUnit(width: number, height: number): number {
  return Math.max(1, Math.min(width / 1280, height / 720))
}

/**
 * Draw one frame: the map scaled to the canvas, then the caption; `progress` (0..1) draws a bar along the bottom.
 * With `map` 'drawn', the canvas already holds the map (the poster's tiles); `unit` overrides the caption's unit.
 */
export function drawFrame(ctx: CanvasRenderingContext2D, map: CanvasImageSource | null | 'drawn', caption: Caption, progress?: number, unit?: number) {
  const { width: W, height: H } = ctx.canvas
  const u = unit ?? captionUnit(W, H)
  if (map !== 'drawn') {
    ctx.fillStyle = '#d6e4ee'
    ctx.fillRect(0, 0, W, H)
    if (map) ctx.drawImage(map, 0, 0, W, H)
  }
  ctx.textBaseline = 'top'
  // Title, year and filters, top left.
  const pad = 12 * u
  ctx.font = `700 ${20 * u}px ${FONT}`
  const titleW = ctx.measureText(caption.title).width
  ctx.font = `700 ${44 * u}px ${FONT}`
  const whenW = ctx.measureText(caption.when).width
  ctx.font = `${13 * u}px ${FONT}`
  const filtersW = Math.min(W * 0.6, ctx.measureText(caption.filters).width)
  const boxW = Math.max(titleW, whenW, filtersW) + 2 * pad
  panel(ctx, pad, pad, boxW, 100 * u)
  ctx.fillStyle = '#2a241d'
  ctx.font = `700 ${20 * u}px ${FONT}`
  ctx.fillText(caption.title, 2 * pad, 1.6 * pad)
  ctx.fillStyle = '#c0392b'
  ctx.font = `700 ${44 * u}px ${FONT}`
  ctx.fillText(caption.when, 2 * pad, 1.6 * pad + 26 * u)
  ctx.fillStyle = '#5d564c'
  ctx.font = `${13 * u}px ${FONT}`
  ctx.fillText(caption.filters, 2 * pad, 1.6 * pad + 76 * u, W * 0.6)
  // Legend, bottom left.
  const line = 17 * u
  const rows = caption.legend.reduce((n, g) => n + 1 + g.items.length, 0)
  const legendH = rows * line + 2 * pad
  let legendW = 0
  for (const g of caption.legend) {
    ctx.font = `700 ${13 * u}px ${FONT}`
    legendW = Math.max(legendW, ctx.measureText(g.title).width)
    ctx.font = `${12 * u}px ${FONT}`
    for (const it of g.items) legendW = Math.max(legendW, ctx.measureText(it.text).width + 22 * u + countW(ctx, it, u))
  }
  const ly = H - legendH - 34 * u
  if (rows) {
    panel(ctx, pad, ly, legendW + 2 * pad, legendH)
    let y = ly + pad
    for (const g of caption.legend) {
      ctx.fillStyle = '#2a241d'
      ctx.font = `700 ${13 * u}px ${FONT}`
      ctx.fillText(g.title, 2 * pad, y)
      y += line
      ctx.font = `${12 * u}px ${FONT}`
      for (const it of g.items) {
        swatch(ctx, it, 2 * pad, y + 2 * u, 14 * u, u)
        ctx.fillStyle = '#2a241d'
        ctx.fillText(it.text, 2 * pad + 20 * u, y)
        if (it.count !== undefined) {
          // The count right-aligned at the panel's edge, as the live legend shows it.
          ctx.fillStyle = '#6b6256'
          ctx.textAlign = 'right'
          ctx.fillText(String(it.count), 2 * pad + legendW, y)
          ctx.textAlign = 'left'
        }
        y += line
      }
    }
  }
  // Source line, bottom.
  ctx.font = `${12 * u}px ${FONT}`
  const srcW = Math.min(W - 2 * pad, ctx.measureText(caption.source).width + 2 * pad)
  panel(ctx, pad, H - 28 * u, srcW, 22 * u)
  ctx.fillStyle = '#2a241d'
  ctx.fillText(caption.source, 2 * pad, H - 24 * u, W - 4 * pad)
  if (progress !== undefined) {
    ctx.fillStyle = 'rgba(42, 36, 29, 0.25)'
    ctx.fillRect(0, H - 4 * u, W, 4 * u)
    ctx.fillStyle = '#c0392b'
    ctx.fillRect(0, H - 4 * u, W * Math.max(0, Math.min(1, progress)), 4 * u)
  }
}

/** The room an item's count takes after its text (the caption's legend font set). */
function countW(ctx: CanvasRenderingContext2D, it: CaptionItem, u: number): number {
  return it.count === undefined ? 0 : ctx.measureText(String(it.count)).width + 10 * u
}

/** A legend swatch `s` pixels square; its line widths and dashes grow with the caption's unit `u` (a poster's scale). */
function swatch(ctx: CanvasRenderingContext2D, it: CaptionItem, x: number, y: number, s: number, u: number) {
  ctx.fillStyle = it.colour
  ctx.strokeStyle = it.colour
  if (it.shape === 'circle' || it.shape === 'ring') {
    ctx.beginPath()
    ctx.arc(x + s / 2, y + s / 2, s / 2.4, 0, Math.PI * 2)
    if (it.shape === 'ring') {
      ctx.lineWidth = 2.5 * u
      ctx.stroke()
    } else ctx.fill()
  } else if (it.shape === 'line' || it.shape === 'arc') {
    ctx.fillRect(x, y + s / 2 - 2 * u, s, 4 * u)
  } else if (it.shape === 'dashed' || it.shape === 'dotted') {
    ctx.setLineDash(it.shape === 'dashed' ? [4 * u, 3 * u] : [1.5 * u, 2.5 * u])
    ctx.lineWidth = 2 * u
    ctx.strokeRect(x + u, y + 3 * u, s - 2 * u, s - 6 * u)
    ctx.setLineDash([])
  } else {
    ctx.fillRect(x, y + 2 * u, s, s - 4 * u)
  }
}

/** Save a Blob as a file: an object URL on a download link, revoked afterwards. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new CodedError('errors.noImage'))), type))
}
