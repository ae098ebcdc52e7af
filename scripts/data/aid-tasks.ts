/**
 * aid layer, part 四(一) of the plan: the 2011–2015 tasks, region by region, one `planned` record per
 * kind of work the plan names there. No metrics: the plan gives none ("每年按照中央要求安排援助资金").
 */
import type { Draft } from './types'
import { DUJIANGYAN, KASHGAR_4, KASHGAR_COUNTIES_SOURCE, TASK_REGIONS, THREE_GORGES, XIGAZE_5, XIGAZE_COUNTIES_SOURCE, YUNNAN_4 } from './types'

interface TaskSpec {
  key: string
  category: string
  name: [string, string]
  summary: [string, string]
}

function tasks(prefix: string, regions: string[], ref: string, where: [string, string], specs: TaskSpec[], extra: Partial<Draft> = {}): Draft[] {
  return specs.map((s) => ({
    id: `aid-${prefix}-${s.key}-2011-2015`,
    layer: 'aid',
    name: { zh: `${where[0]}:${s.name[0]}`, en: `${where[1]}: ${s.name[1]}` },
    category: s.category,
    status: 'planned',
    years: [2011, 2015],
    regions,
    metrics: {},
    source: { ref },
    summary: { zh: s.summary[0], en: s.summary[1] },
    ...extra,
  }))
}

const kashgar = tasks('kashgar-4-counties', KASHGAR_4, 'plan 4.1 Kashgar', ['新疆喀什四县', 'Kashgar four counties'], [
  {
    key: 'livelihood',
    category: 'livelihood',
    name: ['富民安居和旧城改造', 'housing and old-town renewal'],
    summary: [
      '重点实施一批富民安居和旧城改造项目,帮助改善城乡贫困群众基本生活生产条件。',
      'Carry out housing ("prosperity and settled living") and old-town renewal projects to improve the basic living and working conditions of the poor in town and country.',
    ],
  },
  {
    key: 'governance',
    category: 'governance',
    name: ['基层组织阵地建设', 'grassroots facilities'],
    summary: [
      '推进实施一批基层组织阵地建设项目,帮助改善城乡基层基础设施、公共设施和其他便民服务设施。',
      'Build facilities for grassroots organisations and improve grassroots infrastructure, public facilities and other service facilities in town and country.',
    ],
  },
  {
    key: 'education',
    category: 'education',
    name: ['集中办学、双语教育和职业教育', 'schools, bilingual and vocational education'],
    summary: [
      '重点支持推进集中办学、双语教育、中等职业技术教育,帮助改善办学条件和提高教学能力。',
      'Support consolidated schooling, bilingual education and secondary vocational education, improving school conditions and teaching.',
    ],
  },
  {
    key: 'health',
    category: 'health',
    name: ['县乡村三级医疗卫生服务体系', 'county–township–village health care'],
    summary: [
      '协助推进县乡村三级医疗卫生服务体系建设,帮助完善基本医疗设施设备和提高管理水平。',
      'Help build the three-tier (county, township, village) health service, improving basic medical facilities, equipment and management.',
    ],
  },
  {
    key: 'culture-science',
    category: 'culture-science',
    name: ['科普活动中心和公共文化设施', 'youth science centres and public culture'],
    summary: [
      '援建青少年科普活动中心和公共文化基础设施,推进科技、文化交流合作。',
      'Build youth science centres and public cultural facilities, and promote science and cultural exchange.',
    ],
  },
  {
    key: 'industry-agriculture',
    category: 'industry-agriculture',
    name: ['产业扶持', 'support for industry and agriculture'],
    summary: [
      '实施一批产业扶持项目,重点援建农业园区、农业综合服务中心,扶持农业专业合作社,推广先进农业技术;帮助建立工业园区对口援建机制,协助建设特色产业基地和科技服务基地;推广应用世博科技成果;帮助改造商品流通标准化市场体系。',
      'Support industry: agricultural parks and service centres, farmers\' cooperatives and better farming techniques; a pairing mechanism for industrial parks, special-industry and technology-service bases; Expo technologies; and standardised markets for the circulation of goods.',
    ],
  },
  {
    key: 'tourism',
    category: 'tourism',
    name: ['特色旅游', 'tourism'],
    summary: [
      '协助开发特色旅游资源和旅游产品,促进当地旅游业和相关产业的发展。',
      'Help develop distinctive tourism resources and products, and the tourism industry and related trades.',
    ],
  },
  {
    key: 'ecology',
    category: 'ecology',
    name: ['环境保护和生态建设', 'environment and ecology'],
    summary: ['积极参与当地环境保护和生态建设。', 'Take part in local environmental protection and ecological work.'],
  },
], KASHGAR_COUNTIES_SOURCE)

