// Describe the thematic layers, then instantiate (deck-adapter.ts): this file is pure, unit-tested without WebGL,
// and the legend is generated from the same descriptions the map draws.
import type { MultiPolygon, Polygon, Position } from 'geojson'
import { CATEGORIES, LAYER_IDS, isApproximateLocation, type AtlasRecord, type LayerId } from '../domain/schema'
import type { AidMetric } from '../domain/selectors'
import { countableFigure, statedTotalIds } from '../domain/figures'
import { officeSeat, type LocalText } from '../domain/offices'
import {
  ACHIEVED_ARC, NO_FIGURE, PLANNED_ARC, PLANNED_NO_FIGURE, categorical, depthScale, joinedScale, rgba, sequentialLog, type Rgba,
} from './palettes'
import type { TiledDraw } from './tiled-specs'
import { placeClear, type LabelSide, type PlacedLabel } from './label-place'

export type Shape = Polygon | MultiPolygon

export interface Datum {
  id: string
  /** [start, end]: the GPU year filter reads it. */
  years: [number, number]
  fill: Rgba
  line: Rgba
  /** The place is approximate (chosen by the atlas, or a schematic line): drawn dashed and lighter. */
  approximate: boolean
  /** No source dates the start or end: drawn with a dotted grey edge and labelled "date not known". */
  undated: boolean
  /** The other records this mark also stands for (like records collapsed into one area): it shows while any does. */
  members?: readonly string[]
}
export interface PolygonDatum extends Datum { polygons: Position[][][] }
export interface PointDatum extends Datum { position: Position; radius: number; filled: boolean }
/** One arc to a recipient province for a run of years; `ids` are the records it stands for. */
export interface ArcDatum extends Datum { from: Position; to: Position; ids: string[] }
export interface PathDatum extends Datum { path: Position[]; width: number }
/** A text on the map in both languages (the adapter picks the language); `minor` is the smaller, lighter kind. */
export interface LabelDatum extends Datum {
  position: Position
  text: LocalText
  minor: boolean
  /**
   * Where the text sits round its point (label-place.ts): a seat's name above its dot, or beside it when another seat
   * is near; a liaison region's small label below or above its point, on the side clear of the other labels.
   */
  side: LabelSide
  /** The unit whose basemap label stands at the same point (a province seat): the basemap leaves its label out. */
  replaces?: string
}

export interface LegendEntry {
  /** An i18n key (legend.*) or a category/status key rendered through i18n. */
  label: string
  params?: Record<string, string | number>
  colour: Rgba
  shape: 'fill' | 'circle' | 'ring' | 'line' | 'arc' | 'dashed' | 'dotted'
  /**
   * The records the entry stands for: the legend shows the entry only while one of them is on the map, with how
   * many are. An entry without `ids` is a key to a scale (a colour ramp's ends), shown while its layer draws anything.
   */
  ids?: readonly string[]
}

interface SpecBase {
  id: string
  layer: LayerId
  legend: LegendEntry[]
  /**
   * Per datum, 1 where its record passes the record filter (record-filter.ts): the layers drawing a mark per record
   * are built from every record once, and a filter change moves this GPU filter value only. Absent: every datum passes.
   */
  pass?: Uint8Array
}
export type LayerSpec =
  | (SpecBase & { kind: 'polygons'; data: PolygonDatum[] })
  | (SpecBase & { kind: 'points'; data: PointDatum[] })
  | (SpecBase & { kind: 'arcs'; data: ArcDatum[] })
  | (SpecBase & { kind: 'paths'; data: PathDatum[] })
  | (SpecBase & { kind: 'labels'; data: LabelDatum[] })
  | (SpecBase & { kind: 'tiles'; data: readonly never[]; tiles: TiledDraw })

export interface SpecInput {
  /**
   * The records to draw: every record for the per-record marks (the record filter is their `pass` mask), the records
   * passing the record filter for the marks that stand for several (buildAggregateSpecs). Time is a GPU filter.
   */
  records: readonly AtlasRecord[]
  /** Every record of the dataset: colour scales stay fixed while the year moves. */
  allRecords: readonly AtlasRecord[]
  aidMetric: AidMetric
  regionShapes: ReadonlyMap<string, Shape>
  shanghai: Position
  /** A province's label point, where its arc ends (the record's own point when missing). */
  placeOf?: (code: string) => Position | undefined
  /** A unit's short name as maps label it (广州, 海南), for the office labels. */
  placeName?: (code: string) => LocalText | undefined
  /** The small label of an office's liaison region, in both languages, from the office's short name (i18n
   *  `map.coverageLabel`: "广州办 联系区域"); without it no such labels are drawn. */
  coverageLabel?: (office: LocalText) => LocalText
  /** The basemap's province labels (point and text): the small labels are placed clear of them. */
  provinceLabels?: readonly { code: string; position: Position; text: LocalText }[]
}

