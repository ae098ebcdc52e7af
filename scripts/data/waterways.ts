/**
 * waterway layer: plan 1.3 (the Golden Waterway's "six projects" 2006–2010), plan 4.4 (Yangtze tasks
 * 2011–2015; 4.2 for the Delta's ports), and researched facts on the estuary deep-water channel, the
 * 12.5 m channel below Nanjing, Yangshan port and the 2011–2015 channel targets.
 * Lines are schematic: cut from the Natural Earth Yangtze centre line (+ a hand-digitised estuary).
 */
import type { Position } from '../../src/domain/schema'
import type { Draft } from './types'
import { plannedTask } from './types'
import { DELTA_3, YANGTZE_9, YANGTZE_PROVINCES_SOURCE } from './types'

const P: Record<string, Position> = {
  yibin: [103.85, 28.67],
  zhicheng: [111.5, 30.3],
  chenglingji: [113.13, 29.46],
  wuhan: [114.3, 30.6],
  anqing: [117.05, 30.5],
  wuhu: [118.37, 31.35],
  nanjing: [118.78, 32.07],
  nantong: [120.87, 31.93],
  taicang: [121.22, 31.62],
  waigaoqiao: [121.6, 31.36],
  sea: [122.45, 31.03],
}
const YANGSHAN: Position = [122.067, 30.583] // Wikipedia, 30.583°N 122.067°E

const YANGSHAN_URL = 'http://www.shilongwang1.cn/news/20061211/6175.html'
const CE_URL = 'http://paper.ce.cn/jjrb/html/2010-03/15/content_100301.htm'
const NJ_2012 = 'http://nakedoat.com/govweb/jrzg/2012-08/28/content_2212257.htm'
const TARGETS_URL = 'http://www.afdelivr.top/govweb/jrzg/2011-03/06/content_1817591.htm'

const w = (d: Omit<Draft, 'layer'>): Draft => ({ layer: 'waterway', ...d })

const review: Draft[] = [
  w({
    id: 'waterway-golden-waterway-2006-2010',
    ...YANGTZE_PROVINCES_SOURCE,
    name: { zh: '长江黄金水道建设“六项工程”', en: 'Yangtze Golden Waterway: the "six projects"' },
    category: 'channel',
    status: 'achieved',
    years: [2006, 2010],
    regions: YANGTZE_9,
    metrics: {},
    source: { ref: 'plan 1.3' },
    summary: {
      zh: '积极参与长江黄金水道建设,共同实施《“十一五”期长江黄金水道建设总体推进方案》,联合推进航道治理、船型标准化等“六项工程”。',
      en: 'Shanghai took part in building the Yangtze Golden Waterway, jointly carrying out the 2006–2010 overall plan and advancing the "six projects" such as channel regulation and ship-type standardisation.',
    },
    along: { from: P.yibin!, to: P.sea! },
  }),
]

