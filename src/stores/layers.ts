import { defineStore } from 'pinia'
import { computed } from 'vue'
import { buildLayerSpecs, type LayerSpec } from '../map/layer-specs'
import { regionShapes } from '../map/region-shapes'
import { recordsBeforeTime, visibleRecords } from '../domain/selectors'
import { LAYER_IDS } from '../domain/schema'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useUiStore } from './ui'
import { useBasemapStore } from './basemap'

/**
 * The one selector the map, the legend and the count read: the map and the legend cannot disagree.
 * Time and layer visibility are left out of the specs: a year change moves the GPU filter, not the data.
 */
export const useLayersStore = defineStore('layers', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  const ui = useUiStore()
  const basemap = useBasemapStore()
  const shapes = computed(() => (basemap.basemap ? regionShapes(basemap.basemap) : new Map()))

  const specs = computed<LayerSpec[]>(() => buildLayerSpecs({
    records: recordsBeforeTime(data.records, { ...filters.state, layers: LAYER_IDS }),
    allRecords: data.records,
    aidMetric: ui.aidMetric,
    regionShapes: shapes.value,
    shanghai: basemap.basemap?.places.get('310000')?.label ?? [121.47, 31.23],
  }))
  /** The records the map shows now, time included: what the count, the table and the exports read. */
  const visible = computed(() => visibleRecords(data.records, filters.state))
  return { specs, visible }
})
