// The poster's insets (South China Sea, and the Yangtze Delta when the live map shows it): drawn by canvas-inset.ts
// into the poster's canvas at the print scale, each with its frame and its own note, where they cover neither the
// map's mainland nor the poster's panels (domain/poster-layout.ts placeInsets). Browser only (2D canvas).
import type { FeatureCollection, Position } from 'geojson'
import { drawInsetAt, type CanvasInsetOptions, type InsetScene } from '../map/canvas-inset'
import { MAP_FONT } from '../map/palette'
import { insetCssSizes, placeInsets, type LandGrid, type Rect } from '../domain/poster-layout'

export interface PosterInset {
  kind: 'sea' | 'delta'
  options: CanvasInsetOptions
  /** The marks and labels on the ground (the Delta's); null for the ground alone. */
  scene: InsetScene | null
  /** The inset's own note ("南海诸岛", the Delta's note), at its bottom right (sea) or top left (delta) as on screen. */
  note: string
}

export interface PosterInsets {
  /** The mainland the insets keep off (the basemap's provinces). */
  land: FeatureCollection
  /** The South China Sea inset first, then the Delta's when the live map shows it. */
  insets: PosterInset[]
}

export interface InsetPlacement {
  kind: PosterInset['kind']
  /** The inset's box on the poster (poster pixels, inside its frame). */
  rect: Rect
}

const FRAME = '#5b6f86'

/** The mainland on a coarse grid of the poster: each polygon ring projected through the live map, filled. */
function landGrid(land: FeatureCollection, toPoster: (p: Position) => [number, number] | null, W: number, H: number): LandGrid | null {
  const cell = Math.max(4, Math.ceil(Math.max(W, H) / 400))
  const cols = Math.ceil(W / cell)
  const rows = Math.ceil(H / cell)
  const mask = document.createElement('canvas')
  mask.width = cols
  mask.height = rows
  const ctx = mask.getContext('2d', { willReadFrequently: true })
  if (!ctx) return null
  ctx.fillStyle = '#000'
  for (const f of land.features) {
    const g = f.geometry
    const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : []
    ctx.beginPath()
    for (const rings of polygons) {
      for (const ring of rings) {
        ring.forEach((p, i) => {
          const q = toPoster(p)
          if (!q) return
          if (i === 0) ctx.moveTo(q[0] / cell, q[1] / cell)
          else ctx.lineTo(q[0] / cell, q[1] / cell)
        })
        ctx.closePath()
      }
    }
    ctx.fill('evenodd')
    // The outline too: a narrow province still blocks its cells.
    ctx.lineWidth = 1
    ctx.stroke()
  }
  const rgba = ctx.getImageData(0, 0, cols, rows).data
  const grid = new Uint8Array(cols * rows)
  for (let i = 0; i < grid.length; i++) grid[i] = rgba[i * 4 + 3]! > 0 ? 1 : 0
  mask.width = mask.height = 0
  return { cell, cols, rows, land: grid }
}

/**
 * Place and draw the insets on the poster `ctx`. `toPoster` maps a longitude/latitude to poster pixels (the live
 * map's projection at the print scale); `screen` is the live map's CSS size, `scale` the print scale; `avoid` holds
 * the panels drawn so far. Returns where each inset went (an inset with no room is left out).
 */
export function drawPosterInsets(ctx: CanvasRenderingContext2D, insets: PosterInsets, toPoster: (p: Position) => [number, number] | null, screen: [number, number], scale: number, avoid: readonly Rect[]): InsetPlacement[] {
  const { width: W, height: H } = ctx.canvas
  const css = insetCssSizes(screen)
  const sizes = insets.insets.map((i): [number, number] => {
    const [w, h] = i.kind === 'sea' ? css.sea : css.delta
    return [w * scale, h * scale]
  })
  const boxes = placeInsets([W, H], sizes, avoid, landGrid(insets.land, toPoster, W, H), 12 * scale)
  const placed: InsetPlacement[] = []
  insets.insets.forEach((inset, i) => {
    const box = boxes[i]
    if (!box) return
    const [x, y, w, h] = box
    // The note as the screen shows it: the same type size, a paper ground, its corner of the inset.
    const notePx = css.notePx * scale
    ctx.font = `${notePx}px "${MAP_FONT}", sans-serif`
    const noteW = ctx.measureText(inset.note).width + 0.5 * notePx
    const noteH = notePx * 1.3
    const inset4 = 0.3 * notePx
    const [nx, ny] = inset.kind === 'sea' ? [x + w - inset4 - noteW, y + h - 0.2 * notePx - noteH] : [x + inset4, y + 0.2 * notePx]
    // Labels keep clear of the note (CSS pixels of the inset).
    const scene = inset.scene && { ...inset.scene, keepClear: [(nx - x) / scale, (ny - y) / scale, (nx - x + noteW) / scale, (ny - y + noteH) / scale] as [number, number, number, number] }
    drawInsetAt(ctx, inset.options, scene, { x, y, w: w / scale, h: h / scale, ratio: scale })
    ctx.fillStyle = inset.kind === 'sea' ? 'rgba(251, 249, 243, 0.8)' : 'rgba(251, 249, 243, 0.85)'
    ctx.fillRect(nx, ny, noteW, noteH)
    ctx.fillStyle = '#3b342c'
    ctx.textAlign = 'left'
    ctx.textBaseline = 'middle'
    ctx.fillText(inset.note, nx + 0.25 * notePx, ny + noteH / 2)
    ctx.strokeStyle = FRAME
    ctx.lineWidth = 1.5 * scale
    ctx.strokeRect(x - 0.75 * scale, y - 0.75 * scale, w + 1.5 * scale, h + 1.5 * scale)
    placed.push({ kind: inset.kind, rect: box })
  })
  ctx.textBaseline = 'top'
  return placed
}
