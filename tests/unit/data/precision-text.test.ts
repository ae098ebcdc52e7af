/** Every precision code and metric key of the contract has its words on screen, in Chinese and English. */
import { describe, expect, it } from 'vitest'
import { DATE_PRECISIONS, LOCATION_PRECISIONS, METRIC_KEY_LIST } from '../../../src/domain/schema'
import { LOCALES, messages } from '../../../src/i18n/messages'

describe.each(LOCALES)('messages (%s)', (locale) => {
  const m = messages[locale] as unknown as Record<string, Record<string, string>>
  it('name every location precision', () => {
    for (const p of LOCATION_PRECISIONS) expect(m.locationPrecision?.[p], p).toMatch(/\S/)
  })
  it('name every date precision', () => {
    for (const p of DATE_PRECISIONS) expect(m.datePrecision?.[p], p).toMatch(/\S/)
  })
  it('label every metric key', () => {
    for (const k of METRIC_KEY_LIST) expect(m.metric?.[k], k).toMatch(/\S/)
  })
  it('mark the approximate places as approximate', () => {
    expect(m.locationPrecision?.chosen).toMatch(locale === 'zh' ? /近似/ : /Approximate/)
    expect(m.datePrecision?.unknown).toMatch(locale === 'zh' ? /日期不详/ : /Date not known/)
  })
})
