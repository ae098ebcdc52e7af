/**
 * cooperation layer: plan part one (1.3 Delta, 1.4 West, 1.5 North-East and Centre, 1.6 enterprises,
 * 1.7 donations), part four tasks (4.2 Delta, 4.3 West, 4.4 Centre and North-East, 4.5 East coast,
 * 4.6 enterprises, 4.7 relief), and the researched members of the Yangtze River Delta council.
 */
import type { Draft } from './types'
import { plannedTask } from './types'
import { CENTRAL_6, DELTA_3, NORTHEAST_3, WEST_12, YANGTZE_PROVINCES_SOURCE } from './types'

// The council's members (external-facts.md, section 4): the 16 before 2010 and the 6 admitted on 26 March 2010.
const YRD_URL_1 = 'http://www.myxiangshui.com/thread-1333-1-1.html'
const YRD_URL_2 = 'https://thepaper.cn/newsDetail_forward_2073204'
const YRD_16 = ['310000', '320100', '320500', '320200', '320400', '321100', '321000', '321200', '320600', '330100', '330200', '330500', '330400', '330600', '330900', '331000']
const YRD_2010 = ['320900', '320800', '340100', '340500', '330700', '330800'] // 盐城 淮安 合肥 马鞍山 金华 衢州
const YRD_REGIONS_SOURCE: Draft['regionsSource'] = {
  ref: 'researched: Yangtze River Delta council members (新华报业网 2010-03-26, quoted)',
  url: YRD_URL_1,
  confidence: 'confirmed',
}
/** Every provincial unit of the mainland (各省区市). */
const ALL_PROVINCES = [
  '110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000', '320000', '330000', '340000', '350000', '360000', '370000', '410000',
  '420000', '430000', '440000', '450000', '460000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000',
]
/** The 8 supported regions of plan 1.1 (Xigaze, Aksu, four Yunnan prefectures, Wanzhou, Yiling). */
const SUPPORTED_8 = ['540200', '652900', '532600', '532500', '530800', '533400', '500101', '420506']

const done = (d: Omit<Draft, 'layer' | 'status' | 'years'> & { years?: [number, number] }): Draft => ({
  layer: 'cooperation',
  status: 'achieved',
  years: [2006, 2010],
  ...d,
})

