/**
 * Hand-written record sources. `npm run build:layers` turns them into geo/layers/*.geojson.
 *
 * A draft is an AtlasRecord whose geometry may be left out: the generator then uses the label point of
 * the record's first region (`regions[0]`) from geo/basemap/places.json and sets `pointIsRegionLabel`.
 * `along` cuts a schematic line out of the Yangtze main stem between the river points nearest to two
 * places; `line` is a hand-digitised schematic line. Both set `geometryIsSchematic`.
 */
import type { AtlasGeometry, AtlasRecord, Position } from '../../src/domain/schema'

export type Draft = Omit<AtlasRecord, 'geometry'> & {
  geometry?: AtlasGeometry
  along?: { from: Position; to: Position }
  line?: Position[]
}

/** The plan's web copy (上海合作交流网), named in geo/README.md. */
export const PLAN_URL = 'https://hzjl.sh.gov.cn/n1268/20150626/0041-108666.html'

// Region groups (GB/T 2260 codes). The first code of a group is its primary region (its label point).
export const KASHGAR_4 = ['653130', '653125', '653124', '653126'] // 巴楚 莎车 泽普 叶城
export const XIGAZE_5 = ['540222', '540233', '540224', '540225', '540223'] // 江孜 亚东 萨迦 拉孜 定日
export const GOLOG_6 = ['632621', '632622', '632623', '632624', '632625', '632626'] // 玛沁 班玛 甘德 达日 久治 玛多
export const YUNNAN_4 = ['532600', '532500', '530800', '533400'] // 文山 红河 普洱 迪庆
export const THREE_GORGES = ['500101', '420506'] // 万州 夷陵
export const DUJIANGYAN = ['510181']
/** The 8 regions of the 2006–2010 review (plan 1.1): Xigaze, Aksu, the four Yunnan prefectures, Wanzhou, Yiling. */
export const REVIEW_8 = ['540200', '652900', ...YUNNAN_4, ...THREE_GORGES]
/** The regions the plan names in 四(一)'s opening paragraph. */
export const TASK_REGIONS = ['653100', '540200', '632600', ...YUNNAN_4, ...THREE_GORGES]
/** 西部大开发: the 12 provincial units of the western development policy. */
export const WEST_12 = ['150000', '450000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000']
export const NORTHEAST_3 = ['210000', '220000', '230000']
/** 中部: Shanxi, Anhui, Jiangxi, Henan, Hubei, Hunan. */
export const CENTRAL_6 = ['140000', '340000', '360000', '410000', '420000', '430000']
/** 长三角 of the 2010 regional plan: Shanghai, Jiangsu, Zhejiang. */
export const DELTA_3 = ['310000', '320000', '330000']
/** The 7 provinces and 2 municipalities on the Yangtze trunk (长江黄金水道 partners). */
export const YANGTZE_9 = ['310000', '320000', '340000', '360000', '420000', '430000', '500000', '510000', '530000']

/** The plan says "喀什四县" and "日喀则五县"; which counties they are comes from research (external-facts.md, section 5). */
export const KASHGAR_COUNTIES_SOURCE: Partial<Draft> = {
  regionsSource: {
    ref: 'researched: switch Aksu → Kashgar (叶城, 泽普, 莎车, 巴楚; gov.cn 2010-11-11)',
    url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn//jrzg/2010-11/11/content_1743638.htm',
    confidence: 'confirmed',
  },
}
export const XIGAZE_COUNTIES_SOURCE: Partial<Draft> = {
  regionsSource: {
    ref: 'researched: Xigaze pairing (江孜, 亚东, 萨迦, 拉孜, 定日; 人民日报 2014 via thepaper)',
    url: 'http://www.thepaper.cn/newsDetail_forward_1262097',
    confidence: 'confirmed',
  },
}

/** "长江黄金水道" / "沿江省市": the 7 provinces and 2 municipalities that signed the 2011 推进方案 with the MOT (external-facts.md, section 3). */
export const YANGTZE_PROVINCES_SOURCE: Partial<Draft> = {
  regionsSource: {
    ref: 'researched: 2011–2015 Golden Waterway plan, signed by Shanghai, Jiangsu, Anhui, Jiangxi, Hubei, Hunan, Chongqing, Sichuan and Yunnan (chinawuliu)',
    url: 'http://csl.chinawuliu.com.cn/html/19886459.html',
    confidence: 'confirmed',
  },
}

export const S1 = (section: string) => ({ ref: `plan ${section}` })

/**
 * A 2011–2015 task of the plan's part four for one layer: planned, no figures, the plan's section as source.
 * `plannedTask('park')('park-x', 'plan 4.2', 'industrial-park', regions, [zh, en], [zhSummary, enSummary])`.
 */
export const plannedTask = (layer: Draft['layer']) =>
  (id: string, ref: string, category: string, regions: string[], name: [string, string], summary: [string, string], geo: Partial<Draft> = {}): Draft => ({
    id,
    layer,
    name: { zh: name[0], en: name[1] },
    category,
    status: 'planned',
    years: [2011, 2015],
    regions,
    metrics: {},
    source: { ref },
    summary: { zh: summary[0], en: summary[1] },
    ...geo,
  })