const polygonsOf = (codes: readonly string[], shapes: ReadonlyMap<string, Shape>): Position[][][] =>
  codes.flatMap((code) => {
    const shape = shapes.get(code)
    if (!shape) return []
    return shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates
  })

export function pointOf(record: AtlasRecord): Position | null {
  const g = record.geometry
  if (g.type === 'Point') return g.coordinates
  if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)] ?? null
  if (g.type === 'MultiLineString') return g.coordinates[0]?.[0] ?? null
  if (g.type === 'Polygon') return g.coordinates[0]?.[0] ?? null
  return g.coordinates[0]?.[0]?.[0] ?? null
}

/** Planar area in square degrees: enough to draw larger areas beneath smaller ones. */
export function roughArea(polygons: Position[][][]): number {
  let sum = 0
  for (const rings of polygons) {
    const outer = rings[0] ?? []
    for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
      sum += (outer[j]![0]! + outer[i]![0]!) * (outer[j]![1]! - outer[i]![1]!)
    }
  }
  return Math.abs(sum / 2)
}

/** The edge of a record whose start or end no source gives: a neutral grey, whatever its layer. */
export const UNDATED_LINE: Rgba = [110, 110, 110, 255]

/**
 * Approximate places keep their colour at half its opacity (the outline is dashed by the adapter); undated records
 * take the grey edge. Both depend on the record only, never on the year.
 */
export const base = (r: AtlasRecord, fill: Rgba, line: Rgba): Datum => {
  const approximate = isApproximateLocation(r)
  const undated = r.datePrecision === 'unknown'
  // The record's own years tuple and shared colours: 100,000 data must not each carry copies (issue 14's memory).
  return { id: r.id, years: r.years, fill: approximate ? halfAlpha(fill) : fill, line: undated ? UNDATED_LINE : line, approximate, undated }
}

const halves = new WeakMap<Rgba, Rgba>()
/** A colour at half its opacity, one array per colour (shared by every datum drawn with it). */
function halfAlpha(fill: Rgba): Rgba {
  let half = halves.get(fill)
  if (!half) {
    half = [fill[0], fill[1], fill[2], Math.round(fill[3] / 2)]
    halves.set(fill, half)
  }
  return half
}

/** A point datum built whole (no spread of `base`): every field in the object itself, none in an overflow store. */
function pointDatum(r: AtlasRecord, fill: Rgba, line: Rgba, position: Position, radius: number, filled: boolean): PointDatum {
  const b = base(r, fill, line)
  return { id: b.id, years: b.years, fill: b.fill, line: b.line, approximate: b.approximate, undated: b.undated, position, radius, filled }
}

/**
 * Legend entries for the approximate and undated records among `data`, so the legend lists only what is drawn:
 * an area's or line's approximate place is dashed, a point's is a pale disc in a strong ring.
 */
function precisionLegend(data: readonly Datum[], kind: 'area' | 'point' | 'line'): LegendEntry[] {
  const approximate: LegendEntry = kind === 'point'
    ? { label: 'legend.approximatePoint', colour: [90, 80, 60, 255], shape: 'ring' }
    : { label: kind === 'line' ? 'legend.approximateLine' : 'legend.approximateArea', colour: [90, 80, 60, 255], shape: 'dashed' }
  const approximateIds = idsOf(data.filter((d) => d.approximate))
  const undatedIds = idsOf(data.filter((d) => d.undated))
  return [
    ...(approximateIds.length ? [{ ...approximate, ids: approximateIds }] : []),
    ...(undatedIds.length ? [{ label: 'legend.dateUnknown', colour: UNDATED_LINE, shape: 'dotted' as const, ids: undatedIds }] : []),
  ]
}

