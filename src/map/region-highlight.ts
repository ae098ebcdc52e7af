// A briefing step's highlight on the main map: maplibre layers of their own on top of the map (labels and thematic
// layers included) that dim every unit the step does not name and outline the ones it does. Nothing else changes.
import type { Map as MaplibreMap, FilterSpecification } from 'maplibre-gl'
import { dimmedUnits, type Dimmed } from '../domain/brief-highlight'
import type { Places } from '../domain/places'
import { maplibreMap, type MainMap } from './main-map'

const LEVELS = [
  { level: 'province', source: 'provinces' },
  { level: 'prefecture', source: 'prefectures' },
  { level: 'county', source: 'counties' },
] as const

export const DIM_LAYER = (level: keyof Dimmed) => `brief-dim-${level}`
export const LIT_LAYER = (level: keyof Dimmed) => `brief-lit-${level}`
const DIM = 'rgba(38, 33, 27, 0.5)'
const LIT = '#c0392b'

const inList = (codes: readonly string[]): FilterSpecification => ['in', ['get', 'code'], ['literal', [...codes]]]

/** The last highlight asked of each map: a retry after the style loads applies the latest, not a stale one. */
const latest = new WeakMap<MaplibreMap, { dimmed: Dimmed | null; lit: readonly string[] | null }>()

/** Dims `dimmed` and outlines `lit` (codes of any level); null removes the highlight. Waits for the style to load. */
export function setRegionHighlight(map: MaplibreMap, dimmed: Dimmed | null, lit: readonly string[] | null): void {
  const pending = latest.has(map)
  latest.set(map, { dimmed, lit })
  if (pending) return
  const attempt = () => {
    const want = latest.get(map)!
    try {
      apply(map, want.dimmed, want.lit)
      latest.delete(map)
    } catch {
      // The style is still loading ("Style is not done loading"): try again once the map is idle.
      map.once('idle', attempt)
    }
  }
  attempt()
}

function apply(map: MaplibreMap, dimmed: Dimmed | null, lit: readonly string[] | null): void {
  const ids = LEVELS.flatMap(({ level }) => [DIM_LAYER(level), LIT_LAYER(level)])
  if (!dimmed || !lit) {
    for (const id of ids) if (map.getLayer(id)) map.removeLayer(id)
    return
  }
  // Every dim layer below every outline, all above the rest of the map.
  for (const { level, source } of LEVELS) {
    if (!map.getLayer(DIM_LAYER(level))) map.addLayer({ id: DIM_LAYER(level), type: 'fill', source, paint: { 'fill-color': DIM }, filter: inList([]) })
  }
  for (const { level, source } of LEVELS) {
    if (!map.getLayer(LIT_LAYER(level))) map.addLayer({ id: LIT_LAYER(level), type: 'line', source, paint: { 'line-color': LIT, 'line-width': 2.5 }, filter: inList([]) })
  }
  for (const { level } of LEVELS) {
    map.setFilter(DIM_LAYER(level), inList(dimmed[level]))
    map.setFilter(LIT_LAYER(level), inList(lit))
  }
}

/** Highlights `lit` (null: none) against every unit of the basemap's places. */
export function highlightRegions(mainMap: MainMap, places: Places, lit: readonly string[] | null): void {
  const map = maplibreMap(mainMap)
  if (!lit || lit.length === 0) return setRegionHighlight(map, null, null)
  const units = [...places].map(([code, place]) => ({ code, level: place.level, parent: place.parent }))
  setRegionHighlight(map, dimmedUnits(units, lit), lit)
}
