// The restore from IndexedDB goes through the same gate as a new import; the import tab says problems in the
// reader's language, capped, as text.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { StoredFile } from '../../../src/workspace/idb'

const stored: unknown[] = []
const deleted: unknown[] = []
vi.mock('../../../src/workspace/idb', () => ({
  listFiles: async () => stored,
  listKeys: async () => stored.map((f) => (f as StoredFile).name),
  putFile: async () => undefined,
  deleteFile: async (key: unknown) => { deleted.push(key) },
}))

const { useWorkspaceStore } = await import('../../../src/stores/workspace')
const { useDataStore } = await import('../../../src/stores/data')
const { useBasemapStore } = await import('../../../src/stores/basemap')
const { parsePlaces } = await import('../../../src/domain/places')
const { createAtlasI18n } = await import('../../../src/i18n')
const ImportTab = (await import('../../../src/components/workspace/ImportTab.vue')).default
const { record } = await import('../fixtures/records')
const { PLACES_PATH, allRecords } = await import('../data/load')

const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
const at = { type: 'Point' as const, coordinates: [87.4335, 29.1308] as [number, number] }

describe('restore and the import tab', () => {
  let pinia: ReturnType<typeof createPinia>
  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    useBasemapStore().basemap = { places } as unknown as import('../../../src/data/basemap').Basemap
    useDataStore().planRecords = allRecords()
    stored.length = 0
    deleted.length = 0
  })

  it('a stored file that breaks a rule (partOf into the plan) is left out whole at restore; a good one comes back', async () => {
    stored.push(
      { name: 'good.geojson', addedAt: 1, records: [record({ id: 'user-good', geometry: at })] },
      { name: 'sneaky.geojson', addedAt: 2, records: [record({ id: 'user-ok', geometry: at }), record({ id: 'user-part', partOf: 'aid-xigaze-2006-2010', geometry: at })] },
      { name: 'huge.geojson', addedAt: 3, records: [record({ id: 'user-line', geometry: { type: 'LineString', coordinates: Array.from({ length: 60_000 }, (_, i) => [87 + i / 1e5, 29]) } })] },
    )
    const workspace = useWorkspaceStore()
    await workspace.restore()
    expect(workspace.files.map((f) => f.name)).toEqual(['good.geojson'])
    expect(workspace.restoreLeftOut.map((l) => l.name).sort()).toEqual(['huge.geojson', 'sneaky.geojson'])
    // each with the reason, in the import's own words and codes
    const why = (name: string) => workspace.restoreLeftOut.find((l) => l.name === name)!.issues.map((i) => i.code)
    expect(why('sneaky.geojson')).toContain('outsideRef')
    expect(why('huge.geojson')).toContain('vertices')
    expect(useDataStore().userRecords.map((r) => r.id)).toEqual(['user-good'])

    // the import tab lists them with their problems, and deletes one from IndexedDB on request
    const tab = mount(ImportTab, { global: { plugins: [pinia, createAtlasI18n('zh')] } })
    const box = tab.get('[data-testid="restore-left-out"]')
    expect(box.text()).toContain('以前导入的 huge.geojson 未通过检查')
    expect(box.text()).toContain('几何有 60000 个点')
    await tab.get('[data-testid="remove-stored-huge.geojson"]').trigger('click')
    await new Promise((r) => setTimeout(r, 0))
    expect(deleted).toEqual(['huge.geojson'])
    expect(workspace.restoreLeftOut.map((l) => l.name)).toEqual(['sneaky.geojson'])
    expect(workspace.files.map((f) => f.name)).toEqual(['good.geojson'])
  })

  it('anything else IndexedDB may hold (not a file, no name, records not a list) is left out, never thrown', async () => {
    stored.push(null, 42, { name: 7, addedAt: 'x', records: [] }, { name: 'odd.geojson', records: 'nope' }, { name: 'empty.geojson', addedAt: 1, records: [] },
      { name: 'good.geojson', addedAt: 2, records: [record({ id: 'user-good', geometry: at })] })
    const workspace = useWorkspaceStore()
    await workspace.restore()
    expect(workspace.files.map((f) => f.name)).toEqual(['good.geojson'])
    expect(workspace.restoreLeftOut.length).toBe(5)
    expect(workspace.restoreLeftOut.find((l) => l.name === 'empty.geojson')!.issues[0]!.code).toBe('empty')
    expect(workspace.restoreLeftOut.find((l) => l.key === 7)!.issues[0]!.code).toBe('storedName')
  })

  it('a stored file over a cap the atlas has now (100,001 records) is left out with the cap named', { timeout: 60_000 }, async () => {
    const many = Array.from({ length: 100_001 }, (_, i) => record({ id: `user-r${i}`, geometry: at }))
    stored.push({ name: 'many.geojson', addedAt: 1, records: many })
    const workspace = useWorkspaceStore()
    await workspace.restore()
    expect(workspace.files).toEqual([])
    expect(workspace.restoreLeftOut[0]!.issues[0]).toMatchObject({ code: 'tooManyRecords', params: { max: 100_000 } })
  })

  it('lists a refused file\'s problems in Chinese, capped, with markup as text', async () => {
    const workspace = useWorkspaceStore()
    const features = Array.from({ length: 300 }, (_, i) => ({
      type: 'Feature', id: `p${i}`, geometry: at,
      properties: { layer: 'aid', name: { zh: '<img src=x onerror=alert(1)', en: 'x' }, category: 'education', status: 'achieved', years: [2008, 2010], regions: ['540200'], metrics: {}, source: { ref: 's' } },
    }))
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }))
    expect(await workspace.importFile({ name: 'x.geojson', size: bytes.length, arrayBuffer: async () => bytes.buffer })).toBe(false)
    const tab = mount(ImportTab, { global: { plugins: [pinia, createAtlasI18n('zh')] } })
    const text = tab.get('[data-testid="import-problems"]').text()
    expect(text).toContain('含有 HTML 标记；地图只显示纯文本，请删除标记：<img src=x onerror=alert(1)')
    expect(text).toContain('要素 #0 (user-p0): name.zh')
    expect(tab.find('img').exists()).toBe(false)
    expect(tab.findAll('[data-testid="import-problems"] li').length).toBe(101)
    expect(text).toContain('x.geojson：300 个问题')
    expect(text).toContain('另有 200 个问题未列出')
    const limits = tab.get('[data-testid="import-limits"]').text()
    expect(limits).toContain('64 MB')
  })

  it('a file refused by its size says so in English too', async () => {
    const workspace = useWorkspaceStore()
    await workspace.importFile({ name: 'big.csv', size: 65_000_000, arrayBuffer: async () => new ArrayBuffer(0) })
    const tab = mount(ImportTab, { global: { plugins: [pinia, createAtlasI18n('en')] } })
    expect(tab.get('[data-testid="import-problems"]').text()).toContain('file: (file): is 65.0 MB; at most 64 MB can be imported')
    const zh = mount(ImportTab, { global: { plugins: [pinia, createAtlasI18n('zh')] } })
    expect(zh.get('[data-testid="import-problems"]').text()).toContain('文件大小 65.0 MB，超过上限 64 MB')
  })
})