/** The record ids of some drawn data, each once (a record drawn as several paths is one record). */
export function idsOf(data: readonly Datum[]): string[] {
  const ids = new Set<string>()
  for (const d of data) {
    if ('ids' in d) for (const id of (d as ArcDatum).ids) ids.add(id)
    else ids.add(d.id)
    if (d.members) for (const id of d.members) ids.add(id)
  }
  return [...ids]
}

/** The records a layer description draws, whatever the year (the legend counts those on the map now). */
export function specRecordIds(spec: LayerSpec): string[] {
  return idsOf(spec.data)
}

const extent = (values: number[]): [number, number] =>
  values.length ? [Math.min(...values), Math.max(...values)] : [1, 10]
const byLayer = (records: readonly AtlasRecord[], layer: LayerId) => records.filter((r) => r.layer === layer)

/**
 * Records without a drawn figure that share regions, status and years collapse into one outline: eight planned
 * tasks of the same four counties are one area, not eight stacked ones. The first of each group stands for it;
 * `members` maps it to the others (the area shows while any of them passes the record filter).
 */
function collapseUnfigured(records: AtlasRecord[], figureOf: (r: AtlasRecord) => number | undefined): { kept: AtlasRecord[]; members: Map<AtlasRecord, string[]> } {
  const first = new Map<string, AtlasRecord>()
  const members = new Map<AtlasRecord, string[]>()
  const kept = records.filter((r) => {
    if (figureOf(r) !== undefined) return true
    const key = `${[...r.regions].sort().join(',')}|${r.status}|${r.years.join('-')}`
    const head = first.get(key)
    if (!head) return first.set(key, r), true
    members.set(head, [...(members.get(head) ?? []), r.id])
    return false
  })
  return { kept, members }
}

/** The aid records drawn and their rules: stated totals are not drawn over their parts (domain/figures.ts). */
function aidDrawn(input: SpecInput) {
  const totals = statedTotalIds(input.allRecords)
  const figureOf = (r: AtlasRecord) => countableFigure(r, input.aidMetric, totals)
  const { kept, members } = collapseUnfigured(byLayer(input.records, 'aid').filter((r) => !totals.has(r.id)), figureOf)
  return { aid: kept, members, figureOf }
}

/** Aid: recipient regions filled by the metric and proportional symbols, a mark per record. */
function aidSpecs(input: SpecInput): LayerSpec[] {
  const { aid, members, figureOf } = aidDrawn(input)
  const values = byLayer(input.allRecords, 'aid').map(figureOf).filter((v): v is number => v !== undefined)
  const [lo, hi] = extent(values)
  const fillOf = sequentialLog([lo, hi])
  const colourOf = (r: AtlasRecord): Rgba => {
    const v = figureOf(r)
    if (v === undefined) return r.status === 'planned' ? PLANNED_NO_FIGURE : NO_FIGURE
    return rgba(fillOf(v), r.status === 'planned' ? 120 : 215)
  }
  // Larger areas first, so a county's record is drawn over its prefecture's.
  const regions = aid
    .map((r) => {
      const polygons = polygonsOf(r.regions, input.regionShapes)
      return { r, polygons, area: roughArea(polygons) }
    })
    .filter((x) => x.polygons.length > 0)
    .sort((a, b) => b.area - a.area || a.r.id.localeCompare(b.r.id))
    .map(({ r, polygons }): PolygonDatum => {
      const datum: PolygonDatum = { ...base(r, colourOf(r), r.status === 'planned' ? PLANNED_ARC : [90, 80, 60, 200]), polygons }
      const also = members.get(r)
      return also ? { ...datum, members: also } : datum
    })
  const maxR = Math.sqrt(hi)
  const symbols = largestFirst(aid.flatMap((r): PointDatum[] => {
    const position = pointOf(r)
    const v = figureOf(r)
    if (!position || v === undefined) return []
    const planned = r.status === 'planned'
    return [pointDatum(r, rgba(fillOf(v), planned ? 0 : 230), planned ? PLANNED_ARC : HALO, position, 6 + 34 * Math.sqrt(v) / maxR, !planned)]
  }))
  const planned = new Set(aid.filter((r) => r.status === 'planned').map((r) => r.id))
  const unfigured = new Set(aid.filter((r) => figureOf(r) === undefined).map((r) => r.id))
  const regionIds = (test: (id: string) => boolean) => idsOf(regions.filter((d) => test(d.id)))
  return [
    { id: 'aid-regions', layer: 'aid', kind: 'polygons', data: regions, legend: [
      ...(values.length ? [
        { label: 'legend.aidLow', params: { value: lo }, colour: rgba(fillOf(lo), 215), shape: 'fill' as const },
        { label: 'legend.aidHigh', params: { value: hi }, colour: rgba(fillOf(hi), 215), shape: 'fill' as const },
      ] : []),
      { label: 'legend.plannedArea', colour: [...PLANNED_ARC.slice(0, 3), 255] as Rgba, shape: 'line', ids: regionIds((id) => planned.has(id)) },
      { label: 'legend.noFigure', colour: NO_FIGURE, shape: 'fill', ids: regionIds((id) => unfigured.has(id) && !planned.has(id)) },
      { label: 'legend.plannedNoFigure', colour: PLANNED_NO_FIGURE, shape: 'fill', ids: regionIds((id) => unfigured.has(id) && planned.has(id)) },
      ...precisionLegend(regions, 'area'),
    ] },
    { id: 'aid-symbols', layer: 'aid', kind: 'points', data: symbols, legend: [
      { label: 'legend.symbolSize', colour: [60, 50, 40, 230], shape: 'circle', ids: idsOf(symbols.filter((d) => d.filled)) },
      { label: 'legend.plannedRing', colour: PLANNED_ARC, shape: 'ring', ids: idsOf(symbols.filter((d) => !d.filled)) },
      ...precisionLegend(symbols, 'point'),
    ] },
  ]
}