const review: Draft[] = [
  done({
    id: 'coop-yrd-topics-2006-2010',
    name: { zh: '长三角10个重点专题合作', en: 'Yangtze River Delta: cooperation on 10 key topics' },
    category: 'regional-agreement',
    regions: DELTA_3,
    metrics: { topics: 10 },
    source: { ref: 'plan 1.3' },
    summary: {
      zh: '推进形成决策层、协调层、执行层等多层次区域合作协调机制,深入推进交通、能源、信息、科技、环保、信用、社保、金融、涉外服务、工商管理等10个重点专题的务实合作。',
      en: 'A multi-level coordination mechanism (decision, coordination and working levels) was formed, and practical cooperation advanced on 10 key topics: transport, energy, information, science and technology, environment, credit, social security, finance, foreign-related services, and industry and commerce administration.',
    },
  }),
  // The plan's "由16个扩展到22个" as two records, so that no city is drawn as a member before it joined:
  // the 16 members over 2006–2009, and the council of 22 from the expansion of 26 March 2010.
  done({
    id: 'coop-yrd-council-16-2006-2009',
    name: { zh: '长三角城市经济协调会16个成员城市', en: 'Yangtze River Delta city council: the 16 members' },
    category: 'city-council',
    years: [2006, 2009],
    regions: YRD_16,
    metrics: { members: 16 }, // 由16个……
    source: { ref: 'plan 1.3' },
    regionsSource: YRD_REGIONS_SOURCE,
    datePrecision: 'year',
    summary: {
      zh: '“十一五”初,长三角城市经济协调会有16个成员城市(规划:由16个扩展到22个)。成员名单来自外部资料;2010年3月扩容后的22个成员见下一条记录。',
      en: 'At the start of 2006–2010 the Yangtze River Delta Economic Coordination Council had 16 member cities (the plan: from 16 to 22). The member list comes from researched sources; the council of 22 after the March 2010 expansion is the next record.',
    },
  }),
  done({
    id: 'coop-yrd-council-22-2010',
    name: { zh: '长三角城市经济协调会扩容至22个成员', en: 'Yangtze River Delta city council: from 16 to 22 members' },
    category: 'city-council',
    years: [2010, 2010],
    regions: [...YRD_16, ...YRD_2010],
    metrics: { members: 22, membersBefore: 16 }, // 由16个扩展到22个
    source: { ref: 'plan 1.3' },
    regionsSource: YRD_REGIONS_SOURCE,
    datePrecision: 'exact',
    summary: {
      zh: '长三角城市经济协调会成员城市由16个扩展到22个,协商机制更趋完善,城市专题合作取得显著成效。(成员名单和扩容日期2010年3月26日来自外部资料:盐城、淮安、合肥、马鞍山、金华、衢州于当日加入,所以图上从2010年起才显示为成员。)',
      en: 'The Yangtze River Delta Economic Coordination Council grew from 16 to 22 member cities, with better consultation and clear results in topic cooperation. (The member list and the date of the expansion, 26 March 2010, come from researched sources: Yancheng, Huai\'an, Hefei, Ma\'anshan, Jinhua and Quzhou joined that day, so the atlas shows them as members only from 2010.)',
    },
  }),
  done({
    id: 'coop-golden-waterway-partners-2006-2010',
    ...YANGTZE_PROVINCES_SOURCE,
    name: { zh: '长江沿江省市合作', en: 'Cooperation with the provinces along the Yangtze' },
    category: 'regional-agreement',
    regions: ['320000', '340000', '360000', '420000', '430000', '500000', '510000', '530000'],
    metrics: {},
    source: { ref: 'plan 1.3' },
    summary: {
      zh: '与沿江省市重点加强港口、大通关、物流、商业、信息、产权交易、人才、金融、旅游、文化等方面的合作,取得阶段性成果。',
      en: 'With the provinces and cities along the river, Shanghai stepped up cooperation on ports, customs clearance, logistics, commerce, information, property-rights trading, talent, finance, tourism and culture, with first results.',
    },
  }),
  done({
    id: 'coop-west-projects-2006-2010',
    name: { zh: '西部地区经贸合作项目', en: 'The West: business cooperation projects' },
    category: 'exchange',
    regions: WEST_12,
    metrics: { cooperationProjects: 341, agreementFundsCny: 126_660_000_000 }, // 341个, 总金额1266.6亿元
    source: { ref: 'plan 1.4' },
    summary: {
      zh: '组团参加西部地区重要经贸活动,签订合作项目341个,总金额1266.6亿元。',
      en: 'Shanghai delegations at the West\'s main business events signed 341 cooperation projects worth 126.66 billion yuan in all.',
    },
  }),
  done({
    id: 'coop-west-science-2006-2010',
    name: { zh: '西部地区科技合作项目', en: 'The West: science and technology projects' },
    category: 'exchange',
    regions: WEST_12,
    metrics: { cooperationProjects: 159, investmentCny: 330_000_000 }, // 159个, 总投资3.3亿元
    source: { ref: 'plan 1.4' },
    summary: { zh: '实施科技合作项目159个,总投资3.3亿元。', en: '159 science and technology cooperation projects, with a total investment of 330 million yuan.' },
  }),
  done({
    id: 'coop-west-science-events-2006-2010',
    name: { zh: '国内科技合作会展活动', en: 'Science cooperation fairs and events' },
    category: 'exchange',
    regions: WEST_12,
    metrics: { events: 45, intentionFundsCny: 1_290_000_000 }, // 45项, 12.9亿元
    source: { ref: 'plan 1.4' },
    locationPrecision: 'chosen',
    summary: {
      zh: '组织国内科技合作会展活动45项,促成合作意向12.9亿元。(规划只说“国内”,列于“参与西部大开发”一节;画在西部12个省区市是本图的选择,位置为近似。)',
      en: '45 domestic science-cooperation fairs and events brought cooperation intentions of 1.29 billion yuan. (The plan says only "domestic", in its section on the West; drawing it on the 12 western provinces is this atlas\'s choice, so the place is approximate.)',
    },
  }),
  done({
    id: 'coop-west-farm-fairs-2006-2010',
    name: { zh: '兄弟省区市在沪农产品展销推介', en: 'Farm-produce fairs of other provinces in Shanghai' },
    category: 'exchange',
    regions: WEST_12,
    metrics: { agreementFundsCny: 36_000_000_000 }, // 累计签约金额360亿元
    source: { ref: 'plan 1.4' },
    locationPrecision: 'chosen',
    summary: {
      zh: '协助兄弟省区市在沪举办农产品展销推介50多场次,累计签约金额360亿元;推广上海优良种苗、种禽、种畜等种源技术,拓展市外农副产品生产基地。(“50多场次”非确数,只作文字。规划只说“兄弟省区市”,列于“参与西部大开发”一节;画在西部12个省区市是本图的选择,位置为近似。)',
      en: 'Shanghai helped other provinces hold more than 50 farm-produce fairs in Shanghai, with 36 billion yuan signed in all, and spread its seed, poultry and livestock breeds, widening its farm bases outside the city. ("More than 50" is not an exact number, so it is kept in this text only. The plan says only "other provinces", in its section on the West; drawing it on the 12 western provinces is this atlas\'s choice, so the place is approximate.)',
    },
  }),
  done({
    id: 'coop-west-graduates-2006-2010',
    name: { zh: '优秀高校毕业生赴西部支教支医支农', en: 'Graduates sent to the West to teach, heal and farm' },
    category: 'exchange',
    regions: WEST_12,
    metrics: { headcount: 994 }, // 994名: people, each counted once (not 人次)
    source: { ref: 'plan 1.4' },
    summary: {
      zh: '开展“银龄”行动,组织“博士服务团”,选拔994名优秀应届高校毕业生和研究生赴西部地区开展支教、支医、支农。',
      en: 'Through the "Silver Age" campaign and doctoral service teams, Shanghai selected 994 outstanding new graduates and postgraduates to teach, give medical care and support farming in the West.',
    },
  }),
  done({
    id: 'coop-northeast-central-agreements-2006-2010',
    name: { zh: '与黑龙江、吉林、安徽、山西签订政府间合作协议', en: 'Government agreements with Heilongjiang, Jilin, Anhui and Shanxi' },
    category: 'regional-agreement',
    regions: ['230000', '220000', '340000', '140000'],
    metrics: {},
    source: { ref: 'plan 1.5' },
    summary: {
      zh: '与黑龙江、吉林、安徽、山西等省签订政府间合作协议,推进形成部门对口协调落实机制。',
      en: 'Shanghai signed government cooperation agreements with Heilongjiang, Jilin, Anhui, Shanxi and other provinces, with matching departments coordinating their implementation.',
    },
  }),
  done({
    id: 'coop-northeast-central-projects-2006-2010',
    name: { zh: '东北和中部地区合作项目', en: 'North-East and Central China: cooperation projects' },
    category: 'exchange',
    regions: [...NORTHEAST_3, ...CENTRAL_6],
    metrics: { cooperationProjects: 169, agreementFundsCny: 42_640_000_000 }, // 169个, 426.4亿元
    source: { ref: 'plan 1.5' },
    summary: {
      zh: '在粮食、能源、汽车、化工、机械、基础设施等方面实施一批重大项目;积极参与重大经贸活动,签订合作项目169个,协议资金426.4亿元。',
      en: 'Major projects in grain, energy, cars, chemicals, machinery and infrastructure; at major business events Shanghai signed 169 cooperation projects with 42.64 billion yuan agreed.',
    },
  }),
  done({
    id: 'coop-northeast-central-science-2006-2010',
    name: { zh: '东北和中部地区科技合作项目', en: 'North-East and Central China: science projects' },
    category: 'exchange',
    regions: [...NORTHEAST_3, ...CENTRAL_6],
    metrics: { cooperationProjects: 42, investmentCny: 304_000_000 }, // 42个, 3.04亿元
    source: { ref: 'plan 1.5' },
    summary: { zh: '实施科技合作项目42个,投资3.04亿元。', en: '42 science and technology cooperation projects, with an investment of 304 million yuan.' },
  }),
  done({
    id: 'coop-anhui-projects-2006-2010',
    name: { zh: '安徽新增投资合作项目(皖江城市带)', en: 'Anhui: new investment projects (Wanjiang belt)' },
    category: 'exchange',
    regions: ['340000'],
    metrics: { cooperationProjects: 1766, agreementFundsCny: 364_920_000_000 }, // 1766个, 3649.2亿元
    source: { ref: 'plan 1.5' },
    summary: {
      zh: '积极参与皖江城市带承接产业转移示范区建设,在安徽新增投资合作项目1766个,协议资金3649.2亿元。',
      en: 'Taking part in the Wanjiang city belt demonstration zone for industrial transfer, Shanghai added 1,766 investment cooperation projects in Anhui with 364.92 billion yuan agreed.',
    },
  }),
  done({
    id: 'coop-enterprises-in-shanghai-2006-2010',
    name: { zh: '各地来沪新设企业', en: 'New enterprises from other regions in Shanghai' },
    category: 'enterprise-service',
    regions: ['310000'],
    metrics: { enterprises: 61_090, registeredCapitalCny: 494_690_000_000 }, // 61090户, 4946.9亿元
    source: { ref: 'plan 1.6' },
    summary: {
      zh: '新增各地来沪设立的全资或控股企业(注册资金100万元以上)61090户,注册资本总额4946.9亿元。',
      en: '61,090 new wholly owned or controlled enterprises from other regions (each with at least 1 million yuan registered capital) were set up in Shanghai, with 494.69 billion yuan of registered capital in all.',
    },
  }),
  done({
    id: 'coop-disaster-donations-2006-2010',
    name: { zh: '向受灾省区市捐赠资金', en: 'Donations to provinces struck by disasters' },
    category: 'donation',
    regions: ['510000', '630000', '620000', '430000', '420000', '530000'],
    metrics: { fundsCny: 172_000_000, provinces: 28 }, // 1.72亿元, 28个省区市
    source: { ref: 'plan 1.7' },
    locationPrecision: 'chosen',
    summary: {
      zh: '以市委、市政府名义向遭受自然灾害的四川、青海、甘肃、湖南、湖北、云南等28个省区市捐赠资金1.72亿元。(规划只点名这6个,其余22个未列出;图上只画这6个,位置为近似。)',
      en: 'In the name of the municipal Party committee and government, Shanghai donated 172 million yuan to 28 provinces struck by natural disasters, among them Sichuan, Qinghai, Gansu, Hunan, Hubei and Yunnan. (The plan names only these 6; the other 22 are not listed. Only these 6 are drawn, so the place is approximate.)',
    },
  }),
  done({
    id: 'coop-wenchuan-social-donations-2008-2010',
    name: { zh: '汶川地震社会捐赠', en: 'Public donations after the Wenchuan earthquake' },
    category: 'donation',
    years: [2008, 2010],
    regions: ['510000'],
    metrics: { valueCny: 3_000_000_000 }, // 超过30亿元
    moreThan: ['valueCny'],
    source: { ref: 'plan 1.7' },
    summary: {
      zh: '“5·12”汶川地震后,动员社会向灾区捐赠物资和资金价值超过30亿元。',
      en: 'After the 12 May 2008 Wenchuan earthquake Shanghai mobilised the public to give money and goods worth more than 3 billion yuan to the stricken area.',
    },
  }),
]

