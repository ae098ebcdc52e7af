// The thin adapter: layer descriptions -> deck.gl layers. The year moves one GPU filter uniform, not the data.
import { ArcLayer, PathLayer, ScatterplotLayer, PolygonLayer, TextLayer } from '@deck.gl/layers'
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions'
import type { Layer, PickingInfo } from '@deck.gl/core'
import type { Datum, LayerSpec, PolygonDatum, PointDatum, ArcDatum, PathDatum, LabelDatum } from './layer-specs'
import { areaAtLevel, FULL_DETAIL_ZOOM } from './area-detail'
import { MAP_FONT } from './palette'
import { FIRST_LABEL_LAYER } from './style'
import { BASELINE, LABEL_OFFSET, TEXT_ANCHOR } from './label-place'
import { areaEdgeWidth, dashes, dashOf, pointRingColour, pointRingWidth, SELECTED } from './precision-marks'
import type { tiledDeckLayer } from './tiled-deck'
import { FIRST_YEAR, LAST_YEAR } from '../domain/time'
import type { TimeMode } from '../domain/filters'

// One extension instance for every layer: three filter values, the record's start and end year and whether it
// passes the record filter (the spec's `pass` mask, record-filter.ts).
const yearFilter = new DataFilterExtension({ filterSize: 3 })
const PASS_RANGE: [number, number] = [0.5, 1.5]
/**
 * The GPU filter for a (possibly fractional, while animating) window [from, to]. A record shows fully when it
 * is active at integer years and fades across half a year on either side, so a year change dissolves.
 */
export function filterProps(window: [number, number], mode: TimeMode): Pick<DataFilterExtensionProps<Datum>, 'filterRange' | 'filterSoftRange'> {
  const [from, to] = window
  const lo = FIRST_YEAR - 1
  const hi = LAST_YEAR + 1
  const endRange: [number, number] = mode === 'cumulative' ? [lo, hi] : [from - 0.5, hi]
  const endSoft: [number, number] = mode === 'cumulative' ? [lo, hi] : [from, hi]
  return {
    filterRange: [[lo, to + 0.5], endRange],
    filterSoftRange: [[lo, to], endSoft],
  }
}

export interface AdapterState {
  window: [number, number]
  mode: TimeMode
  selection: string | null
  hidden: ReadonlySet<string>
  /** The language of the map's own labels (office seats, liaison regions); Chinese when left out. */
  locale?: 'zh' | 'en'
  /** Labels grow with the screen as the basemap's do (main-map.ts textScaleFor); 1 when left out. */
  labelScale?: number
  /** The zoom in drawn pixels (the map's zoom + log2 of its pixel ratio): areas are drawn at its detail
   * (area-detail.ts); in full when left out. */
  detailZoom?: number
}

// deck.gl compares these props by identity: the same window and mode hand it the same arrays, so a change that
// leaves a layer's own props alone (a filter change for a layer whose mask did not move) does not update it.
let lastRanges: { key: string; filterRange: [number, number][]; filterSoftRange: [number, number][] } | null = null
function rangesOf(window: [number, number], mode: TimeMode) {
  const key = `${window[0]} ${window[1]} ${mode}`
  if (lastRanges?.key !== key) {
    const { filterRange, filterSoftRange } = filterProps(window, mode)
    lastRanges = { key, filterRange: [...(filterRange as [number, number][]), PASS_RANGE], filterSoftRange: [...(filterSoftRange as [number, number][]), PASS_RANGE] }
  }
  return lastRanges
}
const WITH_FILTER = [yearFilter]
const WITH_FILTER_AND_DASHES = [yearFilter, dashes]
// A flat map: draw (and pick) in data order, so the smaller area drawn last is the one on top.
const FLAT = { depthCompare: 'always' as const, depthWriteEnabled: false }

/** The year window and the record filter as deck.gl's filter props; `at` maps a drawn object to its datum's index. */
function filterOf(spec: LayerSpec, state: AdapterState, at: (d: never, index: number) => number = (_d, index) => index) {
  const { filterRange, filterSoftRange } = rangesOf(state.window, state.mode)
  const pass = spec.pass
  return {
    // Written into deck.gl's reused `target`: with 100,000 records a filter change allocates no array per record.
    getFilterValue: (d: Datum, { index, target }: { index: number; target: number[] }) => {
      target[0] = d.years[0]
      target[1] = d.years[1]
      target[2] = pass ? pass[at(d as never, index)]! : 1
      return target
    },
    filterRange,
    filterSoftRange,
  }
}

