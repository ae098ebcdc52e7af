// A metric scale bar for the main map. Web Mercator's scale changes with latitude (at the national view by almost
// half between Hainan and Heilongjiang), so the bar is measured along the map's horizontal centre line and says so.
import type * as maplibregl from 'maplibre-gl'
import { maplibreMap, type MainMap } from './main-map'

const NICE = [1, 2, 5]

/** The longest round length (1, 2 or 5 × 10ⁿ metres) that fits in `maxPx` pixels, and its width in pixels. */
export function niceScale(metersPerPixel: number, maxPx: number): { meters: number; px: number } | null {
  if (!(metersPerPixel > 0) || !(maxPx > 0)) return null
  const max = metersPerPixel * maxPx
  const power = 10 ** Math.floor(Math.log10(max))
  const step = [...NICE].reverse().find((n) => n * power <= max) ?? 1
  const meters = step * power
  return { meters, px: meters / metersPerPixel }
}

/** Great-circle distance in metres (maplibre's own radius, so the bar agrees with its ScaleControl). */
function metersBetween(a: maplibregl.LngLat, b: maplibregl.LngLat): number {
  const R = 6371008.8
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Metres per CSS pixel along the horizontal line through the map's centre. */
export function metersPerPixelAtCentre(map: maplibregl.Map): number {
  const c = map.getContainer()
  const y = c.clientHeight / 2
  const x = c.clientWidth / 2
  const span = 100
  return metersBetween(map.unproject([x - span / 2, y]), map.unproject([x + span / 2, y])) / span
}

/** Calls `onChange` with metres per pixel now and after every camera move or resize; returns the way to stop. */
export function watchScale(mainMap: MainMap, onChange: (metersPerPixel: number) => void): () => void {
  const map = maplibreMap(mainMap)
  const update = () => onChange(metersPerPixelAtCentre(map))
  map.on('move', update)
  map.on('resize', update)
  update()
  return () => {
    map.off('move', update)
    map.off('resize', update)
  }
}
