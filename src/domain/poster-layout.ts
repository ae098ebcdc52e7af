// The print poster's geometry, pure: paper sizes at 300 dpi, the print scale that makes the poster look like the
// screen (every pixel size times the same factor), and the tiles the map is rendered in when the GPU cannot draw
// the whole poster at once.

export type Paper = 'A3' | 'A1'
export type Orientation = 'portrait' | 'landscape'

export const POSTER_DPI = 300
/** ISO 216 sizes in millimetres, portrait (width, height). */
const PAPER_MM: Record<Paper, [number, number]> = { A3: [297, 420], A1: [594, 841] }

/** The poster's pixels at 300 dpi: A3 portrait 3508×4961, A1 portrait 7016×9933. */
export function posterPixels(paper: Paper, orientation: Orientation): [number, number] {
  const px = (mm: number) => Math.round((mm / 25.4) * POSTER_DPI)
  const [w, h] = [px(PAPER_MM[paper][0]), px(PAPER_MM[paper][1])]
  return orientation === 'portrait' ? [w, h] : [h, w]
}

export interface PrintTile {
  /** The tile's top-left corner on the poster, in poster pixels. */
  x: number
  y: number
  /** The tile's centre relative to the poster's centre, in the screen's CSS pixels (the map's camera offset). */
  offset: [number, number]
}

export interface PrintPlan {
  /** Poster pixels per screen CSS pixel: circle radii, line widths and label sizes are all multiplied by it. */
  scale: number
  /** One tile's size in CSS pixels (the off-screen map's container) and in poster pixels (its drawing buffer). */
  tileCss: [number, number]
  tilePx: [number, number]
  cols: number
  rows: number
  tiles: PrintTile[]
}

/**
 * The plan for drawing a `poster`-sized map of the view that a `screen`-sized map (CSS pixels) shows now: the same
 * centre and zoom, every pixel size times `scale`, so the screen's whole view fits and the poster shows a little
 * more along one side. `maxTile` is the largest drawing buffer side the GPU and the map allow. The scale is rounded
 * down a little so that a tile's CSS size times the scale is a whole number of pixels: tiles then abut exactly.
 */
export function printPlan(poster: [number, number], screen: [number, number], maxTile: number): PrintPlan {
  const [W, H] = poster
  const [w, h] = screen
  if (!(W > 0 && H > 0 && w > 0 && h > 0 && maxTile >= 16)) throw new Error('printPlan: sizes must be positive')
  const wanted = Math.min(W / w, H / h)
  // The CSS size of a tile: the whole poster if it fits in one drawing buffer, else the largest that does.
  const cssW = Math.max(1, Math.min(Math.ceil(W / wanted), Math.floor(maxTile / wanted)))
  const cssH = Math.max(1, Math.min(Math.ceil(H / wanted), Math.floor(maxTile / wanted)))
  const tileW = Math.min(maxTile, Math.floor(cssW * wanted))
  const scale = tileW / cssW
  const tileH = Math.min(maxTile, Math.floor(cssH * scale))
  const cols = Math.ceil(W / tileW)
  const rows = Math.ceil(H / tileH)
  const tiles: PrintTile[] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = c * tileW
      const y = r * tileH
      tiles.push({ x, y, offset: [(x + tileW / 2 - W / 2) / scale, (y + tileH / 2 - H / 2) / scale] })
    }
  }
  return { scale, tileCss: [cssW, cssH], tilePx: [tileW, tileH], cols, rows, tiles }
}

/** A box on the poster: x, y, width, height in poster pixels. */
export type Rect = [number, number, number, number]

/** Where the map's mainland lies on the poster: `land[row * cols + col]` is 1 where a `cell`-pixel square has land. */
export interface LandGrid {
  cell: number
  cols: number
  rows: number
  land: Uint8Array
}

/**
 * The insets' CSS sizes on a `screen`-sized map, as the live map lays them out (styles/base.css): the South China
 * Sea inset `--inset-w` = clamp(120px, 17vmin, 520px) wide at an aspect of 0.78; the Delta inset as tall, 0.86 of
 * its height wide. The note's type: clamp(12px, 1.4vmin, 28px).
 */
