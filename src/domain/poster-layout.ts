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