// --- plan 1.2: the 2010 World Expo. The section states no figure; each record gives what it says. ---
const expo = (d: Omit<Draft, 'layer' | 'status' | 'years' | 'category' | 'metrics' | 'source'>): Draft => ({
  layer: 'cooperation',
  status: 'achieved',
  years: [2010, 2010],
  category: 'exchange',
  metrics: {},
  source: { ref: 'plan 1.2' },
  datePrecision: 'year',
  ...d,
})

const expoRecords: Draft[] = [
  expo({
    id: 'coop-expo-provinces-2010',
    name: { zh: '服务各省区市参与上海世博会', en: 'Expo 2010: serving every province\'s part in it' },
    regions: ALL_PROVINCES,
    summary: {
      zh: '依靠全国共同办博,为各省区市参与世博会展馆展示和来沪观展等提供服务;完成世博会试运行、开幕式、中国国家馆日、闭幕式、各省区市活动周等重要活动及日常的内宾接待任务。',
      en: 'With the whole country taking part, Shanghai served every province\'s pavilion displays and visits to the Expo, and received the domestic guests of the trial run, the opening, China\'s National Pavilion Day, the closing, each province\'s activity week and every day.',
    },
  }),
  expo({
    id: 'coop-expo-delta-friendship-days-2010',
    name: { zh: '世博会长三角城市“友谊日”和系列论坛', en: 'Expo 2010: Yangtze Delta cities\' friendship days and forums' },
    regions: DELTA_3,
    summary: {
      zh: '协同举办世博系列论坛、城市最佳实践区案例展示、长三角城市“友谊日”活动,放大世博效应。',
      en: 'Shanghai held Expo forums, the Urban Best Practices Area cases and the Yangtze Delta cities\' "friendship days" together with its partners, widening the Expo\'s effect.',
    },
  }),
  expo({
    id: 'coop-expo-delta-tourism-2010',
    name: { zh: '长三角世博主题体验之旅', en: 'Expo 2010: Expo-themed tourism with the Delta cities' },
    regions: DELTA_3,
    summary: {
      zh: '携手长三角城市共同开发世博主题体验之旅产品,推出示范点,打造一体化旅游市场,共享世博旅游商机。举办“看世博、谋发展、促合作”主题活动,邀请国内著名企业家观展、考察,推进投资合作。',
      en: 'With the Delta cities, Shanghai developed Expo-themed tours with model sites, one tourism market and shared Expo business; its "see the Expo, plan development, promote cooperation" events invited well-known Chinese entrepreneurs to visit and invest.',
    },
  }),
  expo({
    id: 'coop-expo-youth-visits-2010',
    name: { zh: '组织对口支援地区等青少年参观世博会', en: 'Expo 2010: visits of young people from the supported regions' },
    regions: SUPPORTED_8,
    locationPrecision: 'chosen',
    summary: {
      zh: '组织对口支援地区、革命老区和受灾地区青少年参观世博会。(图上画在规划一(一)所列8个对口支援地区;革命老区和受灾地区未点名,未画出,位置为近似。)',
      en: 'Shanghai brought young people from its supported regions, the old revolutionary base areas and the disaster areas to the Expo. (Drawn on the 8 supported regions of plan 1.1; the base and disaster areas are not named and not drawn, so the place is approximate.)',
    },
  }),
]

