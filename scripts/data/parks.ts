/**
 * park layer: co-built parks, Shanghai's farms outside the city, and the plan's park tasks (4.1 Three
 * Gorges employment bases, 4.3 western bases, 4.4 central and north-eastern parks, 4.6 co-built parks in
 * Jiangsu, Zhejiang and Anhui). Parks whose county is not in the basemap are placed at the label point of
 * their prefecture (`regions[0]`), never at invented coordinates.
 */
import type { Draft } from './types'
import { plannedTask } from './types'
import { CENTRAL_6, KASHGAR_COUNTIES_SOURCE, NORTHEAST_3, THREE_GORGES, WEST_12, XIGAZE_COUNTIES_SOURCE } from './types'

const fact = (d: Omit<Draft, 'layer' | 'status'> & { status?: Draft['status'] }): Draft => ({ layer: 'park', status: 'achieved', ...d })

const facts: Draft[] = [
  fact({
    id: 'park-waigaoqiao-qidong',
    name: { zh: '上海外高桥集团(启东)产业园', en: 'Waigaoqiao Group (Qidong) Industrial Park' },
    category: 'industrial-park',
    years: [2008, 2015],
    regions: ['320600'],
    metrics: { areaKm2: 5.33 },
    source: { ref: 'researched: Waigaoqiao (Qidong) park (chem-t.com, 2009-09-30)', url: 'https://chem-t.com/cgi-bin/passFile/NCODE/27529', confidence: 'weak' },
    summary: {
      zh: '上海外高桥保税区联合发展有限公司与启东市合作,总面积5.33平方公里,2008年1月开工,预计2010年建成(单一弱来源)。位于江苏南通启东(长江口北岸),标在南通市的标注点。',
      en: 'A partnership of Shanghai Waigaoqiao Free Trade Zone United Development Co. and Qidong city, 5.33 km² in all; construction began in January 2008, completion was expected in 2010 (single weak source). In Qidong, Nantong, Jiangsu, on the north bank of the estuary; shown at Nantong\'s label point.',
    },
  }),
  fact({
    id: 'park-shibei-nantong',
    name: { zh: '上海市北高新(南通)科技城', en: 'Shibei Hi-Tech (Nantong) Science City' },
    category: 'industrial-park',
    years: [2010, 2015],
    regions: ['320600'],
    metrics: { areaKm2: 5.24 },
    source: { ref: 'researched: Shibei (Nantong) science city (21世纪经济报道)', url: 'http://ourjiangsu.com/a/20170710/1499738680233.shtml', confidence: 'confirmed' },
    summary: {
      zh: '2010年由上海市北高新技术服务业园区与南通市港闸区共建,规划面积5.24平方公里,距上海约120公里。标在南通市的标注点。',
      en: 'Set up in 2010 by Shanghai\'s Shibei hi-tech service park with Gangzha district of Nantong; planned area 5.24 km², about 120 km from Shanghai. Shown at Nantong\'s label point.',
    },
  }),
  fact({
    id: 'park-caohejing-haining',
    name: { zh: '上海漕河泾新兴技术开发区海宁分区', en: 'Caohejing Hi-Tech Park, Haining branch' },
    category: 'industrial-park',
    years: [2009, 2015],
    regions: ['330400'],
    metrics: {},
    source: { ref: 'researched: Caohejing Haining branch (新华网 2017-12-03)', url: 'http://csj.xinhuanet.com/2017-12/03/c_136796217.htm', confidence: 'confirmed' },
    summary: {
      zh: '2009年9月经浙江省政府批准,2009年12月签订三方协议:漕河泾总公司占55%,海宁经济开发区占45%;首个沪浙跨省共建园区,位于海宁市北部。2009–2019年完成固定资产投资491亿元(超出本图时段,只作文字)。标在嘉兴市的标注点。',
      en: 'Approved by the Zhejiang government in September 2009; under a three-party agreement of December 2009 the Caohejing corporation holds 55% and Haining Economic Development Zone 45%. The first Shanghai–Zhejiang cross-province co-built park, in the north of Haining. Fixed-asset investment 2009–2019: 49.1 billion yuan (beyond the atlas span, so text only). Shown at Jiaxing\'s label point.',
    },
  }),
  fact({
    id: 'park-china-jianghai-qidong',
    name: { zh: '中国江海产业经济园', en: 'China Jianghai Industrial Economic Park' },
    category: 'industrial-park',
    years: [2011, 2015],
    regions: ['320600'],
    metrics: { areaKm2: 32.5 },
    source: { ref: 'researched: China Jianghai park (第一财经日报 2011-03-25)', url: 'http://business.sohu.com/20110325/n279984897.shtml', confidence: 'confirmed' },
    summary: {
      zh: '2011年3月24日上海城投与启东市签约,规划面积32.5平方公里,靠近吕四港,距上海约50公里。标在南通市的标注点。',
      en: 'Signed on 24 March 2011 by Shanghai Chengtou and Qidong city; planned area 32.5 km², near Lüsi port, about 50 km from Shanghai. Shown at Nantong\'s label point.',
    },
  }),
  fact({
    id: 'park-wanjiang-demonstration-zone',
    name: { zh: '皖江城市带承接产业转移示范区', en: 'Wanjiang City Belt Demonstration Zone for Industrial Transfer' },
    category: 'demonstration-zone',
    status: 'ongoing',
    years: [2010, 2015],
    regions: ['340100', '340200', '340500', '340700', '340800', '341700', '341100', '341800', '341500'],
    metrics: { areaKm2: 76_000 }, // 7.6万平方公里
    source: { ref: 'researched: Wanjiang demonstration zone (经济参考报 2010-03-17)', url: 'http://jjckb.xinhuanet.com/sdbd/2010-03/17/content_212314.htm', confidence: 'confirmed' },
    summary: {
      zh: '国家发展改革委规划,2010年1月经国务院批准,规划期2010–2015年。范围为合肥、芜湖、马鞍山、铜陵、安庆、池州、巢湖、滁州、宣城9市全境和六安市金安区、舒城县,共59个县(市、区),面积7.6万平方公里,2008年人口3058万、GDP 5818亿元。巢湖市已于2011年撤销,不在底图中;六安只列出其两区县,图上以整个六安市表示。',
      en: 'An NDRC plan approved by the State Council in January 2010, for 2010–2015. It covers the whole of Hefei, Wuhu, Ma\'anshan, Tongling, Anqing, Chizhou, Chaohu, Chuzhou and Xuancheng plus Jin\'an district and Shucheng county of Lu\'an: 59 counties and districts, 76,000 km², 30.58 million people and a GDP of 581.8 billion yuan (2008). Chaohu was abolished in 2011 and is not in the basemap; Lu\'an is shown whole although only two of its units are in the zone.',
    },
  }),
  fact({
    id: 'farm-shanghai-farm-dafeng',
    name: { zh: '上海农场(光明食品集团上海农场有限公司)', en: 'Shanghai Farm (Bright Food Group), Dafeng' },
    category: 'farm',
    years: [2006, 2015],
    statedSpan: [1950, 2015],
    regions: ['320900'],
    metrics: {},
    source: { ref: 'researched: Shanghai Farm (wikiwand; 新华日报 2020)', url: 'https://wikiwand.com/zh-hk/articles/%E4%B8%8A%E6%B5%B7%E5%86%9C%E5%9C%BA', confidence: 'confirmed' },
    summary: {
      zh: '上海在江苏大丰的飞地,由宝山区管辖;1950年为垦区,1974年定名上海市上海农场,2009年并入光明食品集团。面积说法不一(维基百科99平方公里,新华日报2020年“占地307平方公里”),故不作数字。距上海约280公里,标在盐城市的标注点。',
      en: 'A Shanghai exclave in Dafeng, Jiangsu, administered by Baoshan district: a reclamation area from 1950, named Shanghai Farm in 1974, part of Bright Food Group from 2009. Sources disagree on its area (99 km² on Wikipedia, 307 km² in Xinhua Daily 2020), so no figure is given. About 280 km from Shanghai; shown at Yancheng\'s label point.',
    },
  }),
  fact({
    id: 'farm-chuandong-dafeng',
    name: { zh: '川东农场', en: 'Chuandong Farm, Dafeng' },
    category: 'farm',
    years: [2006, 2015],
    statedSpan: [1983, 2015],
    regions: ['320900'],
    metrics: {},
    source: { ref: 'researched: Chuandong Farm (wikiwand)', url: 'https://wikiwand.com/zh-hk/articles/%E4%B8%8A%E6%B5%B7%E5%86%9C%E5%9C%BA', confidence: 'weak' },
    summary: {
      zh: '1983年从上海农场分出(单一弱来源)。位于江苏大丰,标在盐城市的标注点。',
      en: 'Split off from Shanghai Farm in 1983 (single weak source). In Dafeng, Jiangsu; shown at Yancheng\'s label point.',
    },
  }),
  fact({
    id: 'farm-baimaoling',
    name: { zh: '白茅岭农场', en: 'Baimaoling Farm' },
    category: 'farm',
    years: [2006, 2015],
    statedSpan: [1956, 2015],
    regions: ['341800'],
    metrics: {},
    source: { ref: 'researched: Baimaoling Farm', url: 'http://juwanzhuan.com/detail_484592.html', confidence: 'weak' },
    summary: {
      zh: '上海的农场(亦为白茅岭监狱),1956年建立,位于安徽宣城郎溪、广德交界,距上海约270公里。面积说法不一(40.5或42.5平方公里),故不作数字(单一弱来源)。标在宣城市的标注点。',
      en: 'A Shanghai farm (also Baimaoling prison) founded in 1956 on the Langxi–Guangde border of Xuancheng, Anhui, about 270 km from Shanghai. Sources disagree on its area (40.5 or 42.5 km²), so no figure is given (single weak source). Shown at Xuancheng\'s label point.',
    },
  }),
  fact({
    id: 'farm-juntianhu',
    name: { zh: '军天湖农场', en: 'Juntianhu Farm' },
    category: 'farm',
    years: [2006, 2015],
    statedSpan: [1958, 2015],
    regions: ['341800'],
    metrics: {},
    source: { ref: 'researched: Juntianhu Farm', url: 'https://juke.outofmemory.cn/read/4121432.html', confidence: 'weak' },
    summary: {
      zh: '1958年在福建建为闽北农场,1962年迁至安徽宣城宣州区,约14平方公里(约数,只作文字);2004年分为监狱和农场社区(单一弱来源)。标在宣城市的标注点。',
      en: 'Founded in 1958 in Fujian as Minbei Farm, moved in 1962 to Xuanzhou district, Xuancheng, Anhui; about 14 km² (approximate, text only); split into a prison and a farm community in 2004 (single weak source). Shown at Xuancheng\'s label point.',
    },
  }),
]

