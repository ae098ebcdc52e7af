// Rules for a person's own files on top of the data contract, checked on the raw features so that a file's report
// lists them even where the schema finds other faults. Pure; used by validateLayerSet for every user file (a new
// import and a restore from IndexedDB alike).
import type { ParseIssue } from './schema'
import type { Places } from './places'

/** Imported records are marked by this id prefix: they are the user layer, never the plan's records. */
export const USER_PREFIX = 'user-'

/** Markup in a text field: refused, since the atlas shows data as plain text only. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript:/i

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The free-text fields of raw properties, with their field names. */
export function textFields(p: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = []
  for (const key of ['name', 'summary', 'source']) {
    const v = p[key]
    if (isObject(v)) {
      for (const k of Object.keys(v)) if (typeof v[k] === 'string') out.push([`${key}.${k}`, v[k] as string])
    }
  }
  for (const key of ['category', 'layer', 'status']) if (typeof p[key] === 'string') out.push([key, p[key] as string])
  return out
}

export function userFileIssues(file: string, input: unknown, places: ReadonlySet<string> | Places, baseIds: ReadonlySet<string>): ParseIssue[] {
  const issues: ParseIssue[] = []
  const features = isObject(input) ? input['features'] : undefined
  if (!Array.isArray(features)) return issues // the schema says what is wrong with the top level
  features.forEach((f: unknown, index: number) => {
    if (!isObject(f)) return
    const featureId = typeof f['id'] === 'string' ? f['id'] : undefined
    const push = (field: string, message: string) => issues.push(featureId === undefined ? { file, featureIndex: index, field, message } : { file, featureIndex: index, featureId, field, message })
    if (featureId !== undefined && !featureId.startsWith(USER_PREFIX)) push('id', `an imported record's id must start with "${USER_PREFIX}"`)
    if (featureId !== undefined && baseIds.has(featureId)) push('id', `id "${featureId}" is already loaded; remove the earlier file first or rename`)
    const p = f['properties']
    if (!isObject(p)) return
    for (const [field, value] of textFields(p)) {
      if (MARKUP.test(value)) push(field, 'contains HTML markup; the atlas shows text only, remove the tags')
    }
    const regions = p['regions']
    if (Array.isArray(regions)) {
      regions.forEach((code: unknown, k: number) => {
        if (typeof code === 'string' && /^\d{6}$/.test(code) && !places.has(code)) push(`regions.${k}`, `region code ${code} is not in the basemap`)
      })
    }
  })
  return issues
}