// --- part four tasks ---------------------------------------------------------------------------
const plan = plannedTask('cooperation')
const chosen: Partial<Draft> = { locationPrecision: 'chosen' }
/** 珠三角 (Guangdong), 环渤海 (Beijing, Tianjin, Hebei, Liaoning, Shandong): the plan names no province, so this group is the atlas's choice. */
const EAST_COAST_CHOSEN = ['440000', '110000', '120000', '130000', '210000', '370000']

const tasks: Draft[] = [
  plan('coop-delta-infrastructure-2011-2015', 'plan 4.2', 'exchange', DELTA_3, ['长三角重大基础设施建设', 'Delta: major infrastructure'], [
    '推进长三角地区轨道交通衔接,实现与苏浙两省干线路网全面对接;推进城际交通公交化运营;合力推进港口集疏运体系建设;推进能源安全体系一体化和信息基础设施共建;联合苏浙两省加快国际国内邮轮母港建设。',
    'Link the Delta\'s rail transit and trunk roads with Jiangsu and Zhejiang; run intercity transport like city buses; build port feeder systems together; integrate energy security and share information infrastructure; with Jiangsu and Zhejiang, speed up cruise home ports.',
  ]),
  plan('coop-delta-innovation-2011-2015', 'plan 4.2', 'exchange', DELTA_3, ['长三角共建创新型区域', 'Delta: an innovative region'], [
    '合力推进区域科技创新体系一体化建设,率先建成国家自主创新综合试验示范区;联合开展轨道交通、大型船舶、航空航天、新能源、物联网、公共安全等重大项目科技联合攻关;推进形成区域战略性新兴产业集群。',
    'Integrate the region\'s innovation system and build a national demonstration area for home-grown innovation; tackle major projects together (rail transit, large ships, aerospace, new energy, the internet of things, public safety); form clusters of strategic emerging industries.',
  ]),
  plan('coop-delta-environment-2011-2015', 'plan 4.2', 'exchange', DELTA_3, ['长三角环境保护一体化', 'Delta: joint environmental protection'], [
    '完善区域污染联防机制,共同制定实施区域大气污染联防联控规划;联合做好黄浦江源头地区、太湖流域以及杭州湾的环境保护;探索区域水体污染补偿机制和排污权有偿使用和交易制度改革。',
    'Improve joint pollution control and plan joint air-pollution control; protect the Huangpu source area, the Lake Tai basin and Hangzhou Bay together; explore compensation for water pollution and paid, tradable emission rights.',
  ]),
  plan('coop-delta-market-2011-2015', 'plan 4.2', 'exchange', DELTA_3, ['长三角市场一体化', 'Delta: one market'], [
    '推动长三角企业和个人信用体系、质量认证体系、行业资质认定、商标知识产权保护体系等市场基础制度一体化建设;推进区域物流标准化建设和信息平台对接。',
    'Integrate the market\'s basic systems: business and personal credit, quality certification, professional qualifications, trademark and IP protection; standardise regional logistics and link information platforms.',
  ]),
  plan('coop-delta-social-2011-2015', 'plan 4.2', 'exchange', DELTA_3, ['长三角社会事业融合', 'Delta: shared public services'], [
    '推进区域优质教育资源共享;完善医保跨地区结算机制;推进交通、社保等“一卡通”工程,协同解决社会保障关系转移续接问题;促进就业一体化和区域文化繁荣;深化区域警务合作。',
    'Share good schools; settle health insurance across the region; one card for transport and social security, with pension rights that move with people; integrate job markets, share culture, and cooperate on policing.',
  ]),
  plan('coop-delta-reform-2011-2015', 'plan 4.2', 'exchange', DELTA_3, ['长三角深化改革开放', 'Delta: reform and opening'], [
    '深化浦东综合配套改革试点;有序推动跨地区联合兴办开发区;探索设立长三角地区合作与发展共同促进基金;推动建立长三角区域性行业协会。',
    'Deepen the Pudong reform pilot; set up development zones across boundaries in an orderly way; explore a joint Delta fund for cooperation and development; create Delta-wide trade associations.',
  ]),
  plan('coop-west-energy-2011-2015', 'plan 4.3', 'exchange', ['150000', '610000', '640000', '650000'], ['西部能源资源合作', 'West: energy and resources'], [
    '加强与内蒙古、陕西、宁夏、新疆等省区的战略合作,鼓励上海企业与西部大型能源资源企业建立长期合作关系;巩固拓展上海西部能源资源供应基地。',
    'Strategic cooperation with Inner Mongolia, Shaanxi, Ningxia, Xinjiang and others; long-term ties between Shanghai firms and large western energy firms; consolidate Shanghai\'s western energy supply bases.',
  ]),
  plan('coop-west-agriculture-2011-2015', 'plan 4.3', 'exchange', WEST_12, ['西部农业合作', 'West: agriculture'], [
    '联合开展农业技术攻关,鼓励上海农业科技企业在西部投资设立研究与生产基地;建立展示西部农产品的信息平台,拓宽特色农产品入沪绿色通道。',
    'Joint research in farming; encourage Shanghai agri-tech firms to set up research and production bases in the West; an information platform for western produce and a "green channel" for it into Shanghai.',
  ]),
  plan('coop-west-manufacturing-2011-2015', 'plan 4.3', 'exchange', WEST_12, ['西部制造业合作', 'West: manufacturing'], [
    '加强在航空、电力、钢铁、汽车、装备制造等领域的合作;重点实施民用客机大型复合材料部件研制与产业化、节能环保设备、汽车整车及零部件制造等重大项目。',
    'Cooperate in aviation, power, steel, cars and equipment; major projects in large composite parts for civil airliners, energy-saving equipment, and vehicles and parts.',
  ]),
  plan('coop-west-services-2011-2015', 'plan 4.3', 'exchange', WEST_12, ['西部现代服务业合作', 'West: modern services'], [
    '鼓励上海金融、中介、咨询、旅游、物流、会展等企业和机构到西部地区投资经营;为西部特色产品通过上海进入国内外市场提供服务。',
    'Encourage Shanghai finance, consulting, tourism, logistics and exhibition firms to invest in the West, and help western products reach markets through Shanghai.',
  ]),
  plan('coop-west-science-2011-2015', 'plan 4.3', 'exchange', WEST_12, ['西部科技合作', 'West: science and technology'], [
    '建立跨区域产学研平台,实现科技信息资源共享;着重加强在特定地区疾病防治、天然药物和矿产资源开发利用、环境监测、灾害预警与应急救援等重点项目的合作。',
    'A cross-regional platform for industry, universities and research; cooperation on regional diseases, natural medicines and minerals, environmental monitoring, disaster warning and rescue.',
  ]),
  plan('coop-west-talent-2011-2015', 'plan 4.3', 'exchange', WEST_12, ['西部人才交流和培养', 'West: talent exchange'], [
    '适度扩大上海高校在西部地区的招生规模;为西部人才来沪进修、培训提供支持;鼓励上海各类人才赴西部开展志愿服务。',
    'More places in Shanghai universities for western students; support for western professionals training in Shanghai; volunteers from Shanghai in the West.',
  ]),
  plan('coop-central-industry-2011-2015', 'plan 4.4', 'exchange', CENTRAL_6, ['中部地区产业互动', 'Central China: industrial links'], [
    '深化与中部地区在农产品供销、原材料精深加工、装备制造、高新技术产业等领域的合作,重点推进精细化工、电力等生产基地建设;探索推进与中部地区产业园区共建;加强与武汉城市圈、长株潭城市群“两型社会”综合配套改革试验区的交流与合作。',
    'Cooperate with Central China in farm produce, processing of raw materials, equipment and high technology, with production bases for fine chemicals and power; explore co-built industrial parks; work with the Wuhan city circle and the Changsha–Zhuzhou–Xiangtan reform zone.',
  ]),
  plan('coop-wanjiang-agreement-2011-2015', 'plan 4.4', 'regional-agreement', ['340000', '310000', '320000', '330000'], ['皖江城市带承接产业转移合作框架协议', 'Framework agreement on the Wanjiang demonstration zone'], [
    '加大履行沪苏浙皖四省市共同签署的《关于共同推进皖江城市带承接产业转移示范区建设合作框架协议》的工作力度,主动参与皖江城市带承接产业转移示范区建设。',
    'Do more to carry out the framework agreement signed by Shanghai, Jiangsu, Zhejiang and Anhui on building the Wanjiang city belt demonstration zone for industrial transfer, and take part in building it.',
  ]),
  plan('coop-northeast-2011-2015', 'plan 4.4', 'exchange', NORTHEAST_3, ['东北地区战略合作', 'North-East: strategic cooperation'], [
    '重点深化与东北地区商品粮生产基地和食品产业原料基地的合作;支持上海企业参与国有企业改革重组,加强在汽车、钢铁、造船、重型设备等领域合作,重点推进燃料电池汽车关键零部件、三网融合设备等项目;参与工业园区开发与合作。',
    'Deepen cooperation with the North-East\'s grain and food-material bases; help Shanghai firms join the restructuring of state firms; cooperate in cars, steel, shipbuilding and heavy equipment, with fuel-cell car parts and triple-network devices; join in industrial-park development.',
  ]),
  plan('coop-east-coast-science-2011-2015', 'plan 4.5', 'exchange', EAST_COAST_CHOSEN, ['东部沿海:科技创新合作', 'East coast: science and innovation'], [
    '建立与珠三角、环渤海地区和东部沿海省市多层次合作交流机制;建立科技创新合作机制,推进战略性新兴产业技术创新联盟建设,联手推广世博会科技成果。(规划说珠三角、环渤海地区和东部沿海省市,未列省份;画在广东和环渤海五省市是本图的选择,位置为近似。)',
    'Multi-level cooperation with the Pearl River Delta, the Bohai Rim and the eastern coastal provinces; joint innovation, alliances for emerging-industry technology, and joint use of Expo technologies. (The plan says the Pearl River Delta, the Bohai Rim and the eastern coastal provinces without listing them; drawing it on Guangdong and the five Bohai Rim units is this atlas\'s choice, so the place is approximate.)',
  ], chosen),
  plan('coop-east-coast-industry-2011-2015', 'plan 4.5', 'exchange', EAST_COAST_CHOSEN, ['东部沿海:战略性新兴产业合作', 'East coast: emerging industries'], [
    '搭建战略性新兴产业孵化、应用、市场开发等合作平台,重点加强新一代信息技术、节能环保、新能源、生物、高端装备制造、新材料、新能源汽车等产业的合作。(规划说珠三角、环渤海地区和东部沿海省市,未列省份;画在广东和环渤海五省市是本图的选择,位置为近似。)',
    'Platforms for incubating, applying and marketing emerging industries: next-generation IT, energy saving, new energy, biotech, high-end equipment, new materials and new-energy vehicles. (The plan says the Pearl River Delta, the Bohai Rim and the eastern coastal provinces without listing them; drawing it on Guangdong and the five Bohai Rim units is this atlas\'s choice, so the place is approximate.)',
  ], chosen),
  plan('coop-east-coast-services-2011-2015', 'plan 4.5', 'exchange', EAST_COAST_CHOSEN, ['东部沿海:服务业合作', 'East coast: services'], [
    '把推动服务业大发展作为与东部沿海地区战略合作的重点,重点加强旅游、会展、物流、交易市场等现代服务业的合作。(规划说珠三角、环渤海地区和东部沿海省市,未列省份;画在广东和环渤海五省市是本图的选择,位置为近似。)',
    'Make services the focus of strategic cooperation with the east coast: tourism, exhibitions, logistics and exchanges. (The plan says the Pearl River Delta, the Bohai Rim and the eastern coastal provinces without listing them; drawing it on Guangdong and the five Bohai Rim units is this atlas\'s choice, so the place is approximate.)',
  ], chosen),
  plan('coop-enterprises-into-shanghai-2011-2015', 'plan 4.6', 'enterprise-service', ['310000'], ['服务国内企业来沪发展', 'Serving firms that come to Shanghai'], [
    '健全“一门式”服务机构,吸引总部型、研发型、服务型企业落户上海;推进南徐家汇国际商务区等总部经济项目;发挥“绿色通道”作用,在新能源、海洋工程装备、电子信息制造等领域争取一批新项目落户。',
    'A one-stop service; attract headquarters, R&D and service firms; headquarters projects such as the South Xujiahui business district; a "green channel" for new projects in new energy, offshore equipment and electronics.',
  ]),
  plan('coop-enterprises-in-shanghai-2011-2015', 'plan 4.6', 'enterprise-service', ['310000'], ['促进在沪企业做大做强', 'Helping firms in Shanghai grow'], [
    '建立帮助企业排忧解难的有效机制,用好上海市科技创新基金,培育中小科技企业在创业板上市;加强对各地在沪企业(协会)联合会、在沪商会的指导。',
    'Help firms solve problems; use the Shanghai innovation fund and bring small tech firms to the growth board; guide the federations and chambers of commerce of other regions\' firms in Shanghai.',
  ]),
  plan('coop-relief-mechanism-2011-2015', 'plan 4.7', 'donation', ['310000'], ['受灾应急响应与社会捐赠', 'Disaster response and public giving'], [
    '完善应对兄弟省区市各类突发事件的应急响应机制,组织救灾与救援;采取组织义演、拍卖等多种方式,动员社会为受灾的兄弟省区市捐款捐物;完善社会日常捐赠服务平台(未点名地区,标在上海,位置为近似。)',
    'Improve the response to emergencies in other provinces and organise relief; raise money and goods for stricken provinces through benefit shows, auctions and other means; improve the everyday donation platform. (No region is named; shown at Shanghai, so the place is approximate.)',
  ], chosen),
  plan('coop-government-exchange-2011-2015', 'plan 4.7', 'exchange', ['310000'], ['完善政务往来体制机制', 'Better government exchanges'], [
    '推广世博内宾接待服务经验,完善接待工作规范和流程,构建市区(县)统一、上下贯通、协调高效的接待工作体制;有序组织代表团赴兄弟省区市学习考察,做好兄弟省区市代表团来访接待;建立友好省区市政府部门间对口联络协调机制,推进政府间合作协议的落实。(未点名地区,标在上海,位置为近似。)',
    'Apply the Expo\'s experience in receiving domestic guests, with clear rules and one reception system for the city and its districts; send delegations to other provinces and receive theirs; set up liaison between the departments of friendly provinces and carry out the governments\' agreements. (No region is named; shown at Shanghai, so the place is approximate.)',
  ], chosen),
  plan('coop-offices-in-shanghai-2011-2015', 'plan 4.7', 'exchange', ['310000'], ['加强对驻沪办事机构的协调与服务', 'Serving other regions\' offices in Shanghai'], [
    '完善市委、市政府主要领导与驻沪办事机构负责人座谈交流机制,发挥驻沪办事机构建言献策作用;创新信息交流载体,帮助驻沪办事机构解决实际问题;深化“双服务”活动,发挥其在两地友好往来和经贸合作中的桥梁纽带作用。',
    'Keep up the meetings between the city\'s leaders and the heads of other regions\' offices in Shanghai and use their advice; new ways to share information; help the offices solve practical problems; deepen the "double service" work, so that they bridge friendly ties and business between their regions and Shanghai.',
  ]),
  plan('coop-offices-elsewhere-2011-2015', 'plan 4.7', 'exchange', ['310000'], ['拓宽市政府驻外办事处工作领域', 'Wider work for Shanghai\'s offices elsewhere'], [
    '完善市政府驻外办事机构管理体制、机制,加强干部选派;加强驻外办与本市区(县)、有关职能部门的需求对接;建立走访联系区域内知名企业的制度,做好驻地企业来沪落户和上海企业到驻地投资的调研、信息服务和项目跟踪;服务联系区域内的上海商会。(办事处本身的任务另见办事处图层;此处标在上海,位置为近似。)',
    'Better management of the city\'s offices elsewhere and of the cadres sent to them; match the offices\' work with the districts and departments of Shanghai; visit leading firms in their regions, research and follow investment both ways, and serve the Shanghai chambers of commerce there. (The same task is also on the office layer; shown here at Shanghai, so the place is approximate.)',
  ], chosen),
  plan('coop-friendly-districts-2011-2015', 'plan 4.7', 'exchange', ['310000'], ['推进友好城区开展务实合作', 'Practical cooperation of friendly districts'], [
    '梳理现有友好城区资源,推动友好城区之间的往来向更为务实的合作转变;支持区(县)主动与优势互补的城市建立友好关系,加强双方合作,实现互利共赢。(未点名城市,标在上海,位置为近似。)',
    'Take stock of the existing friendly districts and turn their exchanges into practical cooperation; support Shanghai\'s districts and counties in making friends with cities whose strengths complement theirs. (No city is named; shown at Shanghai, so the place is approximate.)',
  ], chosen),
]