const xigaze = tasks('xigaze-5-counties', XIGAZE_5, 'plan 4.1 Xigaze', ['西藏日喀则五县', 'Xigaze five counties'], [
  {
    key: 'livelihood',
    category: 'livelihood',
    name: ['安居工程与新农村建设', 'housing and new countryside'],
    summary: [
      '支持以安居工程为突破口的新农村建设,实施农村危房改造、游牧民定居等工程,帮助完善农村公共服务配套设施和生活配套设施。',
      'Support new-countryside building led by the housing programme: renovating unsafe rural houses and settling nomads, and completing rural public-service and living facilities.',
    ],
  },
  {
    key: 'governance',
    category: 'governance',
    name: ['基层政权阵地建设', 'grassroots government facilities'],
    summary: ['加强基层政权阵地建设。', 'Strengthen the facilities of grassroots government.'],
  },
  {
    key: 'industry-agriculture',
    category: 'industry-agriculture',
    name: ['现代农业与特色产业', 'modern farming and special industries'],
    summary: [
      '扶持建设现代农业示范区和特色农牧产业带,推广现代农业技术和良种良苗良畜,扶持发展特色种养业;扶持发展民族手工业等特色产业,支持边境贸易发展和市场体系建设。',
      'Support modern-agriculture demonstration zones and farming-and-herding belts, modern techniques and improved seeds, seedlings and breeds; ethnic handicrafts and other special industries, border trade and markets.',
    ],
  },
  {
    key: 'education',
    category: 'education',
    name: ['寄宿制学校与双语教育', 'boarding schools and bilingual education'],
    summary: [
      '重点支持中小学寄宿制学校、职业学校和“双语”师资培训基地、“双语”幼儿园建设,完善配套教学设施,资助贫困学生完成学业。',
      'Support boarding primary and secondary schools, vocational schools, bilingual teacher-training bases and bilingual kindergartens, their teaching facilities, and grants for poor pupils.',
    ],
  },
  {
    key: 'health',
    category: 'health',
    name: ['三级医疗卫生服务体系', 'three-tier health care'],
    summary: [
      '结对帮助当地建设县乡村三级医疗卫生服务体系和远程医学会诊教育点,加快卫生人才培养,协助开展地方病、常见病的检查、预防和治疗。',
      'Through pairing, help build the county–township–village health service and tele-medicine points, train health staff, and help screen, prevent and treat endemic and common diseases.',
    ],
  },
  {
    key: 'culture-science',
    category: 'culture-science',
    name: ['科普与文化体育设施', 'science, culture and sports facilities'],
    summary: [
      '支持推进科普基地、综合文化活动中心、乡镇综合文化站、村(社区)文化活动室建设,援建群众性体育活动场所与设施,推广农牧民致富科技项目。',
      'Support science bases, cultural centres, township culture stations and village culture rooms, public sports grounds, and technology projects that raise farmers\' and herders\' incomes.',
    ],
  },
  {
    key: 'infrastructure',
    category: 'infrastructure',
    name: ['城镇基础设施与城市管理', 'town infrastructure and management'],
    summary: [
      '援建一批城镇基础设施项目,协助推进综合整治工作,帮助完善相关管理制度,提高城市管理水平。',
      'Build town infrastructure, help with comprehensive clean-up work and management rules, and raise the standard of town management.',
    ],
  },
  {
    key: 'tourism',
    category: 'tourism',
    name: ['高原旅游', 'plateau tourism'],
    summary: [
      '援建旅游基础设施,扶持发展高原旅游、乡村旅游和传统文化旅游。',
      'Build tourism infrastructure and support plateau, rural and traditional-culture tourism.',
    ],
  },
  {
    key: 'ecology',
    category: 'ecology',
    name: ['环境保护和生态建设', 'environment and ecology'],
    summary: ['帮助当地加强环境保护和生态建设。', 'Help strengthen environmental protection and ecological work.'],
  },
], XIGAZE_COUNTIES_SOURCE)

