// Pure selectors over records: what the map, the count, the charts and the exports all read.
import type { AtlasRecord, LayerId } from './schema'
import { buildPredicate, buildRecordPredicate, type FilterState, type RecordFilter } from './filters'

export type AidMetric = 'fundsCny' | 'projects'

/** The figure an aid record is drawn by, or undefined when the record has none. */
export function primaryMetric(record: AtlasRecord, metric: AidMetric): number | undefined {
  return record.metrics[metric]
}

export function visibleRecords(records: readonly AtlasRecord[], state: FilterState): AtlasRecord[] {
  return records.filter(buildPredicate(state))
}

/** Records passing every filter but time: the GPU filters time, so a year change does not rebuild the data. */
export function recordsBeforeTime(records: readonly AtlasRecord[], filter: RecordFilter): AtlasRecord[] {
  return records.filter(buildRecordPredicate(filter))
}

/** 1 for each record passing the record filter, in the records' order: the map draws it as a GPU filter value. */
export function passMask(records: readonly AtlasRecord[], filter: RecordFilter): Uint8Array {
  const passes = buildRecordPredicate(filter)
  const mask = new Uint8Array(records.length)
  for (let i = 0; i < records.length; i++) mask[i] = passes(records[i]!) ? 1 : 0
  return mask
}

export function countByLayer(records: readonly AtlasRecord[]): Record<LayerId, number> {
  const counts: Record<LayerId, number> = { aid: 0, park: 0, waterway: 0, office: 0, coverage: 0, cooperation: 0 }
  for (const r of records) counts[r.layer] += 1
  return counts
}

/** How many distinct region codes the records touch. */
export function regionCount(records: readonly AtlasRecord[]): number {
  return new Set(records.flatMap((r) => r.regions)).size
}

/**
 * Other records of the same layer over the same regions, among those shown: what a click on a shared area also
 * stands for (eight planned tasks of the same counties are drawn as one area).
 */
export function sameAreaRecords(record: AtlasRecord, shown: readonly AtlasRecord[]): AtlasRecord[] {
  const key = [...record.regions].sort().join(',')
  return shown.filter((r) => r.id !== record.id && r.layer === record.layer && [...r.regions].sort().join(',') === key)
}
