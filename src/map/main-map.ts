// The main map: maplibre with the style built in code. The deck.gl overlay joins it later (thematic-overlay.ts).
// Components see only the MainMap interface below; maplibre itself stays inside src/map/.
import * as maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { Basemap } from '../data/basemap'
import type { Locale } from '../i18n/messages'
import { buildMainStyle, CHINA_BOUNDS } from './style'
import { loadLabelFont } from './fonts'
import { cappedPixelRatio } from './pixel-ratio'
import { homePadding, type ChromeSizes } from './padding'
import { exposeForTests } from './test-handles'
import { bootMark } from '../boot-marks'
import type { Camera } from '../domain/url-state'

type Point = { x: number; y: number }

export interface MainMap {
  setLocale(locale: Locale): void
  goHome(): void
  fitTo(bounds: [[number, number], [number, number]], animate: boolean): void
  /**
   * The chrome changed size (the time bar wrapped, the wall's column mounted): the home view (China) is framed again
   * with the new padding, unless the camera has moved since (the person, a fly-to, a step's own fit) or the padding
   * is the same.
   */
  chromeChanged(): void
  /** Fly to a place (non-essential: reduced motion jumps). */
  flyTo(center: [number, number], zoom: number): void
  /** Where the camera is now. */
  camera(): Camera
  /** The codes of the units under a screen point, province first. */
  regionsAt(point: [number, number]): string[]
  /** Called with the camera after every move, the atlas's own included; returns the unsubscribe. */
  onMoveEnd(listener: (camera: Camera) => void): () => void
  /** A click on the map at a screen point; returns the unsubscribe. */
  onClick(listener: (point: Point) => void): () => void
  /** Called in every render event with the map's canvas, whose drawing buffer is intact only there; returns the unsubscribe. */
  onFrame(listener: (canvas: HTMLCanvasElement) => void): () => void
  /** Resolves once the map has nothing left to draw, or after `ms`. */
  settled(ms?: number): Promise<void>
  repaint(): void
  /** Calls `listener` once the style has loaded (at once if it has). */
  onLoad(listener: () => void): void
  canvas(): HTMLCanvasElement
  /** The basemap leaves out its labels of these units (an office labels its seat there instead). */
  hideLabels(codes: readonly string[]): void
  dispose(): void
}

/** The basemap labels a map hides now (by feature state, which its style does not carry): the print map copies them. */
const hiddenLabelsOf = new WeakMap<maplibregl.Map, ReadonlySet<string>>()
export function hideLabelsLike(from: maplibregl.Map, to: maplibregl.Map): void {
  for (const code of hiddenLabelsOf.get(from) ?? []) {
    for (const source of ['province-labels', 'prefecture-labels']) {
      if (to.getSource(source)) to.setFeatureState({ source, id: Number(code) }, { hidden: true })
    }
  }
}

