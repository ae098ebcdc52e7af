// The drawing description of a tiled layer (geo/README.md "Tiled layers"): what the deck adapter needs to draw the
// archive's features, which carry only a record index and years. Pure, like layer-specs.ts: the record filter
// becomes one byte per record (`pass`), the year stays a GPU filter on the features' own years.
import { CATEGORIES, type AtlasRecord } from '../domain/schema'
import { passingPerCluster, type TileKind } from '../domain/tiled'
import type { TiledSource } from '../data/tiled-layers'
import { base, categoryColour, parkRadius, type Datum, type LayerSpec, type LegendEntry } from './layer-specs'
import type { Rgba } from './palettes'

export interface TiledStyle extends Datum {
  radius: number
  width: number
}

export interface TiledDraw {
  url: string
  kinds: readonly TileKind[]
  maxZoom: number
  records: readonly AtlasRecord[]
  /** 1 where the record passes the record filter (categories, statuses, regions, precision). */
  pass: Uint8Array
  /** How many records of cluster c at zoom z pass the record filter (`[z][c]`): a cluster with none is hidden. */
  clusterCounts: Uint32Array[]
  /** A new number whenever `pass` or the styles change (deck.gl's update trigger). */
  version: number
  style(i: number): TiledStyle
  clusterStyle(i: number, count: number): TiledStyle
}

let versions = 0

/** The style of record i of a tiled layer: its category's colour, as the GeoJSON path's category points are drawn. */
function styleOf(r: AtlasRecord): TiledStyle {
  const planned = r.status === 'planned'
  const fill = categoryColour(r.layer, r.category, planned ? 90 : 230)
  return {
    ...base(r, fill, categoryColour(r.layer, r.category)),
    radius: r.layer === 'park' ? parkRadius(r) : 8,
    width: planned ? 4 : 7,
  }
}

/** How many records of a tile's cluster feature the map shows now (cut.ts numbers it `c` at its tile's zoom `z`). */
export const shownInCluster = (draw: Pick<TiledDraw, 'clusterCounts'>, z: number, c: number): number => draw.clusterCounts[z]?.[c] ?? 0

/**
 * A tiled layer's cluster under the pointer (deck.gl's picked object, and the props of the picked layer: deck.gl
 * reports the TileLayer, whose `atlas` prop holds the drawing), with how many of its records pass the filters; null
 * for a record or anything else.
 */
export function clusterOf(object: unknown, layerProps?: unknown): { position: [number, number]; count: number } | null {
  const o = object as { n?: unknown; z?: unknown; c?: unknown; position?: unknown } | null | undefined
  if (!o || typeof o.n !== 'number' || o.n < 2 || !Array.isArray(o.position)) return null
  const draw = (layerProps as { atlas?: { draw?: TiledDraw } } | undefined)?.atlas?.draw
  const count = draw && typeof o.z === 'number' && typeof o.c === 'number' ? shownInCluster(draw, o.z, o.c) : o.n
  return { position: o.position as [number, number], count }
}

/** A cluster's circle grows with the log of its count, from the size of a single record's. */
export const clusterRadius = (count: number): number => Math.min(18, 5 + 2 * Math.log2(Math.max(1, count)))

export function buildTiledSpecs(sources: readonly TiledSource[], drawable: readonly AtlasRecord[]): LayerSpec[] {
  return sources.map((source): LayerSpec => {
    const n = source.records.length
    const pass = new Uint8Array(n)
    for (const r of drawable) {
      const i = source.indexOf.get(r)
      if (i !== undefined) pass[i] = 1
    }
    const styles: (TiledStyle | undefined)[] = new Array(n)
    const style = (i: number) => (styles[i] ??= styleOf(source.records[i]!))
    const layer = source.entry.layer
    const present = new Set(source.records.map((r) => r.category))
    // Each entry names its records, so the legend counts what the map shows now (a tiled spec's `data` is empty).
    const idsOf = (category: string) => source.records.filter((r) => r.category === category).map((r) => r.id)
    const legend: LegendEntry[] = [
      ...CATEGORIES[layer].filter((c) => present.has(c)).map((c) => ({ label: `category.${c}`, colour: categoryColour(layer, c), shape: 'circle' as const, ids: idsOf(c) })),
      { label: 'tiles.cluster', colour: [60, 50, 40, 230] as Rgba, shape: 'circle', ids: source.records.map((r) => r.id) },
    ]
    return {
      id: `tiles:${source.entry.name}`, layer, kind: 'tiles', data: [], legend,
      tiles: {
        url: source.archiveUrl, kinds: source.entry.kinds, maxZoom: source.entry.maxZoom, records: source.records,
        pass, clusterCounts: passingPerCluster(source.membership, source.clustersAt, pass), version: ++versions, style,
        clusterStyle: (i, count) => ({ ...style(i), approximate: false, undated: false, radius: clusterRadius(count) }),
      },
    }
  })
}
