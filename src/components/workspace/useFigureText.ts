// Text for sums and joint figures (rules in domain/figures.ts): the parts of a sum, the name of a joint row.
import { showsParts, type FigureKind, type FigureSum } from '../../domain/figures'
import { useWorkspaceText } from './useWorkspaceText'

type Metric = 'fundsCny' | 'projects'

export function useFigureText() {
  const w = useWorkspaceText()
  const kind = (k: FigureKind) => w.t(`figures.kind.${k}`)
  const valueOf = (f: { funds: number; projects: number }, metric?: Metric) => [
    metric !== 'projects' && f.funds ? w.yuan(f.funds) : '',
    metric !== 'fundsCny' && f.projects ? `${w.count(f.projects)} ${w.t('workspace.charts.projects')}` : '',
  ].filter(Boolean).join(' · ')
  /** "对口支援：21.96亿元；灾后重建：82.50亿元", "灾后重建" for one part, or '' when the sum is counterpart aid alone. */
  const partsText = (sum: Pick<FigureSum, 'parts'>, metric?: Metric) => {
    if (!showsParts(sum)) return ''
    if (sum.parts.length === 1) return kind(sum.parts[0]!.kind)
    return sum.parts.map((p) => w.t('figures.part', { kind: kind(p.kind), value: valueOf(p, metric) || '—' })).join(w.t('figures.partsSep'))
  }
  /** One unit's name, or "重庆市 + 湖北省（共同数字）" for a figure stated for several units together. */
  const unitsName = (codes: readonly string[]) =>
    codes.length > 1 ? w.t('figures.joint', { names: codes.map(w.placeName).join(' + ') }) : w.placeName(codes[0] ?? '')
  const parenthesised = (text: string) => (text ? w.t('figures.parenthesised', { value: text }) : '')
  return { kind, valueOf, partsText, unitsName, parenthesised }
}
