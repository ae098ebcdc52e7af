// @vitest-environment node
/**
 * The open data package (geo/datapackage.json): valid for the Frictionless validator (`datapackage`, the
 * reference JavaScript implementation, with its Table Schema checks), in step with the layers, and read back
 * into the app's records through the app's own importers.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: the package ships no type declarations
import { Package } from 'datapackage'
import { CSV_COLUMNS } from '../../../src/domain/export'
import { USER_PREFIX, parseImport } from '../../../src/domain/import'
import { parsePlaces } from '../../../src/domain/places'
import { CATEGORIES, LAYER_IDS, parseLayerText, type AtlasRecord } from '../../../src/domain/schema'
import { buildDataPackage, CSV_PATH, layerPath } from '../../../scripts/datapackage'
import { PLACES_PATH, ROOT, allRecords } from './load'

const GEO = join(ROOT, 'geo')
const descriptorText = readFileSync(join(GEO, 'datapackage.json'), 'utf8')
const descriptor = JSON.parse(descriptorText) as { resources: { name: string; path: string; schema?: { fields: { name: string; title: string; description: string }[] } }[]; codebook: Record<string, unknown> }
const inLayerOrder = (): AtlasRecord[] => LAYER_IDS.flatMap((layer) => allRecords().filter((r) => r.layer === layer))

interface FrictionlessResource { name: string; read(o: { keyed: boolean }): Promise<Record<string, unknown>[]> }
interface FrictionlessPackage { valid: boolean; errors: Error[]; getResource(name: string): FrictionlessResource | null }

describe('the data package', () => {
  it('is a valid Frictionless Data Package', async () => {
    const pkg = (await Package.load(join(GEO, 'datapackage.json'))) as FrictionlessPackage
    expect(pkg.errors.map(String)).toEqual([])
    expect(pkg.valid).toBe(true)
  }, 30_000)

  it('its table reads with every Table Schema constraint (types, enums, required, unique id)', async () => {
    const pkg = (await Package.load(join(GEO, 'datapackage.json'))) as FrictionlessPackage
    const rows = await pkg.getResource('records')!.read({ keyed: true })
    expect(rows.length).toBe(allRecords().length)
    const xigaze = rows.find((r) => r['id'] === 'aid-xigaze-2006-2010')
    expect(xigaze?.['fundsCny']).toBe(627_000_000)
    expect(xigaze?.['location_precision']).toBe('prefecture')
  }, 30_000)

  it('a broken table fails the validator', async () => {
    const broken = JSON.parse(descriptorText) as { resources: Record<string, unknown>[] }
    broken.resources = [{ ...broken.resources[0], path: undefined, data: [['id', 'layer'], ['Not Kebab', 'aid']] }]
    const pkg = (await Package.load(broken, { basePath: GEO })) as FrictionlessPackage
    await expect(pkg.getResource('records')!.read({ keyed: true })).rejects.toThrow()
  }, 30_000)

  it('is in step with the layers: building it again gives the same files', () => {
    const { descriptor: again, csv } = buildDataPackage(inLayerOrder())
    expect(again).toEqual(descriptor)
    expect(csv).toBe(readFileSync(join(GEO, CSV_PATH), 'utf8'))
  })

  it('round-trips: its table imports back into the app\'s records, and each layer resource parses to them', () => {
    const places = parsePlaces('places.json', JSON.parse(readFileSync(PLACES_PATH, 'utf8')))
    const back = parseImport(CSV_PATH, readFileSync(join(GEO, CSV_PATH), 'utf8'), { places, existing: [] })
    if (!back.ok) throw new Error(JSON.stringify(back.issues.slice(0, 5)))
    const unprefixed = back.records.map((r) => {
      const out = { ...r, id: r.id.slice(USER_PREFIX.length) }
      if (r.office) out.office = r.office.slice(USER_PREFIX.length)
      if (r.partOf) out.partOf = r.partOf.slice(USER_PREFIX.length)
      return out
    })
    expect(unprefixed).toEqual(inLayerOrder())
    for (const layer of LAYER_IDS) {
      const resource = descriptor.resources.find((r) => r.name === `layer-${layer}`)
      expect(resource?.path).toBe(layerPath(layer))
      const parsed = parseLayerText(layer, readFileSync(join(GEO, resource!.path), 'utf8'))
      expect(parsed.ok && parsed.records).toEqual(allRecords().filter((r) => r.layer === layer))
    }
  })

  it('has a codebook in Chinese and English for every column and category', () => {
    const fields = descriptor.resources[0]?.schema?.fields ?? []
    expect(fields.map((f) => f.name)).toEqual([...CSV_COLUMNS])
    for (const f of fields) {
      expect(f.title, f.name).toMatch(/[\u4e00-\u9fff]/)
      expect(f.description, f.name).toMatch(/[A-Za-z]/)
    }
    const categories = descriptor.codebook['categories'] as Record<string, { code: string; zh: string; en: string }[]>
    for (const layer of LAYER_IDS) {
      expect(categories[layer]?.map((c) => c.code)).toEqual([...CATEGORIES[layer]])
      for (const c of categories[layer] ?? []) {
        expect(c.zh, c.code).toMatch(/[\u4e00-\u9fff]/)
        expect(c.en, c.code).not.toBe(c.code)
      }
    }
  })
})