/** Aid arcs from Shanghai, one per recipient province and run of years, from the records passing the filter. */
function aidArcSpecs(input: SpecInput): LayerSpec[] {
  const arcs = provinceArcs(aidDrawn(input).aid, input)
  return [
    { id: 'aid-arcs', layer: 'aid', kind: 'arcs', data: arcs, legend: [
      { label: 'legend.arcAchieved', colour: ACHIEVED_ARC, shape: 'arc', ids: idsOf(arcs.filter((a) => a.fill === ACHIEVED_ARC)) },
      { label: 'legend.arcPlanned', colour: PLANNED_ARC, shape: 'arc', ids: idsOf(arcs.filter((a) => a.fill === PLANNED_ARC)) },
    ] },
  ]
}

/** A light ring round every proportional circle: where circles overlap, the smaller one's edge stays visible. */
const HALO: Rgba = [255, 253, 248, 235]

/**
 * Largest circles first, so a smaller circle is drawn over a larger one and never hidden by it (Kashgar's and
 * Sichuan's records overlap at the national view).
 */
export function largestFirst(points: PointDatum[]): PointDatum[] {
  return [...points].sort((a, b) => b.radius - a.radius || a.id.localeCompare(b.id))
}

/**
 * Arcs from Shanghai, at most one per recipient province in any year: an arc per record draws a knot of 20 lines
 * over the Delta that a leader cannot read, while one arc per province says "Shanghai supports these regions".
 * For each province the years with an active record are cut into runs of one status (planned is dashed-coloured
 * apart); each run is one arc carrying the ids of its records, so a selected record still lights its arc. A year
 * is never given to an arc unless a record of that province is active in it.
 */
export function provinceArcs(records: readonly AtlasRecord[], input: Pick<SpecInput, 'shanghai' | 'placeOf'>): ArcDatum[] {
  const byProvince = new Map<string, AtlasRecord[]>()
  for (const r of records) {
    for (const province of new Set(r.regions.map((c) => `${c.slice(0, 2)}0000`))) {
      const list = byProvince.get(province)
      if (list) list.push(r)
      else byProvince.set(province, [r])
    }
  }
  const arcs: ArcDatum[] = []
  for (const [province, list] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
    if (province === '310000') continue
    const to = input.placeOf?.(province) ?? pointOf(list[0]!)
    if (!to) continue
    let run: { start: number; end: number; planned: boolean; ids: Set<string> } | null = null
    const close = () => {
      if (!run) return
      const colour = run.planned ? PLANNED_ARC : ACHIEVED_ARC
      const ids = [...run.ids].sort()
      arcs.push({ id: `arc:${province}:${run.start}`, years: [run.start, run.end], fill: colour, line: colour, approximate: false, undated: false, from: input.shanghai, to, ids })
      run = null
    }
    let first = Infinity
    let last = -Infinity
    for (const r of list) {
      first = Math.min(first, r.years[0])
      last = Math.max(last, r.years[1])
    }
    // The records active in each year, walked once per record rather than once per year.
    const activeIn = new Map<number, AtlasRecord[]>()
    for (const r of list) {
      for (let year = r.years[0]; year <= r.years[1]; year++) {
        const active = activeIn.get(year)
        if (active) active.push(r)
        else activeIn.set(year, [r])
      }
    }
    for (let year = first; year <= last; year++) {
      const active = activeIn.get(year)
      if (!active) { close(); continue }
      const planned = active.every((r) => r.status === 'planned')
      if (run && run.planned === planned && run.end === year - 1) {
        run.end = year
        active.forEach((r) => run!.ids.add(r.id))
      } else {
        close()
        run = { start: year, end: year, planned, ids: new Set(active.map((r) => r.id)) }
      }
    }
    close()
  }
  return arcs
}

