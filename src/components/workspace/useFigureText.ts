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
    return sum.parts.map((p) => w.t('panel.labelled', { label: kind(p.kind), value: valueOf(p, metric) || '—' })).join(w.t('figures.partsSep'))
  }
  /** One unit's name, or "湖北省 + 重庆市（共同数字）" for a figure stated for several units together (`joint`). */
  const unitsName = (codes: readonly string[], joint = true) => {
    if (codes.length < 2) return w.placeName(codes[0] ?? '')
    const names = codes.map(w.placeName).join(' + ')
    return joint ? w.t('figures.joint', { names }) : names
  }
  const parenthesised = (text: string) => (text ? w.t('panel.parenthesised', { value: text }) : '')
  return { kind, valueOf, partsText, unitsName, parenthesised }
}
