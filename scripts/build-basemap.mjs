#!/usr/bin/env node
// Builds the offline basemap into geo/basemap/ from pinned npm packages and the vendored Natural Earth
// files. Offline and deterministic. See geo/basemap/ATTRIBUTION.md (written here) for what is done.
import fs from 'node:fs'
import path from 'node:path'
import * as topojson from 'topojson-client'
import { readPrefectures } from './basemap/china-source.mjs'
import { readCounties } from './basemap/counties-source.mjs'
import { runMapshaper } from './basemap/mapshaper-run.mjs'
import { buildChina } from './basemap/build-china.mjs'
import { buildCounties } from './basemap/build-counties.mjs'
import { buildWorld } from './basemap/build-world.mjs'
import { buildPhysical } from './basemap/build-physical.mjs'
import { buildScs } from './basemap/build-scs.mjs'
import { buildPlaces, formatPlaces } from './basemap/build-places.mjs'
import { NAMES_EN } from './basemap/names-en.mjs'
import { provinceNames } from './basemap/codes.mjs'
import { attributionMd } from './basemap/attribution.mjs'

// `--out DIR` writes elsewhere (used by scripts/basemap/check-deterministic.mjs)
const outArg = process.argv.indexOf('--out')
const OUT = outArg > 0 ? new URL(`file://${path.resolve(process.argv[outArg + 1])}/`) : new URL('../geo/basemap/', import.meta.url)
const write = (name, text) => {
  fs.writeFileSync(new URL(name, OUT), text)
  console.log(`${name}: ${text.length} bytes`)
}

fs.mkdirSync(OUT, { recursive: true })
const prefectures = readPrefectures() // WGS84, unsimplified
const counties = readCounties()

// unsimplified, dissolved prefectures and provinces: for places.json only
const cleanPrefectures = await runMapshaper(`-i pref.json snap -clean -dissolve code copy-fields=name,province`, {
  'pref.json': prefectures,
})
const provinces = await runMapshaper(`-i pref.json snap -clean -dissolve province`, { 'pref.json': prefectures })
for (const f of provinces.features) {
  const code = f.properties.province
  f.properties = { code, name: provinceNames.get(code) }
}

const china = await buildChina(prefectures)
write('china.topo.json', JSON.stringify(china))
write('counties.topo.json', JSON.stringify(await buildCounties(counties)))
const outline = topojson.merge(china, china.objects.provinces.geometries)
write('world.topo.json', JSON.stringify(await buildWorld(outline)))
write('physical.topo.json', JSON.stringify(await buildPhysical()))
const sansha = prefectures.features.find((f) => f.properties.code === '460300')
write('scs.topo.json', JSON.stringify(await buildScs(sansha)))

const places = buildPlaces(provinces, cleanPrefectures, counties)
for (const code of Object.keys(NAMES_EN)) {
  if (!places[code]) throw new Error(`names-en.mjs has ${code}, which is not in the basemap`)
}
write('places.json', formatPlaces(places))
write('ATTRIBUTION.md', attributionMd())
