import type { Basemap } from '../data/basemap'
import type { Shape } from './layer-specs'

/** GB/T 2260 code -> polygon, from the basemap's provinces, prefectures and counties. */
export function regionShapes(basemap: Basemap): Map<string, Shape> {
  const shapes = new Map<string, Shape>()
  for (const fc of [basemap.provinces, basemap.prefectures, basemap.counties]) {
    for (const f of fc.features) {
      const code = f.properties?.code
      const g = f.geometry
      if (typeof code === 'string' && g && (g.type === 'Polygon' || g.type === 'MultiPolygon') && !shapes.has(code)) shapes.set(code, g)
    }
  }
  return shapes
}
