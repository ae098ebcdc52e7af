// The record filter (categories, statuses, regions, precision) as one byte per drawn mark, which deck.gl reads as a
// GPU filter value beside the years (deck-adapter.ts). Pure: the layer descriptions are built from every record once
// (layer-specs.ts buildRecordSpecs); a filter change walks typed arrays here and rebuilds nothing else.
import type { AtlasRecord } from '../domain/schema'
import type { LayerSpec } from './layer-specs'

/** For each spec, each datum's record row (index into the records), and the rows of the records it also stands for. */
export interface SpecRows {
  rows: Int32Array
  members: Map<number, Int32Array>
}

/** Which record each mark draws: built once per set of records, so a filter change needs no lookups by id. */
export function specRows(specs: readonly LayerSpec[], records: readonly AtlasRecord[]): Map<string, SpecRows> {
  const rowOf = new Map<string, number>()
  records.forEach((r, i) => rowOf.set(r.id, i))
  const out = new Map<string, SpecRows>()
  for (const spec of specs) {
    if (spec.kind === 'tiles') continue
    const data = spec.data
    const rows = new Int32Array(data.length)
    const members = new Map<number, Int32Array>()
    data.forEach((d, i) => {
      rows[i] = rowOf.get(d.id) ?? -1
      if (d.members?.length) members.set(i, Int32Array.from(d.members, (id) => rowOf.get(id) ?? -1))
    })
    out.set(spec.id, { rows, members })
  }
  return out
}

/**
 * The specs with `pass` set from the records' mask: a mark shows while its record, or one it also stands for,
 * passes. New spec objects around the same `data`, so deck.gl updates the filter value alone; a spec of `previous`
 * whose marks pass as before is handed back itself, so deck.gl leaves that layer alone.
 */
export function withPass(specs: readonly LayerSpec[], rowsOf: ReadonlyMap<string, SpecRows>, mask: Uint8Array, previous: readonly LayerSpec[] = []): LayerSpec[] {
  const before = new Map(previous.map((spec) => [spec.id, spec]))
  return specs.map((spec) => {
    const rows = rowsOf.get(spec.id)
    if (!rows) return spec
    const pass = new Uint8Array(rows.rows.length)
    const at = (row: number) => (row >= 0 ? mask[row]! : 0)
    for (let i = 0; i < pass.length; i++) pass[i] = at(rows.rows[i]!)
    for (const [i, extra] of rows.members) if (!pass[i]) pass[i] = extra.some((row) => at(row) === 1) ? 1 : 0
    const old = before.get(spec.id)
    if (old?.data === spec.data && old.pass && sameBytes(old.pass, pass)) return old
    return { ...spec, pass }
  })
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
