// The plan's sections as a reader of the plan names them: "plan 1.1" -> 《规划》一（一） / Plan, part 1 (1).
const ZH_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export function formatSourceRef(ref: string, lang: 'zh' | 'en'): string {
  return ref.replace(/\bplan (\d+)\.(\d+)/g, (_m, part: string, section: string) => {
    const p = Number(part)
    const s = Number(section)
    return lang === 'zh'
      ? `《上海市对口支援与合作交流“十二五”规划》${ZH_NUMERALS[p] ?? part}（${ZH_NUMERALS[s] ?? section}）`
      : `Plan 2011–2015, part ${p} (${s})`
  }).replace(/\bresearched: /g, lang === 'zh' ? '研究资料：' : 'researched: ')
}
