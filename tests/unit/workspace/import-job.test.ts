// The import worker's job (src/workspace/import-job.ts): bytes in, the stages in order, and exactly what parseImport
// says of the same text; and the store's importBytes (no Worker under happy-dom: the same job on the main thread).
import { beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { runImportJob, type ImportStage } from '../../../src/workspace/import-job'
import { parseImport } from '../../../src/domain/import'
import { parsePlaces } from '../../../src/domain/places'
import { useWorkspaceStore } from '../../../src/stores/workspace'
import { useDataStore } from '../../../src/stores/data'
import { useBasemapStore } from '../../../src/stores/basemap'
import type { Basemap } from '../../../src/data/basemap'
import { FIXTURE } from '../fixtures/records'
import { PLACES_PATH, ROOT } from '../data/load'

const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/import', name)))

describe('import job', () => {
  it.each(['good.csv', 'good.geojson', 'bad.csv', 'bad.geojson'])('%s: decode, then check, with parseImport\'s own answer', (name) => {
    const stages: ImportStage[] = []
    const out = runImportJob(name, bytesOf(name), { places, existing: FIXTURE }, (s) => stages.push(s))
    expect(stages).toEqual(['decode', 'check'])
    expect(out.decoded).toBe(true)
    if (out.decoded) expect(out.result).toEqual(parseImport(name, new TextDecoder().decode(bytesOf(name)), { places, existing: FIXTURE }))
    if (out.decoded) expect(out.result.ok).toBe(name.startsWith('good'))
  })

  it('bytes that are not text stop at decoding, with the decoder\'s issue', () => {
    const stages: ImportStage[] = []
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const out = runImportJob('map.csv', png, { places, existing: [] }, (s) => stages.push(s))
    expect(stages).toEqual(['decode'])
    expect(out.decoded).toBe(false)
  })
})

describe('workspace store: importBytes', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useBasemapStore().basemap = { places } as unknown as Basemap
    useDataStore().planRecords = FIXTURE
  })
  it('a good file joins the map and the stage is cleared; a refused one is listed', async () => {
    const workspace = useWorkspaceStore()
    expect(await workspace.importBytes('good.csv', bytesOf('good.csv'))).toBeNull()
    expect(workspace.importing).toBeNull()
    expect(workspace.lastImport).toMatchObject({ file: 'good.csv', ok: true, count: 2 })
    expect(useDataStore().records.length).toBe(FIXTURE.length + 2)
    expect(await workspace.importBytes('bad.csv', bytesOf('bad.csv'))).toBeNull()
    expect(workspace.lastImport?.ok).toBe(false)
    expect(useDataStore().records.length).toBe(FIXTURE.length + 2)
  })
})
