// Records arriving from the import worker are structured clones: every record carries its own copy of "park",
// "industrial-park", "achieved", "Point", of its [2006, 2008] years and ["532600"] regions. With 100,000 records
// these copies are most of the heap the import adds (issue 14: memory under 2× the data). `compactRecord` makes
// the repeated pieces one shared value per distinct content. Shared arrays and objects are frozen, so a mutation
// (which no code does: records are read-only once loaded) throws instead of changing other records.
import type { AtlasRecord } from './schema'

/** The shared values of one run of records (an import, a restore): pass the same pool for every chunk. */
export class InternPool {
  private readonly strings = new Map<string, string>()
  private readonly values = new Map<string, unknown>()

  str<T extends string | undefined>(s: T): T {
    if (s === undefined) return s
    const known = this.strings.get(s)
    if (known !== undefined) return known as T
    this.strings.set(s, s)
    return s
  }

  /** One frozen value per key: the first value seen with it. */
  shared<T extends object>(key: string, value: T): T {
    const known = this.values.get(key)
    if (known !== undefined) return known as T
    this.values.set(key, Object.freeze(value))
    return value
  }
}

const regionsKey = (codes: readonly string[]) => codes.join(',')

/** The same record, its repeated pieces replaced in place by the pool's shared values (returns the record). */
export function compactRecord(r: AtlasRecord, pool: InternPool): AtlasRecord {
  const p = pool
  r.layer = p.str(r.layer)
  r.category = p.str(r.category)
  r.status = p.str(r.status)
  if (r.locationPrecision !== undefined) r.locationPrecision = p.str(r.locationPrecision)
  if (r.datePrecision !== undefined) r.datePrecision = p.str(r.datePrecision)
  if (r.office !== undefined) r.office = p.str(r.office)
  if (r.partOf !== undefined) r.partOf = p.str(r.partOf)
  r.years = p.shared(`y${r.years[0]},${r.years[1]}`, r.years)
  if (r.statedSpan) r.statedSpan = p.shared(`y${r.statedSpan[0]},${r.statedSpan[1]}`, r.statedSpan)
  r.regions = p.shared(`r${regionsKey(r.regions)}`, r.regions.map((c) => p.str(c)))
  if (r.moreThan) r.moreThan = p.shared(`m${JSON.stringify(r.moreThan)}`, r.moreThan)
  r.metrics = p.shared(`M${JSON.stringify(r.metrics)}`, r.metrics)
  r.source = p.shared(`s${JSON.stringify(r.source)}`, r.source)
  if (r.regionsSource) r.regionsSource = p.shared(`s${JSON.stringify(r.regionsSource)}`, r.regionsSource)
  if (r.summary) r.summary = p.shared(`t${JSON.stringify(r.summary)}`, r.summary)
  r.geometry.type = p.str(r.geometry.type)
  return rebuilt(r)
}

const REQUIRED = ['id', 'layer', 'name', 'category', 'status', 'years', 'regions', 'metrics', 'source', 'geometry'].join(',')
const sameKeys = (o: object, keys: string) => Object.keys(o).join(',') === keys

/**
 * A structured clone builds each object property by property (fields past the fourth go to a separate store) and
 * each number array as boxed numbers. The same record built as literals, with the keys in the same order (an export
 * writes them in that order), holds every field in the object itself. Its point's coordinates start as two raw
 * doubles but do not stay so: in Chromium 150 they were boxed again once the records joined the map, though
 * nothing writes to them (docs/benchmarks.md, "Where the import's heap goes").
 */
function rebuilt(r: AtlasRecord): AtlasRecord {
  const name = sameKeys(r.name, 'zh,en') ? { zh: r.name.zh, en: r.name.en } : r.name
  const g = r.geometry
  const geometry = g.type === 'Point' && g.coordinates.length === 2 && sameKeys(g, 'type,coordinates')
    ? { type: g.type, coordinates: [g.coordinates[0], g.coordinates[1]] as [number, number] } : g
  if (!sameKeys(r, REQUIRED)) {
    r.name = name
    r.geometry = geometry
    return r
  }
  return { id: r.id, layer: r.layer, name, category: r.category, status: r.status, years: r.years, regions: r.regions, metrics: r.metrics, source: r.source, geometry }
}
