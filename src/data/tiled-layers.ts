// Loading only: the build's tiled layers (src/domain/tiled.ts, geo/README.md "Tiled layers"). The manifest and each
// layer's attribute file come from the same origin; the geometry stays in the PMTiles archive, which the map reads
// tile by tile with HTTP range requests (src/map/tiled-deck.ts).
import { MANIFEST_PATH, clusterGroup, fromAttributeRecord, type AttributeRecord, type TiledLayerEntry, type TiledManifest } from '../domain/tiled'
import type { AtlasRecord } from '../domain/schema'

/** A manifest path as a URL of this origin, or an error: the atlas never reads a tile file from elsewhere. */
function sameOrigin(path: string): string {
  const url = new URL(path, location.href)
  if (url.origin !== location.origin) throw new Error(`${path} is not on this site`)
  return url.href
}

export interface TiledSource {
  entry: TiledLayerEntry
  /** The archive's URL, same origin. */
  archiveUrl: string
  /** The layer's records in the attribute file's order: a tile feature's `i` is an index into it. */
  records: readonly AtlasRecord[]
  /** Each record's cluster group (clusterGroup) as a small integer, and how many groups there are. */
  groupOf: Uint32Array
  groups: number
  /** A record's index in `records`. */
  indexOf: ReadonlyMap<AtlasRecord, number>
}

export interface LoadedTiled {
  sources: TiledSource[]
  records: AtlasRecord[]
  leftOut: string[]
  problems: string[]
}

const base = () => import.meta.env.BASE_URL ?? '/'

/** The records a tiled layer stands for, each known by the tiled source it came from. */
const tiledRecords = new WeakSet<AtlasRecord>()
export const isTiledRecord = (r: AtlasRecord): boolean => tiledRecords.has(r)

/** gzip bytes, or already plain text when the server decoded a Content-Encoding: gzip on the way. */
export async function gzipText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes)
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Response(stream).text()
}

export function sourceOf(entry: TiledLayerEntry, attributes: readonly AttributeRecord[], archiveUrl: string): TiledSource {
  const records = attributes.map(fromAttributeRecord)
  for (const r of records) tiledRecords.add(r)
  const groupIds = new Map<string, number>()
  const groupOf = new Uint32Array(records.length)
  records.forEach((r, i) => {
    const key = clusterGroup(r)
    let g = groupIds.get(key)
    if (g === undefined) groupIds.set(key, (g = groupIds.size))
    groupOf[i] = g
  })
  return { entry, archiveUrl, records, groupOf, groups: groupIds.size, indexOf: new Map(records.map((r, i) => [r, i])) }
}

/** The tiled layers of this build: none when the build wrote no manifest. */
export async function loadTiledLayers(): Promise<LoadedTiled> {
  const out: LoadedTiled = { sources: [], records: [], leftOut: [], problems: [] }
  let manifest: TiledManifest
  try {
    const response = await fetch(base() + MANIFEST_PATH)
    if (!response.ok) return out
    manifest = (await response.json()) as TiledManifest
  } catch {
    return out
  }
  await Promise.all(manifest.layers.map(async (entry) => {
    try {
      const attributesUrl = sameOrigin(base() + entry.attributes)
      const archiveUrl = sameOrigin(base() + entry.archive)
      const response = await fetch(attributesUrl)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const attributes = JSON.parse(await gzipText(response)) as AttributeRecord[]
      if (attributes.length !== entry.count) throw new Error(`${attributes.length} records, the manifest says ${entry.count}`)
      out.sources.push(sourceOf(entry, attributes, archiveUrl))
    } catch (e) {
      out.leftOut.push(entry.name)
      out.problems.push(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }))
  out.sources.sort((a, b) => a.entry.name.localeCompare(b.entry.name))
  out.records = out.sources.flatMap((s) => s.records)
  return out
}
