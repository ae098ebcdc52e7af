/**
 * A PMTiles v3 archive writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): the `pmtiles` npm
 * package only reads. Tiles and directories are gzip-compressed with the `gzip` function given (node's zlib in the
 * build), so the module stays pure. Layout: header, root directory, metadata, leaf directories, tile data (tiles in
 * tile-id order, i.e. clustered). When the root directory would not fit in the first 16 KiB, the entries go into leaf
 * directories (as many as needed, each of `leafSize` entries) and the root lists the leaves.
 */
import { zxyToTileId } from 'pmtiles'

export interface TileBytes { z: number; x: number; y: number; data: Uint8Array }
interface Entry { tileId: number; offset: number; length: number; runLength: number }

const HEADER = 127
const GZIP = 2
const MVT = 1

/** PMTiles/protobuf unsigned varints, little end first. */
export function varints(values: Iterable<number>): number[] {
  const out: number[] = []
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80)
      v = Math.floor(v / 0x80)
    }
    out.push(v)
  }
  return out
}

function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const ids: number[] = []
  let last = 0
  for (const e of entries) {
    ids.push(e.tileId - last)
    last = e.tileId
  }
  const offsets = entries.map((e, i) => (i > 0 && e.offset === entries[i - 1]!.offset + entries[i - 1]!.length ? 0 : e.offset + 1))
  return Uint8Array.from(varints([entries.length, ...ids, ...entries.map((e) => e.runLength), ...entries.map((e) => e.length), ...offsets]))
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** The root directory, and the leaf directories it points to (empty when the root holds every entry). */
function directories(entries: readonly Entry[], gzip: (b: Uint8Array) => Uint8Array): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzip(serializeDirectory(entries))
  if (HEADER + root.length <= 16_384) return { root, leaves: new Uint8Array(0) }
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Uint8Array[] = []
    const rootEntries: Entry[] = []
    let offset = 0
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize)
      const leaf = gzip(serializeDirectory(chunk))
      rootEntries.push({ tileId: chunk[0]!.tileId, offset, length: leaf.length, runLength: 0 })
      leafParts.push(leaf)
      offset += leaf.length
    }
    const rootBytes = gzip(serializeDirectory(rootEntries))
    if (HEADER + rootBytes.length <= 16_384) return { root: rootBytes, leaves: concat(leafParts) }
  }
}

export function writePmtiles(
  tiles: readonly TileBytes[],
  metadata: Record<string, unknown>,
  bounds: [number, number, number, number],
  gzip: (b: Uint8Array) => Uint8Array,
): Uint8Array {
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), z: t.z, data: gzip(t.data) })).sort((a, b) => a.id - b.id)
  const entries: Entry[] = []
  let offset = 0
  for (const t of sorted) {
    entries.push({ tileId: t.id, offset, length: t.data.length, runLength: 1 })
    offset += t.data.length
  }
  const { root, leaves } = directories(entries, gzip)
  const meta = gzip(new TextEncoder().encode(JSON.stringify(metadata)))
  const rootOffset = HEADER
  const metaOffset = rootOffset + root.length
  const leafOffset = metaOffset + meta.length
  const dataOffset = leafOffset + leaves.length
  const header = new Uint8Array(HEADER)
  const view = new DataView(header.buffer)
  header.set(new TextEncoder().encode('PMTiles'), 0)
  header[7] = 3
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true)
  u64(8, rootOffset); u64(16, root.length)
  u64(24, metaOffset); u64(32, meta.length)
  u64(40, leafOffset); u64(48, leaves.length)
  u64(56, dataOffset); u64(64, offset)
  u64(72, sorted.length); u64(80, sorted.length); u64(88, sorted.length)
  header[96] = 1 // clustered: tiles in tile-id order
  header[97] = GZIP // internal compression
  header[98] = GZIP // tile compression
  header[99] = MVT
  header[100] = Math.min(...sorted.map((t) => t.z))
  header[101] = Math.max(...sorted.map((t) => t.z))
  const e7 = (at: number, v: number) => view.setInt32(at, Math.round(v * 1e7), true)
  e7(102, bounds[0]); e7(106, bounds[1]); e7(110, bounds[2]); e7(114, bounds[3])
  header[118] = header[100]!
  e7(119, (bounds[0] + bounds[2]) / 2); e7(123, (bounds[1] + bounds[3]) / 2)
  return concat([header, root, meta, leaves, ...sorted.map((t) => t.data)])
}
