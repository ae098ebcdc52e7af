import { describe, expect, it } from 'vitest'
import { formatSourceRef } from '../../src/domain/source-ref'

describe('source references', () => {
  it.each([
    ['plan 1.1', 'zh', '《上海市对口支援与合作交流“十二五”规划》一（一）'],
    ['plan 4.1 Kashgar', 'zh', '《上海市对口支援与合作交流“十二五”规划》四（一） Kashgar'],
    ['plan 1.7', 'en', 'Plan 2011–2015, part 1 (7)'],
    ['researched: Golog pairing began', 'zh', '研究资料：Golog pairing began'],
  ] as const)('%s (%s)', (ref, lang, expected) => expect(formatSourceRef(ref, lang)).toBe(expected))
})
