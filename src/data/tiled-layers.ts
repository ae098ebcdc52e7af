// Loading only: the build's tiled layers (src/domain/tiled.ts, geo/README.md "Tiled layers"). The manifest and each
// layer's attribute file come from the same origin; the geometry stays in the PMTiles archive, which the map reads
// tile by tile with HTTP range requests (src/map/tiled-deck.ts).
import { MANIFEST_PATH, clustersPerZoom, fromAttributeRecord, type AttributeRecord, type StandInShape, type TiledLayerEntry, type TiledManifest } from '../domain/tiled'
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
  /** Each record's cluster at each clustered zoom (`[z * records.length + i]`, 0 = none; scripts/tiles/cut.ts). */
  membership: Uint32Array
  /** How many clusters each zoom 0..clusterMaxZoom has. */
  clustersAt: number[]
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
/** The tiled records whose geometry in the app is one point standing for a line or an area (the exports say so). */
const standIns = new WeakMap<AtlasRecord, StandInShape>()
export const standInShape = (r: AtlasRecord): StandInShape | undefined => standIns.get(r)

/**
 * gzip bytes, or already plain bytes when the server decoded a Content-Encoding: gzip on the way (`plainLength`: the
 * size the plain bytes must have, when known, so plain bytes that happen to start like gzip are not taken for it).
 */
export async function gunzipped(response: Response, plainLength?: number): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes.byteLength === plainLength || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes.buffer
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Response(stream).arrayBuffer()
}

export const gzipText = async (response: Response): Promise<string> => new TextDecoder().decode(await gunzipped(response))

/** A layer's cluster file, fetched: its little-endian numbers, one per clustered zoom and record. */
export async function readMembership(response: Response, entry: TiledLayerEntry): Promise<Uint32Array> {
  return membershipOf(await gunzipped(response, entry.count * (entry.clusterMaxZoom + 1) * 4))
}

/** The cluster file's little-endian numbers (scripts/tiles/build.ts). */
export function membershipOf(bytes: ArrayBuffer): Uint32Array {
  if (bytes.byteLength % 4) throw new Error(`cluster file: ${bytes.byteLength} bytes, not whole 32-bit numbers`)
  const view = new DataView(bytes)
  const out = new Uint32Array(bytes.byteLength / 4)
  for (let k = 0; k < out.length; k++) out[k] = view.getUint32(k * 4, true)
  return out
}

export function sourceOf(entry: TiledLayerEntry, attributes: readonly AttributeRecord[], membership: Uint32Array, archiveUrl: string): TiledSource {
  const clustersAt = clustersPerZoom(membership, attributes.length, entry.clusterMaxZoom + 1)
  const records = attributes.map((a) => {
    const { record, shape } = fromAttributeRecord(a)
    tiledRecords.add(record)
    if (shape) standIns.set(record, shape)
    return record
  })
  return { entry, archiveUrl, records, membership, clustersAt, indexOf: new Map(records.map((r, i) => [r, i])) }
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
      if (typeof entry.clusters !== 'string') throw new Error('the manifest names no cluster file (a build older than the app)')
      const attributesUrl = sameOrigin(base() + entry.attributes)
      const archiveUrl = sameOrigin(base() + entry.archive)
      const clustersUrl = sameOrigin(base() + entry.clusters)
      const [response, clusters] = await Promise.all([fetch(attributesUrl), fetch(clustersUrl)])
      if (!response.ok) throw new Error(`${entry.attributes}: HTTP ${response.status}`)
      if (!clusters.ok) throw new Error(`${entry.clusters}: HTTP ${clusters.status}`)
      const attributes = JSON.parse(await gzipText(response)) as AttributeRecord[]
      if (attributes.length !== entry.count) throw new Error(`${attributes.length} records, the manifest says ${entry.count}`)
      out.sources.push(sourceOf(entry, attributes, await readMembership(clusters, entry), archiveUrl))
    } catch (e) {
      out.leftOut.push(entry.name)
      out.problems.push(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }))
  out.sources.sort((a, b) => a.entry.name.localeCompare(b.entry.name))
  out.records = out.sources.flatMap((s) => s.records)
  return out
}
