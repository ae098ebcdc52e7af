// Exports of exactly the records shown: CSV (d3-dsv) and GeoJSON in the data contract's shape. Pure.
import { METRIC_KEY_LIST, type AtlasRecord } from './schema'

/** The CSV columns, in order. Import reads the same columns back (see import.ts). */
export const CSV_COLUMNS = [
  'id', 'layer', 'name_zh', 'name_en', 'category', 'status', 'year_start', 'year_end', 'regions', 'lon', 'lat',
  ...METRIC_KEY_LIST,
  'source_ref', 'source_url', 'source_confidence', 'summary_zh', 'summary_en', 'office', 'joined', 'stated_start', 'stated_end',
  'more_than', 'part_of', 'point_is_region_label', 'geometry_is_schematic',
  'location_precision', 'date_precision', 'regions_source_ref', 'regions_source_url', 'regions_source_confidence', 'geometry',
] as const

const str = (v: string | number | boolean | undefined): string => (v === undefined ? '' : String(v))

/** A representative point for a record: its Point, or the first position of its line or area. */
export function representativePoint(r: AtlasRecord): [number, number] | null {
  const g = r.geometry
  if (g.type === 'Point') return g.coordinates
  if (g.type === 'LineString') return g.coordinates[0] ?? null
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates[0]?.[0] ?? null
  return g.coordinates[0]?.[0]?.[0] ?? null
}

export function csvRow(r: AtlasRecord): string[] {
  const point = representativePoint(r)
  const values: Record<string, string> = {
    id: r.id, layer: r.layer, name_zh: r.name.zh, name_en: r.name.en, category: r.category, status: r.status,
    year_start: str(r.years[0]), year_end: str(r.years[1]), regions: r.regions.join(';'),
    lon: str(point?.[0]), lat: str(point?.[1]),
    source_ref: r.source.ref, source_url: str(r.source.url), source_confidence: str(r.source.confidence),
    summary_zh: str(r.summary?.zh), summary_en: str(r.summary?.en), office: str(r.office), joined: str(r.joined),
    stated_start: str(r.statedSpan?.[0]), stated_end: str(r.statedSpan?.[1]), more_than: (r.moreThan ?? []).join(';'),
    part_of: str(r.partOf), point_is_region_label: str(r.pointIsRegionLabel), geometry_is_schematic: str(r.geometryIsSchematic),
    location_precision: str(r.locationPrecision), date_precision: str(r.datePrecision),
    regions_source_ref: str(r.regionsSource?.ref), regions_source_url: str(r.regionsSource?.url), regions_source_confidence: str(r.regionsSource?.confidence),
    // Lines and areas travel whole as GeoJSON text; a point is its lon/lat.
    geometry: r.geometry.type === 'Point' ? '' : JSON.stringify(r.geometry),
  }
  for (const key of METRIC_KEY_LIST) values[key] = str(r.metrics[key])
  return CSV_COLUMNS.map((c) => values[c] ?? '')
}

/** A plain decimal number, which a spreadsheet reads as a number, not a formula, even with a leading - or +. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading ' and
 * quotes, the OWASP way; the import takes the ' off again.
 */
export function csvCell(v: string): string {
  if (/^[=+\-@\t\r]/.test(v) && !PLAIN_NUMBER.test(v)) return `"'${v.replace(/"/g, '""')}"`
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** CSV text with a header row; one row per record, in the order given. */
export function toCsv(records: readonly AtlasRecord[]): string {
  return [[...CSV_COLUMNS], ...records.map(csvRow)].map((row) => row.map(csvCell).join(',')).join('\n')
}

/** A GeoJSON FeatureCollection that `parseLayerFile` reads back to the same records. */
export function toGeoJson(records: readonly AtlasRecord[]): { type: 'FeatureCollection'; features: unknown[] } {
  return {
    type: 'FeatureCollection',
    features: records.map((r) => {
      const { id, geometry, ...properties } = r
      return { type: 'Feature', id, properties, geometry }
    }),
  }
}