const golog = tasks('golog', ['632600'], 'plan 4.1 Golog', ['青海果洛州', 'Golog'], [
  {
    key: 'livelihood',
    category: 'livelihood',
    name: ['生态移民安居', 'housing for ecological migrants'],
    summary: [
      '试点推进一批生态移民安居(定居)项目,援建配套基础设施。',
      'Pilot housing (settlement) projects for ecological migrants, with their supporting infrastructure.',
    ],
  },
  {
    key: 'industry-agriculture',
    category: 'industry-agriculture',
    name: ['特色优势产业', 'special industries'],
    summary: ['支持发展特色优势产业,帮助农牧民增加收入。', 'Support distinctive industries and raise the incomes of farmers and herders.'],
  },
  {
    key: 'human-resources',
    category: 'human-resources',
    name: ['移民劳务培训与来沪就学就业', 'migrant job training, study and work in Shanghai'],
    summary: [
      '探索开展生态移民劳务输出培训,招收移民子女来沪就学就业、转移安置。',
      'Try out job training for ecological migrants who will work elsewhere, and take migrants\' children to study and work in Shanghai.',
    ],
  },
  {
    key: 'infrastructure',
    category: 'infrastructure',
    name: ['基础设施和公共服务', 'infrastructure and public services'],
    summary: [
      '以州、县为重点,先行试点,逐步推开,援建一批基础设施和科教文卫、社会保障等公共服务项目,配合推进基本公共服务均等化。',
      'Starting with pilots at prefecture and county seats, build infrastructure and public services in science, education, culture, health and social security, towards equal basic public services.',
    ],
  },
  {
    key: 'governance',
    category: 'governance',
    name: ['基层组织建设', 'grassroots organisations'],
    summary: ['援建一批基层组织建设等公共服务项目。', 'Build public-service projects including those for grassroots organisations.'],
  },
  {
    key: 'education',
    category: 'education',
    name: ['双语教育和职业教育', 'bilingual and vocational education'],
    summary: [
      '扶持双语教育和职业教育,帮助提高综合素质、就业能力和生产技能。',
      'Support bilingual and vocational education, raising skills, employability and working ability.',
    ],
  },
  {
    key: 'tourism',
    category: 'tourism',
    name: ['高原特色旅游与格萨尔文化', 'plateau tourism and Gesar culture'],
    summary: [
      '帮助完善旅游基础设施,打造高原特色旅游产品,宣传和推介当地格萨尔传统文化,开发旅游产业和其他特色资源产业。',
      'Improve tourism infrastructure, create plateau tourism products, promote the local Gesar tradition, and develop tourism and other resource industries.',
    ],
  },
])

