/**
 * office layer (Shanghai government offices in other provinces) and coverage layer (the regions each
 * office liaises with). Researched facts, plus the plan's 1.7 (offices added and adjusted in 2006–2010).
 *
 * Time spans are whole years. A change during a year (the August 2010 reorganisation, 沪委[2010]527号)
 * is shown from that year on: the old state ends in 2009, the new one starts in 2010, so the coverage
 * records of one office never overlap (the atlas shows each year's end-of-year state).
 */
import type { Draft } from './types'
import { plannedTask } from './types'

const GZ_URL = 'https://wiki.kfd.me/wiki/%E4%B8%8A%E6%B5%B7%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%A9%BB%E5%B9%BF%E5%B7%9E%E5%8A%9E%E4%BA%8B%E5%A4%84'
const SZ_URL = 'https://wikipedia.kfd.me/wiki/%E4%B8%8A%E6%B5%B7%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%A9%BB%E6%B7%B1%E5%9C%B3%E8%81%94%E7%BB%9C%E5%A4%84'
const WH_URL = 'https://profilbaru.com/zh/%E4%B8%8A%E6%B5%B7%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%A9%BB%E6%AD%A6%E6%B1%89%E5%8A%9E%E4%BA%8B%E5%A4%84'
const XZ_URL = 'https://zhwiki.oracleblog.org/wiki/%E4%B8%8A%E6%B5%B7%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%A9%BB%E8%A5%BF%E8%97%8F%E5%8A%9E%E4%BA%8B%E5%A4%84'
const BJ_URL = 'https://twwiki.net/wiki/jw99moegz25q580.html'
const XJ_URL = 'https://www.ccphistory.org.cn/shds/dkyc/content/3d0c58e6-74f4-4ca9-83a4-95a8bcc4532e.html'

