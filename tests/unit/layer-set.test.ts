// validateLayerSet: the one gate for layer files (plan files at start, check:data, a person's imports and restores).
import { describe, expect, it } from 'vitest'
import { validateLayerSet, type LayerFileInput } from '../../src/domain/layer-set'
import { toGeoJson } from '../../src/domain/export'
import { formatIssue, MAX_ISSUES_PER_FILE, type AtlasRecord } from '../../src/domain/schema'
import { record } from './fixtures/records'

const PLACES = new Set(['540200', '532600', '440100', '440000', '450000', '331000'])
const file = (name: string, records: AtlasRecord[], user = false): LayerFileInput => ({ name, content: JSON.stringify(toGeoJson(records)), user })
const ids = (rs: readonly AtlasRecord[]) => rs.map((r) => r.id)

const office = record({ id: 'gz-office', layer: 'office', category: 'liaison-office', regions: ['440100'] })
const cover = record({ id: 'gz-cover', layer: 'coverage', category: 'liaison-region', regions: ['440000'], office: 'gz-office' })
const aidA = record({ id: 'aid-a' })
const aidB = record({ id: 'aid-b', partOf: 'aid-a' })

describe('validateLayerSet', () => {
  it('accepts good files whole, with references across files', () => {
    const set = validateLayerSet([file('aid.geojson', [aidA, aidB]), file('office.geojson', [office]), file('coverage.geojson', [cover])], PLACES)
    expect(set.problems).toEqual([])
    expect(set.leftOut).toEqual([])
    expect(ids(set.records)).toEqual(['aid-a', 'aid-b', 'gz-office', 'gz-cover'])
    expect(set.accepted.map((a) => a.name)).toEqual(['aid.geojson', 'office.geojson', 'coverage.geojson'])
  })

  it('a file with a schema problem is left out whole; the others load', () => {
    const broken = { name: 'park.geojson', content: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}' }
    const set = validateLayerSet([file('aid.geojson', [aidA]), broken], PLACES)
    expect(ids(set.records)).toEqual(['aid-a'])
    expect(set.leftOut).toEqual([{ name: 'park.geojson', reason: 'invalid' }])
    expect(set.problems.every((p) => p.file === 'park.geojson')).toBe(true)
  })

  it('an unknown region code leaves its whole file out, naming file, feature and field', () => {
    const bad = record({ id: 'aid-c', regions: ['540200', '999999'] })
    const set = validateLayerSet([file('aid.geojson', [aidA, bad]), file('office.geojson', [office])], PLACES)
    expect(ids(set.records)).toEqual(['gz-office'])
    expect(set.leftOut).toEqual([{ name: 'aid.geojson', reason: 'cross-file' }])
    expect(set.problems.map(formatIssue)).toEqual(['aid.geojson: feature "aid-c": regions.1: region code 999999 is not in the basemap'])
  })

  it('an id used in two files leaves the later file out whole', () => {
    const set = validateLayerSet([file('aid.geojson', [aidA, aidB]), file('park.geojson', [record({ id: 'aid-a', layer: 'park', category: 'farm' }), record({ id: 'p2', layer: 'park', category: 'farm' })])], PLACES)
    expect(ids(set.records)).toEqual(['aid-a', 'aid-b'])
    expect(set.leftOut).toEqual([{ name: 'park.geojson', reason: 'cross-file' }])
    expect(set.problems.map(formatIssue)).toEqual(['park.geojson: feature "aid-a": id: duplicate id, also used in aid.geojson'])
  })

  it('a file referring into a left-out file is left out too, and the message says why', () => {
    const badOffice = { ...office, regions: ['999999'] }
    const set = validateLayerSet([file('office.geojson', [badOffice]), file('coverage.geojson', [cover]), file('aid.geojson', [aidA])], PLACES)
    expect(ids(set.records)).toEqual(['aid-a'])
    expect(set.leftOut).toEqual([{ name: 'office.geojson', reason: 'cross-file' }, { name: 'coverage.geojson', reason: 'depends' }])
    expect(set.problems.map(formatIssue)).toContain('coverage.geojson: feature "gz-cover": office: "gz-office" is not the id of an office record (it is in office.geojson, which was left out)')
  })

  it('a dangling partOf leaves the file out', () => {
    const set = validateLayerSet([file('aid.geojson', [record({ id: 'aid-x', partOf: 'nowhere' })])], PLACES)
    expect(set.records).toEqual([])
    expect(set.problems.map(formatIssue)).toEqual(['aid.geojson: feature "aid-x": partOf: "nowhere" is not the id of a record'])
  })

  describe('user files', () => {
    const base = [aidA, office]
    it('partOf may only name a record of the same file', () => {
      const inside = validateLayerSet([file('mine.geojson', [record({ id: 'user-t' }), record({ id: 'user-p', partOf: 'user-t' })], true)], PLACES, { base })
      expect(inside.problems).toEqual([])
      expect(ids(inside.records)).toEqual(['user-t', 'user-p'])
      const plan = validateLayerSet([file('mine.geojson', [record({ id: 'user-p', partOf: 'aid-a' })], true)], PLACES, { base })
      expect(plan.records).toEqual([])
      expect(plan.problems.map((p) => [p.featureId, p.field])).toEqual([['user-p', 'partOf']])
      expect(plan.problems[0]!.message).toMatch(/not a record of this file/)
    })
    it('a coverage record may not name a plan office either', () => {
      const set = validateLayerSet([file('c.geojson', [{ ...cover, id: 'user-c' }], true)], PLACES, { base })
      expect(set.problems.map((p) => p.field)).toEqual(['office'])
    })
    it('a coverage record must name an office record of its own file', () => {
      const notOffice = validateLayerSet([file('c.geojson', [record({ id: 'user-a' }), { ...cover, id: 'user-c', office: 'user-a' }], true)], PLACES, { base })
      expect(notOffice.problems.map(formatIssue)).toEqual(['c.geojson: feature "user-c": office: "user-a" is not the id of an office record'])
      const ok = validateLayerSet([file('c.geojson', [{ ...office, id: 'user-o' }, { ...cover, id: 'user-c', office: 'user-o' }], true)], PLACES, { base })
      expect(ok.problems).toEqual([])
    })
    it('ids must be new and carry the user prefix', () => {
      const set = validateLayerSet([file('mine.geojson', [record({ id: 'aid-a' }), record({ id: 'user-ok' })], true)], PLACES, { base })
      expect(set.records).toEqual([])
      expect(set.problems.map((p) => [p.featureIndex, p.field, p.message])).toEqual([
        [0, 'id', 'an imported record\'s id must start with "user-"'],
        [0, 'id', 'id "aid-a" is already loaded; remove the earlier file first or rename'],
      ])
    })
    it('two user files: one clashing with the other is left out, the first stays', () => {
      const set = validateLayerSet([file('a.geojson', [record({ id: 'user-1' })], true), file('b.geojson', [record({ id: 'user-1' })], true)], PLACES, { base })
      expect(set.accepted.map((a) => a.name)).toEqual(['a.geojson'])
      expect(set.leftOut).toEqual([{ name: 'b.geojson', reason: 'cross-file' }])
    })
  })

  it('caps the problems listed per file', () => {
    const many = Array.from({ length: 1000 }, (_, i) => record({ id: `aid-${i}`, regions: ['999999'] }))
    const set = validateLayerSet([file('aid.geojson', many)], PLACES)
    expect(set.problems.length).toBe(MAX_ISSUES_PER_FILE + 1)
    expect(set.problems.at(-1)!.message).toBe(`${1000 - MAX_ISSUES_PER_FILE} more issue(s) not listed`)
  })
})