const facts: Draft[] = [
  w({
    id: 'waterway-six-projects-2006-2010',
    name: { zh: '“十一五”长江黄金水道“六大工程”', en: 'Golden Waterway "six major projects", 2006–2010' },
    category: 'channel',
    status: 'achieved',
    years: [2006, 2010],
    regions: YANGTZE_9,
    metrics: {},
    source: { ref: 'researched: 2006–2010 six projects (上海商报 2007-08-27, mirror)', url: 'http://whmsebhyy.com/china/dfjj/20070827/00083917264.shtml', confidence: 'confirmed' },
    summary: {
      zh: '六大工程:航道治理、港口建设(上海国际航运中心及区域枢纽,集装箱、铁矿石、煤炭、滚装、油品化工五大系统)、船型标准化、三峡过坝运输扩能(翻坝)、水运保障、干支联动。交通运输部计划投资150亿元(计划数,不是完成数,只作文字);《推进方案》由交通运输部与沿江七省二市签署,目标是2020年实现水运现代化。',
      en: 'The six projects: channel regulation; ports (the Shanghai shipping centre and regional hubs, with five systems: containers, iron ore, coal, ro-ro, oil and chemicals); ship-type standardisation; more capacity past the Three Gorges dam; waterway support; and links between trunk and tributaries. The Ministry of Transport planned to invest 15 billion yuan (a planned sum, not spending, so text only); the programme was signed by the Ministry with the 7 provinces and 2 municipalities on the river, aiming at modern water transport by 2020.',
    },
    along: { from: P.yibin!, to: P.sea! },
  }),
  w({
    id: 'waterway-estuary-channel-phase-3',
    name: { zh: '长江口深水航道治理三期工程', en: 'Yangtze estuary deep-water channel, phase 3' },
    category: 'channel',
    status: 'achieved',
    years: [2006, 2010],
    regions: ['310000'],
    metrics: { depthM: 12.5, lengthKm: 92.2, investmentCny: 4_375_000_000 }, // 12.5米, 92.2公里, 43.75亿元
    source: { ref: 'researched: estuary channel phase 3 (经济日报 2010-03-15)', url: CE_URL, confidence: 'confirmed' },
    summary: {
      zh: '2006年9月开工,投资43.75亿元;2010年3月14日水深达到12.5米并通过交通运输部验收。航道自外高桥至出海口全长92.2公里,底宽350–400米。国家竣工验收日期为“5月18日”(摘录未写年份)。',
      en: 'Started in September 2006 with an investment of 4.375 billion yuan; the 12.5 m depth was reached and accepted by the Ministry of Transport on 14 March 2010. The channel runs 92.2 km from Waigaoqiao to the sea, 350–400 m wide at the bottom. National completion acceptance was on "18 May" (the excerpt gives no year).',
    },
    along: { from: P.waigaoqiao!, to: P.sea! },
  }),
  w({
    id: 'waterway-estuary-project-1998-2010',
    name: { zh: '长江口深水航道治理工程(一至三期)', en: 'Yangtze estuary deep-water channel project, phases 1–3' },
    category: 'channel',
    status: 'achieved',
    years: [2006, 2010],
    statedSpan: [1998, 2010],
    regions: ['310000'],
    metrics: {},
    source: { ref: 'researched: whole estuary project (中新社, mirror)', url: 'https://dizaynex.com/oANvqsStPD/economics/2010-03/14/content_19605891.htm', confidence: 'confirmed' },
    summary: {
      zh: '历时12年(1998–2010)、耗资150多亿元(非确数,只作文字),是世界上最大的河口治理工程;一期1998–2000年达8.5米,二期2002–2005年达10米,三期2010年达12.5米。图上只显示2006–2010年。',
      en: 'Twelve years (1998–2010) and more than 15 billion yuan (not an exact number, so text only): the largest estuary regulation in the world. Phase 1 reached 8.5 m (1998–2000), phase 2 10 m (2002–2005), phase 3 12.5 m (2010). The atlas shows 2006–2010 only.',
    },
    along: { from: P.waigaoqiao!, to: P.sea! },
  }),
  w({
    id: 'waterway-12-5m-to-taicang-2011',
    name: { zh: '12.5米深水航道延伸至太仓', en: '12.5 m channel extended to Taicang' },
    category: 'channel',
    status: 'achieved',
    years: [2011, 2011],
    regions: ['310000', '320000'],
    metrics: { depthM: 12.5 },
    source: { ref: 'researched: 12.5 m to Taicang (Xinhua 2011-05-01, mirror)', url: 'http://www.afdelivr.top/jrzg/2011-05/01/content_1856114.htm', confidence: 'confirmed' },
    summary: { zh: '2011年12.5米深水航道延伸至太仓。', en: 'In 2011 the 12.5 m channel reached Taicang.' },
    along: { from: P.taicang!, to: P.waigaoqiao! },
  }),
  w({
    id: 'waterway-taicang-nanjing-10-5m-2012',
    name: { zh: '太仓至南京段10.5米维护水深', en: 'Taicang–Nanjing reach kept at 10.5 m' },
    category: 'channel',
    status: 'achieved',
    years: [2012, 2012],
    regions: ['320000'],
    metrics: { depthM: 10.5 },
    source: { ref: 'researched: Taicang–Nanjing 10.5 m (zggq.com 2012-05-17)', url: 'http://www.zggq.com/a/jinrixingye/jiaotong/20120517/85111.html', confidence: 'confirmed' },
    summary: { zh: '2012年太仓至南京段维护水深10.5米。', en: 'In 2012 the Taicang–Nanjing reach was maintained at 10.5 m.' },
    along: { from: P.nanjing!, to: P.taicang! },
  }),
  w({
    id: 'waterway-nanjing-below-phase-1',
    name: { zh: '长江南京以下12.5米深水航道一期(太仓—南通)', en: '12.5 m channel below Nanjing, phase 1 (Taicang–Nantong)' },
    category: 'channel',
    status: 'achieved',
    years: [2012, 2015],
    regions: ['320000'],
    metrics: { depthM: 12.5, lengthKm: 56 },
    source: { ref: 'researched: Nanjing-below phase 1 (Xinhua 2012-08-28, mirror)', url: NJ_2012, confidence: 'confirmed' },
    summary: {
      zh: '2012年8月28日在常熟开工,太仓至南通段56公里;2014年年中交工,12.5米水深通至南通,2015年竣工验收并正式开通。整个南京以下工程2011年概算约180亿元(约数,只作文字)。',
      en: 'Started at Changshu on 28 August 2012: the 56 km Taicang–Nantong reach. Handed over in mid-2014, taking 12.5 m to Nantong; accepted and opened in 2015. The whole below-Nanjing project was budgeted at about 18 billion yuan in 2011 (approximate, text only).',
    },
    along: { from: P.nantong!, to: P.taicang! },
  }),
  w({
    id: 'waterway-nanjing-below-phase-2',
    name: { zh: '长江南京以下12.5米深水航道二期(南通—南京)', en: '12.5 m channel below Nanjing, phase 2 (Nantong–Nanjing)' },
    category: 'channel',
    status: 'ongoing',
    years: [2015, 2015],
    statedSpan: [2015, 2018],
    regions: ['320000'],
    metrics: { depthM: 12.5, lengthKm: 224 },
    source: { ref: 'researched: Nanjing-below phase 2 (Xinhua 2018-05-08, mirror)', url: 'https://www.axyjyo.cn/c/2018-05-08/2047283.shtml', confidence: 'confirmed' },
    summary: {
      zh: '2015年6月开工,南通至南京段224公里;2016年7月5日初通南京,2018年5月8日全线试运行(在本图时段之后)。',
      en: 'Started in June 2015: the 224 km Nantong–Nanjing reach; first opened to Nanjing on 5 July 2016 and in trial operation along its whole length on 8 May 2018 (after the atlas span).',
    },
    along: { from: P.nanjing!, to: P.nantong! },
  }),
  w({
    id: 'waterway-yangshan-phase-1',
    name: { zh: '洋山深水港一期', en: 'Yangshan deep-water port, phase 1' },
    category: 'port',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [2005, 2015],
    regions: ['310000', '330900'],
    metrics: { quayLengthM: 1600, berths: 5, capacityTeu: 2_200_000 },
    source: { ref: 'researched: Yangshan phase 1 (Wikipedia copy)', url: 'https://backend.710302.xyz/https/zh.wikipedia.org/wiki/%E6%B4%8B%E5%B1%B1%E6%B8%AF', confidence: 'confirmed' },
    summary: {
      zh: '2005年12月10日开港(一篇期刊摘要作11月10日):岸线1600米,5个泊位,设计能力220万标准箱,首年吞吐量超过300万标准箱。位于浙江嵊泗小洋山,经32.5公里东海大桥连芦潮港。开港早于2006年,图上从2006年起显示。',
      en: 'Opened on 10 December 2005 (a journal abstract says 10 November): 1,600 m of quay, 5 berths, design capacity 2.2 million TEU, over 3 million TEU in its first year. On Xiaoyangshan, Shengsi (Zhejiang), linked to Luchaogang by the 32.5 km Donghai Bridge. Opened before 2006; shown from 2006.',
    },
    geometry: { type: 'Point', coordinates: YANGSHAN },
  }),
  w({
    id: 'waterway-yangshan-phase-2',
    name: { zh: '洋山深水港二期', en: 'Yangshan deep-water port, phase 2' },
    category: 'port',
    status: 'achieved',
    years: [2006, 2015],
    regions: ['310000', '330900'],
    metrics: { quayLengthM: 1400, berths: 4, capacityTeu: 2_100_000 },
    source: { ref: 'researched: Yangshan phase 2 (2006-12-11)', url: YANGSHAN_URL, confidence: 'confirmed' },
    summary: {
      zh: '2006年12月建成(11月20日起试运行):岸线1400米,4个7万至10万吨级泊位(可靠泊15万吨级),能力210万标准箱。一、二期合计岸线3000米、9个泊位、430万标准箱。',
      en: 'Completed in December 2006 (trial from 20 November): 1,400 m of quay, 4 berths for 70,000–100,000 t ships (able to take 150,000 t), 2.1 million TEU. Phases 1 and 2 together: 3,000 m, 9 berths, 4.3 million TEU.',
    },
    geometry: { type: 'Point', coordinates: YANGSHAN },
  }),
  w({
    id: 'waterway-yangshan-phase-3-stage-1',
    name: { zh: '洋山深水港三期一阶段', en: 'Yangshan deep-water port, phase 3 stage 1' },
    category: 'port',
    status: 'achieved',
    years: [2008, 2015],
    regions: ['310000', '330900'],
    metrics: { berths: 4, capacityTeu: 2_800_000 },
    source: { ref: 'researched: Yangshan phase 3 (gov.cn 2008-11-14, mirror)', url: 'http://nakedoat.com/gzdt/2008-11/14/content_1148953.htm', confidence: 'confirmed' },
    summary: {
      zh: '2008年6月试运行,2008年11月13日通过国家验收:4个7万至15万吨级泊位,能力280万标准箱,洋山港泊位共13个。',
      en: 'Trial operation in June 2008, national acceptance on 13 November 2008: 4 berths for 70,000–150,000 t ships, 2.8 million TEU; 13 berths at Yangshan in all.',
    },
    geometry: { type: 'Point', coordinates: YANGSHAN },
  }),
  w({
    id: 'waterway-yangshan-2010',
    name: { zh: '洋山深水港(2010年)', en: 'Yangshan deep-water port in 2010' },
    category: 'port',
    status: 'achieved',
    years: [2010, 2010],
    regions: ['310000', '330900'],
    metrics: { berths: 16, quayLengthM: 5600, throughputTeu: 10_100_000 },
    source: { ref: 'researched: Yangshan 2010 totals (yicang.com)', url: 'http://test.yicang.com/college/27360.html', confidence: 'weak' },
    summary: {
      zh: '至2010年共16个泊位、岸线5600米,当年吞吐量1010万标准箱(单一弱来源);开港五周年时水水中转比例约44%(约数,只作文字)。',
      en: 'By 2010: 16 berths and 5,600 m of quay, with 10.1 million TEU handled that year (single weak source); at its fifth anniversary about 44% of boxes were transhipped water-to-water (approximate, text only).',
    },
    geometry: { type: 'Point', coordinates: YANGSHAN },
  }),
  w({
    id: 'waterway-ship-standardisation-2009',
    name: { zh: '《推进长江干线船型标准化实施方案》', en: 'Yangtze trunk ship-type standardisation scheme' },
    category: 'ship-standard',
    status: 'achieved',
    years: [2009, 2009],
    regions: YANGTZE_9,
    metrics: {},
    source: { ref: 'researched: ship-type standardisation (gov.cn 2009-07-29, mirror)', url: 'http://www.afdelivr.top/govweb/gzdt/2009-07/29/content_1378829.htm', confidence: 'confirmed' },
    summary: {
      zh: '交通运输部、财政部与包括上海在内的10个省级政府制定,2009年7月29日发布(交通运输部公告2009年第24号),10月1日起施行。',
      en: 'Issued on 29 July 2009 by the Ministry of Transport, the Ministry of Finance and 10 provincial governments including Shanghai (MOT announcement 2009 No. 24), effective 1 October 2009.',
    },
    along: { from: P.yibin!, to: P.sea! },
  }),
  w({
    id: 'waterway-golden-waterway-plan-2011-2015',
    name: { zh: '“十二五”长江黄金水道建设总体推进方案', en: 'Overall plan for the Golden Waterway, 2011–2015' },
    category: 'channel',
    status: 'ongoing',
    years: [2011, 2015],
    regions: YANGTZE_9,
    metrics: {},
    source: { ref: 'researched: 2011–2015 Golden Waterway plan (chinawuliu)', url: 'http://csl.chinawuliu.com.cn/html/19886459.html', confidence: 'confirmed' },
    summary: {
      zh: '2011年6月12日由交通运输部与上海、江苏、安徽、江西、湖北、湖南、重庆、四川、云南发布。',
      en: 'Issued on 12 June 2011 by the Ministry of Transport with Shanghai, Jiangsu, Anhui, Jiangxi, Hubei, Hunan, Chongqing, Sichuan and Yunnan.',
    },
    along: { from: P.yibin!, to: P.sea! },
  }),
  w({
    id: 'waterway-target-ship-tonnage-2011-2015',
    name: { zh: '“十二五”长江货船平均吨位目标', en: 'Target for the average Yangtze freighter, 2011–2015' },
    category: 'ship-standard',
    status: 'planned',
    years: [2011, 2015],
    regions: YANGTZE_9,
    metrics: { tonnageT: 1600 },
    source: { ref: 'researched: 2011–2015 channel targets (Xinhua 2011-03-06, mirror)', url: TARGETS_URL, confidence: 'confirmed' },
    summary: { zh: '货船平均吨位由850吨提高到1600吨。', en: 'Raise the average freighter from 850 t to 1,600 t.' },
    along: { from: P.yibin!, to: P.sea! },
  }),
  ...([
    ['jingjiang', '荆江河段', 'Jingjiang reach', ['420000', '430000'], P.zhicheng, P.chenglingji, 3.5, '3.0米提高到3.5米', 'from 3.0 m to 3.5 m'],
    ['wuhan-anqing', '武汉至安庆段', 'Wuhan–Anqing', ['420000', '360000', '340000'], P.wuhan, P.anqing, 4.5, '4.0米提高到4.5米', 'from 4.0 m to 4.5 m'],
    ['anqing-wuhu', '安庆至芜湖段', 'Anqing–Wuhu', ['340000'], P.anqing, P.wuhu, 6, '5米提高到6米', 'from 5 m to 6 m'],
    ['wuhu-nanjing', '芜湖至南京段', 'Wuhu–Nanjing', ['340000', '320000'], P.wuhu, P.nanjing, 9, '达到9米', 'to 9 m'],
  ] as const).map(([key, zh, en, regions, from, to, depth, zhD, enD]) =>
    w({
      id: `waterway-target-depth-${key}-2011-2015`,
      name: { zh: `“十二五”航道水深目标:${zh}`, en: `Channel depth target 2011–2015: ${en}` },
      category: 'channel',
      status: 'planned',
      years: [2011, 2015],
      regions: [...regions],
      metrics: { depthM: depth },
      source: { ref: 'researched: 2011–2015 channel targets (Xinhua 2011-03-06, mirror)', url: TARGETS_URL, confidence: 'confirmed' },
      summary: { zh: `${zh}航道水深由${zhD}。`.replace('由达到', '达到'), en: `Deepen the ${en} channel ${enD}.` },
      along: { from: from!, to: to! },
    }),
  ),
  w({
    id: 'waterway-yangtze-feeder-2014',
    name: { zh: '长江外贸内支线经上海中转(2014年)', en: 'Yangtze foreign-trade feeder via Shanghai, 2014' },
    category: 'logistics',
    status: 'achieved',
    years: [2014, 2014],
    regions: ['310000'],
    metrics: { throughputTeu: 4_810_000 },
    source: { ref: 'researched: Yangtze feeder via Shanghai (daowen.com)', url: 'https://www.daowen.com/book/content/203967203/12500325.html', confidence: 'weak' },
    summary: { zh: '2014年长江外贸内支线经上海港中转481万标准箱,增长11.9%(单一弱来源)。', en: 'In 2014, 4.81 million TEU of Yangtze foreign-trade feeder traffic passed through Shanghai port, up 11.9% (single weak source).' },
  }),
]