// --- researched: Yangtze River Delta council members -------------------------------------------

type Member = [code: string, zh: string, en: string, joined: number]
const members: Member[] = [
  ['310000', '上海', 'Shanghai', 1992], ['320100', '南京', 'Nanjing', 1992], ['320500', '苏州', 'Suzhou', 1992],
  ['320200', '无锡', 'Wuxi', 1992], ['320400', '常州', 'Changzhou', 1992], ['321100', '镇江', 'Zhenjiang', 1992],
  ['321000', '扬州', 'Yangzhou', 1992], ['320600', '南通', 'Nantong', 1992], ['330100', '杭州', 'Hangzhou', 1992],
  ['330200', '宁波', 'Ningbo', 1992], ['330500', '湖州', 'Huzhou', 1992], ['330400', '嘉兴', 'Jiaxing', 1992],
  ['330600', '绍兴', 'Shaoxing', 1992], ['330900', '舟山', 'Zhoushan', 1992],
  ['321200', '泰州', 'Taizhou (Jiangsu)', 1997], ['331000', '台州', 'Taizhou (Zhejiang)', 2003],
  ['320900', '盐城', 'Yancheng', 2010], ['320800', '淮安', 'Huai\'an', 2010], ['340100', '合肥', 'Hefei', 2010],
  ['340500', '马鞍山', 'Ma\'anshan', 2010], ['330700', '金华', 'Jinhua', 2010], ['330800', '衢州', 'Quzhou', 2010],
  ['320300', '徐州', 'Xuzhou', 2013], ['340200', '芜湖', 'Wuhu', 2013], ['341100', '滁州', 'Chuzhou', 2013],
  ['340400', '淮南', 'Huainan', 2013], ['331100', '丽水', 'Lishui', 2013], ['330300', '温州', 'Wenzhou', 2013],
  ['321300', '宿迁', 'Suqian', 2013], ['320700', '连云港', 'Lianyungang', 2013],
]

