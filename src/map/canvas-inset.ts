// The insets (South China Sea, Yangtze Delta): small fixed views drawn with d3-geo on a 2D canvas from the same
// basemap and the same layer descriptions as the main map. No second WebGL context and no second style: an inset
// is drawn in the task that mounts it, and redrawing its few dozen marks for a new year is cheap.
import { geoMercator, geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'
import type { Datum, LayerSpec } from './layer-specs'
import { BASE, MAP_FONT } from './palette'
import { cappedPixelRatio } from './pixel-ratio'

export type Bounds = [[number, number], [number, number]]
export type Paint = { fill?: string; stroke?: string; width?: number }
/** One ground layer: features and how to paint them, bottom to top. */
export type GroundLayer = [FeatureCollection, Paint]

export interface InsetLabel {
  text: string
  at: Position
  /** Lower draws first and wins a collision. */
  priority: number
  /** A province name or Shanghai: larger and bold. */
  major?: boolean
  /** A red dot under the label (Shanghai). */
  dot?: boolean
}

/** What an inset shows on top of its ground: marks from the main map's layer descriptions, and labels. */
export interface InsetScene {
  specs: readonly LayerSpec[]
  /** Ids of the records drawn now (every filter and the year applied); other data is skipped. */
  shown: ReadonlySet<string>
  selection: string | null
  labels: readonly InsetLabel[]
  /** A box of the inset (CSS px: x0, y0, x1, y1) that labels keep clear of, e.g. under its note. */
  keepClear?: [number, number, number, number]
}

export type InsetPick = { id: string } | { id: null; regions: string[] }

export interface CanvasInset {
  readonly canvas: HTMLCanvasElement
  update(scene: InsetScene | null): void
  /** What lies under a CSS-pixel point of the inset: the record drawn there, else the units (province first). */
  pick(x: number, y: number): InsetPick
  /** The ids of the marks drawn now, bottom to top (the browser tests read it). */
  marks(): string[]
  dispose(): void
}

export interface CanvasInsetOptions {
  bounds: Bounds
  ground: GroundLayer[]
  /** Units a click can find when it hits no mark (e.g. provinces, prefectures), largest first. */
  hitLayers?: FeatureCollection[]
  /** The inset's scale for marks and labels: 1 at ~300 CSS px high. */
  scale?: (width: number, height: number) => number
}

/** A mark is drawn while its record, or one it also stands for (`members`), is shown. */
const isShown = (d: Datum, shown: ReadonlySet<string>) => shown.has(d.id) || (d.members?.some((id) => shown.has(id)) ?? false)

/** Rough bounds of a geometry, to keep only what the inset can show. */
function bboxOf(geometry: Geometry | null): [number, number, number, number] | null {
  if (!geometry) return null
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[]
      if (x! < w) w = x!
      if (x! > e) e = x!
      if (y! < s) s = y!
      if (y! > n) n = y!
    } else if (Array.isArray(c)) c.forEach(walk)
  }
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => walk('coordinates' in g ? g.coordinates : []))
  else walk(geometry.coordinates)
  return w <= e ? [w, s, e, n] : null
}

/** The features of `collection` that reach into `bounds` (with a margin). */
export function within(collection: FeatureCollection, bounds: Bounds, margin = 1): FeatureCollection {
  const [[west, south], [east, north]] = bounds
  const features = collection.features.filter((f) => {
    const b = bboxOf(f.geometry)
    return b !== null && b[0] <= east + margin && b[2] >= west - margin && b[1] <= north + margin && b[3] >= south - margin
  })
  return { type: 'FeatureCollection', features }
}