/**
 * A category's colour is its place in the contract's full list for the layer, never in the records at hand, so a
 * filter cannot change what a colour means.
 */
export function categoryColour(layer: LayerId, category: string, alpha = 255): Rgba {
  // One array per colour, shared by every datum drawn in it (100,000 points must not carry 200,000 copies); the key
  // is a number (no string built per call).
  const index = CATEGORIES[layer].indexOf(category)
  const key = ((LAYER_IDS.indexOf(layer) * 64 + index + 1) * 256) + alpha
  let colour = categoryColours.get(key)
  if (!colour) {
    colour = index < 0 ? rgba('#777777', alpha) : categorical(index, alpha)
    categoryColours.set(key, colour)
  }
  return colour
}
const categoryColours = new Map<number, Rgba>()

function categoryPoints(id: string, layer: LayerId, records: AtlasRecord[], radiusOf: (r: AtlasRecord) => number): LayerSpec {
  const present = new Set(records.map((r) => r.category))
  const categoryOf = new Map(records.map((r) => [r.id, r.category]))
  const data = records.flatMap((r): PointDatum[] => {
    const position = pointOf(r)
    if (!position) return []
    const fill = categoryColour(layer, r.category, r.status === 'planned' ? 90 : 230)
    return [pointDatum(r, fill, categoryColour(layer, r.category), position, radiusOf(r), true)]
  }).sort((a, b) => b.radius - a.radius || a.id.localeCompare(b.id))
  return { id, layer, kind: 'points', data,
    legend: [
      ...CATEGORIES[layer].filter((c) => present.has(c)).map((c) => ({
        label: `category.${c}`, colour: categoryColour(layer, c), shape: 'circle' as const, ids: idsOf(data.filter((d) => categoryOf.get(d.id) === c)),
      })),
      ...precisionLegend(data, 'point'),
    ] }
}

/** A park's circle grows with its area. */
export const parkRadius = (r: AtlasRecord): number => 7 + Math.min(18, 3 * Math.sqrt(r.metrics.areaKm2 ?? 0))

function parkSpecs(input: SpecInput): LayerSpec[] {
  const parks = byLayer(input.records, 'park')
  return [categoryPoints('parks', 'park', parks, parkRadius)]
}

function waterwaySpecs(input: SpecInput): LayerSpec[] {
  const works = byLayer(input.records, 'waterway')
  const depths = byLayer(input.allRecords, 'waterway').map((r) => r.metrics.depthM).filter((v): v is number => v !== undefined)
  const depthOf = depthScale(extent(depths))
  const lines = works.flatMap((r): PathDatum[] => {
    const g = r.geometry
    const paths = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []
    const depth = r.metrics.depthM
    const colour = depth === undefined ? rgba('#08306b', 220) : rgba(depthOf(depth), 235)
    return paths.map((path) => ({ ...base(r, colour, colour), id: r.id, path, width: r.status === 'planned' ? 4 : 7 }))
  })
  const points = works.filter((r) => r.geometry.type === 'Point')
  const [dlo, dhi] = extent(depths)
  return [
    { id: 'waterway-lines', layer: 'waterway', kind: 'paths', data: lines, legend: [
      ...(depths.length ? [
        { label: 'legend.depth', params: { value: dlo }, colour: rgba(depthOf(dlo)), shape: 'line' as const },
        { label: 'legend.depth', params: { value: dhi }, colour: rgba(depthOf(dhi)), shape: 'line' as const },
      ] : []),
      ...precisionLegend(lines, 'line'),
    ] },
    categoryPoints('waterway-points', 'waterway', points, () => 8),
  ]
}