export const offices: Draft[] = [
  {
    id: 'office-beijing',
    datePrecision: 'unknown', // the span shown stands in for dates no source gives
    layer: 'office',
    name: { zh: '上海市人民政府驻北京办事处', en: 'Shanghai Government Office in Beijing' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2006, 2015],
    regions: ['110000'],
    metrics: {},
    source: { ref: 'researched: office in Beijing', url: BJ_URL, confidence: 'weak' },
    summary: {
      zh: '常设机构,联系中央和国家机关及北京市,管理上海其他驻京机构。来源未给出成立日期(单一弱来源),图上按整个时段显示。',
      en: 'Permanent office liaising with the central Party and State bodies and Beijing, and managing other Shanghai bodies in Beijing. The source gives no dates (single weak source); shown over the whole span.',
    },
  },
  {
    id: 'office-guangzhou',
    layer: 'office',
    name: { zh: '上海市人民政府驻广州办事处', en: 'Shanghai Government Office in Guangzhou' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [1987, 2015],
    regions: ['440100'],
    metrics: {},
    source: { ref: 'researched: office in Guangzhou', url: GZ_URL, confidence: 'confirmed' },
    summary: {
      zh: '1987年2月19日成立,联系广东、福建;2010年8月起联系区域为广东、福建、广西、海南,设厦门联络组。地址:广州市三育路44号东山宾馆6号楼。成立早于2006年,图上从2006年起显示。',
      en: 'Founded on 19 February 1987 for Guangdong and Fujian; from August 2010 its region is Guangdong, Fujian, Guangxi and Hainan, with a liaison section in Xiamen. Address: Building 6, Dongshan Hotel, 44 Sanyu Road, Guangzhou. Founded before 2006; shown from 2006.',
    },
    geometry: { type: 'Point', coordinates: [113.2994, 23.1294] },
  },
  {
    id: 'office-shenzhen',
    layer: 'office',
    name: { zh: '上海市人民政府驻深圳办事处', en: 'Shanghai Government Office in Shenzhen' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2006, 2009],
    statedSpan: [1989, 2010],
    regions: ['440300'],
    metrics: {},
    source: { ref: 'plan 1.7 (调整驻深圳办事处); researched: office in Shenzhen', url: SZ_URL, confidence: 'confirmed' },
    summary: {
      zh: '1989年10月27日成立(副局级)。2010年8月(沪委[2010]527号)调整为驻广州办事处下属的驻深圳联络处;图上办事处显示到2009年。',
      en: 'Founded on 27 October 1989 (deputy-bureau level). In August 2010 (Party committee document 沪委[2010]527号) it became a liaison office under the Guangzhou office; the atlas shows the office up to 2009.',
    },
  },
  {
    id: 'office-shenzhen-liaison',
    layer: 'office',
    name: { zh: '上海市人民政府驻深圳联络处', en: 'Shanghai Government Liaison Office in Shenzhen' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2010, 2015],
    regions: ['440300'],
    metrics: {},
    source: { ref: 'plan 1.7 (调整驻深圳办事处); researched: office in Shenzhen', url: SZ_URL, confidence: 'confirmed' },
    summary: {
      zh: '2010年8月由驻深圳办事处调整而来,隶属驻广州办事处,负责深圳、珠海。地址:深圳市爱国路1060号金通大厦。',
      en: 'Formed in August 2010 from the Shenzhen office, under the Guangzhou office; responsible for Shenzhen and Zhuhai. Address: Jintong Building, 1060 Aiguo Road, Shenzhen.',
    },
  },
  {
    id: 'office-hainan',
    datePrecision: 'unknown', // the span shown stands in for dates no source gives
    layer: 'office',
    name: { zh: '上海市人民政府驻海南办事处', en: 'Shanghai Government Office in Hainan' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2006, 2009],
    regions: ['460000'],
    metrics: {},
    source: { ref: 'plan 1.7 (调整驻海南办事处); researched: office in Hainan (Guangzhou office page)', url: GZ_URL, confidence: 'confirmed' },
    summary: {
      zh: '成立年份未找到;规划称“十一五”期间调整了驻海南办事处,2010年8月调整为驻广州办事处下属的联络处。所在城市未写明,标在海南省的标注点。',
      en: 'Founding year not found; the plan says the Hainan office was adjusted in 2006–2010, and in August 2010 it became a liaison office under the Guangzhou office. Its city is not stated, so it is shown at Hainan province\'s label point.',
    },
  },
  {
    id: 'office-hainan-liaison',
    layer: 'office',
    name: { zh: '上海市人民政府驻海南联络处', en: 'Shanghai Government Liaison Office in Hainan' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2010, 2015],
    regions: ['460000'],
    metrics: {},
    source: { ref: 'researched: office in Hainan (Guangzhou office page)', url: GZ_URL, confidence: 'confirmed' },
    summary: {
      zh: '2010年8月起为驻广州办事处下属联络处,负责海南、广西。所在城市未写明,标在海南省的标注点。',
      en: 'From August 2010 a liaison office under the Guangzhou office, responsible for Hainan and Guangxi. Its city is not stated, so it is shown at Hainan province\'s label point.',
    },
  },
  {
    id: 'office-wuhan',
    datePrecision: 'unknown', // the span shown stands in for dates no source gives
    layer: 'office',
    name: { zh: '上海市人民政府驻武汉办事处', en: 'Shanghai Government Office in Wuhan' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2010, 2013],
    regions: ['420100'],
    metrics: {},
    source: { ref: 'researched: office in Wuhan', url: WH_URL, confidence: 'confirmed' },
    summary: {
      zh: '联系湖北、湖南、河南、安徽、江西。地址:武汉市汉口澳门路141号。成立年份未找到;来源引用其2010年工作总结,可证实2010–2013年在运作,图上只显示这几年。',
      en: 'Liaises with Hubei, Hunan, Henan, Anhui and Jiangxi. Address: 141 Aomen Road, Hankou, Wuhan. Founding year not found; the source cites its 2010 work summary and attests it for 2010–2013, so only those years are shown.',
    },
  },
  {
    id: 'office-tibet',
    layer: 'office',
    name: { zh: '上海市人民政府驻西藏办事处', en: 'Shanghai Government Office in Tibet' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [2005, 2015],
    regions: ['540100'],
    metrics: {},
    source: { ref: 'researched: office in Tibet', url: XZ_URL, confidence: 'confirmed' },
    summary: {
      zh: '2005年7月25日揭牌,是各省市在西藏设立的第一个办事处,联系西藏并服务日喀则对口支援。地址:拉萨市生态路仙足岛。成立早于2006年,图上从2006年起显示。',
      en: 'Unveiled on 25 July 2005, the first office any province set up in Tibet; it liaises with Tibet and serves the Xigaze pairing. Address: Xianzu Island, Shengtai Road, Lhasa. Founded before 2006; shown from 2006.',
    },
  },
  {
    id: 'office-xinjiang',
    datePrecision: 'unknown', // the span shown stands in for dates no source gives
    layer: 'office',
    name: { zh: '上海市人民政府驻新疆办事处', en: 'Shanghai Government Office in Xinjiang' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2014, 2014],
    regions: ['650000'],
    metrics: {},
    source: { ref: 'researched: office in Xinjiang', url: XJ_URL, confidence: 'weak' },
    summary: {
      zh: '仅知2014年2月已存在(一位受访者为其常务副主任);所在城市、成立日期和联系区域未写明(单一弱来源),图上只显示2014年,标在新疆的标注点。',
      en: 'Only known to exist in February 2014 (an interviewee was its executive deputy director); city, founding date and region are not stated (single weak source). Shown for 2014 only, at Xinjiang\'s label point.',
    },
  },
  {
    id: 'office-inner-mongolia-added-2006-2010',
    datePrecision: 'unknown', // the span shown stands in for dates no source gives
    layer: 'office',
    name: { zh: '增设驻内蒙古办事处', en: 'New office in Inner Mongolia' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2006, 2010],
    regions: ['150000'],
    metrics: {},
    source: { ref: 'plan 1.7' },
    summary: {
      zh: '调整市政府驻外办事机构布局,增设驻内蒙古办事处,实现办事处联系区域全覆盖。城市、日期和联系区域未找到,按“十一五”时段显示在内蒙古的标注点。',
      en: 'Shanghai reorganised its offices elsewhere and added one in Inner Mongolia, so that the offices\' liaison regions cover the whole country. City, date and region were not found; shown over 2006–2010 at Inner Mongolia\'s label point.',
    },
  },
  {
    id: 'office-qinhuangdao-adjusted-2006-2010',
    datePrecision: 'unknown', // the span shown stands in for dates no source gives
    layer: 'office',
    name: { zh: '调整驻秦皇岛办事处', en: 'Office in Qinhuangdao adjusted' },
    category: 'liaison-office',
    status: 'achieved',
    years: [2006, 2010],
    regions: ['130300'],
    metrics: {},
    source: { ref: 'plan 1.7' },
    summary: {
      zh: '“十一五”期间调整驻深圳、海南、秦皇岛等办事处。秦皇岛办事处的调整日期和结果未找到,按“十一五”时段显示。',
      en: 'In 2006–2010 the offices in Shenzhen, Hainan, Qinhuangdao and others were adjusted. The date and outcome for Qinhuangdao were not found; shown over 2006–2010.',
    },
  },
]

/**
 * 四(七)'s task for the offices themselves. The plan names no office; the record is drawn at the seats of the
 * offices known for 2011 (Beijing, Guangzhou, Shenzhen, Hainan, Wuhan, Lhasa), which is the atlas's choice.
 */
export const officeTasks: Draft[] = [
  plannedTask('office')('office-wider-work-2011-2015', 'plan 4.7', 'liaison-office', ['110000', '440100', '440300', '460000', '420100', '540100'], ['拓宽市政府驻外办事处工作领域', 'Wider work for Shanghai\'s offices elsewhere'], [
    '进一步完善市政府驻外办事机构管理体制、机制,加强干部选派工作;加强驻外办与本市区(县)、有关职能部门的需求对接;建立走访联系区域内知名企业的制度,加强对驻地企业来沪落户和上海企业到驻地投资的前期调研、信息服务和后期项目跟踪,协助落实两地重大合作项目;服务联系区域内的上海商会。(规划未点名办事处,画在2011年已知的办事处所在地,位置为近似。)',
    'Better management of the city\'s offices elsewhere and of the cadres sent to them; match their work with Shanghai\'s districts and departments; visit leading firms in their regions, research, inform and follow investment both ways and help carry out major joint projects; serve the Shanghai chambers of commerce there. (The plan names no office; drawn at the seats of the offices known for 2011, so the place is approximate.)',
  ], { locationPrecision: 'chosen' }),
]

function coverage(id: string, office: string, years: [number, number], regions: string[], zh: string, en: string, url: string, zhSum: string, enSum: string, confidence: 'confirmed' | 'weak' = 'confirmed'): Draft {
  return {
    id,
    layer: 'coverage',
    name: { zh, en },
    category: 'liaison-region',
    status: 'achieved',
    years,
    regions,
    metrics: {},
    office,
    source: { ref: `researched: liaison region of ${office}`, url, confidence },
    // Beijing's dates are not given at all; Wuhan's region is attested only for 2010–2013.
    datePrecision: office === 'office-beijing' || office === 'office-wuhan' ? 'unknown' : 'year',
    summary: { zh: zhSum, en: enSum },
  }
}

export const coverages: Draft[] = [
  coverage('coverage-beijing', 'office-beijing', [2006, 2015], ['110000'], '驻北京办事处联系区域', 'Beijing office: liaison region', BJ_URL,
    '联系中央和国家机关及北京市。来源未给出日期(单一弱来源)。', 'The central bodies and Beijing. The source gives no dates (single weak source).', 'weak'),
  coverage('coverage-guangzhou-2006-2009', 'office-guangzhou', [2006, 2009], ['440000', '350000'], '驻广州办事处联系区域(至2010年8月)', 'Guangzhou office: liaison region to August 2010', GZ_URL,
    '广东、福建。2010年8月扩大;图上旧区域显示到2009年。', 'Guangdong and Fujian. Enlarged in August 2010; the old region is shown up to 2009.'),
  coverage('coverage-guangzhou-2010-2015', 'office-guangzhou', [2010, 2015], ['440000', '350000', '450000', '460000'], '驻广州办事处联系区域(2010年8月起)', 'Guangzhou office: liaison region from August 2010', GZ_URL,
    '广东、福建、广西、海南(2010年8月起;图上从2010年起显示)。', 'Guangdong, Fujian, Guangxi and Hainan (from August 2010; shown from 2010).'),
  coverage('coverage-shenzhen-liaison-2010-2015', 'office-shenzhen-liaison', [2010, 2015], ['440300', '440400'], '驻深圳联络处联系区域', 'Shenzhen liaison office: region', SZ_URL,
    '深圳、珠海。', 'Shenzhen and Zhuhai.'),
  coverage('coverage-hainan-liaison-2010-2015', 'office-hainan-liaison', [2010, 2015], ['460000', '450000'], '驻海南联络处联系区域', 'Hainan liaison office: region', GZ_URL,
    '海南、广西(2010年8月起)。', 'Hainan and Guangxi (from August 2010).'),
  coverage('coverage-wuhan-2010-2013', 'office-wuhan', [2010, 2013], ['420000', '430000', '410000', '340000', '360000'], '驻武汉办事处联系区域', 'Wuhan office: liaison region', WH_URL,
    '湖北、湖南、河南、安徽、江西。', 'Hubei, Hunan, Henan, Anhui and Jiangxi.'),
  coverage('coverage-tibet', 'office-tibet', [2006, 2015], ['540000'], '驻西藏办事处联系区域', 'Tibet office: liaison region', XZ_URL,
    '西藏自治区。', 'The Tibet Autonomous Region.'),
]
