/** geo/layers is generated: the committed files are exactly what `npm run build:layers` writes. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../../../src/domain/schema'
import type { Position } from '../../../src/domain/schema'
import { buildRecords, serialize, yangtzeStem } from '../../../scripts/build-layers'
import type { Place } from '../../../scripts/build-layers'
import { drafts } from '../../../scripts/data/index'
import { LAYER_DIR, PLACES_PATH } from './load'

describe('build:layers', () => {
  const places = new Map(Object.entries(JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as Record<string, Place>))
  const { records, problems } = buildRecords(drafts, places, yangtzeStem())

  it('finds a label point for every region record', () => {
    expect(problems).toEqual([])
  })

  it.each(LAYER_IDS)('geo/layers/%s.geojson is up to date (run npm run build:layers)', (layer) => {
    const text = readFileSync(join(LAYER_DIR, `${layer}.geojson`), 'utf8')
    expect(text).toBe(serialize(records.filter((r) => r.layer === layer)))
  })

  it('region points are the label point of the first region', () => {
    for (const r of records) {
      if (!r.pointIsRegionLabel) continue
      const code = r.regions[0] ?? ''
      const label = places.get(code)?.label as Position | undefined
      expect(r.geometry, r.id).toEqual({ type: 'Point', coordinates: label?.map((n) => Math.round(n * 1e6) / 1e6) })
    }
  })
})