/** The marks of `specs` that reach into `bounds`, arcs left out: an inset draws these, clipped once per spec change. */
export function specsWithin(specs: readonly LayerSpec[], bounds: Bounds): LayerSpec[] {
  const [[west, south], [east, north]] = bounds
  const inside = (b: [number, number, number, number] | null) => b !== null && b[0] <= east && b[2] >= west && b[1] <= north && b[3] >= south
  // A spec's data keeps its identity across year and filter changes (layer-specs-store.ts): cut it once per bounds.
  const cut = <T extends Datum>(data: T[], test: (d: T) => boolean): T[] => {
    const key = `${west},${south},${east},${north}`
    let byBounds = withinCache.get(data)
    if (!byBounds) withinCache.set(data, (byBounds = new Map()))
    let kept = byBounds.get(key) as T[] | undefined
    if (!kept) byBounds.set(key, (kept = data.filter(test)))
    return kept
  }
  return specs.flatMap((spec): LayerSpec[] => {
    switch (spec.kind) {
      // No arcs in an inset; the office and liaison labels are the main map's (an inset names its own places); tiled
      // layers are drawn from their archive by the main map only.
      case 'arcs': case 'labels': case 'tiles': return []
      case 'points': return [{ ...spec, data: cut(spec.data, (d) => inside(bboxOf({ type: 'Point', coordinates: d.position }))) }]
      case 'paths': return [{ ...spec, data: cut(spec.data, (d) => inside(bboxOf({ type: 'LineString', coordinates: d.path }))) }]
      case 'polygons': return [{ ...spec, data: cut(spec.data, (d) => inside(bboxOf({ type: 'MultiPolygon', coordinates: d.polygons }))) }]
    }
  })
}
const withinCache = new WeakMap<readonly Datum[], Map<string, readonly Datum[]>>()

const css = (c: readonly number[]) => `rgba(${c[0]},${c[1]},${c[2]},${(c[3] ?? 255) / 255})`
const SELECTED = 'rgba(200,30,30,1)'

type Project = ReturnType<typeof geoMercator>
type Hit = { id: string; test: (ctx: CanvasRenderingContext2D, x: number, y: number) => boolean }

/** The projection that fits `bounds` into a `w`×`h` CSS-pixel inset. */
function fitted(bounds: Bounds, w: number, h: number): Project {
  const [[west, south], [east, north]] = bounds
  return geoMercator().fitSize([w, h], { type: 'MultiPoint', coordinates: [[west, south], [east, north]] })
}

// A planar path through the Mercator projection: polygons are drawn as their rings lie, whatever their winding.
const planar = (project: Project) => geoTransform({
  point(x: number, y: number) {
    const p = project([x, y])
    if (p) this.stream.point(p[0], p[1])
  },
})

/** The sea and the ground layers, in CSS pixels of the inset (the caller sets the transform). */
function drawGround(ctx: CanvasRenderingContext2D, ground: readonly GroundLayer[], project: Project, w: number, h: number) {
  ctx.fillStyle = BASE.sea
  ctx.fillRect(0, 0, w, h)
  const path = geoPath(planar(project), ctx)
  ctx.lineJoin = 'round'
  ctx.lineCap = 'round'
  for (const [collection, paint] of ground) {
    ctx.beginPath()
    path(collection as GeoPermissibleObjects)
    if (paint.fill) {
      ctx.fillStyle = paint.fill
      ctx.fill('evenodd')
    }
    if (paint.stroke) {
      ctx.strokeStyle = paint.stroke
      ctx.lineWidth = paint.width ?? 1
      ctx.stroke()
    }
  }
}

