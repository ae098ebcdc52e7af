import { defineStore } from 'pinia'
import { computed } from 'vue'
import { buildLayerSpecs, type LayerSpec } from './layer-specs'
import { buildTiledSpecs } from './tiled-specs'
import { isTiledRecord } from '../data/tiled-layers'
import { regionShapes } from './region-shapes'
import { seatName } from '../domain/offices'
import { labelPoints } from './style'
import { useBasemapStore } from '../stores/basemap'
import { useDataStore } from '../stores/data'
import { useLayersStore } from '../stores/layers'
import { useUiStore } from '../stores/ui'

const SHANGHAI_FALLBACK: [number, number] = [121.47, 31.23]

/**
 * The drawing descriptions of the thematic layers, which the map and the legend both read. They depend on the
 * records, the record filter, the aid metric and the basemap only: a change of year, span, time mode or layer
 * visibility leaves `specs` and every spec's `data` the same objects (the year is a GPU filter).
 */
export const useLayerSpecsStore = defineStore('layerSpecs', () => {
  const data = useDataStore()
  const layers = useLayersStore()
  const ui = useUiStore()
  const basemap = useBasemapStore()
  const shapes = computed(() => (basemap.basemap ? regionShapes(basemap.basemap) : new Map()))
  const shanghai = computed(() => basemap.basemap?.places.get('310000')?.label ?? SHANGHAI_FALLBACK)

  // Records of tiled layers are drawn from their archive (tiled-specs.ts), the others from their records.
  const untiled = computed(() => (data.tiled.length ? layers.drawable.filter((r) => !isTiledRecord(r)) : layers.drawable))
  const tiledSpecs = computed(() => buildTiledSpecs(data.tiled, layers.drawable))
  // The basemap's province names as it draws them (style.ts labelPoints): the small labels keep clear of them.
  const provinceLabels = computed(() => (basemap.basemap
    ? labelPoints(basemap.basemap.places, 'province').features.map((f) => ({
      code: String(f.properties?.code), position: f.geometry.coordinates, text: { zh: String(f.properties?.zh), en: String(f.properties?.en) },
    }))
    : []))
  const specs = computed<LayerSpec[]>(() => [...buildLayerSpecs({
    records: untiled.value,
    allRecords: data.records,
    aidMetric: ui.aidMetric,
    regionShapes: shapes.value,
    shanghai: shanghai.value,
    placeOf: (code) => basemap.basemap?.places.get(code)?.label,
    placeName: (code) => seatName(basemap.basemap?.places, code) ?? undefined,
    provinceLabels: provinceLabels.value,
  }), ...tiledSpecs.value])
  return { specs }
})
