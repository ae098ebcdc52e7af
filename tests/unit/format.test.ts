import { describe, expect, it } from 'vitest'
import { formatMetric, formatYears } from '../../src/domain/format'

describe('figures as a leader reads them, exact', () => {
  it.each([
    ['fundsCny', 627000000, 'zh', '6.27亿元'],
    ['fundsCny', 627000000, 'en', 'CNY 627 million'],
    ['fundsCny', 2196000000, 'zh', '21.96亿元'],
    ['fundsCny', 2196000000, 'en', 'CNY 2,196 million'],
    ['agreementFundsCny', 60923000000, 'zh', '609.23亿元'],
    ['agreementFundsCny', 364920000000, 'en', 'CNY 364,920 million'],
    ['fundsCny', 330000000, 'zh', '3.3亿元'],
    ['fundsCny', 5000000, 'zh', '500万元'],
    ['projects', 2711, 'zh', '2,711个'],
    ['projects', 2711, 'en', '2,711'],
    ['people', 85000, 'zh', '8.5万人次'],
    ['enterprises', 61090, 'en', '61,090'],
    ['depthM', 12.5, 'en', '12.5 m'],
  ] as const)('%s %d in %s -> %s', (key, value, lang, expected) => {
    expect(formatMetric(key, value, lang)).toBe(expected)
  })

  it('years', () => {
    expect(formatYears([2006, 2010], 'zh')).toBe('2006–2010年')
    expect(formatYears([2012, 2012], 'en')).toBe('2012')
  })
})