const joinedText: Record<number, [string, string]> = {
  1992: [
    '1992年长三角14城市经协(委)办主任联席会议的成员,该会议1997年升格更名为长三角城市经济协调会(澎湃新闻记为1996年)。',
    'Member of the 1992 joint meeting of 14 cities\' cooperation offices, which in 1997 became the Yangtze River Delta Economic Coordination Council (The Paper gives 1996).',
  ],
  1997: ['1997年作为第15个成员加入,协调会同年升格为市长级并更名(澎湃新闻记为1996年成立)。', 'Joined in 1997 as the 15th member, when the body became a mayors\' council and was renamed (The Paper gives 1996 for its founding).'],
  2003: ['2003年作为第16个成员加入,此后协调会每年召开。', 'Joined in 2003 as the 16th member; from 2004 the council met every year.'],
  2010: ['2010年3月26日在嘉兴第十次市长联席会议上加入,协调会由16个成员扩展到22个。', 'Admitted on 26 March 2010 at the 10th mayors\' meeting in Jiaxing, taking the council from 16 to 22 members.'],
  2013: ['2013年第十三次市长联席会议上加入,成员增至30个;2014–2015年未见新增。', 'Admitted in 2013 at the 13th mayors\' meeting, taking the council to 30 members; no additions were reported for 2014–2015.'],
}