/**
 * A points layer's data with its filter values as a typed array (deck.gl's `data.attributes`): with 100,000 imported
 * records, filling that attribute through the accessor cost ~11 ms per filter change; a typed array is one upload.
 * The array around the records is kept per data array, so deck.gl sees the same data and recomputes nothing else;
 * its `attributes` are set again on every call and read by deck.gl when it next updates the layer (the print map
 * copies them when it clones the layers, print-map.ts).
 */
type WithFilterBuffer = Datum[] & { attributes: { getFilterValue?: { value: Float32Array; size: 3 } } }
type Holder = { data: WithFilterBuffer; years: Float32Array }
const holders = new WeakMap<readonly Datum[], Holder>()
// The value object itself is kept per mask: deck.gl uploads a binary value again whenever it is a new object.
const filterBuffers = new WeakMap<Uint8Array, { value: Float32Array; size: 3 }>()
function withFilterBuffer(spec: LayerSpec & { data: readonly PointDatum[] }): WithFilterBuffer | readonly PointDatum[] {
  const pass = spec.pass
  if (!pass || pass.length !== spec.data.length) return spec.data
  let holder = holders.get(spec.data)
  if (!holder) {
    // The years never change with the data: written once, copied per new mask.
    const years = new Float32Array(spec.data.length * 3)
    spec.data.forEach((d, i) => years.set(d.years, 3 * i))
    holder = { data: Object.assign(spec.data.slice(), { attributes: {} }), years }
    holders.set(spec.data, holder)
  }
  let filterValues = filterBuffers.get(pass)
  if (!filterValues) {
    const value = holder.years.slice()
    for (let i = 0; i < pass.length; i++) value[3 * i + 2] = pass[i]!
    filterBuffers.set(pass, (filterValues = { value, size: 3 }))
  }
  holder.data.attributes = { getFilterValue: filterValues }
  return holder.data
}

// A mask's number as the filter value's update trigger: deck.gl compares a trigger key by key, which for the mask
// itself meant 100,000 string keys per layer and filter change.
const maskVersions = new WeakMap<Uint8Array, number>()
let lastMaskVersion = 0
function maskVersion(pass: Uint8Array | undefined): number {
  if (!pass) return 0
  let version = maskVersions.get(pass)
  if (version === undefined) maskVersions.set(pass, (version = ++lastMaskVersion))
  return version
}

const common = (spec: LayerSpec, state: AdapterState) => ({
  id: spec.id,
  data: spec.data,
  pickable: true,
  visible: !state.hidden.has(spec.layer),
  beforeId: FIRST_LABEL_LAYER,
  ...filterOf(spec, state),
  extensions: WITH_FILTER,
  parameters: FLAT,
  updateTriggers: { getFilterValue: maskVersion(spec.pass), getLineColor: state.selection, getLineWidth: state.selection },
})

/** One polygon per part (deck's PolygonLayer draws a polygon, not a multipolygon) at the detail of a zoom level
 * (area-detail.ts), cached per data array and level so a year change hands deck.gl the same data and only the filter
 * uniform moves. */
type PolygonPart = PolygonDatum & { polygon: PolygonDatum['polygons'][number]; at: number }
const partsCache = new WeakMap<PolygonDatum[], Map<number, PolygonPart[]>>()
// Which data and level a parts array was cut from, so the print map can cut it again at its own detail.
const partsSource = new WeakMap<PolygonPart[], PolygonDatum[]>()
function polygonParts(data: PolygonDatum[], detailZoom: number | undefined): PolygonPart[] {
  const level = Math.min(FULL_DETAIL_ZOOM, Math.max(0, Math.floor(detailZoom ?? FULL_DETAIL_ZOOM)))
  let levels = partsCache.get(data)
  if (!levels) partsCache.set(data, (levels = new Map()))
  let parts = levels.get(level)
  if (!parts) {
    parts = data.flatMap((d, at) => areaAtLevel(d.polygons, level).map((polygon) => ({ ...d, polygon, at })))
    levels.set(level, parts)
    partsSource.set(parts, data)
  }
  return parts
}

/** A copy of `layer` whose areas are cut for `detailZoom` (the print map draws at its own pixel ratio). */
export function withDetail(layer: Layer, detailZoom: number): Layer {
  const data = partsSource.get(layer.props.data as PolygonPart[])
  return data ? layer.clone({ data: polygonParts(data, detailZoom) }) : layer.clone({})
}

/**
 * `tiled`: the tiled layers' drawing (tiled-deck.ts), loaded by the overlay only when a tiled layer exists; until it
 * is, tiled specs draw nothing.
 */
