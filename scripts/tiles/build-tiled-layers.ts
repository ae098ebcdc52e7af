/**
 * npm run build:tiles — writes tiled layers and prints their sizes against the GeoJSON they replace.
 *   tsx scripts/tiles/build-tiled-layers.ts --in DIR [--in DIR…] --out OUT      tile every file of DIR above the threshold
 *   tsx scripts/tiles/build-tiled-layers.ts --synthetic 100000 --out OUT [--geojson FILE]
 *       generate a park layer of n records (scripts/tiles/synthetic-layer.ts), tile it whatever its size, and
 *       optionally keep the generated GeoJSON (the browser test reads it to know what to expect)
 * OUT gets tiles/manifest.json, tiles/<name>.pmtiles, tiles/<name>.records.json.gz and tiles/<name>.clusters.bin.gz
 * (OUT = dist/ adds them to a
 * build). Without --out it only prints the sizes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { knownRegionCodes, manifestOf, tileLayerDirs, tileLayerFile, type TiledOutput } from './build'
import { syntheticParkLayer, type PlaceLite } from './synthetic-layer'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const all = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]!] : []))
const one = (flag: string) => all(flag)[0]

const codes = knownRegionCodes(ROOT)
const outputs: TiledOutput[] = []
const synthetic = one('--synthetic')
if (synthetic) {
  const places = JSON.parse(readFileSync(join(ROOT, 'geo/basemap/places.json'), 'utf8')) as Record<string, PlaceLite>
  const text = syntheticParkLayer(Number(synthetic), places)
  const keep = one('--geojson')
  if (keep) {
    mkdirSync(dirname(keep), { recursive: true })
    writeFileSync(keep, text)
  }
  outputs.push(tileLayerFile('synthetic-park.geojson', text, codes))
}
outputs.push(...tileLayerDirs(all('--in'), codes))

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`
for (const o of outputs) {
  const s = o.sizes
  console.log(`${o.entry.name}: ${o.entry.count.toLocaleString('en')} records (${o.entry.kinds.join(', ')})`)
  console.log(`  GeoJSON ${mb(s.geojson)} (gzip -9: ${mb(s.geojsonGzip)})`)
  const all = s.archive + s.attributes + s.clusters
  console.log(`  PMTiles archive ${mb(s.archive)} = ${(s.archive / s.geojson).toFixed(3)}× the GeoJSON; attribute file (gzip) ${mb(s.attributes)}; cluster file (gzip) ${mb(s.clusters)}; all three ${mb(all)} = ${(all / s.geojson).toFixed(3)}×`)
}
const out = one('--out')
if (out) {
  const write = (path: string, bytes: Uint8Array) => {
    mkdirSync(dirname(join(out, path)), { recursive: true })
    writeFileSync(join(out, path), bytes)
  }
  for (const o of outputs) for (const [path, bytes] of o.files) write(path, bytes)
  const manifest = manifestOf(outputs)
  write(manifest.path, manifest.bytes)
  console.log(`wrote ${outputs.length} tiled layer(s) and ${manifest.path} under ${out}`)
}
