// Pure selectors over records: what the map, the count, the charts and the exports all read.
import type { AtlasRecord, LayerId } from './schema'
import { buildPredicate, type FilterState } from './filters'
import { FIRST_YEAR, LAST_YEAR } from './time'

export type AidMetric = 'fundsCny' | 'projects'

/** The figure an aid record is drawn by, or undefined when the record has none. */
export function primaryMetric(record: AtlasRecord, metric: AidMetric): number | undefined {
  return record.metrics[metric]
}

export function visibleRecords(records: readonly AtlasRecord[], state: FilterState): AtlasRecord[] {
  return records.filter(buildPredicate(state))
}

/** Records passing every filter but time: the GPU filters time, so a year change does not rebuild the data. */
export function recordsBeforeTime(records: readonly AtlasRecord[], state: FilterState): AtlasRecord[] {
  const predicate = buildPredicate({ ...state, span: [FIRST_YEAR, LAST_YEAR], timeMode: 'cumulative' })
  return records.filter(predicate)
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