export function toDeckLayers(specs: LayerSpec[], state: AdapterState, tiled?: typeof tiledDeckLayer): Layer[] {
  const isSelected = (d: Datum) => d.id === state.selection
  const arcSelected = (d: ArcDatum) => state.selection !== null && d.ids.includes(state.selection)
  return specs.filter((spec) => spec.kind !== 'tiles' || tiled).map((spec): Layer => {
    switch (spec.kind) {
      case 'polygons':
        return new PolygonLayer<PolygonPart>({
          ...common(spec, state),
          ...filterOf(spec, state, (d: PolygonPart) => d.at),
          data: polygonParts(spec.data, state.detailZoom),
          getPolygon: (d: PolygonPart) => d.polygon as never,
          getFillColor: (d: PolygonPart) => d.fill,
          getLineColor: (d: PolygonPart) => (isSelected(d) ? SELECTED : d.line),
          getLineWidth: (d: PolygonPart) => areaEdgeWidth(d, isSelected(d)),
          lineWidthUnits: 'pixels',
          getDashArray: dashOf,
          dashJustified: true,
          extensions: WITH_FILTER_AND_DASHES,
          stroked: true,
          filled: true,
          _normalize: true,
        } as never)
      case 'points':
        return new ScatterplotLayer<PointDatum>({
          ...common(spec, state),
          data: withFilterBuffer(spec),
          getPosition: (d: PointDatum) => d.position as [number, number],
          getRadius: (d: PointDatum) => d.radius,
          radiusUnits: 'pixels',
          getFillColor: (d: PointDatum) => (d.filled ? d.fill : [255, 255, 255, 150]),
          getLineColor: (d: PointDatum) => pointRingColour(d, isSelected(d)),
          getLineWidth: (d: PointDatum) => pointRingWidth(d, isSelected(d)),
          lineWidthUnits: 'pixels',
          stroked: true,
        } as never)
      case 'arcs':
        // Arcs stand for several records each: they light up with a selected record but are not picked (a click
        // goes to the circle or area beneath, which is one record).
        return new ArcLayer<ArcDatum>({
          ...common(spec, state),
          pickable: false,
          getSourcePosition: (d: ArcDatum) => d.from as [number, number],
          getTargetPosition: (d: ArcDatum) => d.to as [number, number],
          getSourceColor: (d: ArcDatum) => d.fill,
          getTargetColor: (d: ArcDatum) => (arcSelected(d) ? SELECTED : d.line),
          getWidth: (d: ArcDatum) => (arcSelected(d) ? 4 : 2),
          greatCircle: false,
        } as never)
      case 'labels': {
        // Drawn above the thematic marks (no beforeId), never picked: the dot or area beneath is the record.
        const scale = state.labelScale ?? 1
        const lang = state.locale ?? 'zh'
        return new TextLayer<LabelDatum>({
          ...common(spec, state),
          beforeId: undefined,
          pickable: false,
          getPosition: (d: LabelDatum) => d.position as [number, number],
          getText: (d: LabelDatum) => d.text[lang],
          getSize: (d: LabelDatum) => (d.minor ? 12 : 14) * scale,
          sizeUnits: 'pixels',
          getColor: (d: LabelDatum) => (d.minor ? [70, 60, 50, 255] : [35, 30, 25, 255]),
          // The seat's name above its dot (or beside it, layer-specs), a liaison region's small label below its point.
          getPixelOffset: (d: LabelDatum) => LABEL_OFFSET[d.side].map((v) => v * scale),
          getTextAnchor: (d: LabelDatum) => TEXT_ANCHOR[d.side],
          getAlignmentBaseline: (d: LabelDatum) => BASELINE[d.side],
          fontFamily: `"${MAP_FONT}", sans-serif`,
          fontWeight: 700,
          characterSet: 'auto',
          fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
          outlineWidth: 3,
          outlineColor: [255, 253, 248, 235],
          updateTriggers: { getText: lang, getSize: scale, getPixelOffset: scale },
        } as never)
      }
      case 'paths':
        return new PathLayer<PathDatum>({
          ...common(spec, state),
          getPath: (d: PathDatum) => d.path as never,
          getColor: (d: PathDatum) => (isSelected(d) ? SELECTED : d.fill),
          getWidth: (d: PathDatum) => d.width,
          widthUnits: 'pixels',
          getDashArray: dashOf,
          dashJustified: true,
          extensions: WITH_FILTER_AND_DASHES,
          capRounded: true,
          jointRounded: true,
          updateTriggers: { getFilterValue: maskVersion(spec.pass), getColor: state.selection },
        } as never)
      case 'tiles': {
        const { filterRange, filterSoftRange } = filterProps(state.window, state.mode)
        return tiled!(spec, { filterRange: filterRange as [number, number][], filterSoftRange: filterSoftRange as [number, number][], selection: state.selection, visible: !state.hidden.has(spec.layer) })
      }
    }
  })
}

/** The record id under the pointer, if any. */
export function pickedId(info: PickingInfo): string | null {
  const object = info.object as Datum | undefined
  return object?.id ?? null
}

