// Loading only: fetch the committed basemap files of geo/basemap and turn TopoJSON into GeoJSON.
import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { FeatureCollection } from 'geojson'
import chinaUrl from '../../geo/basemap/china.topo.json?url'
import countiesUrl from '../../geo/basemap/counties.topo.json?url'
import worldUrl from '../../geo/basemap/world.topo.json?url'
import physicalUrl from '../../geo/basemap/physical.topo.json?url'
import scsUrl from '../../geo/basemap/scs.topo.json?url'
import placesUrl from '../../geo/basemap/places.json?url'
import { parsePlaces, type Places } from '../domain/places'
import { bootMark } from '../boot-marks'

export interface Basemap {
  provinces: FeatureCollection
  prefectures: FeatureCollection
  counties: FeatureCollection
  neighbours: FeatureCollection
  rivers: FeatureCollection
  lakes: FeatureCollection
  dashes: FeatureCollection
  islands: FeatureCollection
  places: Places
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return response.json()
}

function layerOf(file: string, topology: Topology, name: string): FeatureCollection {
  const object = topology.objects[name]
  if (!object) throw new Error(`${file}: TopoJSON object "${name}" is missing`)
  return feature(topology, object as GeometryCollection) as FeatureCollection
}

export async function loadBasemap(): Promise<Basemap> {
  bootMark('basemap-fetch-start')
  const [china, counties, world, physical, scs, places] = await Promise.all(
    [chinaUrl, countiesUrl, worldUrl, physicalUrl, scsUrl, placesUrl].map(fetchJson),
  )
  bootMark('basemap-fetched')
  const topo = (x: unknown) => x as Topology
  const worldTopo = topo(world)
  const firstObject = Object.keys(worldTopo.objects)[0] ?? 'countries'
  const basemap: Basemap = {
    provinces: layerOf('china.topo.json', topo(china), 'provinces'),
    prefectures: layerOf('china.topo.json', topo(china), 'prefectures'),
    counties: layerOf('counties.topo.json', topo(counties), 'counties'),
    neighbours: layerOf('world.topo.json', worldTopo, firstObject),
    rivers: layerOf('physical.topo.json', topo(physical), 'rivers'),
    lakes: layerOf('physical.topo.json', topo(physical), 'lakes'),
    dashes: layerOf('scs.topo.json', topo(scs), 'dashes'),
    islands: layerOf('scs.topo.json', topo(scs), 'islands'),
    places: parsePlaces('places.json', places),
  }
  bootMark('basemap-parsed')
  return basemap
}
