// The main map: maplibre with the style built in code. The deck.gl overlay joins it later (thematic-overlay.ts).
import * as maplibregl from 'maplibre-gl'
import type { Basemap } from '../data/basemap'
import type { Locale } from '../i18n/messages'
import { buildMainStyle, CHINA_BOUNDS } from './style'
import { loadLabelFont } from './fonts'
import { cappedPixelRatio } from './pixel-ratio'
import type { Camera } from '../domain/url-state'

export interface MainMap {
  map: maplibregl.Map
  setLocale(locale: Locale): void
  goHome(): void
  fitTo(bounds: [[number, number], [number, number]], animate: boolean): void
  /** The codes of the units under a screen point, province first. */
  regionsAt(point: [number, number]): string[]
  dispose(): void
}

/** Room left for the page's chrome around the first view: the side panel, the header and the time bar. */
function homePadding(el: HTMLElement) {
  const h = el.clientHeight
  const w = el.clientWidth
  const side = document.querySelector('[data-chrome="side"]')?.getBoundingClientRect().right ?? w * 0.2
  const time = document.querySelector('[data-chrome="time"]')?.getBoundingClientRect().height ?? h * 0.14
  return { top: Math.round(h * 0.07), bottom: Math.round(time + h * 0.02), left: Math.round(side + w * 0.01), right: Math.round(w * 0.02) }
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
  onIdle(): void
  /** A move the person made (not one the atlas made): the new camera. */
  onUserMove(camera: Camera): void
}

export async function createMainMap(container: HTMLElement, basemap: Basemap, options: MapOptions): Promise<MainMap> {
  const { locale, onIdle } = options
  await loadLabelFont([...basemap.places.values()].map((p) => p.zh))
  const map = new maplibregl.Map({
    container,
    style: buildMainStyle(basemap, locale, textScaleFor(container)),
    ...(options.camera
      ? { center: options.camera.center, zoom: options.camera.zoom }
      : { bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: homePadding(container) } }),
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
  map.on('idle', onIdle)
  // The chrome has its final size once the page has laid out: fit the first view again then.
  if (!options.camera) map.once('load', () => map.fitBounds(CHINA_BOUNDS, { padding: homePadding(container), duration: 0 }))
  const onMoveEnd = (e: { originalEvent?: unknown }) => {
    if (!e.originalEvent) return
    const c = map.getCenter()
    options.onUserMove({ center: [c.lng, c.lat], zoom: map.getZoom() })
  }
  map.on('moveend', onMoveEnd)
  // The browser tests and benchmarks read the map through this handle (projecting points, querying labels).
  ;(window as unknown as { __atlasMap?: maplibregl.Map }).__atlasMap = map

  return {
    map,
    setLocale(next) {
      for (const id of ['province-labels', 'prefecture-labels']) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', ['get', next])
      }
    },
    goHome() {
      map.fitBounds(CHINA_BOUNDS, { padding: homePadding(container), duration: prefersReducedMotion() ? 0 : 800 })
    },
    fitTo(bounds, animate) {
      map.fitBounds(bounds, { padding: homePadding(container), duration: animate && !prefersReducedMotion() ? 2000 : 0 })
    },
    regionsAt(point) {
      const codes: string[] = []
      for (const layer of ['provinces-fill', 'prefectures-hit', 'counties-hit']) {
        const code = map.queryRenderedFeatures(point, { layers: [layer] })[0]?.properties?.code
        if (typeof code === 'string' && !codes.includes(code)) codes.push(code)
      }
      return codes
    },
    dispose() {
      map.off('idle', onIdle)
      map.off('moveend', onMoveEnd)
      map.remove()
    },
  }
}
