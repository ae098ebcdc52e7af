// What the records' own years and regions say, read straight from geo/layers: the browser tests compare the
// atlas's shown count against this.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './harness.mjs'

export function loadRecords() {
  const dir = join(ROOT, 'geo/layers')
  return readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).features.map((x) => ({ id: x.id, ...x.properties })))
}

const prefix = (code) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code)

/** Records active in `year`, optionally within a region. */
export function expectedCount(records, year, region) {
  return records.filter((r) => r.years[0] <= year && r.years[1] >= year &&
    (!region || r.regions.some((c) => c.startsWith(prefix(region))))).length
}
