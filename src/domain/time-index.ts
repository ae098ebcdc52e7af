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

/**
 * Sets `into[i]` to 1 (when `into` is given) and calls `visit(i)` (when given) for every record shown in the view, and
 * returns how many: the rule (the same as `matchesTime`) that every count and list below follows, a plain loop over
 * typed arrays.
 */
function markShown(index: TimeIndex, window: Span, mode: TimeMode, layers: readonly LayerId[], into: Uint8Array | null, visit?: (i: number) => void): number {
  let layerMask = 0
  for (const id of layers) layerMask |= 1 << LAYER_IDS.indexOf(id)
  const [from, to] = window
  const { start, end, layer, pass } = index
  const active = mode === 'active'
  let count = 0
  for (let i = 0; i < start.length; i++) {
    if ((layerMask & (1 << layer[i]!)) === 0 || start[i]! > to) continue
    if (pass && pass[i] === 0) continue
    if (active && end[i]! < from) continue
    if (into) into[i] = 1
    if (visit) visit(i)
    count += 1
  }
  return count
}

/** Calls `visit(i)` for every record shown in the view, in the records' order. */
export function eachShown(index: TimeIndex, window: Span, mode: TimeMode, layers: readonly LayerId[], visit: (i: number) => void): void {
  markShown(index, window, mode, layers, null, visit)
}

/**
 * 1 for each record the view shows: one walk, which the list, the per-layer counts, the legend's counts, the region
 * count and the status chart then read, instead of a walk each on every year or filter change. The last view's mask
 * is kept (with its index, until another is asked for); read it, never write to it.
 */
export function shownMask(index: TimeIndex, view: TimeView): Uint8Array {
  const kept = keptMask(index, view)
  if (kept) return kept
  const mask = new Uint8Array(index.records.length)
  markShown(index, timeWindow(view), view.timeMode, view.layers, mask)
  lastMask = { index, key: viewKey(view), mask }
  return mask
}
let lastMask: { index: TimeIndex; key: string; mask: Uint8Array } | null = null
const viewKey = (view: TimeView) => `${timeWindow(view).join(' ')} ${view.timeMode} ${view.layers.join(',')}`
const keptMask = (index: TimeIndex, view: TimeView) => (lastMask?.index === index && lastMask.key === viewKey(view) ? lastMask.mask : null)

/** The records the view shows, in the records' order. */
export function shownRecords(index: TimeIndex, view: TimeView): AtlasRecord[] {
  const shown = shownMask(index, view)
  const out: AtlasRecord[] = []
  for (let i = 0; i < shown.length; i++) if (shown[i]) out.push(index.records[i]!)
  return out
}

/** How many records the view shows per layer, without building the list. */
export function shownCountByLayer(index: TimeIndex, view: TimeView): Record<LayerId, number> {
  const shown = shownMask(index, view)
  const counts = new Array<number>(LAYER_IDS.length).fill(0)
  for (let i = 0; i < shown.length; i++) if (shown[i]) counts[index.layer[i]!]! += 1
  return Object.fromEntries(LAYER_IDS.map((id, i) => [id, counts[i]!])) as Record<LayerId, number>
}

/**
 * For each id in `groups`, how many of its records the view shows (the legend's entries ask this on each year
 * change; no per-year record list is built). Ids not in the index count 0.
 */
export function shownCountOf(index: TimeIndex, view: TimeView, groups: readonly (readonly string[])[]): number[] {
  const shown = shownMask(index, view)
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

/** How many records the view shows (also for a view other than the last one asked: the summary's year before). */
export function shownCount(index: TimeIndex, view: TimeView): number {
  const kept = keptMask(index, view)
  if (!kept) return markShown(index, timeWindow(view), view.timeMode, view.layers, null)
  let count = 0
  for (let i = 0; i < kept.length; i++) count += kept[i]!
  return count
}

/** How many distinct region codes the shown records touch. */
export function shownRegionCount(index: TimeIndex, view: TimeView): number {
  const shown = shownMask(index, view)
  const seen = new Uint8Array(index.regionSets.length)
  for (let i = 0; i < shown.length; i++) if (shown[i]) seen[index.regionSet[i]!] = 1
  const codes = new Set<string>()
  seen.forEach((on, set) => {
    if (on) for (const code of index.regionSets[set]!) codes.add(code)
  })
  return codes.size
}