/**
 * One colour per office seat (the city or region an office sits in), shared by the office's dot, its label and the
 * regions it covers: the Shenzhen office and the liaison office that succeeded it are one colour. A record over
 * several seats (the plan's task for all offices) is the neutral dark brown.
 */
export function officeColours(records: readonly AtlasRecord[]): Map<string, Rgba> {
  return officesOf(records).colours
}

/** The office records of a record list and their colours, once per list (the store replaces its list whole). */
function officesOf(records: readonly AtlasRecord[]): { byId: Map<string, AtlasRecord>; colours: Map<string, Rgba> } {
  let found = officesCache.get(records)
  if (!found) {
    const offices = records.filter((r) => r.layer === 'office')
    const seats = [...new Set(offices.map(officeSeat).filter((s): s is string => s !== null))].sort()
    const colours = new Map(offices.map((r): [string, Rgba] => {
      const seat = officeSeat(r)
      return [r.id, seat === null ? OFFICE_TASK : categorical(seats.indexOf(seat))]
    }))
    officesCache.set(records, (found = { byId: new Map(offices.map((r) => [r.id, r])), colours }))
  }
  return found
}
const officesCache = new WeakMap<readonly AtlasRecord[], ReturnType<typeof officesOf>>()
const OFFICE_TASK: Rgba = [93, 74, 54, 255]
const WHITE: Rgba = [255, 255, 255, 255]
const OFFICE_HALO: Rgba = [255, 253, 248, 255]
const OFFICE_HALO_EDGE: Rgba = [60, 50, 40, 220]

/**
 * Runs of years in which some record stands at one place with one text: the label is drawn once per run, not once
 * per record (the Shenzhen office and its successor are one "深圳" label over 2006–2015).
 */
function labelRuns(items: { id: string; years: [number, number]; key: string }[]): Map<string, { id: string; years: [number, number] }[]> {
  const byKey = new Map<string, { id: string; years: [number, number] }[]>()
  for (const item of [...items].sort((a, b) => a.years[0] - b.years[0] || a.id.localeCompare(b.id))) {
    const runs = byKey.get(item.key) ?? []
    const last = runs[runs.length - 1]
    if (last && item.years[0] <= last.years[1] + 1) last.years = [last.years[0], Math.max(last.years[1], item.years[1])]
    else runs.push({ id: item.id, years: [item.years[0], item.years[1]] })
    byKey.set(item.key, runs)
  }
  return byKey
}

function officeSpecs(input: SpecInput): LayerSpec[] {
  const colours = officeColours(input.allRecords)
  // One symbol: a dot in its seat's colour with a white ring (undated: grey ring), labelled with the seat's name.
  const offices = byLayer(input.records, 'office').flatMap((r): PointDatum[] => {
    const position = pointOf(r)
    const c = colours.get(r.id) ?? OFFICE_TASK
    return position ? [pointDatum(r, c, WHITE, position, 8, true)] : []
  })
  // Each dot sits on a paper-white disc with a dark edge, drawn over every circle: a seat stays visible even on a
  // circle of its own hue (Inner Mongolia's dot and the western exchanges' circles share Okabe–Ito green there).
  const halos = offices.map((d): PointDatum => ({ ...d, fill: OFFICE_HALO, line: OFFICE_HALO_EDGE, radius: d.radius + 6, approximate: false, undated: false }))
  const coverage = byLayer(input.records, 'coverage').flatMap((r): PolygonDatum[] => {
    const c = colours.get(r.office ?? '') ?? OFFICE_TASK
    const polygons = polygonsOf(r.regions, input.regionShapes)
    return polygons.length ? [{ ...base(r, [c[0], c[1], c[2], 95], [c[0], c[1], c[2], 230]), polygons }] : []
  })
  // The legend lists categories, never records: offices are one category (the office's name is in its tooltip and
  // panel; "增设"/"调整" are events on an office's timeline, not kinds). Each dot shares its colour with its regions.
  return [
    { id: 'coverage', layer: 'coverage', kind: 'polygons', data: coverage, legend: coverage.length ? [
      { label: 'legend.coverageTint', colour: [...categorical(0).slice(0, 3), 95] as Rgba, shape: 'fill', ids: idsOf(coverage) },
      ...precisionLegend(coverage, 'area'),
    ] : [] },
    { id: 'offices', layer: 'office', kind: 'points', data: offices, legend: offices.length ? [
      { label: 'legend.office', colour: categorical(0), shape: 'circle', ids: idsOf(offices) },
      ...precisionLegend(offices, 'point'),
    ] : [] },
    { id: 'office-halos', layer: 'office', kind: 'points', data: halos, legend: [] },
  ]
}