const plan = plannedTask('waterway')

const stem = { along: { from: P.yibin!, to: P.sea! } }

const tasks: Draft[] = [
  plan('waterway-channel-works-2011-2015', 'plan 4.4', 'channel', YANGTZE_9, ['参与长江流域航道建设', 'Yangtze channel works'], [
    '贯彻落实《关于合力推进长江黄金水道建设的若干意见》,参与实施长江流域航道建设、港口建设、船型标准化、水运保障等重大工程。',
    'Following the opinions on jointly building the Golden Waterway, take part in major works on the Yangtze: channels, ports, ship-type standards and waterway support.',
  ], { ...stem, ...YANGTZE_PROVINCES_SOURCE }),
  plan('waterway-ship-standard-2011-2015', 'plan 4.4', 'ship-standard', YANGTZE_9, ['推进船型标准化', 'Ship-type standardisation'], [
    '参与实施长江流域船型标准化等重大工程。',
    'Take part in standardising ship types on the Yangtze.',
  ], { ...stem, ...YANGTZE_PROVINCES_SOURCE }),
  plan('waterway-logistics-2011-2015', 'plan 4.4', 'logistics', YANGTZE_9, ['水水中转、江海直达与航运服务', 'Transhipment, river–sea shipping and shipping services'], [
    '大力发展水水中转,提高江海直达比例,发展海铁联运;深化港航企业合作,引导港口、物流等企业进行战略布点;推进国际航运发展综合实验区建设,加快建立上海国际航运中心综合信息平台和中国物流资源交易中心,继续推进区域通关改革试点。',
    'Grow water-to-water transhipment, river–sea direct shipping and sea–rail transport; deepen port and shipping cooperation; build the international shipping pilot zone, the shipping-centre information platform and the China logistics exchange; keep piloting regional customs reform.',
  ], { ...stem, ...YANGTZE_PROVINCES_SOURCE }),
  plan('waterway-hub-cities-2011-2015', 'plan 4.4', 'hub-city', ['320100', '420100', '500000'], ['南京、武汉、重庆等中心城市合作', 'Cooperation with Nanjing, Wuhan and Chongqing'], [
    '加强与沿江省市的交流合作,重点完善与南京、武汉、重庆等中心城市的合作机制。',
    'Strengthen ties with the provinces along the river, above all the cooperation with the central cities of Nanjing, Wuhan and Chongqing.',
  ]),
  plan('waterway-water-transport-agreements-2011-2015', 'plan 4.4', 'channel', ['500000', '420000', '430000', '360000', '340000', '320000'], ['水运发展合作协议', 'Water-transport cooperation agreements'], [
    '落实与交通运输部,以及重庆、湖北、湖南、江西、安徽、江苏等省市的水运发展合作协议,推进完善沿江省际水运协调机制和工作机制。',
    'Carry out the water-transport agreements with the Ministry of Transport and with Chongqing, Hubei, Hunan, Jiangxi, Anhui and Jiangsu, and improve inter-provincial coordination along the river.',
  ]),
  plan('waterway-delta-ports-2011-2015', 'plan 4.2', 'port', DELTA_3, ['长三角港口集疏运体系与邮轮母港', 'Delta port feeder system and cruise home ports'], [
    '合力推进长三角港口集疏运体系建设,服务上海国际航运中心“一体两翼”港口组合布局;联合苏浙两省,加快国际国内邮轮母港建设,全面推进水上旅游设施一体化发展。',
    'Build the Delta\'s port feeder system together, serving the "one body, two wings" port layout of the Shanghai shipping centre; with Jiangsu and Zhejiang, speed up cruise home ports and integrate waterborne tourism facilities.',
  ]),
]

export const waterways: Draft[] = [...review, ...facts, ...tasks]
