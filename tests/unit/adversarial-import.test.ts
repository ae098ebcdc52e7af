// The adversarial corpus (tests/fixtures/adversarial/corpus.ts) through the app's own import: the workspace store's
// importFile (size before reading, UTF-8 decode, parseImport, validateLayerSet), with the real plan and basemap.
// Each file is refused with the expected message (in both languages, capped, short) or accepted with the exact
// records; a refused file changes nothing already loaded, and the plan's own figures never change.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { useDataStore } from '../../src/stores/data'
import { useBasemapStore } from '../../src/stores/basemap'
import { parsePlaces } from '../../src/domain/places'
import { LIMITS } from '../../src/domain/input-rules'
import { messages } from '../../src/i18n/messages'
import type { Basemap } from '../../src/data/basemap'
import type { AtlasRecord } from '../../src/domain/schema'
import { CASES, feature } from '../fixtures/adversarial/corpus'
import { PLACES_PATH, allRecords } from './data/load'

const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
const plan = allRecords()
const enc = new TextEncoder()
const fileOf = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer })
const ISSUE_CODES = new Set(Object.keys(messages.en.workspace.import.issue))
const ZH_CODES = new Set(Object.keys(messages.zh.workspace.import.issue))

/** Every figure of the plan, per record and metric: what the charts, map and compare add up. */
const planFigures = (records: readonly AtlasRecord[]) => JSON.stringify(records.filter((r) => !r.id.startsWith('user-')).map((r) => [r.id, r.metrics, r.partOf ?? null, r.years]))
const PLAN_FIGURES = planFigures(plan)

function freshStores() {
  setActivePinia(createPinia())
  useBasemapStore().basemap = { places } as unknown as Basemap
  useDataStore().planRecords = plan
  return { workspace: useWorkspaceStore(), data: useDataStore() }
}

describe('adversarial import corpus', () => {
  it('has at least 100 files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100)
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length)
  })

  const stores = { current: freshStores() }
  beforeAll(async () => {
    stores.current = freshStores()
    // an earlier good user layer that every refused file must leave alone
    const ok = await stores.current.workspace.importFile(fileOf('earlier.geojson', enc.encode(JSON.stringify({ type: 'FeatureCollection', features: [feature({ id: 'earlier' })] }))))
    expect(ok).toBe(true)
  })

  it.each(CASES.map((c) => [c.name, c] as const))('%s', { timeout: 60_000 }, async (_name, c) => {
    const { workspace, data } = stores.current
    const before = data.records
    const ok = await workspace.importFile(fileOf(c.file, c.bytes()))
    const last = workspace.lastImport!
    expect(planFigures(data.records)).toBe(PLAN_FIGURES)
    expect(data.byId.get('user-earlier')?.name.en).toBe('School')
    if ('accepted' in c.expect) {
      expect(ok, JSON.stringify(last.issues.slice(0, 5))).toBe(true)
      const mine = workspace.files.find((f) => f.name === c.file)!.records
      expect(mine.map((r) => r.id)).toEqual(c.expect.accepted.ids)
      c.expect.accepted.check?.(mine)
      await workspace.remove(c.file)
      return
    }
    expect(ok).toBe(false)
    expect(data.records).toBe(before) // nothing loaded changed
    const issues = last.issues
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.length).toBeLessThanOrEqual(LIMITS.issues + 1)
    const want = c.expect.refused
    const hit = issues.find((i) => (want.code === undefined || i.code === want.code) && (want.field === undefined || i.field === want.field) && (want.message === undefined || want.message.test(i.message)))
    expect(hit, `${c.name}: wanted ${JSON.stringify({ ...want, message: String(want.message) })} in\n${issues.slice(0, 8).map((i) => `${i.code} ${i.field}: ${i.message}`).join('\n')}`).toBeDefined()
    for (const i of issues) {
      // a person can act on it: short, no raw control characters, no zod jargon, a translation for every code
      expect(i.message.length, i.message.slice(0, 100)).toBeLessThanOrEqual(400)
      expect(i.field.length).toBeLessThanOrEqual(120)
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E]/.test(i.message + i.field), i.message).toBe(false)
      expect(i.message).not.toMatch(/expected number, received number|Too big: expected array/)
      // every issue has a code, so that it is said in Chinese too (an issue without one would show its English text)
      expect(i.code, `no code (so no Chinese) for: ${i.field}: ${i.message.slice(0, 100)}`).toBeDefined()
      expect(ISSUE_CODES.has(i.code!), `no English message for ${i.code}`).toBe(true)
      expect(ZH_CODES.has(i.code!), `no Chinese message for ${i.code}`).toBe(true)
    }
  })
})

describe('import details', () => {
  it('two files with non-Latin names and no ids both load: auto-ids are unique per file', async () => {
    const { workspace, data } = freshStores()
    const csv = (name: string) => enc.encode(`layer,name_zh,name_en,category,status,year_start,year_end,regions,source_ref\naid,${name},${name},education,achieved,2008,2010,540200,survey\n`)
    expect(await workspace.importFile(fileOf('数据.csv', csv('甲')))).toBe(true)
    expect(await workspace.importFile(fileOf('表格.csv', csv('乙')))).toBe(true)
    const ids = data.userRecords.map((r) => r.id)
    expect(new Set(ids).size).toBe(2)
    expect(ids.every((id) => /^user-f[0-9a-z]+-1$/.test(id))).toBe(true)
  })

  it('the size is refused before the file is read', async () => {
    const { workspace } = freshStores()
    let read = false
    const ok = await workspace.importFile({ name: 'huge.csv', size: 70_000_000, arrayBuffer: async () => { read = true; return new ArrayBuffer(0) } })
    expect(ok).toBe(false)
    expect(read).toBe(false)
    expect(workspace.lastImport!.issues[0]).toMatchObject({ code: 'fileBytes', message: 'is 70.0 MB; at most 64 MB can be imported' })
  })

  it('a 100,000-deep object is not echoed back', async () => {
    const { workspace } = freshStores()
    const deep = CASES.find((c) => c.name === 'an object nested 100,000 deep')!
    await workspace.importFile(fileOf(deep.file, deep.bytes()))
    const all = workspace.lastImport!.issues.map((i) => i.message + i.field).join('')
    expect(all.length).toBeLessThan(2000)
  })

  it('50,000 bad region codes give a capped list', async () => {
    const { workspace } = freshStores()
    const c = CASES.find((x) => x.name.startsWith('50,000 bad region codes'))!
    await workspace.importFile(fileOf(c.file, c.bytes()))
    const issues = workspace.lastImport!.issues
    expect(issues.length).toBe(LIMITS.issues + 1)
    expect(issues.at(-1)).toMatchObject({ code: 'moreIssues', params: { n: 50_000 - LIMITS.issues } })
  })
})