const plan = plannedTask('park')

const tasks: Draft[] = [
  plan('park-three-gorges-employment-bases-2011-2015', 'plan 4.1 Three Gorges', 'employment-base', THREE_GORGES, ['三峡移民就业基地', 'Employment bases for Three Gorges migrants'], [
    '继续援建三峡移民就业基地,深化工业园区对接,推进上海及长三角地区产业向库区转移。(“十一五”期间已实施移民就业基地建设等帮扶项目。)',
    'Keep building employment bases for Three Gorges migrants, link industrial parks, and move industry from Shanghai and the Delta to the reservoir area. (Employment bases were already among the 2006–2010 aid projects.)',
  ]),
  plan('park-kashgar-industrial-parks-2011-2015', 'plan 4.1 Kashgar', 'industrial-park', ['653130', '653125', '653124', '653126'], ['喀什四县农业园区和工业园区', 'Kashgar four counties: farm and industrial parks'], [
    '重点援建农业园区、农业综合服务中心;帮助建立工业园区对口援建机制,协助建设特色产业基地和科技服务基地。',
    'Build agricultural parks and farm service centres; set up a pairing mechanism for industrial parks and help build special-industry and technology-service bases.',
  ], KASHGAR_COUNTIES_SOURCE),
  plan('park-xigaze-agriculture-zones-2011-2015', 'plan 4.1 Xigaze', 'agricultural-base', ['540222', '540233', '540224', '540225', '540223'], ['日喀则五县现代农业示范区', 'Xigaze five counties: modern-agriculture zones'], [
    '扶持建设现代农业示范区和特色农牧产业带。',
    'Support modern-agriculture demonstration zones and belts of special farming and herding.',
  ], XIGAZE_COUNTIES_SOURCE),
  plan('park-west-agri-bases-2011-2015', 'plan 4.3', 'agricultural-base', WEST_12, ['西部农业研究与生产基地', 'Western farm research and production bases'], [
    '鼓励上海农业科技企业在西部投资设立研究与生产基地。',
    'Encourage Shanghai agri-tech firms to set up research and production bases in the West.',
  ]),
  plan('park-central-co-built-2011-2015', 'plan 4.4', 'industrial-park', CENTRAL_6, ['中部地区共建产业园区', 'Co-built parks in Central China'], [
    '重点推进精细化工、电力等生产基地建设;探索推进与中部地区产业园区共建,促进上海相关产业向共建园区转移。',
    'Build production bases for fine chemicals and power; explore co-built industrial parks with Central China, moving Shanghai industries into them.',
  ]),
  plan('park-northeast-2011-2015', 'plan 4.4', 'industrial-park', NORTHEAST_3, ['东北地区工业园区开发与合作', 'Industrial parks in the North-East'], [
    '鼓励上海企业投资建设现代服务业综合体项目,参与工业园区开发与合作。',
    'Encourage Shanghai firms to build modern-service complexes and to join in developing industrial parks.',
  ]),
  plan('park-delta-co-built-2011-2015', 'plan 4.6', 'industrial-park', ['320000', '330000', '340000'], ['江苏、浙江、安徽共建产业园区', 'Co-built parks in Jiangsu, Zhejiang and Anhui'], [
    '支持本市各区(县)、各类园区和企业(集团)采取多种形式,在江苏、浙江、安徽等地区探索共建产业园区,引导上海产业和企业有序向市外共建园区转移和拓展。',
    'Support Shanghai\'s districts, parks and firms in exploring co-built industrial parks in Jiangsu, Zhejiang, Anhui and elsewhere, and guide industry and firms to move into them in an orderly way.',
  ]),
]

export const parks: Draft[] = [...facts, ...tasks]