/** The scene's marks and labels, in CSS pixels of a `w`×`h` inset at mark scale `k`; `hits` collects hit areas. */
function drawScene(ctx: CanvasRenderingContext2D, s: InsetScene, project: Project, k: number, w: number, h: number, hits: Hit[], paths?: WeakMap<Datum, Path2D>) {
  const pathOf = (d: Datum, geometry: Geometry) => {
    let path = paths?.get(d)
    if (!path) {
      path = new Path2D()
      geoPath(planar(project), path as unknown as CanvasRenderingContext2D)(geometry)
      paths?.set(d, path)
    }
    return path
  }
  ctx.lineJoin = 'round'
  ctx.lineCap = 'round'
  for (const spec of s.specs) {
    if (spec.kind === 'arcs' || spec.kind === 'labels' || spec.kind === 'tiles') continue
    if (spec.kind === 'polygons') {
      for (const d of spec.data) {
        if (!isShown(d, s.shown)) continue
        const shape = pathOf(d, { type: 'MultiPolygon', coordinates: d.polygons })
        ctx.fillStyle = css(d.fill)
        ctx.fill(shape, 'evenodd')
        const selected = d.id === s.selection
        ctx.strokeStyle = selected ? SELECTED : css(d.line)
        ctx.lineWidth = selected ? 2.5 : 0.8
        ctx.setLineDash(d.approximate || d.undated ? [3, 2] : [])
        ctx.stroke(shape)
        ctx.setLineDash([])
        hits.push({ id: d.id, test: (c, x, y) => c.isPointInPath(shape, x, y, 'evenodd') })
      }
    } else if (spec.kind === 'paths') {
      for (const d of spec.data) {
        if (!isShown(d, s.shown)) continue
        const line = pathOf(d, { type: 'LineString', coordinates: d.path })
        const width = Math.max(2, d.width * 0.6 * k)
        ctx.strokeStyle = d.id === s.selection ? SELECTED : css(d.fill)
        ctx.lineWidth = width
        ctx.setLineDash(d.approximate || d.undated ? [width * 2, width * 1.5] : [])
        ctx.stroke(line)
        ctx.setLineDash([])
        hits.push({ id: d.id, test: (c, x, y) => {
          c.lineWidth = width + 6
          return c.isPointInStroke(line, x, y)
        } })
      }
    } else {
      for (const d of spec.data) {
        if (!isShown(d, s.shown)) continue
        const p = project(d.position as [number, number])
        if (!p) continue
        const r = Math.max(3, d.radius * 0.55 * k)
        const selected = d.id === s.selection
        ctx.beginPath()
        ctx.arc(p[0], p[1], r, 0, Math.PI * 2)
        ctx.fillStyle = d.filled ? css(d.fill) : 'rgba(255,255,255,0.6)'
        ctx.fill()
        ctx.strokeStyle = selected ? SELECTED : d.approximate && !d.undated ? css([d.fill[0], d.fill[1], d.fill[2], 255]) : css(d.line)
        ctx.lineWidth = selected ? 3 : 1.5
        ctx.stroke()
        const [cx, cy] = p
        hits.push({ id: d.id, test: (_c, x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= (r + 3) ** 2 })
      }
    }
  }
  drawLabels(ctx, s.labels, project, k, w, h, s.keepClear)
}

function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly InsetLabel[], project: Project, k: number, w: number, h: number, keepClear?: [number, number, number, number]) {
  const placed: [number, number, number, number][] = keepClear ? [keepClear] : []
  const minor = Math.max(12, Math.round(12 * k))
  const major = Math.max(13, Math.round(15 * k))
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.lineJoin = 'round'
  for (const label of [...labels].sort((a, b) => a.priority - b.priority)) {
    const p = project(label.at as [number, number])
    if (!p) continue
    const px = label.major ? major : minor
    ctx.font = `${label.major ? 'bold ' : ''}${px}px "${MAP_FONT}", sans-serif`
    const tw = ctx.measureText(label.text).width
    const y = label.dot ? p[1] - px * 0.9 : p[1]
    const box: [number, number, number, number] = [p[0] - tw / 2 - 2, y - px / 2 - 1, p[0] + tw / 2 + 2, y + px / 2 + 1]
    if (box[0] < 1 || box[2] > w - 1 || box[1] < 1 || box[3] > h - 1) continue
    if (placed.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue
    placed.push(box)
    if (label.dot) {
      ctx.beginPath()
      ctx.arc(p[0], p[1], Math.max(3, 4 * k), 0, Math.PI * 2)
      ctx.fillStyle = BASE.shanghai
      ctx.fill()
    }
    ctx.strokeStyle = BASE.labelHalo
    ctx.lineWidth = 3
    ctx.strokeText(label.text, p[0], y)
    ctx.fillStyle = BASE.label
    ctx.fillText(label.text, p[0], y)
  }
}

/**
 * Draw an inset once into `ctx` (e.g. a print poster): a `w`×`h` CSS-pixel inset at `ratio` device pixels per CSS
 * pixel, its top-left corner at device pixel (x, y), clipped to its box. The same ground, marks and labels as the
 * live inset of that CSS size, every size times `ratio`. The context's state is restored afterwards.
 */
export function drawInsetAt(ctx: CanvasRenderingContext2D, options: CanvasInsetOptions, scene: InsetScene | null, box: { x: number; y: number; w: number; h: number; ratio: number }) {
  const { x, y, w, h, ratio } = box
  const project = fitted(options.bounds, w, h)
  ctx.save()
  ctx.setTransform(ratio, 0, 0, ratio, x, y)
  ctx.beginPath()
  ctx.rect(0, 0, w, h)
  ctx.clip()
  drawGround(ctx, options.ground.map(([fc, paint]): GroundLayer => [within(fc, options.bounds), paint]), project, w, h)
  if (scene) drawScene(ctx, scene, project, options.scale?.(w, h) ?? 1, w, h, [])
  ctx.restore()
}

export function createCanvasInset(container: HTMLElement, options: CanvasInsetOptions): CanvasInset {
  const canvas = document.createElement('canvas')
  canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block'
  container.appendChild(canvas)
  const ground = options.ground.map(([fc, paint]): GroundLayer => [within(fc, options.bounds), paint])
  const hitLayers = (options.hitLayers ?? []).map((fc) => within(fc, options.bounds, 0.2))
  let scene: InsetScene | null = null
  let size = { w: 0, h: 0, ratio: 1 }
  let project = geoMercator()
  /** The ground at the current size, drawn once; marks go on top of a copy of it. */
  let groundImage: HTMLCanvasElement | null = null
  /** Hit areas of the marks drawn last, topmost last. */
  let hits: Hit[] = []
  /** Each area's and line's path at the current size: a redraw for a new year or filter projects nothing again. */
  let paths = new WeakMap<Datum, Path2D>()

  // The container's size, read when it is created and when it resizes, never on a redraw: reading it after a
  // filter or year change had touched the page forced a layout in the middle of that change.
  let measured = { w: container.clientWidth, h: container.clientHeight }
  function layout(): boolean {
    const { w, h } = measured
    if (w === 0 || h === 0) return false
    const ratio = cappedPixelRatio(w, h, window.devicePixelRatio)
    if (w === size.w && h === size.h && ratio === size.ratio && groundImage) return true
    size = { w, h, ratio }
    canvas.width = Math.round(w * ratio)
    canvas.height = Math.round(h * ratio)
    project = fitted(options.bounds, w, h)
    paths = new WeakMap()
    groundImage = document.createElement('canvas')
    groundImage.width = canvas.width
    groundImage.height = canvas.height
    const ctx = groundImage.getContext('2d')
    if (!ctx) return false
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    drawGround(ctx, ground, project, w, h)
    return true
  }

  function draw() {
    if (!layout() || !groundImage) return
    const ctx = canvas.getContext('2d')
    if (!ctx) return
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.drawImage(groundImage, 0, 0)
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0)
    hits = []
    if (scene) drawScene(ctx, scene, project, options.scale?.(size.w, size.h) ?? 1, size.w, size.h, hits, paths)
  }

  draw()
  const resized = new ResizeObserver(() => {
    measured = { w: container.clientWidth, h: container.clientHeight }
    draw()
  })
  resized.observe(container)
  return {
    canvas,
    update(next) {
      scene = next
      draw()
    },
    pick(x, y) {
      // The marks' Path2Ds hold CSS pixels: test them under the identity transform, topmost first.
      const ctx = canvas.getContext('2d')
      if (ctx) {
        ctx.save()
        ctx.setTransform(1, 0, 0, 1, 0, 0)
        const hit = [...hits].reverse().find((h) => h.test(ctx, x, y))
        ctx.restore()
        if (hit) return { id: hit.id }
      }
      const at = project.invert?.([x, y])
      const regions: string[] = []
      for (const layer of at ? hitLayers : []) {
        const code = layer.features.find((f: Feature) => contains(f.geometry, at!))?.properties?.code
        if (typeof code === 'string') regions.push(code)
      }
      return { id: null, regions }
    },
    marks() {
      return hits.map((h) => h.id)
    },
    dispose() {
      resized.disconnect()
      canvas.remove()
    },
  }
}

/** Planar point-in-polygon (even-odd over every ring), in degrees: enough for a click on a unit. */
function contains(geometry: Geometry | null, [x, y]: Position): boolean {
  if (!geometry) return false
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []
  let inside = false
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!
        const [xj, yj] = ring[j]!
        if ((yi! > y!) !== (yj! > y!) && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside
      }
    }
  }
  return inside
}
