// The legend's rows, pure: each layer's entries from the layer descriptions the map draws (the same entry of two
// descriptions, e.g. "date not known", merged into one row), and how many records each row has on the map now. The
// live legend (LegendPanel.vue) and the exports' caption (useCaption.ts) both list these, through useLegendRows.
import type { LayerId } from '../domain/schema'
import { shownCountOf, type TimeIndex, type TimeView } from '../domain/time-index'
import { specRecordIds, type LayerSpec, type LegendEntry } from './layer-specs'

/** A legend entry with the records it stands for (a scale's key stands for every record its layer draws). */
export interface LegendRow {
  entry: LegendEntry
  key: string
  ids: string[]
  /** A category with its own records (its count is shown), not a scale's key. */
  counted: boolean
}

export interface ShownLegendRow extends LegendRow {
  /** How many of the row's records the map shows now (more than 0). */
  count: number
}

/** Each layer's rows, in the order of the descriptions and their entries. */
export function legendRows(specs: readonly LayerSpec[]): Map<LayerId, LegendRow[]> {
  const out = new Map<LayerId, LegendRow[]>()
  for (const spec of specs) {
    const list = out.get(spec.layer) ?? []
    for (const e of spec.legend) {
      const key = `${e.label}|${JSON.stringify(e.params ?? {})}`
      const ids = e.ids ? [...e.ids] : specRecordIds(spec)
      const row = list.find((r) => r.key === key)
      if (row) row.ids = [...new Set([...row.ids, ...ids])]
      else list.push({ entry: e, key, ids, counted: Boolean(e.ids) })
    }
    out.set(spec.layer, list)
  }
  return out
}

/**
 * The rows on the map now, with their counts: a row shows while one of its records is shown (by the view's layers,
 * year or span and time mode: the same time walk as the layer counts, domain/time-index.ts shownCountOf).
 */
export function shownLegendRows(rows: ReadonlyMap<LayerId, readonly LegendRow[]>, index: TimeIndex, view: TimeView): Map<LayerId, ShownLegendRow[]> {
  const all = [...rows.values()].flat()
  const counts = shownCountOf(index, view, all.map((r) => r.ids))
  const countOf = new Map(all.map((r, i) => [r, counts[i]!]))
  const out = new Map<LayerId, ShownLegendRow[]>()
  for (const [layer, list] of rows) {
    out.set(layer, list.map((r) => ({ ...r, count: countOf.get(r) ?? 0 })).filter((r) => r.count > 0))
  }
  return out
}
