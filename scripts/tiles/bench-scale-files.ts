/**
 * The bench's scale rows (tests/bench/run.mjs, section `scale`): a generated park layer of n records
 * (synthetic-layer.ts) written as the GeoJSON file the app would load and as the atlas's build writes a tiled layer
 * (build.ts: the gzip PMTiles archive and the gzip attribute file), under OUT/scale-<n>/. Prints one JSON line: the
 * files' paths relative to OUT, the layer's manifest entry and the sizes.
 *   tsx scripts/tiles/bench-scale-files.ts <n> <OUT>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { knownRegionCodes, tileLayerFile } from './build'
import { syntheticParkLayer, type PlaceLite } from './synthetic-layer'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const [count, out] = process.argv.slice(2)
const n = Number(count)
if (!Number.isInteger(n) || n <= 0 || !out) throw new Error('usage: tsx scripts/tiles/bench-scale-files.ts <n> <OUT>')

const places = JSON.parse(readFileSync(join(ROOT, 'geo/basemap/places.json'), 'utf8')) as Record<string, PlaceLite>
const text = syntheticParkLayer(n, places)
const built = tileLayerFile(`scale-${n}.geojson`, text, knownRegionCodes(ROOT))
const dir = `scale-${n}`
const write = (path: string, bytes: Uint8Array | string) => {
  mkdirSync(dirname(join(out, dir, path)), { recursive: true })
  writeFileSync(join(out, dir, path), bytes)
}
write(`scale-${n}.geojson`, text)
for (const [path, bytes] of built.files) write(path, bytes)
console.log(JSON.stringify({
  geojson: `${dir}/scale-${n}.geojson`,
  archive: `${dir}/${built.entry.archive}`,
  attributes: `${dir}/${built.entry.attributes}`,
  clusters: `${dir}/${built.entry.clusters}`,
  entry: built.entry,
  sizes: built.sizes,
}))