export function insetCssSizes(screen: [number, number]): { sea: [number, number]; delta: [number, number]; notePx: number } {
  const vmin = Math.min(screen[0], screen[1]) / 100
  const w = Math.max(120, Math.min(520, 17 * vmin))
  const h = w / 0.78
  return { sea: [w, h], delta: [h * 0.86, h], notePx: Math.max(12, Math.min(28, 1.4 * vmin)) }
}

const overlaps = (a: Rect, b: Rect) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]

/** A summed-area table of the land grid: the number of land cells in any box in O(1). */
function landCounter(grid: LandGrid | null): (r: Rect) => number {
  if (!grid) return () => 0
  const { cell, cols, rows, land } = grid
  const sum = new Uint32Array((cols + 1) * (rows + 1))
  for (let y = 0; y < rows; y++) {
    let row = 0
    for (let x = 0; x < cols; x++) {
      row += land[y * cols + x] ? 1 : 0
      sum[(y + 1) * (cols + 1) + x + 1] = sum[y * (cols + 1) + x + 1]! + row
    }
  }
  const at = (x: number, y: number) => sum[y * (cols + 1) + x]!
  return ([x, y, w, h]) => {
    const x0 = Math.max(0, Math.min(cols, Math.floor(x / cell)))
    const y0 = Math.max(0, Math.min(rows, Math.floor(y / cell)))
    const x1 = Math.max(0, Math.min(cols, Math.ceil((x + w) / cell)))
    const y1 = Math.max(0, Math.min(rows, Math.ceil((y + h) / cell)))
    return at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0)
  }
}

/**
 * Places the insets (poster-pixel `sizes`, the South China Sea inset first) on a `poster`: side by side from the
 * right, bottom-aligned, as on the screen, at the free spot nearest the poster's bottom-right corner. Free means
 * inside the poster by `gap`, `gap` clear of every box in `avoid` (the legend, the headline band, the title, the
 * attribution and scale-bar panel) and on no land cell. When the group fits nowhere, each inset is placed alone;
 * when an inset still fits nowhere off the land, it is placed clear of the panels only; null when not even that fits.
 */
export function placeInsets(poster: [number, number], sizes: [number, number][], avoid: readonly Rect[], land: LandGrid | null, gap: number): (Rect | null)[] {
  const [W, H] = poster
  const landIn = landCounter(land)
  const step = Math.max(4, Math.min(W, H) / 120)
  const free = (boxes: Rect[], blocked: readonly Rect[], onLand: boolean) => boxes.every((b) =>
    b[0] >= gap && b[1] >= gap && b[0] + b[2] <= W - gap && b[1] + b[3] <= H - gap
    && !blocked.some((a) => overlaps(b, [a[0] - gap, a[1] - gap, a[2] + 2 * gap, a[3] + 2 * gap]))
    && (onLand || landIn(b) === 0))
  /** The boxes of `group` with its bottom-right corner at (x1, y1). */
  const layout = (group: [number, number][], x1: number, y1: number): Rect[] => {
    let right = x1
    return group.map(([w, h]) => {
      const box: Rect = [right - w, y1 - h, w, h]
      right -= w + gap
      return box
    })
  }
  /** The bottom-right corners to try, nearest the poster's bottom-right corner first. */
  const corners: [number, number, number][] = []
  for (let x1 = W - gap; x1 > gap; x1 -= step) {
    for (let y1 = H - gap; y1 > gap; y1 -= step) corners.push([x1, y1, Math.hypot(W - gap - x1, H - gap - y1)])
  }
  corners.sort((a, b) => a[2] - b[2])
  const find = (group: [number, number][], blocked: readonly Rect[], onLand: boolean): Rect[] | null => {
    for (const [x1, y1] of corners) {
      const boxes = layout(group, x1, y1)
      if (free(boxes, blocked, onLand)) return boxes
    }
    return null
  }
  if (!sizes.length) return []
  const together = find(sizes, avoid, false)
  if (together) return together
  const placed: (Rect | null)[] = []
  const blocked = [...avoid]
  for (const size of sizes) {
    const box = find([size], blocked, false)?.[0] ?? find([size], blocked, true)?.[0] ?? null
    placed.push(box)
    if (box) blocked.push(box)
  }
  return placed
}