const yunnan = tasks('yunnan-4-prefectures', YUNNAN_4, 'plan 4.1 Yunnan', ['云南四州市', 'Yunnan four prefectures'], [
  {
    key: 'livelihood',
    category: 'livelihood',
    name: ['整村推进与集中连片扶贫', 'whole-village and contiguous-area poverty relief'],
    summary: [
      '坚持“整乡规划、整村推进、连片开发”等思路,以革命老区、民族地区、边境一线和连片贫困地区为重点,配合当地政府有序推进集中连片扶贫开发工作;研究解决“五保”对象供养问题。',
      'Plan whole townships, develop whole villages and contiguous areas; focusing on old revolutionary bases, ethnic areas, the border and contiguous poor areas, help local governments with area-wide poverty relief; study support for "five guarantees" households.',
    ],
  },
  {
    key: 'education',
    category: 'education',
    name: ['中心学校和寄宿制学校', 'central and boarding schools'],
    summary: [
      '支持集中办学,继续援建规范化中心学校,帮助改善寄宿制学校办学条件,资助贫困家庭学生完成学业。',
      'Support consolidated schooling: more standard central schools, better boarding schools, and grants for pupils from poor families.',
    ],
  },
  {
    key: 'health',
    category: 'health',
    name: ['标准化卫生院与结对帮带', 'standard clinics and paired institutions'],
    summary: [
      '继续援建标准化卫生院以及其它公共服务设施,推进两地教育卫生机构结对帮带向艰苦地区倾斜延伸。',
      'Keep building standard township clinics and other public facilities, and extend the pairing of schools and hospitals of both places to the hardest areas.',
    ],
  },
  {
    key: 'culture-science',
    category: 'culture-science',
    name: ['科技服务站和文化活动室', 'technology stations and culture rooms'],
    summary: ['继续援建科技服务站、文化活动室。', 'Keep building technology service stations and culture rooms.'],
  },
  {
    key: 'industry-agriculture',
    category: 'industry-agriculture',
    name: ['产业帮扶', 'industry support'],
    summary: [
      '进一步完善产业帮扶长效机制,逐步提升产业帮扶资金援助比重,帮助打造一批以种养业和农副产品加工、商品流通为重点的产业片区及标准化生产基地,协助做强生物产业。',
      'Strengthen long-term industry support and raise its share of aid; build industrial areas and standard production bases for farming, food processing and trade, and help grow the biological industry.',
    ],
  },
  {
    key: 'tourism',
    category: 'tourism',
    name: ['旅游产业', 'tourism'],
    summary: ['协助做强旅游产业。', 'Help strengthen the tourism industry.'],
  },
  {
    key: 'human-resources',
    category: 'human-resources',
    name: ['致富带头人与合作社', 'village leaders and cooperatives'],
    summary: [
      '继续帮助培育农村致富带头人,探索集体经济有效实现形式,壮大农民专业合作社和农产品经纪人队伍。',
      'Keep training village leaders in getting rich, explore forms of collective economy, and grow farmers\' cooperatives and produce brokers.',
    ],
  },
])

const yunnanSpecial: Draft[] = [
  {
    id: 'aid-diqing-2011-2015',
    layer: 'aid',
    name: { zh: '迪庆藏区:加大帮扶力度', en: 'Diqing Tibetan area: more support' },
    category: 'overall',
    status: 'planned',
    years: [2011, 2015],
    regions: ['533400'],
    metrics: {},
    source: { ref: 'plan 4.1 Yunnan' },
    summary: { zh: '进一步加大对迪庆藏区的帮扶支持力度。', en: 'Further increase support for the Tibetan area of Diqing.' },
  },
  {
    id: 'aid-gongshan-derung-2011-2015',
    layer: 'aid',
    name: { zh: '怒江贡山独龙族帮扶', en: 'Support for the Derung people, Gongshan (Nujiang)' },
    category: 'livelihood',
    status: 'planned',
    years: [2011, 2015],
    regions: ['533324'],
    metrics: {},
    source: { ref: 'plan 4.1 Yunnan' },
    summary: {
      zh: '合力推进怒江贡山独龙族等人口较少民族帮扶工作,完成独龙族等人口较少民族帮扶任务。',
      en: 'Join in supporting the Derung and other small ethnic groups of Gongshan, Nujiang, and complete the support task for them.',
    },
  },
  {
    id: 'aid-yunnan-special-groups-2011-2015',
    layer: 'aid',
    name: { zh: '富宁山瑶、澜沧拉祜族、西盟佤族等特困群体帮扶', en: 'Support for very poor groups: Yao of Funing, Lahu of Lancang, Va of Ximeng' },
    category: 'livelihood',
    status: 'planned',
    years: [2011, 2015],
    regions: ['532628', '530828', '530829'],
    metrics: {},
    source: { ref: 'plan 4.1 Yunnan' },
    summary: {
      zh: '积极参与文山富宁山瑶族支系,普洱澜沧拉祜族、西盟佤族等特困群体的帮扶工作。',
      en: 'Take part in supporting very poor groups: the Mountain Yao of Funing (Wenshan), the Lahu of Lancang and the Va of Ximeng (Pu\'er).',
    },
  },
]

