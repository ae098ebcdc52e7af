/**
 * aid layer, part 一 of the plan (the 2006–2010 review) and researched facts about the pairings and
 * multi-year aid totals. Figures are in base units (yuan); the plan's wording is in the comments.
 */
import type { Draft } from './types'
import { GOLOG_6, KASHGAR_4, REVIEW_8, THREE_GORGES, XIGAZE_5, YUNNAN_4 } from './types'

const TOTAL = 'aid-8-regions-total-2006-2010'

export const aidReview: Draft[] = [
  {
    id: TOTAL,
    layer: 'aid',
    name: { zh: '8个对口支援地区合计(“十一五”)', en: 'Eight supported regions, total 2006–2010' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2010],
    regions: REVIEW_8,
    // 无偿投入资金21.96亿元, 援建项目2711个; 经济技术合作项目444个, 协议资金609.23亿元; 超过8.5万人次
    metrics: { fundsCny: 2_196_000_000, projects: 2711, cooperationProjects: 444, agreementFundsCny: 60_923_000_000, people: 85_000 },
    moreThan: ['people'],
    source: { ref: 'plan 1.1' },
    summary: {
      zh: '上海在8个对口支援地区无偿投入资金21.96亿元,援建对口支援项目2711个;签署经济技术合作项目444个,协议资金609.23亿元;组织实施人员交流、人力资源培训超过8.5万人次。',
      en: 'In its 8 supported regions Shanghai put in 2.196 billion yuan of free aid and built 2,711 aid projects; it signed 444 economic and technical cooperation projects with 60.923 billion yuan agreed, and organised exchanges and training for more than 85,000 person-times.',
    },
  },
  {
    id: 'aid-xigaze-2006-2010',
    layer: 'aid',
    name: { zh: '西藏日喀则地区', en: 'Xigaze, Tibet' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2010],
    regions: ['540200'],
    metrics: { fundsCny: 627_000_000, projects: 331 }, // 6.27亿元, 331个
    partOf: TOTAL,
    source: { ref: 'plan 1.1' },
    summary: {
      zh: '在西藏日喀则地区投入资金6.27亿元,援建“安康工程”等帮扶项目331个。',
      en: 'In Xigaze, Tibet, Shanghai put in 627 million yuan and built 331 aid projects, among them the "Ankang" (safe and healthy housing) project.',
    },
  },
  {
    id: 'aid-aksu-2006-2010',
    layer: 'aid',
    name: { zh: '新疆阿克苏地区', en: 'Aksu, Xinjiang' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2010],
    regions: ['652900'],
    metrics: { fundsCny: 415_000_000, projects: 355 }, // 4.15亿元, 355个
    partOf: TOTAL,
    source: { ref: 'plan 1.1' },
    summary: {
      zh: '在新疆阿克苏地区投入资金4.15亿元,援建抗震安居房等帮扶项目355个。',
      en: 'In Aksu, Xinjiang, Shanghai put in 415 million yuan and built 355 aid projects, among them earthquake-proof housing.',
    },
  },
  {
    id: 'aid-yunnan-4-prefectures-2006-2010',
    layer: 'aid',
    name: { zh: '云南文山、红河、普洱、迪庆四州市', en: 'Wenshan, Honghe, Pu\'er and Diqing, Yunnan' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2010],
    regions: YUNNAN_4,
    metrics: { fundsCny: 855_000_000, projects: 1803 }, // 8.55亿元, 1803个
    partOf: TOTAL,
    source: { ref: 'plan 1.1' },
    summary: {
      zh: '在云南文山、红河、普洱、迪庆四州市投入资金8.55亿元,实施整村推进等帮扶项目1803个,完成了对口帮扶苦聪人、莽人、僰人以及德昂族等人口较少民族工作。',
      en: 'In the four Yunnan prefectures of Wenshan, Honghe, Pu\'er and Diqing, Shanghai put in 855 million yuan and carried out 1,803 aid projects such as whole-village development, and completed its support for small ethnic groups: the Kucong, Mang, Bo and De\'ang peoples. The figure is for the four prefectures together.',
    },
  },
  {
    id: 'aid-three-gorges-2006-2010',
    layer: 'aid',
    name: { zh: '三峡库区:重庆万州、湖北宜昌夷陵', en: 'Three Gorges area: Wanzhou (Chongqing) and Yiling (Yichang, Hubei)' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2010],
    regions: THREE_GORGES,
    metrics: { fundsCny: 299_000_000, projects: 222 }, // 2.99亿元, 222个
    partOf: TOTAL,
    source: { ref: 'plan 1.1' },
    summary: {
      zh: '在重庆万州和湖北宜昌夷陵等三峡库区投入资金2.99亿元,实施移民就业基地建设等帮扶项目222个。',
      en: 'In the Three Gorges reservoir area, Wanzhou (Chongqing) and Yiling (Yichang, Hubei), Shanghai put in 299 million yuan and carried out 222 aid projects, among them employment bases for resettled people. The figure is for both together.',
    },
  },
  {
    id: 'aid-dujiangyan-reconstruction-2008-2010',
    layer: 'aid',
    name: { zh: '四川都江堰灾后重建', en: 'Dujiangyan post-earthquake reconstruction, Sichuan' },
    category: 'reconstruction',
    status: 'achieved',
    years: [2008, 2010],
    regions: ['510181'],
    metrics: { fundsCny: 8_250_000_000, projects: 117 }, // 82.5亿元, 117个
    source: { ref: 'plan 1.1' },
    summary: {
      zh: '此外,投入82.5亿元,实施对口支援都江堰灾后重建项目117个,三年援建任务两年完成。(不计入上述21.96亿元;时段为2008年地震后至2010年。)',
      en: 'Besides, Shanghai put in 8.25 billion yuan for 117 reconstruction projects in Dujiangyan, finishing the three-year task in two years. (Not part of the 2.196 billion above; shown from the 2008 earthquake to 2010.)',
    },
  },
  {
    id: 'aid-dujiangyan-batches-2010',
    layer: 'aid',
    name: { zh: '都江堰援建项目分批签约', en: 'Dujiangyan reconstruction: signing in batches' },
    category: 'reconstruction',
    status: 'achieved',
    years: [2010, 2010],
    regions: ['510181'],
    metrics: {},
    source: {
      ref: 'researched: Dujiangyan reconstruction (taiwan.cn, 2010-02)',
      url: 'http://taiwan.cn/zt/szzt/sichuan_1/dizhenpindao7/dfajkl/201002/t20100202_1244124.htm',
      confidence: 'confirmed',
    },
    datePrecision: 'exact',
    summary: {
      zh: '援建项目分5批签约:至2010年1月已签4批、112个项目、80亿元,首个竣工项目土桥小学于2010年1月15日完成;最后一批8.4亿元于2010年3月20日签约。这是签约时报道的金额,两数相加为88.4亿元,与规划所记投入82.5亿元不是同一口径,不能当作82.5亿元的组成部分,本图不作核对,因此不作数字记录。',
      en: 'The projects were signed in 5 batches: by January 2010, 4 batches with 112 projects and 8 billion yuan; the first finished project, Tuqiao Primary School, on 15 January 2010; the last batch, 840 million yuan, signed on 20 March 2010. These are amounts reported at signing: together 8.84 billion yuan, which is not the same measure as the 8.25 billion put in that the plan states, so they are not parts of it. The atlas does not reconcile the two and keeps these amounts in this text only.',
    },
  },
  {
    id: 'aid-wenchuan-transitional-housing-2008-2010',
    layer: 'aid',
    name: { zh: '汶川地震过渡安置房', en: 'Transitional housing after the Wenchuan earthquake' },
    category: 'reconstruction',
    status: 'achieved',
    years: [2008, 2010],
    regions: ['510000'],
    metrics: { houses: 58_000 }, // 援建过渡安置房58000套
    source: { ref: 'plan 1.7' },
    summary: {
      zh: '“5·12”汶川地震后,援建过渡安置房58000套。(规划未写明地点,标在四川省。)',
      en: 'After the 12 May 2008 Wenchuan earthquake Shanghai built 58,000 transitional homes. (The plan gives no place; shown at Sichuan province.)',
    },
  },
  // --- pairings (the start of Kashgar and Golog is in plan 1.1; the details are researched facts) ---
  {
    id: 'aid-pairing-kashgar-4-counties',
    datePrecision: 'year', // a pairing in place in each year shown
    layer: 'aid',
    name: { zh: '对口支援新疆喀什四县', en: 'Pairing: four counties of Kashgar, Xinjiang' },
    category: 'pairing',
    status: 'achieved',
    years: [2010, 2015],
    regions: KASHGAR_4,
    metrics: {},
    source: {
      ref: 'plan 1.1 (启动了对口支援新疆喀什工作); researched: switch Aksu → Kashgar',
      url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn//jrzg/2010-11/11/content_1743638.htm',
      confidence: 'confirmed',
    },
    summary: {
      zh: '2010年上海由对口支援阿克苏地区三市县转为对口支援喀什地区叶城、泽普、莎车、巴楚四县;前方指挥部于2010年6月28日在喀什揭牌。',
      en: 'In 2010 Shanghai moved from three cities/counties of Aksu to four counties of Kashgar: Yecheng, Zepu, Shache (Yarkant) and Bachu. Its front headquarters was unveiled in Kashgar on 28 June 2010.',
    },
  },
  {
    id: 'aid-kashgar-enterprise-agreements-2010',
    datePrecision: 'exact', // signed on 11 November 2010
    layer: 'aid',
    name: { zh: '喀什四县企业合作签约(2010年11月)', en: 'Kashgar: enterprise agreements, November 2010' },
    category: 'economic-cooperation',
    status: 'achieved',
    years: [2010, 2010],
    regions: KASHGAR_4,
    metrics: { agreements: 25, agreementFundsCny: 10_136_000_000 }, // 25项, 101.36亿元
    source: {
      ref: 'researched: switch Aksu → Kashgar (gov.cn 2010-11-11)',
      url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn//jrzg/2010-11/11/content_1743638.htm',
      confidence: 'confirmed',
    },
    summary: {
      zh: '2010年11月11日签约企业合作协议25项,金额101.36亿元。',
      en: 'On 11 November 2010, 25 enterprise agreements worth 10.136 billion yuan were signed.',
    },
  },
  {
    id: 'aid-kashgar-2010-2015',
    layer: 'aid',
    name: { zh: '喀什四县援助资金(2010–2015)', en: 'Kashgar four counties: aid 2010–2015' },
    category: 'overall',
    status: 'achieved',
    years: [2010, 2015],
    regions: KASHGAR_4,
    metrics: { fundsCny: 9_234_000_000, projects: 644, cadres: 464 }, // 92.34亿元, 644个项目, 464名干部
    source: {
      ref: 'researched: Kashgar funding 2010–2015 (东方早报 via china.com.cn, 2015-06-12)',
      url: 'http://big5.china.com.cn/gate/big5/gongyi.china.com.cn/zczxd/2015-06/12/content_7987534.htm',
      confidence: 'confirmed',
    },
    summary: {
      zh: '五年间市级财政投入92.34亿元,实施项目644个,选派干部464名,居19个援疆省市首位(央广网2016年报道“十二五”为92.3亿元)。',
      en: 'Over five years the municipal budget put in 9.234 billion yuan for 644 projects and sent 464 cadres, the most of the 19 provinces and cities aiding Xinjiang (CNR in 2016 gives 9.23 billion for 2011–2015).',
    },
  },
  {
    id: 'aid-kashgar-8th-batch-2014-2017',
    layer: 'aid',
    name: { zh: '喀什四县第八批援疆(2014–2017)', en: 'Kashgar: 8th aid batch (2014–2017)' },
    category: 'overall',
    status: 'achieved',
    years: [2014, 2015],
    statedSpan: [2014, 2017],
    regions: KASHGAR_4,
    metrics: { fundsCny: 6_319_000_000, projects: 377, households: 100_000 }, // 63.19亿元, 377个, 10万户
    source: {
      ref: 'researched: Kashgar 8th batch (iyaxin, 2017-01-11)',
      url: 'http://zhengwu.iyaxin.com/content/content/2017-01/11/content_10192157.htm',
      confidence: 'confirmed',
    },
    summary: {
      zh: '第八批援疆三年(2014年2月至2017年1月)投入63.19亿元、377个项目,补助农村安居房10万户。数字覆盖至2017年1月,图上只显示到2015年。',
      en: 'The 8th batch (February 2014 – January 2017) put in 6.319 billion yuan for 377 projects and subsidised rural housing for 100,000 households. The figures run to January 2017; the atlas shows the record only up to 2015.',
    },
  },
  {
    id: 'aid-pairing-golog',
    datePrecision: 'year', // a pairing in place in each year shown
    layer: 'aid',
    name: { zh: '对口支援青海果洛州', en: 'Pairing: Golog prefecture, Qinghai' },
    category: 'pairing',
    status: 'achieved',
    years: [2010, 2015],
    regions: GOLOG_6,
    metrics: {},
    source: {
      ref: 'plan 1.1 (启动了对口支援青海果洛工作); researched: Golog pairing began',
      url: 'http://m.thepaper.cn/newsDetail_forward_2507970',
      confidence: 'confirmed',
    },
    summary: {
      zh: '2010年7月启动对口支援果洛州玛沁、班玛、甘德、达日、久治、玛多6县;黄浦区对口玛多县。',
      en: 'In July 2010 Shanghai began supporting the six counties of Golog: Maqên, Baima, Gadê, Darlag, Jigzhi and Madoi; Huangpu district is paired with Madoi.',
    },
  },
  {
    id: 'aid-golog-2010-2018',
    layer: 'aid',
    name: { zh: '果洛州援建项目(2010–2018)', en: 'Golog: aid projects 2010–2018' },
    category: 'overall',
    status: 'achieved',
    years: [2010, 2015],
    statedSpan: [2010, 2018],
    regions: ['632600'],
    metrics: { fundsCny: 1_779_000_000, projects: 522 }, // 17.79亿元, 522个
    source: {
      ref: 'researched: Golog funding (thepaper 2018)',
      url: 'http://m.thepaper.cn/newsDetail_forward_2507970',
      confidence: 'confirmed',
    },
    summary: {
      zh: '2010年至2018年8年间在果洛实施项目522个,投入17.79亿元。数字覆盖至2018年,图上只显示到2015年;2011–2015年逐年数字未找到。',
      en: 'From 2010 to 2018 Shanghai carried out 522 projects in Golog with 1.779 billion yuan. The figures run to 2018; the atlas shows the record only up to 2015. Yearly figures for 2011–2015 were not found.',
    },
  },
  {
    id: 'aid-pairing-xigaze-5-counties',
    layer: 'aid',
    name: { zh: '对口支援西藏日喀则五县', en: 'Pairing: five counties of Xigaze, Tibet' },
    category: 'pairing',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [1995, 2015],
    regions: XIGAZE_5,
    metrics: {},
    source: {
      ref: 'researched: Xigaze pairing (人民日报 2014 via thepaper)',
      url: 'http://www.thepaper.cn/newsDetail_forward_1262097',
      confidence: 'confirmed',
    },
    summary: {
      zh: '1994年第三次西藏工作座谈会确定对口支援;1995年5月17日首批干部进藏,支援江孜、拉孜、亚东、定日四县,后增加萨迦(2001年,单一弱来源),共五县。配对早于2006年,图上从2006年起显示。',
      en: 'Decided in 1994 (3rd Tibet work conference); the first cadres arrived on 17 May 1995 for Gyantse, Lhatse, Yadong and Tingri; Sa\'gya was added later (2001, single weak source), giving five counties. The pairing predates 2006; the atlas shows it from 2006.',
    },
  },
  {
    id: 'aid-xigaze-1995-2013',
    layer: 'aid',
    name: { zh: '日喀则援藏累计(至2013年6月)', en: 'Xigaze: aid to June 2013 (cumulative)' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2013],
    statedSpan: [1995, 2013],
    regions: ['540200'],
    metrics: { fundsCny: 2_186_000_000, projects: 987, cadres: 308 }, // 21.86亿元, 987个, 308名
    source: {
      ref: 'researched: Xigaze funding (ccphistory.org.cn)',
      url: 'https://www.ccphistory.org.cn/shds/dkyc/content/3d0c58e6-74f4-4ca9-83a4-95a8bcc4532e.html',
      confidence: 'confirmed',
    },
    summary: {
      zh: '截至2013年6月,上海共派出6批308名援藏干部,无偿援助资金21.86亿元,实施项目987个。这是自1995年起的累计数,不是2006年以来的数字。',
      en: 'By June 2013 Shanghai had sent 6 batches, 308 cadres, and given 2.186 billion yuan of free aid for 987 projects. This is a cumulative figure since 1995, not since 2006.',
    },
  },
  {
    id: 'aid-xigaze-1994-2018',
    layer: 'aid',
    name: { zh: '日喀则援藏累计(1994–2018)', en: 'Xigaze: aid 1994–2018 (cumulative)' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [1994, 2018],
    regions: ['540200'],
    metrics: { fundsCny: 4_518_000_000, projects: 1582, cadres: 493 }, // 45.18亿元, 1582个, 493名
    source: {
      ref: 'researched: Xigaze funding (央广网/Xinhua 2018, mirror)',
      url: 'http://huiyingmeng.com/xz/jrxz/20181214/t20181214_524449986.shtml',
      confidence: 'confirmed',
    },
    summary: {
      zh: '1994年至2018年累计投入援藏资金45.18亿元,实施项目1582个,选派干部493名。数字覆盖1994–2018年,图上只显示2006–2015年;2011–2015年逐年数字未找到。',
      en: 'From 1994 to 2018 Shanghai put in 4.518 billion yuan for 1,582 projects and sent 493 cadres. The figures cover 1994–2018; the atlas shows the record over 2006–2015 only. Yearly figures for 2011–2015 were not found.',
    },
  },
  {
    id: 'aid-pairing-aksu',
    layer: 'aid',
    name: { zh: '对口支援新疆阿克苏地区', en: 'Pairing: Aksu, Xinjiang' },
    category: 'pairing',
    status: 'achieved',
    years: [2006, 2010],
    statedSpan: [1997, 2010],
    regions: ['652900'],
    metrics: {},
    source: {
      ref: 'researched: Aksu pairing began (上观 excerpt)',
      url: 'http://saupra.com/a/47186478.html',
      confidence: 'weak',
    },
    summary: {
      zh: '首批上海援疆干部(1997年2月至2000年1月)赴阿克苏(单一弱来源);2010年转为对口支援喀什。所援三市县的名称未找到。',
      en: 'The first batch of Shanghai aid-to-Xinjiang cadres (February 1997 – January 2000) went to Aksu (single weak source); in 2010 the pairing moved to Kashgar. The names of the three cities/counties supported were not found.',
    },
  },
  {
    id: 'aid-pairing-yunnan',
    layer: 'aid',
    name: { zh: '对口帮扶云南', en: 'Pairing: Yunnan' },
    category: 'pairing',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [1996, 2015],
    regions: YUNNAN_4,
    metrics: {},
    source: {
      ref: 'researched: Yunnan pairing (China Poverty Alleviation Yearbook 2010)',
      url: 'https://yearbook.iprcc.org.cn/zggjfpzxnj/2010njyw/wdxxzp/382704.shtml',
      confidence: 'confirmed',
    },
    summary: {
      zh: '1996年9月23日中央扶贫开发工作会议确定上海对口帮扶云南,起初为文山、红河、思茅(今普洱),12个区县结对23个重点县,1997年7月首批13名干部到岗;至2009年,14个区和2家国企结对四州市26个重点县。',
      en: 'Fixed by the central poverty conference of 23 September 1996: first Wenshan, Honghe and Simao (now Pu\'er), with 12 Shanghai districts/counties paired with 23 key counties; the first 13 cadres arrived in July 1997. By 2009, 14 districts and 2 state firms were paired with 26 key counties in the four prefectures.',
    },
  },
  {
    id: 'aid-yunnan-2011',
    layer: 'aid',
    name: { zh: '云南四州市及贡山独龙族地区(2011年)', en: 'Yunnan four prefectures and the Derung area of Gongshan, 2011' },
    category: 'overall',
    status: 'achieved',
    years: [2011, 2011],
    regions: [...YUNNAN_4, '533324'],
    metrics: { projects: 511 },
    source: {
      ref: 'researched: Yunnan 2011 (China Poverty Alleviation Yearbook 2012)',
      url: 'http://47.105.124.64:8003/zggjfpzxnj/2012njyw/ldxxzfpp/385067.shtml',
      confidence: 'confirmed',
    },
    summary: {
      zh: '2011年在文山、红河、普洱、迪庆及怒江州贡山县独龙族地区投入资金3亿元以上(非确数,仅作文字),实施项目511个。',
      en: 'In 2011 Shanghai put more than 300 million yuan (not an exact figure, so kept in this text only) into 511 projects in Wenshan, Honghe, Pu\'er, Diqing and the Derung area of Gongshan county (Nujiang).',
    },
  },
  {
    id: 'aid-diqing-border-2011',
    layer: 'aid',
    name: { zh: '迪庆及边境地区专项(2011年8月)', en: 'Diqing and border areas: special allocation, August 2011' },
    category: 'overall',
    status: 'achieved',
    years: [2011, 2011],
    regions: ['533400'],
    metrics: { fundsCny: 100_000_000 }, // 1亿元
    source: {
      ref: 'researched: Yunnan 2011, August joint meeting',
      url: 'http://www.ksrykj.com/news/c/2011-08-11/2623749.shtml',
      confidence: 'confirmed',
    },
    locationPrecision: 'chosen',
    summary: {
      zh: '2011年8月沪滇联席会议安排1亿元用于迪庆和边境地区。边境地区未写明,只标在迪庆。',
      en: 'The Shanghai–Yunnan joint meeting of August 2011 set aside 100 million yuan for Diqing and border areas. The border areas are not named, so the record is shown at Diqing only.',
    },
  },
  {
    id: 'aid-wanzhou-1992-2007',
    layer: 'aid',
    name: { zh: '重庆万州无偿援助累计(1992–2007)', en: 'Wanzhou: free aid 1992–2007 (cumulative)' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2007],
    statedSpan: [1992, 2007],
    regions: ['500101'],
    // 无偿援助项目353个、2.03亿元; 安置移民2000人 (people, each counted once)
    metrics: { fundsCny: 203_000_000, projects: 353, headcount: 2000 },
    source: {
      ref: 'researched: Wanzhou (经济参考报 2008-06-30)',
      url: 'http://jjckb.xinhuanet.com/gnyw/2008-06/30/content_104949.htm',
      confidence: 'confirmed',
    },
    summary: {
      zh: '1992年结对至2007年底,无偿援助项目353个、2.03亿元;安置移民2000人。来源所记全部391个项目、9.94亿元还包括经济合作项目38个、7.62亿元(另见经济合作记录),那不是无偿援助,所以不计入这里的资金。注意:来源的两项金额相加为9.65亿元,与9.94亿元不符,两数均照录。',
      en: 'From the 1992 pairing to the end of 2007: 353 free-aid projects worth 203 million yuan, and 2,000 people resettled. The source\'s total of 391 projects and 994 million yuan also counts 38 economic-cooperation projects worth 762 million (a separate record), which are not free aid, so they are not in this record\'s funds. Note: the source\'s two amounts add to 965 million, not 994 million; both are kept as stated.',
    },
  },
  {
    id: 'aid-wanzhou-economic-cooperation-1992-2007',
    layer: 'aid',
    name: { zh: '重庆万州经济合作项目累计(1992–2007)', en: 'Wanzhou: economic-cooperation projects 1992–2007 (cumulative)' },
    category: 'economic-cooperation',
    status: 'achieved',
    years: [2006, 2007],
    statedSpan: [1992, 2007],
    regions: ['500101'],
    metrics: { cooperationProjects: 38, investmentCny: 762_000_000 }, // 经济合作项目38个、7.62亿元
    source: {
      ref: 'researched: Wanzhou (经济参考报 2008-06-30)',
      url: 'http://jjckb.xinhuanet.com/gnyw/2008-06/30/content_104949.htm',
      confidence: 'confirmed',
    },
    summary: {
      zh: '1992年结对至2007年底,在万州实施经济合作项目38个、7.62亿元。这是经济合作,不是无偿援助;无偿援助另见万州无偿援助记录。',
      en: 'From the 1992 pairing to the end of 2007, 38 economic-cooperation projects worth 762 million yuan in Wanzhou. This is economic cooperation, not free aid; the free aid is a separate record.',
    },
  },
  {
    id: 'aid-three-gorges-1992-2023',
    layer: 'aid',
    name: { zh: '万州、夷陵对口支援累计(1992–2023)', en: 'Wanzhou and Yiling: support 1992–2023 (cumulative)' },
    category: 'overall',
    status: 'achieved',
    years: [2006, 2015],
    statedSpan: [1992, 2023],
    regions: ['500101', '420506'],
    metrics: { fundsCny: 1_420_000_000 }, // 14.2亿元
    source: { ref: 'researched: Yiling (ihb8.com)', url: 'http://ihb8.com/zhishi/230917215828218', confidence: 'weak' },
    summary: {
      zh: '1992年至2023年上海对口支援万州和夷陵共投入14.2亿元,项目1500个以上(非确数,仅作文字)。单一弱来源;数字覆盖1992–2023年,远超本图时段,图上只显示2006–2015年。',
      en: 'From 1992 to 2023 Shanghai put 1.42 billion yuan into Wanzhou and Yiling together, for more than 1,500 projects (not an exact figure, so kept in this text only). Single weak source; the figure covers 1992–2023, far beyond the atlas, which shows the record over 2006–2015 only.',
    },
  },
]