/** The maplibre map behind a MainMap, for the other modules of src/map/ (the deck.gl overlay). */
const maplibreOf = new WeakMap<MainMap, maplibregl.Map>()
export function maplibreMap(mainMap: MainMap): maplibregl.Map {
  const map = maplibreOf.get(mainMap)
  if (!map) throw new Error('not a map made by createMainMap')
  return map
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

/** Labels grow with the screen: 1 at 1080 lines, up to 2.5 on a wall. */
export function textScaleFor(el: HTMLElement): number {
  return Math.max(1, Math.min(2.5, el.clientHeight / 1080))
}

export interface MapOptions {
  locale: Locale
  camera: Camera | null
  /** The sizes of the page's chrome now, measured by the components that own it. */
  chrome(): ChromeSizes
  onIdle(): void
  /** A move the person made (not one the atlas made): the new camera. */
  onUserMove(camera: Camera): void
}

export async function createMainMap(container: HTMLElement, basemap: Basemap, options: MapOptions): Promise<MainMap> {
  const { locale, onIdle } = options
  const padding = () => homePadding(container.clientWidth, container.clientHeight, options.chrome())
  await loadLabelFont([...basemap.places.values()].map((p) => p.zh))
  bootMark('label-font-loaded')
  const firstPadding = padding()
  const map = new maplibregl.Map({
    container,
    style: buildMainStyle(basemap, locale, textScaleFor(container)),
    ...(options.camera
      ? { center: options.camera.center, zoom: options.camera.zoom }
      : { bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: firstPadding } }),
    // No maxBounds: on a 32:9 wall it would force a zoom that crops China. A minimum zoom keeps the view near.
    minZoom: 2,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Keep the drawing buffer within a 4K frame: a bigger one drops frames and shows nothing more.
    pixelRatio: cappedPixelRatio(container.clientWidth, container.clientHeight, window.devicePixelRatio),
  })
  map.touchZoomRotate.disableRotation()
  // The first load has happened (the load event fires once; later listeners must not wait for it).
  let hiddenLabels = new Set<string>()
  let styleLoaded = false
  map.once('load', () => (styleLoaded = true))
  map.on('idle', onIdle)
  map.once('idle', () => bootMark('basemap-first-idle'))
  // The home view's bounds and the padding it was framed with; null once the camera moves elsewhere (the person, a
  // fly-to, a step's fit) or came from the URL: then a change of the chrome leaves the view alone.
  let lastFit: { bounds: maplibregl.LngLatBoundsLike; padding: string } | null = null
  const fit = (bounds: maplibregl.LngLatBoundsLike, duration: number) => {
    const p = padding()
    lastFit = { bounds, padding: JSON.stringify(p) }
    map.fitBounds(bounds, { padding: p, duration })
  }
  if (!options.camera) lastFit = { bounds: CHINA_BOUNDS, padding: JSON.stringify(firstPadding) }
  // The chrome has its final size once the page has laid out: the first view is fitted again then, if the chrome
  // changed meanwhile (a needless fit would cost a whole frame more before the map is idle).
  if (!options.camera) map.once('load', () => mainMap.chromeChanged())
  const onMoveStart = (e: { originalEvent?: unknown }) => {
    if (e.originalEvent) lastFit = null
  }
  map.on('movestart', onMoveStart)
  const onMoveEnd = (e: { originalEvent?: unknown }) => {
    if (!e.originalEvent) return
    const c = map.getCenter()
    options.onUserMove({ center: [c.lng, c.lat], zoom: map.getZoom() })
  }
  map.on('moveend', onMoveEnd)
  // The browser tests and the benchmark project points and query labels through this handle (test builds only).
  exposeForTests({ __atlasMap: map })

  const mainMap: MainMap = {
    setLocale(next) {
      for (const id of ['province-labels', 'prefecture-labels']) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', ['get', next])
      }
    },
    goHome() {
      fit(CHINA_BOUNDS, prefersReducedMotion() ? 0 : 800)
    },
    fitTo(bounds, animate) {
      // A step's or preset's own framing: a later change of the chrome (a briefing's lane giving way to the side
      // panel on Esc) leaves this view where it is.
      lastFit = null
      map.fitBounds(bounds, { padding: padding(), duration: animate && !prefersReducedMotion() ? 2000 : 0 })
    },
    chromeChanged() {
      if (!lastFit || !styleLoaded || JSON.stringify(padding()) === lastFit.padding) return
      fit(lastFit.bounds, 0)
    },
    flyTo(center, zoom) {
      lastFit = null
      map.flyTo({ center, zoom, duration: 1200, essential: false })
    },
    camera() {
      const c = map.getCenter()
      return { center: [c.lng, c.lat], zoom: map.getZoom() }
    },
    regionsAt(point) {
      const codes: string[] = []
      for (const layer of ['provinces-fill', 'prefectures-hit', 'counties-hit']) {
        const code = map.queryRenderedFeatures(point, { layers: [layer] })[0]?.properties?.code
        if (typeof code === 'string' && !codes.includes(code)) codes.push(code)
      }
      return codes
    },
    onMoveEnd(listener) {
      const handler = () => listener(mainMap.camera())
      map.on('moveend', handler)
      map.on('resize', handler)
      return () => {
        map.off('moveend', handler)
        map.off('resize', handler)
      }
    },
    onClick(listener) {
      const handler = (e: maplibregl.MapMouseEvent) => listener({ x: e.point.x, y: e.point.y })
      map.on('click', handler)
      return () => map.off('click', handler)
    },
    onFrame(listener) {
      const handler = () => listener(map.getCanvas())
      map.on('render', handler)
      return () => map.off('render', handler)
    },
    settled(ms = 4000) {
      return whenIdle(map, ms)
    },
    repaint() {
      map.triggerRepaint()
    },
    onLoad(listener) {
      if (styleLoaded) listener()
      else map.once('load', listener)
    },
    canvas() {
      return map.getCanvas()
    },
    hideLabels(codes) {
      const apply = () => {
        const next = new Set(codes)
        // Only the labels whose state changes: a state set again re-evaluates the source's paint arrays in the
        // next frame (a filter change that leaves the seats alone would pay for it before its answer shows).
        const changed = [...new Set([...hiddenLabels, ...next])].filter((code) => hiddenLabels.has(code) !== next.has(code))
        for (const source of ['province-labels', 'prefecture-labels']) {
          if (!map.getSource(source)) continue
          // Feature state, not a layer filter: a filter reloads the source's tiles, and each reload leaves a
          // listener on the tile's request signal in maplibre (the kiosk soak saw them pile up).
          for (const code of changed) map.setFeatureState({ source, id: Number(code) }, { hidden: next.has(code) })
        }
        hiddenLabels = next
        hiddenLabelsOf.set(map, next)
      }
      // As soon as the style's sources exist, so the first frames already leave the labels out: set at the map's
      // load, the state would cost a whole frame more before the map is idle.
      if (map.getSource('province-labels')) apply()
      else map.once('style.load', apply)
    },
    dispose() {
      map.off('idle', onIdle)
      map.off('moveend', onMoveEnd)
      map.off('movestart', onMoveStart)
      map.remove()
    },
  }
  maplibreOf.set(mainMap, map)
  return mainMap
}

/** Resolves when `map` is next idle after a repaint, or after `ms` at the latest. */
export function whenIdle(map: maplibregl.Map, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(done, ms)
    function done() {
      window.clearTimeout(timer)
      map.off('idle', done)
      resolve()
    }
    map.once('idle', done)
    map.triggerRepaint()
  })
}
