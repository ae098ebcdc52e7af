// How a mark says how precisely its place and date are known, one rule for every layer (the GeoJSON layers in
// deck-adapter.ts and the tiled ones in tiled-deck.ts): an approximate place is a pale disc in a strong ring of its
// own colour, or a dashed edge; an undated record a grey ring or a dotted edge (its colours come from layer-specs'
// `base`). Record-only: never the year.
import { PathStyleExtension } from '@deck.gl/extensions'
import type { Datum } from './layer-specs'
import type { Rgba } from './palettes'

export const SELECTED: Rgba = [200, 30, 30, 255]

/** The dash extension the edges below need (one instance: deck.gl compares extensions by identity). */
export const dashes = new PathStyleExtension({ dash: true })

type Precision = Pick<Datum, 'approximate' | 'undated'>

/** A solid, dashed or dotted edge: [dash, gap] in line widths; [0, 0] is solid. */
export function dashOf(d: Precision): [number, number] {
  if (d.undated) return [1, 2]
  if (d.approximate) return [4, 3]
  return [0, 0]
}

/** A point's ring: the selection's red, its own colour made opaque when the place is approximate, else its edge. */
export function pointRingColour(d: Precision & Pick<Datum, 'fill' | 'line'>, selected: boolean): Rgba {
  if (selected) return SELECTED
  return d.approximate && !d.undated ? [d.fill[0], d.fill[1], d.fill[2], 255] : d.line
}

/** A point's ring width in pixels: wider for a selection, and for a record whose place or date is not exact. */
export const pointRingWidth = (d: Precision, selected: boolean): number => (selected ? 4 : d.approximate || d.undated ? 3 : 2)

/** An area's edge width in pixels, by the same rule. */
export const areaEdgeWidth = (d: Precision, selected: boolean): number => (selected ? 3 : d.approximate || d.undated ? 2 : 1)
