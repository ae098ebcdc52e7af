// The URL holds only what differs from the default view; pure write and read, with a round-trip test.
import { DEFAULT_FILTERS, LAYER_IDS, STATUSES, isValidYear, type FilterState } from './filters'
import type { LayerId, Status } from './schema'

export interface Camera {
  center: [number, number]
  zoom: number
}

export interface ViewState {
  filters: FilterState
  selection: string | null
  camera: Camera | null
  locale: 'zh' | 'en'
}

export const DEFAULT_VIEW: ViewState = { filters: DEFAULT_FILTERS, selection: null, camera: null, locale: 'zh' }

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i])

export function writeUrlState(view: ViewState): string {
  const q = new URLSearchParams()
  const f = view.filters
  if (f.span) q.set('span', `${f.span[0]}-${f.span[1]}`)
  else if (f.year !== DEFAULT_FILTERS.year) q.set('year', String(f.year))
  if (f.timeMode !== DEFAULT_FILTERS.timeMode) q.set('time', f.timeMode)
  if (!sameList(f.layers, DEFAULT_FILTERS.layers)) q.set('layers', f.layers.join(','))
  if (f.categories.length) q.set('cat', f.categories.join(','))
  if (f.statuses.length) q.set('status', f.statuses.join(','))
  if (f.regions.length) q.set('regions', f.regions.join(','))
  if (f.hideApproximate) q.set('approx', 'hide')
  if (view.selection) q.set('sel', view.selection)
  if (view.camera) {
    const [lon, lat] = view.camera.center
    q.set('cam', `${lon.toFixed(3)},${lat.toFixed(3)},${view.camera.zoom.toFixed(2)}`)
  }
  if (view.locale !== DEFAULT_VIEW.locale) q.set('lang', view.locale)
  return q.toString()
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : [])

/** Reads a query string; anything malformed falls back to the default rather than breaking the view. */
export function readUrlState(search: string): ViewState {
  const q = new URLSearchParams(search)
  const filters: FilterState = { ...DEFAULT_FILTERS }
  const year = Number(q.get('year'))
  if (q.has('year') && isValidYear(year)) filters.year = year
  const span = q.get('span')?.match(/^(\d{4})-(\d{4})$/)
  if (span) {
    const a = Number(span[1])
    const b = Number(span[2])
    if (isValidYear(a) && isValidYear(b) && a <= b) {
      filters.span = [a, b]
      filters.year = b
    }
  }
  if (q.get('time') === 'cumulative') filters.timeMode = 'cumulative'
  if (q.has('layers')) filters.layers = LAYER_IDS.filter((id) => list(q.get('layers')).includes(id)) as LayerId[]
  filters.categories = list(q.get('cat')).filter((c) => /^[a-z-]+$/.test(c))
  filters.statuses = STATUSES.filter((s) => list(q.get('status')).includes(s)) as Status[]
  filters.regions = list(q.get('regions')).filter((c) => /^\d{6}$/.test(c))
  filters.hideApproximate = q.get('approx') === 'hide'
  const sel = q.get('sel')
  const cam = q.get('cam')?.split(',').map(Number)
  const camera: Camera | null =
    cam && cam.length === 3 && cam.every(Number.isFinite) && Math.abs(cam[0]!) <= 180 && Math.abs(cam[1]!) <= 85
      ? { center: [cam[0]!, cam[1]!], zoom: Math.min(18, Math.max(0, cam[2]!)) }
      : null
  return {
    filters,
    selection: sel && /^[a-z0-9-]{1,120}$/.test(sel) ? sel : null,
    camera,
    locale: q.get('lang') === 'en' ? 'en' : 'zh',
  }
}