const threeGorges = tasks('three-gorges', THREE_GORGES, 'plan 4.1 Three Gorges', ['三峡库区', 'Three Gorges area'], [
  {
    key: 'livelihood',
    category: 'livelihood',
    name: ['新农村建设', 'new countryside'],
    summary: [
      '按照“科学编制一个整乡发展规划,援建一个公共服务中心,扶持一个主导产业,培育一批致富带头人,帮助建设一个相对集中生活区”的标准,帮助当地推进新农村建设,配套发展种植、养殖业,提高收入水平。',
      'Build the new countryside to a standard: one township development plan, one public-service centre, one leading industry, a group of village leaders and one compact living area per township, with crop and livestock farming to raise incomes.',
    ],
  },
  {
    key: 'industry-agriculture',
    category: 'industry-agriculture',
    name: ['移民就业基地与产业转移', 'employment bases and industry transfer'],
    summary: [
      '继续援建三峡移民就业基地,深化工业园区对接,推进上海及长三角地区产业向库区转移,发展优势产业。',
      'Keep building employment bases for Three Gorges migrants, link industrial parks, move industry from Shanghai and the Delta to the reservoir area, and develop strong industries.',
    ],
  },
  {
    key: 'tourism',
    category: 'tourism',
    name: ['旅游等特色资源', 'tourism and other resources'],
    summary: ['帮助库区开发旅游等特色资源。', 'Help the reservoir area develop tourism and other distinctive resources.'],
  },
  {
    key: 'human-resources',
    category: 'human-resources',
    name: ['移民就业与劳务培训', 'migrant jobs and skills training'],
    summary: [
      '协助推进三峡地区移民就业安置,协助完善劳动技能培训中心设施与功能,推进劳务培训,促进就地、就近和异地就业。',
      'Help find jobs for Three Gorges migrants, improve skills-training centres and training, and promote work locally, nearby and elsewhere.',
    ],
  },
])

const dujiangyan = tasks('dujiangyan', DUJIANGYAN, 'plan 4.1 Dujiangyan', ['四川都江堰市', 'Dujiangyan'], [
  {
    key: 'follow-up',
    category: 'reconstruction',
    name: ['援建项目后续运行管理', 'running the rebuilt projects'],
    summary: [
      '建立对口合作长效机制,协助当地加强援建项目后续运行管理,提高利用效益。',
      'Set up lasting cooperation and help manage the rebuilt projects so they are well used.',
    ],
  },
  {
    key: 'industry-agriculture',
    category: 'industry-agriculture',
    name: ['农业、工业、商贸交流合作', 'farming, industry and trade'],
    summary: ['重点推进两地农业、工业、商贸等方面的交流合作。', 'Promote exchange and cooperation in farming, industry and trade.'],
  },
  {
    key: 'culture-science',
    category: 'culture-science',
    name: ['科技交流合作', 'science and technology'],
    summary: ['重点推进两地科技方面的交流合作。', 'Promote exchange and cooperation in science and technology.'],
  },
  {
    key: 'tourism',
    category: 'tourism',
    name: ['旅游交流合作', 'tourism'],
    summary: ['重点推进两地旅游方面的交流合作。', 'Promote exchange and cooperation in tourism.'],
  },
  {
    key: 'human-resources',
    category: 'human-resources',
    name: ['人力资源开发', 'human resources'],
    summary: ['重点推进两地人力资源开发方面的交流合作。', 'Promote exchange and cooperation in developing human resources.'],
  },
  {
    key: 'governance',
    category: 'governance',
    name: ['社区管理', 'community management'],
    summary: ['重点推进两地社区管理方面的交流合作。', 'Promote exchange and cooperation in community management.'],
  },
])

