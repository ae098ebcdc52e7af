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
  ids: readonly string[]
  /** A category with its own records (its count is shown), not a scale's key. */
  counted: boolean
}

export interface ShownLegendRow extends LegendRow {
  /** How many of the row's records the map shows now (more than 0). */
  count: number
}

/**
 * One description's own rows, once per legend: a filter change gives the per-record descriptions a new mask but the
 * same legend (layer-specs-store.ts), so 100,000 ids are not copied again on every filter change.
 */
const specRows = new WeakMap<readonly LegendEntry[], LegendRow[]>()
function rowsOf(spec: LayerSpec): LegendRow[] {
  let rows = specRows.get(spec.legend)
  if (!rows) {
    rows = spec.legend.map((e) => ({
      entry: e, key: `${e.label}|${JSON.stringify(e.params ?? {})}`, ids: e.ids ?? specRecordIds(spec), counted: Boolean(e.ids),
    }))
    specRows.set(spec.legend, rows)
  }
  return rows
}

/** Each layer's rows, in the order of the descriptions and their entries. */
export function legendRows(specs: readonly LayerSpec[]): Map<LayerId, LegendRow[]> {
  const out = new Map<LayerId, LegendRow[]>()
  for (const spec of specs) {
    const list = out.get(spec.layer) ?? []
    for (const own of rowsOf(spec)) {
      const at = list.findIndex((r) => r.key === own.key)
      // The same entry of two descriptions: one row over both's records (a new row; the cached ones stay as they are).
      if (at >= 0) list[at] = { ...list[at]!, ids: [...new Set([...list[at]!.ids, ...own.ids])] }
      else list.push(own)
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
