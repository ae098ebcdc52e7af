// Where the overlay's labels sit round their points, and the choice of side for a liaison region's small label so
// that it runs clear of the other labels. Pure: the boxes are estimated from the text (no DOM), in pixels at the
// national view of the smallest and of a common screen.
import type { Position } from 'geojson'
import type { LocalText } from '../domain/offices'

/** 'centre': on its point, as the basemap's names are. */
export type LabelSide = 'above' | 'below' | 'left' | 'right' | 'below-left' | 'below-right' | 'above-left' | 'above-right' | 'centre'

/** The text's offset from its point in CSS pixels at label scale 1 (deck-adapter.ts multiplies by the scale). */
export const LABEL_OFFSET: Record<LabelSide, [number, number]> = {
  above: [0, -12], below: [0, 12], left: [-12, 0], right: [12, 0], centre: [0, 0],
  // A small label running west or east of its point ends (starts) a little short of it, so that it clears a name
  // that stands level with the point on the other side.
  'below-left': [-18, 12], 'below-right': [18, 12], 'above-left': [-18, -12], 'above-right': [18, -12],
}
export const TEXT_ANCHOR: Record<LabelSide, 'start' | 'middle' | 'end'> = {
  above: 'middle', below: 'middle', left: 'end', right: 'start', centre: 'middle',
  'below-left': 'end', 'below-right': 'start', 'above-left': 'end', 'above-right': 'start',
}
export const BASELINE: Record<LabelSide, 'top' | 'center' | 'bottom'> = {
  above: 'bottom', below: 'top', left: 'center', right: 'center', centre: 'center',
  'below-left': 'top', 'below-right': 'top', 'above-left': 'bottom', 'above-right': 'bottom',
}

/** A label as the placement sees it: its point, its text in both languages, its size in px and its side. */
export interface PlacedLabel { position: Position; text: LocalText; size: number; side: LabelSide }

/**
 * The width of a text in px, estimated: a Han character is one em, other characters about 0.6 em in the map's bold
 * Noto Sans SC (a little more than measured, so that the estimate errs on the side of room).
 */
export function textWidth(text: string, size: number): number {
  let em = 0
  for (const ch of text) em += /\p{Script=Han}/u.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.62
  return em * size
}

type Box = [number, number, number, number]

/** Web Mercator y of a latitude, in degrees of longitude (so one px per degree scales both axes alike). */
const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI

export function labelBox(label: PlacedLabel, lang: 'zh' | 'en', pxPerDegree: number): Box {
  const w = textWidth(label.text[lang], label.size)
  const h = label.size
  const [ox, oy] = LABEL_OFFSET[label.side]
  const x = label.position[0]! * pxPerDegree + ox
  const y = -mercatorY(label.position[1]!) * pxPerDegree + oy
  const anchor = TEXT_ANCHOR[label.side]
  const baseline = BASELINE[label.side]
  const x0 = x - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0)
  const y0 = y - (baseline === 'bottom' ? h : baseline === 'center' ? h / 2 : 0)
  return [x0, y0, x0 + w, y0 + h]
}

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]))

/**
 * The national view's scales at the supported screens, measured on the atlas: 10 px a degree of longitude at
 * 1280×720 in English (the time bar takes two lines there), 11.3 in Chinese, 17.1 at 1920×1080 (3840×2160 and the
 * wall draw labels twice as large at about twice the scale), and one between.
 */
const SCALES = [10, 11.3, 14, 17.1]
/** Below first (under the province's name), then running west or east, then above. */
const CANDIDATES: LabelSide[] = ['below', 'below-left', 'below-right', 'above-left', 'above-right', 'above']

/**
 * Where a small label goes: the first of `anchors` (in order of preference) and the first side there whose box, in
 * both languages and at each scale, overlaps none of `others`; if every place overlaps something, the one that
 * overlaps least.
 */
export function placeClear(anchors: readonly Position[], text: LocalText, size: number, others: readonly PlacedLabel[]): { position: Position; side: LabelSide } {
  let best = { position: anchors[0]!, side: CANDIDATES[0]! }
  let bestArea = Infinity
  for (const position of anchors) {
    for (const side of CANDIDATES) {
      const me: PlacedLabel = { position, text, size, side }
      let area = 0
      for (const scale of SCALES) {
        for (const lang of ['zh', 'en'] as const) {
          const box = labelBox(me, lang, scale)
          for (const other of others) area += overlapArea(box, labelBox(other, lang, scale))
        }
      }
      if (area === 0) return { position, side }
      if (area < bestArea) [best, bestArea] = [{ position, side }, area]
    }
  }
  return best
}
