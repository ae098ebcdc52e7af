/**
 * The open data package (Frictionless Data Package v1) that `npm run build:layers` writes next to the layers:
 * geo/datapackage.json describes geo/records.csv (the app's own CSV export of every record, with a Table
 * Schema) and each geo/layers/*.geojson, with the licence, the sources, how to cite, and a codebook of every
 * column, code and category in Chinese and English. Deterministic: same records, same bytes.
 */
import { CSV_COLUMNS, toCsv } from '../src/domain/export'
import {
  CATEGORIES, DATE_PRECISIONS, LAYER_IDS, LOCATION_PRECISIONS, METRIC_KEYS, METRIC_KEY_LIST, STATUSES,
  type AtlasRecord, type MetricKey,
} from '../src/domain/schema'
import { FIRST_YEAR, LAST_YEAR } from '../src/domain/time'
import { messages } from '../src/i18n/messages'
import { columnDoc } from './data/codebook'
import { PLAN_URL } from './data/types'

export const CSV_PATH = 'records.csv'
export const layerPath = (layer: string) => `layers/${layer}.geojson`

/**
 * The licence of the atlas's own compilation (codes, figures as base units, names and summaries written for
 * it). The plan's text and each researched source stay under their publishers' terms; see `sources`.
 */
const LICENSE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }

const KEBAB = '^[a-z0-9]+(?:-[a-z0-9]+)*$'
const ALL_CATEGORIES = [...new Set(LAYER_IDS.flatMap((l) => CATEGORIES[l]))]

type Field = { name: string; type: string; title: string; description: string; constraints?: Record<string, unknown> }

function field(name: (typeof CSV_COLUMNS)[number]): Field {
  const doc = columnDoc(name)
  const f: Field = { name, type: 'string', title: doc.zh, description: doc.en }
  const metric = METRIC_KEYS[name as MetricKey] as { int: boolean } | undefined
  if (metric) return { ...f, type: metric.int ? 'integer' : 'number', constraints: { minimum: 0 } }
  switch (name) {
    case 'id': return { ...f, constraints: { required: true, unique: true, pattern: KEBAB } }
    case 'layer': return { ...f, constraints: { required: true, enum: [...LAYER_IDS] } }
    case 'category': return { ...f, constraints: { required: true, enum: ALL_CATEGORIES } }
    case 'status': return { ...f, constraints: { required: true, enum: [...STATUSES] } }
    case 'year_start':
    case 'year_end': return { ...f, type: 'integer', constraints: { required: true, minimum: FIRST_YEAR, maximum: LAST_YEAR } }
    case 'joined':
    case 'stated_start':
    case 'stated_end': return { ...f, type: 'integer' }
    case 'lon': return { ...f, type: 'number', constraints: { minimum: -180, maximum: 180 } }
    case 'lat': return { ...f, type: 'number', constraints: { minimum: -90, maximum: 90 } }
    case 'point_is_region_label':
    case 'geometry_is_schematic': return { ...f, type: 'boolean' }
    case 'location_precision': return { ...f, constraints: { required: true, enum: [...LOCATION_PRECISIONS] } }
    case 'date_precision': return { ...f, constraints: { required: true, enum: [...DATE_PRECISIONS] } }
    case 'source_confidence':
    case 'regions_source_confidence': return { ...f, constraints: { enum: ['confirmed', 'weak'] } }
    case 'name_zh':
    case 'name_en':
    case 'regions':
    case 'source_ref': return { ...f, constraints: { required: true } }
    default: return f
  }
}

/** Each code with its zh and en words, from the app's messages. */
function codes(group: string, list: readonly string[]): { code: string; zh: string; en: string }[] {
  const zh = (messages.zh as unknown as Record<string, Record<string, string>>)[group] ?? {}
  const en = (messages.en as unknown as Record<string, Record<string, string>>)[group] ?? {}
  return list.map((code) => ({ code, zh: zh[code] ?? code, en: en[code] ?? code }))
}

