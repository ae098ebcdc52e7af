// The inset: a fixed, non-interactive second view of the islands and the dashes as China's standard maps show them.
import * as maplibregl from 'maplibre-gl'
import type { Basemap } from '../data/basemap'
import { buildInsetStyle, INSET_BOUNDS } from './style'
import { cappedPixelRatio } from './pixel-ratio'
import { exposeForTests } from './test-handles'
import { bootMark } from '../boot-marks'

export interface InsetMap {
  dispose(): void
}

export function createInsetMap(container: HTMLElement, basemap: Basemap, onFirstIdle: () => void): InsetMap {
  const map = new maplibregl.Map({
    container,
    style: buildInsetStyle(basemap),
    bounds: INSET_BOUNDS,
    interactive: false,
    attributionControl: false,
    pixelRatio: cappedPixelRatio(container.clientWidth, container.clientHeight, window.devicePixelRatio),
  })
  map.once('idle', () => {
    bootMark('inset-first-idle')
    onFirstIdle()
  })
  exposeForTests({ __atlasInset: map })
  return {
    dispose() {
      map.remove()
    },
  }
}
