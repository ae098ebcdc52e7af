// Offices as a map reader sees them: a seat (the city or region an office sits in), labelled with its place's short
// name, and a timeline of the records at that seat. The plan's "增设…"/"调整…" records and the 2010 change of an
// office into a liaison office are events on that timeline, never kinds of office. Pure: no Vue, no DOM.
import type { AtlasRecord } from './schema'
import type { Places } from './places'

export interface LocalText { zh: string; en: string }

/** Place names as China's maps label them: 新疆维吾尔自治区 -> 新疆, 广州市 -> 广州. */
export function shortPlaceName(zh: string): string {
  return zh.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$/, '')
}

/** The seat of an office record: its one region (a record over several regions, like a plan task for all offices, has none). */
export function officeSeat(record: AtlasRecord): string | null {
  return record.layer === 'office' && record.regions.length === 1 ? record.regions[0]! : null
}

/** The name an office is labelled with on the map: its seat's short place name, in both languages. */
export function seatName(places: Places | undefined, code: string): LocalText | null {
  const place = places?.get(code)
  return place ? { zh: shortPlaceName(place.zh), en: place.en } : null
}

export type OfficeEventKind = 'stated' | 'office' | 'task' | 'coverage'

export interface OfficeEvent {
  kind: OfficeEventKind
  /** The record the event comes from (a click opens it). */
  id: string
  /** The years of the event: the record's years, or for `stated` the span its source states. */
  years: [number, number]
  /** No source dates it: the years shown stand in (the record's `datePrecision` is `unknown`). */
  undated: boolean
  /** The record's own name: for an office the office, for the plan's change records the change ("增设驻内蒙古办事处"). */
  name: LocalText
  /** For a coverage event, the regions it covers. */
  regions?: readonly string[]
}

/**
 * Every record at the seat of `record`, in time order: the span its source states when it reaches before the
 * atlas's years, each office record at the seat (an office, its successor, a change the plan reports), the plan's
 * tasks for the offices that name the seat, and the liaison regions of the seat's offices. Dates are the records'
 * own; an undated record says so. Empty when the record is not an office or coverage record with a seat.
 */
export function officeTimeline(record: AtlasRecord, records: readonly AtlasRecord[]): OfficeEvent[] {
  const office = record.layer === 'coverage' ? records.find((r) => r.id === record.office) : record
  const seat = office ? officeSeat(office) : null
  if (!seat) return []
  const atSeat = records.filter((r) => r.layer === 'office' && r.regions.includes(seat))
  const seatOffices = new Set(atSeat.filter((r) => officeSeat(r) === seat).map((r) => r.id))
  const events: OfficeEvent[] = []
  for (const r of atSeat) {
    const undated = r.datePrecision === 'unknown'
    if (r.statedSpan && r.statedSpan[0] < r.years[0]) {
      events.push({ kind: 'stated', id: r.id, years: [r.statedSpan[0], r.statedSpan[1]], undated: false, name: r.name })
    }
    events.push({ kind: seatOffices.has(r.id) ? 'office' : 'task', id: r.id, years: [r.years[0], r.years[1]], undated, name: r.name })
  }
  for (const r of records) {
    if (r.layer !== 'coverage' || !r.office || !seatOffices.has(r.office)) continue
    events.push({ kind: 'coverage', id: r.id, years: [r.years[0], r.years[1]], undated: r.datePrecision === 'unknown', name: r.name, regions: r.regions })
  }
  const order: Record<OfficeEventKind, number> = { stated: 0, office: 1, task: 2, coverage: 3 }
  return events.sort((a, b) => a.years[0] - b.years[0] || order[a.kind] - order[b.kind] || a.years[1] - b.years[1] || a.id.localeCompare(b.id))
}
