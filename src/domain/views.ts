// Named views a person (or the kiosk) can jump to. The Yangtze Delta is where most of the cooperation layer lives
// and is a knot at the national view: one tap shows it at prefecture level.
export type Bounds = [[number, number], [number, number]]

/** Shanghai, Jiangsu, Zhejiang and Anhui: every Delta council member city, park and port of the plan. */
export const DELTA_BOUNDS: Bounds = [[114.8, 27.0], [123.0, 35.2]]

/** The Delta inset's frame: the Delta and the sea east of it, a little wider than the preset so nothing sits on the edge. */
export const DELTA_INSET_BOUNDS: Bounds = [[115.3, 27.6], [122.6, 35.0]]

/** Layers whose features are in the Delta (aid is not: its regions are far west). */
export const DELTA_LAYERS = ['park', 'waterway', 'office', 'coverage', 'cooperation'] as const

/** Web Mercator y of a latitude, in world units of 512 px at zoom 0 (maplibre's tile size). */
const mercatorY = (lat: number) => (512 / (2 * Math.PI)) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))

/** The Delta's height on a map at `zoom`, in CSS pixels. */
export function deltaHeightAt(zoom: number): number {
  return (mercatorY(DELTA_BOUNDS[1][1]) - mercatorY(DELTA_BOUNDS[0][1])) * 2 ** zoom
}

/**
 * The Delta inset shows at a national view, where the Delta is a small knot: while the Delta takes less than a
 * fifth of the map's height (at the national view it takes 15–17% on a 16:9 screen and a 32:9 wall; the 长三角
 * preset fills the map with it), and only while a layer with features there is on.
 */
export function deltaInsetWanted(zoom: number | null, mapHeight: number, layers: readonly string[]): boolean {
  if (zoom === null || mapHeight <= 0) return false
  if (!layers.some((l) => (DELTA_LAYERS as readonly string[]).includes(l))) return false
  return deltaHeightAt(zoom) < 0.2 * mapHeight
}
