// The records indexed once for time: start and end years and layer in typed arrays, so a change of year walks flat
// arrays instead of calling a predicate per record. Built again only when the records change; the record filter is a
// mask beside it (`withPass`), so neither a year nor a filter change rebuilds it.
import { LAYER_IDS, STATUSES, type AtlasRecord, type LayerId } from './schema'
import { timeWindow, type FilterState, type TimeMode } from './filters'
import type { Span } from './time'

export interface TimeIndex {
  records: readonly AtlasRecord[]
  start: Int16Array
  end: Int16Array
  layer: Uint8Array
  /** Each record's status, as its place in STATUSES (the status chart counts over it). */
  status: Uint8Array
  /** Each record's set of region codes, as an index into `regionSets` (records over the same regions share one). */
  regionSet: Uint32Array
  regionSets: readonly (readonly string[])[]
  /** 1 where the record passes the record filter (categories, statuses, regions, precision); absent: all pass. */
  pass?: Uint8Array
}

/** The index with the record filter's mask (one byte per record, domain/selectors.ts passMask): shares every array. */
export function withPass(index: TimeIndex, pass: Uint8Array): TimeIndex {
  return { ...index, pass }
}

export function buildTimeIndex(records: readonly AtlasRecord[]): TimeIndex {
  const n = records.length
  const start = new Int16Array(n)
  const end = new Int16Array(n)
  const layer = new Uint8Array(n)
  const status = new Uint8Array(n)
  const regionSet = new Uint32Array(n)
  const sets = new Map<string, number>()
  const regionSets: string[][] = []
  records.forEach((r, i) => {
    start[i] = r.years[0]
    end[i] = r.years[1]
    layer[i] = LAYER_IDS.indexOf(r.layer)
    status[i] = STATUSES.indexOf(r.status)
    const key = r.regions.join(',')
    let set = sets.get(key)
    if (set === undefined) {
      set = regionSets.push([...r.regions]) - 1
      sets.set(key, set)
    }
    regionSet[i] = set
  })
  return { records, start, end, layer, status, regionSet, regionSets }
}

export type TimeView = Pick<FilterState, 'year' | 'span' | 'timeMode' | 'layers'>

/** Calls `visit(i)` for every record shown in the view, in the records' order (the same rule as `matchesTime`). */
export function eachShown(index: TimeIndex, window: Span, mode: TimeMode, layers: readonly LayerId[], visit: (i: number) => void): void {
  let layerMask = 0
  for (const id of layers) layerMask |= 1 << LAYER_IDS.indexOf(id)
  const [from, to] = window
  const { start, end, layer, pass } = index
  for (let i = 0; i < start.length; i++) {
    if ((layerMask & (1 << layer[i]!)) === 0 || start[i]! > to) continue
    if (pass && pass[i] === 0) continue
    if (mode === 'active' && end[i]! < from) continue
    visit(i)
  }
}

/** The records the view shows, in the records' order. */
export function shownRecords(index: TimeIndex, view: TimeView): AtlasRecord[] {
  const out: AtlasRecord[] = []
  eachShown(index, timeWindow(view), view.timeMode, view.layers, (i) => out.push(index.records[i]!))
  return out
}

/** How many records the view shows per layer, without building the list. */
export function shownCountByLayer(index: TimeIndex, view: TimeView): Record<LayerId, number> {
  const counts = new Array<number>(LAYER_IDS.length).fill(0)
  eachShown(index, timeWindow(view), view.timeMode, view.layers, (i) => (counts[index.layer[i]!]! += 1))
  return Object.fromEntries(LAYER_IDS.map((id, i) => [id, counts[i]!])) as Record<LayerId, number>
}

/**
 * For each id in `groups`, how many of its records the view shows: one walk over the index for every group (the
 * legend's entries ask this on each year change; no per-year record list is built). Ids not in the index count 0.
 */
export function shownCountOf(index: TimeIndex, view: TimeView, groups: readonly (readonly string[])[]): number[] {
  const shown = new Uint8Array(index.records.length)
  eachShown(index, timeWindow(view), view.timeMode, view.layers, (i) => (shown[i] = 1))
  return positionsOf(index, groups).map((positions) => {
    let n = 0
    for (const i of positions) if (i >= 0) n += shown[i]!
    return n
  })
}

/**
 * Each group's ids as positions in the index (-1: not in it), kept per group list and list of records in typed
 * arrays: the legend asks with the same lists on every year and filter change. Only a new list's ids are looked up,
 * and no map of every id is kept beside the records.
 */
function positionsOf(index: TimeIndex, groups: readonly (readonly string[])[]): Int32Array[] {
  const missing = groups.filter((ids) => groupPositions.get(ids)?.records !== index.records)
  if (missing.length) {
    // The positions of the new lists' ids only, found in one walk over the records: after a filter change the new
    // lists are the arcs' few ids, and a map of all 100,000 ids would be built and dropped on every change.
    const wanted = new Set<string>()
    for (const ids of missing) for (const id of ids) wanted.add(id)
    // The walk stops once every id is found: the marks that stand for several records (arcs, labels) name the
    // plan's records, which come before 100,000 imported ones.
    const at = new Map<string, number>()
    const { records } = index
    for (let i = 0; i < records.length && at.size < wanted.size; i++) if (wanted.has(records[i]!.id)) at.set(records[i]!.id, i)
    for (const ids of missing) groupPositions.set(ids, { records: index.records, positions: Int32Array.from(ids, (id) => at.get(id) ?? -1) })
  }
  return groups.map((ids) => groupPositions.get(ids)!.positions)
}
const groupPositions = new WeakMap<readonly string[], { records: readonly AtlasRecord[]; positions: Int32Array }>()

export function shownCount(index: TimeIndex, view: TimeView): number {
  let count = 0
  eachShown(index, timeWindow(view), view.timeMode, view.layers, () => (count += 1))
  return count
}

/** How many distinct region codes the shown records touch. */
export function shownRegionCount(index: TimeIndex, view: TimeView): number {
  const seen = new Uint8Array(index.regionSets.length)
  eachShown(index, timeWindow(view), view.timeMode, view.layers, (i) => (seen[index.regionSet[i]!] = 1))
  const codes = new Set<string>()
  seen.forEach((on, set) => {
    if (on) for (const code of index.regionSets[set]!) codes.add(code)
  })
  return codes.size
}
