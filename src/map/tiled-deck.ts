// A tiled layer on the map: deck.gl's TileLayer asks for the tiles in view, `pmtiles` reads each from the one static
// archive with an HTTP range request (same origin, gzip tiles), and each tile is drawn by the adapter's usual layers.
// The year is a GPU filter on the features' own years, as for every other layer; the record filter is a third filter
// value, one byte per record (tiled-specs.ts), so a year change moves a uniform and never touches a tile.
import { TileLayer } from '@deck.gl/geo-layers'
import { PathLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers'
import { ClipExtension, DataFilterExtension } from '@deck.gl/extensions'
import type { Layer } from '@deck.gl/core'
import { FetchSource, PMTiles } from 'pmtiles'
import { VectorTile } from '@mapbox/vector-tile'
import Pbf from 'pbf'
import type { Position } from 'geojson'
import type { LayerSpec } from './layer-specs'
import { shownInCluster, type TiledDraw } from './tiled-specs'
import { FIRST_LABEL_LAYER } from './style'
import { areaEdgeWidth, dashes, dashOf, pointRingColour, pointRingWidth, SELECTED } from './precision-marks'

/** A tile feature: `n` records (a cluster when > 1, numbered `c` at its tile's zoom `z`), `i` the first of them. */
interface Feature { id: string | null; i: number; n: number; z: number; c: number; years: [number, number] }
export interface TilePoint extends Feature { position: [number, number] }
export interface TilePath extends Feature { path: Position[] }
export interface TilePolygon extends Feature { polygon: Position[][] }
export interface TileContent { points: TilePoint[]; lines: TilePath[]; polygons: TilePolygon[] }

const filter = new DataFilterExtension({ filterSize: 3 })
const clip = new ClipExtension()
const CLUSTER_RING: [number, number, number, number] = [255, 255, 255, 230]
// Outlines and lines: dashed or dotted when the place or date is not exact (precision-marks.ts).
const WITH_DASHES = [filter, clip, dashes]

const archives = new Map<string, PMTiles>()
function archiveOf(url: string): PMTiles {
  let archive = archives.get(url)
  if (!archive) archives.set(url, (archive = new PMTiles(new FetchSource(url))))
  return archive
}

/** One tile's features, decoded: positions in lon/lat, the record's id from the attribute file (null for a cluster). */
export function decodeTile(bytes: ArrayBuffer, x: number, y: number, z: number, records: TiledDraw['records']): TileContent {
  const tile = new VectorTile(new Pbf(new Uint8Array(bytes)))
  const out: TileContent = { points: [], lines: [], polygons: [] }
  for (const name of ['points', 'lines', 'polygons'] as const) {
    const layer = tile.layers[name]
    if (!layer) continue
    for (let k = 0; k < layer.length; k++) {
      const f = layer.feature(k)
      const p = f.properties as Record<string, number>
      const n = p.n ?? 1
      const i = p.i!
      const base: Feature = { id: n > 1 ? null : (records[i]?.id ?? null), i, n, z, c: p.c ?? 0, years: [p.y0!, p.y1!] }
      const g = f.toGeoJSON(x, y, z).geometry
      if (g.type === 'Point') out.points.push({ ...base, position: g.coordinates as [number, number] })
      else if (g.type === 'MultiPoint') for (const c of g.coordinates) out.points.push({ ...base, position: c as [number, number] })
      else if (g.type === 'LineString') out.lines.push({ ...base, path: g.coordinates })
      else if (g.type === 'MultiLineString') for (const c of g.coordinates) out.lines.push({ ...base, path: c })
      else if (g.type === 'Polygon') out.polygons.push({ ...base, polygon: g.coordinates })
      else if (g.type === 'MultiPolygon') for (const c of g.coordinates) out.polygons.push({ ...base, polygon: c })
    }
  }
  return out
}

/** One loader per archive, kept across renders so deck.gl keeps its tiles. */
const loaders = new Map<string, (props: { index: { x: number; y: number; z: number }; signal?: AbortSignal }) => Promise<TileContent | null>>()
function loaderOf(draw: TiledDraw) {
  let load = loaders.get(draw.url)
  if (!load) {
    const records = draw.records
    load = async ({ index: { x, y, z }, signal }) => {
      const tile = await archiveOf(draw.url).getZxy(z, x, y, signal)
      return tile ? decodeTile(tile.data, x, y, z, records) : null
    }
    loaders.set(draw.url, load)
  }
  return load
}

export interface TiledState {
  draw: TiledDraw
  filterRange: [number, number][]
  filterSoftRange: [number, number][]
  selection: string | null
}

function renderTile(props: { id: string; data: TileContent | null; tile: { bbox: { west: number; south: number; east: number; north: number } }; atlas: TiledState }): Layer[] {
  const content = props.data
  if (!content) return []
  const { draw, selection } = props.atlas
  const { west, south, east, north } = props.tile.bbox
  // A cluster shows the records of it that pass the filters: hidden with none, sized by their count.
  const passOf = (d: Feature) => (d.n > 1 ? Math.min(1, shownInCluster(draw, d.z, d.c)) : (draw.pass[d.i] ?? 0))
  const styleOf = (d: Feature) => (d.n > 1 ? draw.clusterStyle(d.i, shownInCluster(draw, d.z, d.c)) : draw.style(d.i))
  const isSelected = (d: Feature) => d.id !== null && d.id === selection
  const common = {
    pickable: true,
    extensions: [filter, clip],
    clipBounds: [west, south, east, north],
    getFilterValue: (d: Feature) => [d.years[0], d.years[1], passOf(d)],
    filterRange: [...props.atlas.filterRange, [0.5, 1.5]],
    filterSoftRange: [...props.atlas.filterSoftRange, [0.5, 1.5]],
    parameters: { depthCompare: 'always' as const, depthWriteEnabled: false },
  }
  const triggers = { getFilterValue: draw.version, getFillColor: draw.version, getColor: [draw.version, selection], getLineColor: [draw.version, selection], getLineWidth: selection, getRadius: draw.version }
  return [
    new PolygonLayer<TilePolygon>({
      ...common, id: `${props.id}-polygons`, data: content.polygons,
      getPolygon: (d: TilePolygon) => d.polygon as never,
      getFillColor: (d: TilePolygon) => { const s = styleOf(d); return [s.fill[0], s.fill[1], s.fill[2], Math.min(s.fill[3], 140)] },
      getLineColor: (d: TilePolygon) => (isSelected(d) ? SELECTED : styleOf(d).line),
      getLineWidth: (d: TilePolygon) => areaEdgeWidth(styleOf(d), isSelected(d)),
      getDashArray: (d: TilePolygon) => dashOf(styleOf(d)),
      dashJustified: true,
      extensions: WITH_DASHES,
      lineWidthUnits: 'pixels', stroked: true, filled: true,
      updateTriggers: { ...triggers, getDashArray: draw.version },
    } as never),
    new PathLayer<TilePath>({
      ...common, id: `${props.id}-lines`, data: content.lines,
      getPath: (d: TilePath) => d.path as never,
      getColor: (d: TilePath) => (isSelected(d) ? SELECTED : styleOf(d).line),
      getWidth: (d: TilePath) => styleOf(d).width,
      getDashArray: (d: TilePath) => dashOf(styleOf(d)),
      dashJustified: true,
      extensions: WITH_DASHES,
      widthUnits: 'pixels', capRounded: true, jointRounded: true,
      updateTriggers: { ...triggers, getDashArray: draw.version },
    } as never),
    new ScatterplotLayer<TilePoint>({
      ...common, id: `${props.id}-points`, data: content.points,
      // A point belongs to one tile only (no buffer): clip by its centre, never cutting a circle at a tile edge.
      clipByInstance: true,
      getPosition: (d: TilePoint) => d.position,
      getRadius: (d: TilePoint) => styleOf(d).radius,
      radiusUnits: 'pixels',
      getFillColor: (d: TilePoint) => styleOf(d).fill,
      getLineColor: (d: TilePoint) => (d.n > 1 && !isSelected(d) ? CLUSTER_RING : pointRingColour(styleOf(d), isSelected(d))),
      getLineWidth: (d: TilePoint) => pointRingWidth(styleOf(d), isSelected(d)),
      lineWidthUnits: 'pixels', stroked: true,
      updateTriggers: triggers,
    } as never),
  ]
}

export function tiledDeckLayer(spec: Extract<LayerSpec, { kind: 'tiles' }>, state: Omit<TiledState, 'draw'> & { visible: boolean }): Layer {
  const atlas: TiledState = { draw: spec.tiles, filterRange: state.filterRange, filterSoftRange: state.filterSoftRange, selection: state.selection }
  return new TileLayer<TileContent | null>({
    id: spec.id,
    data: spec.tiles.url,
    visible: state.visible,
    pickable: true,
    minZoom: 0,
    maxZoom: spec.tiles.maxZoom,
    tileSize: 512,
    beforeId: FIRST_LABEL_LAYER,
    getTileData: loaderOf(spec.tiles) as never,
    renderSubLayers: renderTile as never,
    atlas,
  } as never)
}
