import { beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { useWorkspaceStore } from '../../../src/stores/workspace'
import { useDataStore } from '../../../src/stores/data'
import { useBasemapStore } from '../../../src/stores/basemap'
import { parsePlaces } from '../../../src/domain/places'
import type { Basemap } from '../../../src/data/basemap'
import { FIXTURE } from '../fixtures/records'
import { PLACES_PATH, ROOT } from '../data/load'

const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/import', name), 'utf8')

describe('workspace store: the user layer', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useBasemapStore().basemap = { places } as unknown as Basemap
    useDataStore().planRecords = FIXTURE
  })
  it('a good file joins the records; a bad file afterwards changes nothing; removing takes it out', async () => {
    const workspace = useWorkspaceStore()
    const data = useDataStore()
    expect(await workspace.importText('good.csv', fixture('good.csv'))).toBe(true)
    expect(data.records.length).toBe(FIXTURE.length + 2)
    expect(data.byId.get('user-yunnan-school')?.name.en).toBe('Wenshan primary school')
    const before = data.records
    expect(await workspace.importText('bad.csv', fixture('bad.csv'))).toBe(false)
    expect(data.records).toBe(before)
    expect(workspace.lastImport).toMatchObject({ file: 'bad.csv', ok: false })
    expect(workspace.lastImport!.issues.length).toBeGreaterThanOrEqual(5)
    // The same file again replaces itself rather than clashing with its own ids.
    expect(await workspace.importText('good.csv', fixture('good.csv'))).toBe(true)
    expect(data.records.length).toBe(FIXTURE.length + 2)
    await workspace.remove('good.csv')
    expect(data.records.length).toBe(FIXTURE.length)
  })
})
