import { defineStore } from 'pinia'
import { computed } from 'vue'
import { buildAggregateSpecs, buildRecordSpecs, inDrawingOrder, type LayerSpec, type SpecInput } from './layer-specs'
import { specRows, withPass } from './record-filter'
import { buildTiledSpecs } from './tiled-specs'
import { isTiledRecord } from '../data/tiled-layers'
import { regionShapes } from './region-shapes'
import { seatName } from '../domain/offices'
import type { AtlasRecord, LayerId } from '../domain/schema'
import { inBoth } from '../i18n/error-text'
import { labelPoints } from './style'
import { useBasemapStore } from '../stores/basemap'
import { useDataStore } from '../stores/data'
import { useLayersStore } from '../stores/layers'
import { useUiStore } from '../stores/ui'

/** The layers of the marks that stand for several records (buildAggregateSpecs): aid arcs, office and liaison labels. */
const AGGREGATED: ReadonlySet<LayerId> = new Set(['aid', 'office', 'coverage'])
const SHANGHAI_FALLBACK: [number, number] = [121.47, 31.23]

/**
 * The drawing descriptions of the thematic layers, which the map and the legend both read.
 * - A change of year, span, time mode or layer visibility leaves `specs` and every spec's `data` the same objects
 *   (the year is a GPU filter).
 * - A change of the record filter (categories, statuses, regions, precision) rebuilds only the few marks that stand
 *   for several records (arcs, labels); the marks drawn per record keep their `data` and get a new `pass` mask, a
 *   third GPU filter value (record-filter.ts).
 */
export const useLayerSpecsStore = defineStore('layerSpecs', () => {
  const data = useDataStore()
  const layers = useLayersStore()
  const ui = useUiStore()
  const basemap = useBasemapStore()
  const shapes = computed(() => (basemap.basemap ? regionShapes(basemap.basemap) : new Map()))
  const shanghai = computed(() => basemap.basemap?.places.get('310000')?.label ?? SHANGHAI_FALLBACK)
  // The basemap's province names as it draws them (style.ts labelPoints): the small labels keep clear of them.
  const provinceLabels = computed(() => (basemap.basemap
    ? labelPoints(basemap.basemap.places, 'province').features.map((f) => ({
      code: String(f.properties?.code), position: f.geometry.coordinates, text: { zh: String(f.properties?.zh), en: String(f.properties?.en) },
    }))
    : []))
  const input = (records: readonly AtlasRecord[]): SpecInput => ({
    records,
    allRecords: data.records,
    aidMetric: ui.aidMetric,
    regionShapes: shapes.value,
    shanghai: shanghai.value,
    placeOf: (code) => basemap.basemap?.places.get(code)?.label,
    placeName: (code) => seatName(basemap.basemap?.places, code) ?? undefined,
    coverageLabel: (name) => inBoth('map.coverageLabel', (locale) => ({ name: name[locale] })),
    provinceLabels: provinceLabels.value,
  })

  // Records of tiled layers are drawn from their archive (tiled-specs.ts), the others from their records.
  const untiled = (records: readonly AtlasRecord[]) => (data.tiled.length ? records.filter((r) => !isTiledRecord(r)) : records)
  const recordSpecs = computed(() => buildRecordSpecs(input(untiled(data.records))))
  const rows = computed(() => specRows(recordSpecs.value, data.records))
  // The marks for several records read only these layers' records: walked once per filter change, not per layer.
  const aggregateRows = computed(() => {
    const rows: number[] = []
    data.records.forEach((r, i) => { if (AGGREGATED.has(r.layer) && !(data.tiled.length && isTiledRecord(r))) rows.push(i) })
    return rows
  })
  const aggregateSpecs = computed(() => {
    const pass = layers.passes
    return buildAggregateSpecs(input(aggregateRows.value.filter((i) => pass[i] === 1).map((i) => data.records[i]!)))
  })
  const tiledSpecs = computed(() => (data.tiled.length ? buildTiledSpecs(data.tiled, layers.drawable) : []))
  const specs = computed<LayerSpec[]>((previous) => [
    ...inDrawingOrder([...withPass(recordSpecs.value, rows.value, layers.passes, previous), ...aggregateSpecs.value]),
    ...tiledSpecs.value,
  ])
  return { specs }
})