/** The office seats' names and the liaison regions' small labels: one label per run of years of like records. */
function officeLabelSpecs(input: SpecInput): LayerSpec[] {
  const colours = officeColours(input.allRecords)
  const officeRecords = byLayer(input.records, 'office')
  const coverageRecords = byLayer(input.records, 'coverage')
  const labels: LabelDatum[] = []
  const seatText = (code: string) => input.placeName?.(code)
  // The office's seat, above its dot.
  const seated = officeRecords.flatMap((r) => {
    const seat = officeSeat(r)
    const position = pointOf(r)
    return seat && position && seatText(seat) ? [{ r, seat, position }] : []
  })
  // Two seats close together (Beijing and Qinhuangdao, Guangzhou and Shenzhen): the western name goes left of its
  // dot and the eastern one right, so the names never run into each other.
  const seatPoints = new Map(seated.map((x) => [x.seat, x.position]))
  const sideOf = (seat: string): LabelDatum['side'] => {
    const [x, y] = seatPoints.get(seat)!
    for (const [other, [ox, oy]] of seatPoints) {
      if (other === seat || Math.abs(ox! - x!) > 4 || Math.abs(oy! - y!) > 2.5) continue
      return ox! > x! ? 'left' : 'right'
    }
    return 'above'
  }
  for (const [key, runs] of labelRuns(seated.map(({ r, seat }) => ({ id: r.id, years: r.years, key: seat })))) {
    const { position, r } = seated.find((x) => x.seat === key)!
    const side = sideOf(key)
    const c = colours.get(r.id) ?? OFFICE_TASK
    // A seat at a province's label point (Beijing, Hainan, Inner Mongolia, Xinjiang) would repeat the basemap's
    // label there, over the dot: the office's label takes its place.
    const replaces = key.endsWith('0000') && r.pointIsRegionLabel ? key : undefined
    for (const run of runs) {
      labels.push({ id: run.id, years: run.years, fill: c, line: c, approximate: false, undated: false, position, text: seatText(key)!, minor: false, side, replaces })
    }
  }
  // A small label ("广州办 联系区域") at the label point of a province of a liaison region away from its office's
  // seat (the first where it fits clear of the other labels), keyed to the office by colour and name; a region that
  // is only the seat's own province is named by the office's label.
  const byId = officesOf(input.allRecords).byId
  const holds = (unit: string, seat: string) => seat.startsWith(unit.replace(/(00)+$/, ''))
  const covered = coverageRecords.flatMap((r) => {
    const office = byId.get(r.office ?? '')
    const seat = office ? officeSeat(office) : null
    // The label points of the region's provinces away from the seat, in the record's order: the label goes to the
    // first where it fits.
    const units = seat ? r.regions.filter((c) => c.endsWith('0000') && !holds(c, seat)) : []
    const anchors = units.map((u) => input.placeOf?.(u)).filter((p): p is Position => p !== undefined)
    const name = seat ? seatText(seat) : undefined
    return office && name && anchors.length && input.coverageLabel ? [{ r, office, unit: units[0]!, name, anchors }] : []
  })
  // Each small label takes the first side clear of the seats' names, the basemap's province names and the small
  // labels placed before it (label-place.ts), in both languages; the seats' names of every year count, so the side
  // does not change with the year.
  const replaced = new Set(labels.map((l) => l.replaces).filter(Boolean))
  const others: PlacedLabel[] = [
    ...labels.map((l): PlacedLabel => ({ position: l.position, text: l.text, size: 14, side: l.side })),
    ...(input.provinceLabels ?? []).filter((p) => !replaced.has(p.code)).map((p): PlacedLabel => ({ position: p.position, text: p.text, size: 14, side: 'centre' })),
  ]
  for (const [key, runs] of labelRuns(covered.map(({ r, office, unit }) => ({ id: r.id, years: r.years, key: `${office.id}|${unit}` })))) {
    const same = covered.filter((x) => `${x.office.id}|${x.unit}` === key)
    const { name, office } = same[0]!
    // The provinces of every record of the run (the Guangzhou office's region grew in 2010), each once.
    const anchors = [...new Map(same.flatMap((x) => x.anchors).map((p) => [p.join(','), p])).values()]
    const c = colours.get(office.id) ?? OFFICE_TASK
    const text = input.coverageLabel!(name)
    const { position, side } = placeClear(anchors, text, 12, others)
    others.push({ position, text, size: 12, side })
    for (const run of runs) labels.push({ id: run.id, years: run.years, fill: c, line: c, approximate: false, undated: false, position, text, minor: true, side })
  }
  return [
    { id: 'office-labels', layer: 'office', kind: 'labels', data: labels.filter((l) => !l.minor), legend: [] },
    { id: 'coverage-labels', layer: 'coverage', kind: 'labels', data: labels.filter((l) => l.minor), legend: [] },
  ]
}