/** 四(一)'s closing list: work in all supported regions. */
const allRegions = tasks('all-regions', TASK_REGIONS, 'plan 4.1 all regions', ['各对口地区', 'All supported regions'], [
  {
    key: 'human-resources',
    category: 'human-resources',
    name: ['开发人力资源', 'human resources'],
    summary: [
      '拓展上海远程网覆盖范围,开展普及性教育培训;帮助完善职业教育基础设施,培训职业教育师资;结对培养管理干部和专业技术人才;选派党政干部、专业技术人才、青年志愿者赴当地挂职、开展志愿服务。',
      'Extend Shanghai\'s distance-learning network; help with vocational-school facilities and teachers; train managers and specialists through pairing; send officials, specialists and young volunteers on postings and volunteer work.',
    ],
  },
  {
    key: 'investment-promotion',
    category: 'economic-cooperation',
    name: ['加强招商引资', 'investment promotion'],
    summary: [
      '协助对口地区在本市设立招商联络点,搭建招商引资平台;配合举办经贸展会和招商推介活动,组织上海企业对接;跟踪投资合作项目,督促项目落地。',
      'Help the regions set up investment liaison points in Shanghai and a promotion platform; co-host fairs and promotions, match Shanghai firms, and follow signed projects until they are built.',
    ],
  },
  {
    key: 'enrolment',
    category: 'education',
    name: ['适度扩大招生规模', 'more student places'],
    summary: [
      '在教育部扩招计划内,适度扩大本市高校、内地新疆高中班、内地西藏班和中职学校在对口地区的招生规模;推进中职学校联合招生合作办学。',
      'Within the Ministry of Education\'s quotas, enrol more students from the regions in Shanghai universities, inland Xinjiang and Tibet classes and vocational schools, and run vocational schools jointly.',
    ],
  },
  {
    key: 'recruitment',
    category: 'human-resources',
    name: ['加大定向招工力度', 'targeted recruitment'],
    summary: [
      '完善劳务输出合作对接机制,鼓励上海企业和劳动服务中介机构提供岗位、招收对口地区高校毕业生来沪就业;重点帮助新疆、西藏等在沪就读少数民族学生就业。',
      'Match labour supply with Shanghai employers, encourage firms and agencies to hire graduates from the regions, and above all help ethnic-minority students from Xinjiang and Tibet studying in Shanghai find jobs.',
    ],
  },
  {
    key: 'farm-produce-markets',
    category: 'industry-agriculture',
    name: ['开拓农特产品市场', 'markets for farm produce'],
    summary: [
      '搭建农副产品展会展销平台和电子商务平台,支持对口地区农业龙头企业在沪设立直销点、专营点,帮助农特产品进入上海销售主渠道。',
      'Build fair and e-commerce platforms, support leading farm firms of the regions in opening outlets in Shanghai, and get their produce into Shanghai\'s main sales channels.',
    ],
  },
])

export const aidTasks: Draft[] = [...kashgar, ...xigaze, ...golog, ...yunnan, ...yunnanSpecial, ...threeGorges, ...dujiangyan, ...allRegions]
