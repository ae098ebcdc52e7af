/**
 * The codebook of the open data package (geo/datapackage.json): what every CSV column means, in Chinese and
 * English. Category, layer, status, metric and precision names come from the app's own messages, so the
 * package and the screen say the same thing.
 */
import { CSV_COLUMNS } from '../../src/domain/export'
import { METRIC_KEYS, METRIC_KEY_LIST } from '../../src/domain/schema'

type Text = { zh: string; en: string }
type Column = (typeof CSV_COLUMNS)[number]

const METRIC_ZH: Record<string, string> = {
  yuan: '元', count: '个数', 'person-times': '人次', people: '人（每人计一次）', 'km²': '平方千米', m: '米', km: '千米', 'TEU/year': '标准箱/年', t: '吨',
}

/** Every column that is not a metric. A test checks that every CSV column has an entry here or is a metric. */
export const COLUMN_DOCS: Record<Exclude<Column, (typeof METRIC_KEY_LIST)[number]>, Text> = {
  id: { zh: '记录编号,在所有图层中唯一且稳定', en: 'Record id, unique across all layers and stable' },
  layer: { zh: '图层', en: 'Thematic layer' },
  name_zh: { zh: '中文名称', en: 'Name in Chinese' },
  name_en: { zh: '英文名称', en: 'Name in English' },
  category: { zh: '类别(见各图层的类别表)', en: 'Category (from the layer\'s list)' },
  status: { zh: '状态:已完成、规划、在建', en: 'Status: achieved, planned or ongoing' },
  year_start: { zh: '图上显示的起始年份(2006–2015)', en: 'First year the record is shown (2006–2015)' },
  year_end: { zh: '图上显示的结束年份(2006–2015)', en: 'Last year the record is shown (2006–2015)' },
  regions: { zh: '所属地区的国标行政区划代码(GB/T 2260),以分号分隔;第一个为主地区', en: 'GB/T 2260 codes of the record\'s regions, separated by ";"; the first is the primary region' },
  lon: { zh: '代表点经度(WGS84)', en: 'Longitude of the representative point (WGS84)' },
  lat: { zh: '代表点纬度(WGS84)', en: 'Latitude of the representative point (WGS84)' },
  source_ref: { zh: '来源:规划的部分和节(如 plan 1.1 即一(一)),或研究资料', en: 'Source: the plan\'s part and section (plan 1.1 = part one, section one) or the researched fact' },
  source_url: { zh: '研究资料的网址', en: 'URL of a researched fact' },
  source_confidence: { zh: '研究资料的可信度:confirmed 已确认, weak 单一弱来源', en: 'Confidence of a researched fact: confirmed, or weak (a single weak source)' },
  summary_zh: { zh: '中文摘要', en: 'Summary in Chinese' },
  summary_en: { zh: '英文摘要', en: 'Summary in English' },
  office: { zh: '办事处联系区域所属办事处的记录编号', en: 'Coverage records: the id of the office whose liaison region this is' },
  joined: { zh: '长三角协调会成员加入的年份(可早于2006年)', en: 'Council members: the year the city joined (may be before 2006)' },
  stated_start: { zh: '来源所述时段的起始年(超出图上时段时)', en: 'Start of the span the source states, when it reaches outside the years shown' },
  stated_end: { zh: '来源所述时段的结束年(超出图上时段时)', en: 'End of the span the source states, when it reaches outside the years shown' },
  more_than: { zh: '来源写作“超过”的指标(下限,不是确数),以分号分隔', en: 'Metrics the source states as "more than" (a lower bound, not an exact figure), separated by ";"' },
  part_of: { zh: '本记录所属合计记录的编号(不可与合计相加)', en: 'Id of the stated total this record is a part of (never add it to that total)' },
  point_is_region_label: { zh: '点位为地区的标注点,不是实际地点', en: 'The point is the region\'s label point, not the site of the work' },
  geometry_is_schematic: { zh: '线路为示意,不是实测航道', en: 'The line is schematic, not the surveyed channel' },
  location_precision: { zh: '位置精度(见位置精度代码表)', en: 'Location precision (see its codes)' },
  date_precision: { zh: '日期精度(见日期精度代码表)', en: 'Date precision (see its codes)' },
  regions_source_ref: { zh: '地区由研究资料确定时,该资料的名称', en: 'When research named the regions: that source' },
  regions_source_url: { zh: '地区由研究资料确定时,该资料的网址', en: 'When research named the regions: its URL' },
  regions_source_confidence: { zh: '地区资料的可信度', en: 'Confidence of the source of the regions' },
  geometry: { zh: '线或面的几何(GeoJSON 文本);点位见经纬度', en: 'Geometry of a line or area as GeoJSON text; a point is its lon/lat' },
}

export function columnDoc(column: Column): Text {
  if ((METRIC_KEY_LIST as readonly string[]).includes(column)) {
    const m = METRIC_KEYS[column as (typeof METRIC_KEY_LIST)[number]]
    return { zh: `指标,单位:${METRIC_ZH[m.unit] ?? m.unit}`, en: `Metric: ${m.en}, in ${m.unit}` }
  }
  return COLUMN_DOCS[column as keyof typeof COLUMN_DOCS]
}
