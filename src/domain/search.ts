// Search over places (basemap units) and records, in Chinese and English. Pure.
import type { AtlasRecord } from './schema'
import type { Places, Place } from './places'

export type SearchHit =
  | { kind: 'place'; code: string; zh: string; en: string; level: Place['level']; point: [number, number]; score: number }
  | { kind: 'record'; id: string; zh: string; en: string; layer: AtlasRecord['layer']; score: number }

/** Lower case, full-width folded, spaces and dashes squeezed: "Xigaze" = "xi-gaze" = "ＸＩＧＡＺＥ". */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_'’·.,()（）]+/g, '')
}

/** 0 for an exact match, 1 for a prefix, 2 for a match inside, null for none. */
function rank(query: string, ...names: string[]): number | null {
  let best: number | null = null
  for (const name of names) {
    const n = normalise(name)
    const r = n === query ? 0 : n.startsWith(query) ? 1 : n.includes(query) ? 2 : null
    if (r !== null && (best === null || r < best)) best = r
  }
  return best
}

const LEVEL_ORDER: Record<Place['level'], number> = { province: 0, prefecture: 1, county: 2 }

/** Places first within a rank, larger units before smaller; at most `limit` hits. */
export function search(query: string, places: Places, records: readonly AtlasRecord[], limit = 12): SearchHit[] {
  const q = normalise(query)
  if (!q) return []
  const hits: SearchHit[] = []
  for (const [code, p] of places) {
    const r = rank(q, p.zh, p.en, code)
    if (r !== null) hits.push({ kind: 'place', code, zh: p.zh, en: p.en, level: p.level, point: p.label, score: r * 10 + LEVEL_ORDER[p.level] })
  }
  for (const rec of records) {
    const r = rank(q, rec.name.zh, rec.name.en, rec.id)
    if (r !== null) hits.push({ kind: 'record', id: rec.id, zh: rec.name.zh, en: rec.name.en, layer: rec.layer, score: r * 10 + 5 })
  }
  return hits.sort((a, b) => a.score - b.score || a.zh.localeCompare(b.zh, 'zh')).slice(0, limit)
}

/** The zoom a place is shown at: a province whole, a prefecture, a county close up. */
export function zoomFor(level: Place['level']): number {
  return level === 'province' ? 5 : level === 'prefecture' ? 6.5 : 8
}
