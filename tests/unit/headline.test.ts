import { describe, expect, it } from 'vitest'
import { headlineFigures } from '../../src/domain/headline'
import { allRecords } from './data/load'

const at = (window: [number, number]) => new Map(headlineFigures(allRecords(), window).map((f) => [f.id, f]))

describe('headline figures, from the plan records', () => {
  it('give the plan’s 2006–2010 aid total from its parts, opening the stated total', () => {
    const f = at([2008, 2008])
    expect(f.get('aidFunds')).toMatchObject({ value: 2196000000, years: [2006, 2010], recordId: 'aid-8-regions-total-2006-2010' })
    expect(f.get('aidProjects')).toMatchObject({ value: 2711, recordId: 'aid-8-regions-total-2006-2010' })
  })

  it('follow the year for parks, offices, council members and channel depth', () => {
    const y2008 = at([2008, 2008])
    const y2013 = at([2013, 2013])
    expect(y2008.get('council')!.value).toBe(16)
    expect(at([2010, 2010]).get('council')).toMatchObject({ value: 22, recordId: 'coop-yrd-council-22-2010' })
    expect(at([2006, 2010]).get('council')!.recordId).toBe('coop-yrd-council-22-2010')
    expect(y2008.get('council')!.recordId).toBe('coop-yrd-council-16-2006-2009')
    expect(y2013.get('council')!.value).toBe(30)
    expect(y2008.get('depth')).toMatchObject({ value: 12.5, recordId: 'waterway-estuary-channel-phase-3' })
    expect(y2008.get('offices')!.value).toBe(7)
    expect(y2008.get('parks')).toMatchObject({ value: 5, planned: 0 })
    expect(y2013.get('parks')!.planned).toBeGreaterThan(0)
    for (const f of [...y2008.values(), ...y2013.values()]) expect(f.recordId, f.id).not.toBeNull()
  })
})