function cooperationSpecs(input: SpecInput): LayerSpec[] {
  const coop = byLayer(input.records, 'cooperation')
  const joinedYears = byLayer(input.allRecords, 'cooperation').map((r) => r.joined).filter((v): v is number => v !== undefined)
  const [jlo, jhi] = extent(joinedYears)
  const joinedOf = joinedScale([jlo, jhi])
  const council = coop.filter((r) => r.category === 'city-council').flatMap((r): PolygonDatum[] => {
    const polygons = polygonsOf(r.regions, input.regionShapes)
    const c = r.joined === undefined ? NO_FIGURE : rgba(joinedOf(r.joined), 190)
    return polygons.length ? [{ ...base(r, c, [120, 70, 20, 220]), polygons }] : []
  })
  const others = coop.filter((r) => r.category !== 'city-council')
  return [
    { id: 'council', layer: 'cooperation', kind: 'polygons', data: council, legend: [
      ...(joinedYears.length ? [
        { label: 'legend.joined', params: { value: jlo }, colour: rgba(joinedOf(jlo), 190), shape: 'fill' as const },
        { label: 'legend.joined', params: { value: jhi }, colour: rgba(joinedOf(jhi), 190), shape: 'fill' as const },
      ] : []),
      ...precisionLegend(council, 'area'),
    ] },
    categoryPoints('cooperation-points', 'cooperation', others, (r) => 8 + Math.min(22, Math.sqrt((r.metrics.agreementFundsCny ?? r.metrics.fundsCny ?? 0) / 1e9))),
  ]
}

/** Drawing order, bottom to top: areas first, then lines, arcs and points; office seats over every circle. */
const ORDER = [
  'coverage', 'council', 'aid-regions', 'waterway-lines', 'aid-arcs', 'aid-symbols', 'waterway-points', 'parks', 'cooperation-points', 'office-halos',
  'offices', 'coverage-labels', 'office-labels',
]

/** The specs sorted bottom to top (ORDER). */
export const inDrawingOrder = (specs: LayerSpec[]) => specs.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id))

/**
 * The layers that draw a mark per record (or per group of like records). The atlas builds them from every record
 * once and draws the record filter as a GPU filter value (`pass`, record-filter.ts), so a filter change with
 * 100,000 records rebuilds neither these descriptions nor their deck.gl attributes.
 */
export function buildRecordSpecs(input: SpecInput): LayerSpec[] {
  return inDrawingOrder([...aidSpecs(input), ...parkSpecs(input), ...waterwaySpecs(input), ...officeSpecs(input), ...cooperationSpecs(input)])
}

/**
 * The layers whose marks stand for several records and whose years come from them (an arc per province, a label
 * per seat): built from the records passing the filter, so no arc or label shows in a year no shown record is active.
 */
export function buildAggregateSpecs(input: SpecInput): LayerSpec[] {
  return inDrawingOrder([...aidArcSpecs(input), ...officeLabelSpecs(input)])
}

/** Every thematic layer, bottom to top, from `input.records` alone (tests, and what the two halves make together). */
export function buildLayerSpecs(input: SpecInput): LayerSpec[] {
  return inDrawingOrder([...buildRecordSpecs(input), ...buildAggregateSpecs(input)])
}