const council: Draft[] = members.map(([code, zh, en, joined]) => {
  const text = joinedText[joined] ?? ['', '']
  return {
    id: `coop-yrd-council-member-${code}`,
    layer: 'cooperation',
    name: { zh: `长三角城市经济协调会成员:${zh}`, en: `Yangtze River Delta council member: ${en}` },
    category: 'city-council',
    status: 'achieved',
    years: [Math.max(2006, joined), 2015],
    regions: [code],
    metrics: {},
    joined,
    source: {
      ref: `researched: Yangtze River Delta council members (joined ${joined})`,
      url: joined >= 2013 ? YRD_URL_2 : YRD_URL_1,
      confidence: 'confirmed',
    },
    summary: { zh: text[0], en: text[1] },
  }
})

const other: Draft[] = [
  {
    id: 'coop-yangtze-cities-council',
    layer: 'cooperation',
    name: { zh: '长江沿岸中心城市经济协调会', en: 'Economic council of the central cities along the Yangtze' },
    category: 'city-council',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [1985, 2015],
    regions: ['310000', '320100', '420100', '500000'],
    metrics: {},
    source: { ref: 'researched: Yangtze central cities council', url: 'https://hzjl.sh.gov.cn/n1279/20171222/0041-108723.html', confidence: 'confirmed' },
    summary: {
      zh: '1985年12月由上海、南京、武汉、重庆发起成立;常务主席城市为上海、重庆、武汉、南京、合肥(2017年)。2006–2015年的成员数未找到。',
      en: 'Founded in December 1985 by Shanghai, Nanjing, Wuhan and Chongqing; standing chairs Shanghai, Chongqing, Wuhan, Nanjing and Hefei (2017). The number of members in 2006–2015 was not found.',
    },
  },
  {
    id: 'coop-yrd-park-alliance',
    layer: 'cooperation',
    name: { zh: '长三角园区共建联盟', en: 'Yangtze River Delta alliance for co-built parks' },
    category: 'regional-agreement',
    status: 'achieved',
    years: [2010, 2015],
    regions: ['310000', '320000', '330000', '340000'],
    metrics: {},
    source: { ref: 'researched: YRD park alliance (第一财经日报 2011-03-25)', url: 'http://business.sohu.com/20110325/n279984897.shtml', confidence: 'confirmed' },
    locationPrecision: 'chosen',
    summary: {
      zh: '2010年底成立,由漕河泾、虹桥、张江、苏州工业园区、无锡高新区、合肥高新区、宝钢等30家以上园区和企业组成(非确数,只作文字);园区共建是协调会2010年的专题。来源只说长三角,画在沪苏浙皖四省市是本图的选择,位置为近似。',
      en: 'Founded at the end of 2010 by more than 30 parks and firms (not an exact number, so text only), among them Caohejing, Hongqiao, Zhangjiang, Suzhou Industrial Park, Wuxi and Hefei high-tech zones and Baosteel; co-building parks was a 2010 topic of the Delta council. The source says only "the Yangtze River Delta"; drawing it on Shanghai, Jiangsu, Zhejiang and Anhui is this atlas\'s choice, so the place is approximate.',
    },
  },
]

export const cooperation: Draft[] = [...review, ...expoRecords, ...tasks, ...council, ...other]