function sources(records: readonly AtlasRecord[]): { title: string; path: string }[] {
  const byUrl = new Map<string, string>()
  for (const r of records) {
    for (const s of [r.source, r.regionsSource]) if (s?.url && !byUrl.has(s.url)) byUrl.set(s.url, s.ref)
  }
  const researched = [...byUrl].sort(([a], [b]) => a.localeCompare(b)).map(([path, title]) => ({ title, path }))
  return [{ title: '上海市对口支援与合作交流“十二五”规划 (the plan; source of every `plan x.y` record)', path: PLAN_URL }, ...researched]
}

export function buildDataPackage(records: readonly AtlasRecord[]): { descriptor: Record<string, unknown>; csv: string } {
  const descriptor = {
    profile: 'data-package',
    name: 'shanghai-cooperation-atlas',
    title: '上海对口支援与合作交流地图集数据 2006–2015 / Shanghai Counterpart Support and Cooperation Atlas data, 2006–2015',
    description:
      'Every record of the atlas: the figures of Shanghai\'s 2011–2015 counterpart-support and cooperation plan (its review of 2006–2010 and its tasks for 2011–2015), to the digit and in base units, and dated facts from cited public sources. No figure is invented, interpolated or spread over years; a group figure stays one record on all its regions. Each record states how precisely its place and its dates are known. Region points are label points of the atlas\'s basemap, whose polygons are AMap-derived (see geo/basemap/ATTRIBUTION.md).',
    homepage: PLAN_URL,
    version: '1.0.0',
    keywords: ['Shanghai', 'counterpart support', '对口支援', 'regional cooperation', 'Yangtze River Delta', 'aid geocoding'],
    licenses: [LICENSE],
    sources: sources(records),
    citation: {
      zh: '《上海对口支援与合作交流地图集数据 2006–2015》,依据《上海市对口支援与合作交流“十二五”规划》(上海合作交流网,2015年6月26日更新)及所注明的公开资料编制。',
      en: 'Shanghai Counterpart Support and Cooperation Atlas data, 2006–2015. Compiled from the Shanghai counterpart-support and cooperation plan for 2011–2015 (hzjl.sh.gov.cn, updated 26 June 2015) and the public sources cited in each record.',
    },
    resources: [
      {
        name: 'records',
        path: CSV_PATH,
        profile: 'tabular-data-resource',
        title: '全部记录(表格) / All records (table)',
        description: 'One row per record of every layer: the atlas\'s own CSV export, which its workspace imports back.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: CSV_COLUMNS.map(field), primaryKey: 'id', missingValues: [''] },
      },
      ...LAYER_IDS.map((layer) => ({
        name: `layer-${layer}`,
        path: layerPath(layer),
        profile: 'data-resource',
        title: `${messages.zh.layers[layer]} / ${messages.en.layers[layer]}`,
        description: `The ${layer} layer as a GeoJSON FeatureCollection (RFC 7946, WGS84); properties as in the records table.`,
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
      })),
    ],
    codebook: {
      layers: codes('layers', LAYER_IDS),
      status: codes('status', STATUSES),
      categories: Object.fromEntries(LAYER_IDS.map((l) => [l, codes('category', CATEGORIES[l])])),
      metrics: METRIC_KEY_LIST.map((key) => ({ ...codes('metric', [key])[0], unit: METRIC_KEYS[key].unit, meaning: METRIC_KEYS[key].en })),
      locationPrecision: codes('locationPrecision', LOCATION_PRECISIONS),
      datePrecision: codes('datePrecision', DATE_PRECISIONS),
      reading: {
        zh: '“超过”的数字是下限(见 more_than);带 part_of 的记录是合计的组成部分,不可与合计相加;stated_start/stated_end 超出图上年份的数字是多年累计,不是2006–2015年的数字;位置精度为 chosen 或 schematic-line 的记录位置为近似;日期精度为 unknown 的记录,所示年份只是替代。',
        en: '"More than" figures are lower bounds (see more_than); a record with part_of is a part of a stated total and must not be added to it; figures whose stated_start/stated_end reach outside the years shown are multi-year totals, not 2006–2015 figures; location precision chosen or schematic-line means the place is approximate; date precision unknown means the years shown stand in for dates no source gives.',
      },
    },
  }
  return { descriptor, csv: toCsv(records) }
}
