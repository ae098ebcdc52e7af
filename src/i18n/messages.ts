// Every visible string of the atlas, Chinese first, English beside it.
export const messages = {
  zh: {
    app: {
      title: '上海对口支援与合作交流地图',
      subtitle: '2006–2015',
      language: '语言',
      switchTo: 'English',
      loading: '正在载入地图…',
      loadError: '载入失败：{detail}',
      home: '回到全国视图',
    },
    summary: {
      line: '{when}年：显示 {count} 条记录，涉及 {regions} 个地区', sep: '；', same: '与上一年相同',
      more: '比上一年多 {n} 条', fewer: '比上一年少 {n} 条',
    },
    kiosk: { progress: '导览进度', visitor: '您正在浏览 · 闲置片刻后导览自动继续' },
    map: {
      label: '中国地图：上海对口支援与合作交流',
      inset: '南海诸岛',
      insetLabel: '南海诸岛插图',
      scaleKm: '{n} 公里', scaleM: '{n} 米', scaleLabel: '比例尺：{label}', scaleNote: '（沿地图中线量算）',
      shanghai: '上海',
      attribution: '底图：Natural Earth；echarts 4.9.0 地图数据（源自高德）；world-atlas',
    },
    time: {
      label: '时间', year: '年份', start: '起始年份', end: '结束年份', play: '▶ 播放', pause: '❚❚ 暂停',
      loop: '循环', speed: '速度', span: '时段', active: '当年在建', cumulative: '截至当年累计',
      periods: { p11: '十一五 回顾', p12: '十二五 规划' }, periodsLabel: '规划时期', periodNow: '当前时期：{name}',
      periodPick: '选择{name}（{from}–{to}年）为时段', periodStatus: { achieved: '已完成', planned: '规划' },
    },
    layers: {
      aid: '对口支援项目', park: '共建园区', waterway: '长江航道工程', office: '驻外办事处', coverage: '办事处联系区域', cooperation: '区域合作',
    },
    status: { achieved: '已完成', planned: '规划', ongoing: '在建' },
    category: {
      livelihood: '民生安居', education: '教育', health: '卫生', 'culture-science': '文化科技', 'industry-agriculture': '产业农业',
      infrastructure: '基础设施', tourism: '旅游', ecology: '生态', 'human-resources': '人力资源', governance: '基层组织',
      reconstruction: '灾后重建', overall: '总体', 'economic-cooperation': '经济合作', pairing: '结对',
      'industrial-park': '工业园区', 'agricultural-base': '农业基地', 'employment-base': '就业基地', farm: '农场', 'demonstration-zone': '示范区',
      channel: '航道治理', port: '港口', 'ship-standard': '船型标准化', 'hub-city': '枢纽城市', 'lock-dam': '船闸', logistics: '物流',
      'liaison-office': '办事处', 'liaison-region': '联系区域',
      'regional-agreement': '区域协议', 'city-council': '长三角城市经济协调会', exchange: '合作交流', donation: '捐赠', 'enterprise-service': '服务企业',
    },
    legend: {
      title: '图例', aidLow: '较少：{value}', aidHigh: '较多：{value}', plannedArea: '规划（2011–2015）', noFigure: '有记录、无数字', plannedNoFigure: '规划任务（无数字）',
      symbolSize: '圆的面积表示数值', plannedRing: '空心圆：规划', depth: '水深 {value} 米', joined: '{value} 年加入', metric: '按',
      arcAchieved: '上海→受援省区，已完成（每省一条）', arcPlanned: '上海→受援省区，规划（每省一条）',
      office: '办事处（圆点颜色同其联系区域）', coverageTint: '联系区域：按所属办事处着色', collapse: '收起{name}图例', expand: '展开{name}图例', funds: '资金', projects: '项目数',
    },
    filters: {
      title: '筛选', layers: '图层', categories: '类别', status: '状态', region: '地区', allRegions: '全部地区',
      clear: '清除全部', shown: '显示 {shown} / {total} 条记录', province: '省级', prefecture: '地市级', county: '县级',
      filterHere: '只看 {name}', none: '（无）',
    },
    panel: {
      close: '关闭', years: '年份', status: '状态', category: '类别', regions: '地区', source: '来源', confidence: '可信度',
      confirmed: '已证实', weak: '单一弱来源', summary: '摘要', figures: '数字', open: '查看来源网页', noFigures: '本记录无数字',
      region: '地区', records: '{n} 条记录', moreThan: '超过', statedSpan: '数字所涵盖年份', joined: '加入年份', alsoHere: '同一地区另有 {n} 条记录', labelled: '{label}：{value}', parenthesised: '（{value}）',
      regionPoint: '位置为所属地区的代表点，不是项目实际地点。', schematic: '线路为示意，不是实测航道。',
    },
    metric: {
      fundsCny: '资金', agreementFundsCny: '协议资金', investmentCny: '总投资', intentionFundsCny: '合作意向', valueCny: '捐赠款物',
      registeredCapitalCny: '注册资本', projects: '项目', cooperationProjects: '合作项目', agreements: '协议', events: '活动', topics: '专题',
      people: '人次', cadres: '干部', houses: '住房', households: '户数', enterprises: '企业', members: '成员', membersBefore: '原有成员',
      provinces: '省区市', berths: '泊位', areaKm2: '面积', depthM: '水深', lengthKm: '长度', quayLengthM: '岸线长度',
      capacityTeu: '设计能力', throughputTeu: '吞吐量', tonnageT: '平均吨位',
    },
    figures: {
      kind: { aid: '对口支援', reconstruction: '灾后重建' },
      ofWhich: '其中：{kind}', partsSep: '；',
      joint: '{names}（共同数字）', jointNote: '用“+”连接的地区：来源为它们合计给出一个数字，只列一次，不分别计入各地区。',
      partsNote: '合计分列其组成：规划把灾后重建与对口支援分开统计。',
    },
    workspace: {
      open: '分析工作台', close: '关闭工作台', title: '分析工作台',
      tabs: { charts: '图表', table: '表格', search: '搜索', dossier: '地区档案', compare: '时段对比', export: '导出', import: '导入' },
      charts: {
        byRegion: '各地区对口支援（{span}）', funds: '资金', projects: '项目数', perYear: '各年记录数（按图层）',
        brushHint: '在图上拖动选择时段，点击选择年份', split: '已完成与规划', noData: '当前筛选下没有对口支援记录',
        regionBar: '{name}：{value}。点击只看该地区', yearBar: '{year}年：{n} 条记录', statusBar: '{status}：{n} 条记录，{funds}',
        up: '返回上一级', recordsN: '{n} 条记录', current: '当前',
      },
      table: {
        name: '名称', layer: '图层', years: '年份', regions: '地区', funds: '资金', projects: '项目', status: '状态', source: '来源',
        count: '{n} 条记录（与地图一致）', sortBy: '按“{col}”排序', user: '我的',
      },
      search: { label: '搜索地点或记录', placeholder: '地名或项目名，中文或英文', none: '没有结果', place: '地点', record: '记录' },
      dossier: {
        title: '地区档案', choose: '地区', useFilter: '用筛选中的地区', print: '打印', periods: '分期对口支援', records: '{n} 条记录',
        wider: '另有 {n} 条记录的数字属于更大范围或多个地区，列出但未计入', parks: '共建园区', waterway: '长江航道工程', offices: '联系办事处（逐年）',
        council: '长三角城市经济协调会', cooperation: '区域合作', byYear: '逐年记录', none: '无', joinedIn: '{year}年加入', empty: '请选择一个省、地市或县',
        noFigure: '无数字', crossing: '跨越两个时段的数字，单列',
      },
      compare: {
        periodA: '时段 A', periodB: '时段 B', reset: '2006–2010 对比 2011–2015', sideBySide: '并列', difference: '差值',
        byLayer: '按图层', byProvince: '按省区', key: '分组', records: '记录', funds: '资金', projects: '项目', change: '变化（B − A）', crossing: '{n} 条记录的数字跨越所比时段：计入记录数，未计入资金和项目',
      },
      export: {
        csv: '导出 CSV', geojson: '导出 GeoJSON', png: '导出 PNG 图片', webm: '录制播放视频（WebM）', cancel: '取消录制',
        progress: '录制进度', recording: '正在录制 {year} 年…', done: '已下载 {file}', failed: '导出失败：{detail}', unsupported: '此浏览器不能录制视频',
        rows: '导出当前显示的 {n} 条记录', source: '来源：上海市对口支援与合作交流“十二五”规划及研究资料；底图 Natural Earth、echarts 地图数据',
        filters: '筛选：{text}', noFilters: '无筛选', year: '{year}',
      },
      import: {
        drop: '把 GeoJSON 或 CSV 文件拖到这里', pick: '选择文件', problems: '{file}：{n} 个问题，未载入任何记录', loaded: '已载入 {file}：{n} 条记录',
        files: '我的图层', remove: '移除', row: '第 {n} 行', feature: '要素', file: '文件',
        help: 'CSV 列与导出相同：id、layer、name_zh、name_en、category、status、year_start、year_end、regions（GB/T 2260 代码）、lon、lat、数字列、source_ref；没有 lon/lat 时用地区代表点。',
      },
    },
  },
  en: {
    app: {
      title: 'Shanghai Cooperation Atlas',
      subtitle: '2006–2015',
      language: 'Language',
      switchTo: '中文',
      loading: 'Loading the map…',
      loadError: 'Failed to load: {detail}',
      home: 'Back to all of China',
    },
    summary: {
      line: '{when}: {count} records in {regions} regions', sep: '; ', same: 'as many as the year before',
      more: '{n} more than the year before', fewer: '{n} fewer than the year before',
    },
    kiosk: { progress: 'Tour progress', visitor: 'You are exploring · the tour resumes when you leave it idle' },
    map: {
      label: 'Map of China: Shanghai counterpart support and cooperation',
      inset: 'South China Sea Islands',
      insetLabel: 'South China Sea islands inset',
      scaleKm: '{n} km', scaleM: '{n} m', scaleLabel: 'Scale: {label}', scaleNote: "(along the map's centre line)",
      shanghai: 'Shanghai',
      attribution: 'Basemap: Natural Earth; echarts 4.9.0 map data (AMap-derived); world-atlas',
    },
    time: {
      label: 'Time', year: 'Year', start: 'First year', end: 'Last year', play: '▶ Play', pause: '❚❚ Pause',
      loop: 'Loop', speed: 'Speed', span: 'Span', active: 'Active in the year', cumulative: 'Cumulative to the year',
      periods: { p11: '11th Five-Year Plan · review', p12: '12th Five-Year Plan · plan' }, periodsLabel: 'Plan periods', periodNow: 'Period: {name}',
      periodPick: 'Select {name} ({from}–{to}) as the span', periodStatus: { achieved: 'achieved', planned: 'planned' },
    },
    layers: {
      aid: 'Aid projects', park: 'Co-built parks', waterway: 'Yangtze waterway works', office: 'Liaison offices', coverage: 'Office regions', cooperation: 'Regional cooperation',
    },
    status: { achieved: 'Achieved', planned: 'Planned', ongoing: 'Ongoing' },
    category: {
      livelihood: 'Livelihood & housing', education: 'Education', health: 'Health', 'culture-science': 'Culture & science', 'industry-agriculture': 'Industry & agriculture',
      infrastructure: 'Infrastructure', tourism: 'Tourism', ecology: 'Ecology', 'human-resources': 'Human resources', governance: 'Grassroots governance',
      reconstruction: 'Reconstruction', overall: 'Overall', 'economic-cooperation': 'Economic cooperation', pairing: 'Pairing',
      'industrial-park': 'Industrial park', 'agricultural-base': 'Agricultural base', 'employment-base': 'Employment base', farm: 'Farm', 'demonstration-zone': 'Demonstration zone',
      channel: 'Channel works', port: 'Port', 'ship-standard': 'Ship standardisation', 'hub-city': 'Hub city', 'lock-dam': 'Lock & dam', logistics: 'Logistics',
      'liaison-office': 'Liaison office', 'liaison-region': 'Liaison region',
      'regional-agreement': 'Regional agreement', 'city-council': 'Yangtze Delta city council', exchange: 'Exchange', donation: 'Donation', 'enterprise-service': 'Enterprise services',
    },
    legend: {
      title: 'Legend', aidLow: 'Less: {value}', aidHigh: 'More: {value}', plannedArea: 'Planned (2011–2015)', noFigure: 'Record without a figure', plannedNoFigure: 'Planned task (no figure)',
      symbolSize: 'Circle area shows the value', plannedRing: 'Hollow circle: planned', depth: 'Depth {value} m', joined: 'Joined {value}', metric: 'By',
      arcAchieved: 'Shanghai → recipient province, achieved (one per province)', arcPlanned: 'Shanghai → recipient province, planned (one per province)',
      office: 'Liaison office (dot coloured as its regions)', coverageTint: 'Office region: tinted by its office', collapse: 'Hide the {name} legend', expand: 'Show the {name} legend', funds: 'Funds', projects: 'Projects',
    },
    filters: {
      title: 'Filters', layers: 'Layers', categories: 'Categories', status: 'Status', region: 'Region', allRegions: 'All regions',
      clear: 'Clear all', shown: 'Showing {shown} of {total} records', province: 'Province', prefecture: 'Prefecture', county: 'County',
      filterHere: 'Only {name}', none: '(none)',
    },
    panel: {
      close: 'Close', years: 'Years', status: 'Status', category: 'Category', regions: 'Regions', source: 'Source', confidence: 'Confidence',
      confirmed: 'Confirmed', weak: 'Single weak source', summary: 'Summary', figures: 'Figures', open: 'Open the source page', noFigures: 'No figures in this record',
      region: 'Region', records: '{n} records', moreThan: 'more than', statedSpan: 'Years the figures cover', joined: 'Joined', alsoHere: '{n} more records for the same area', labelled: '{label}: {value}', parenthesised: ' ({value})',
      regionPoint: 'The point stands for the region, not the site of the work.', schematic: 'The line is schematic, not the surveyed channel.',
    },
    metric: {
      fundsCny: 'Funds', agreementFundsCny: 'Agreed funds', investmentCny: 'Investment', intentionFundsCny: 'Intentions', valueCny: 'Donations',
      registeredCapitalCny: 'Registered capital', projects: 'Projects', cooperationProjects: 'Cooperation projects', agreements: 'Agreements', events: 'Events', topics: 'Topics',
      people: 'Person-times', cadres: 'Cadres', houses: 'Houses', households: 'Households', enterprises: 'Enterprises', members: 'Members', membersBefore: 'Members before',
      provinces: 'Provinces', berths: 'Berths', areaKm2: 'Area', depthM: 'Depth', lengthKm: 'Length', quayLengthM: 'Quay length',
      capacityTeu: 'Capacity', throughputTeu: 'Throughput', tonnageT: 'Average tonnage',
    },
    figures: {
      kind: { aid: 'Counterpart aid', reconstruction: 'Post-disaster reconstruction' },
      ofWhich: 'of which: {kind}', partsSep: '; ',
      joint: '{names} (joint figure)', jointNote: 'Regions joined by “+”: the source states one figure for them together; it is listed once, never credited to each.',
      partsNote: 'Sums list their parts: the plan counts post-disaster reconstruction apart from counterpart aid.',
    },
    workspace: {
      open: 'Analyst workspace', close: 'Close the workspace', title: 'Analyst workspace',
      tabs: { charts: 'Charts', table: 'Table', search: 'Search', dossier: 'Region dossier', compare: 'Compare', export: 'Export', import: 'Import' },
      charts: {
        byRegion: 'Aid by region ({span})', funds: 'Funds', projects: 'Projects', perYear: 'Records per year by layer',
        brushHint: 'Drag across the chart to choose a span, click to choose a year', split: 'Achieved and planned', noData: 'No aid records under the current filters',
        regionBar: '{name}: {value}. Click to show only this region', yearBar: '{year}: {n} records', statusBar: '{status}: {n} records, {funds}',
        up: 'Up one level', recordsN: '{n} records', current: 'current',
      },
      table: {
        name: 'Name', layer: 'Layer', years: 'Years', regions: 'Regions', funds: 'Funds', projects: 'Projects', status: 'Status', source: 'Source',
        count: '{n} records (as on the map)', sortBy: 'Sort by {col}', user: 'mine',
      },
      search: { label: 'Search places or records', placeholder: 'A place or a record, in Chinese or English', none: 'No results', place: 'Place', record: 'Record' },
      dossier: {
        title: 'Region dossier', choose: 'Region', useFilter: 'Use the filtered region', print: 'Print', periods: 'Aid by period', records: '{n} records',
        wider: '{n} more records have figures for a wider area or several regions: listed, not added', parks: 'Co-built parks', waterway: 'Yangtze waterway works', offices: 'Liaison office (by year)',
        council: 'Yangtze Delta city council', cooperation: 'Regional cooperation', byYear: 'Records by year', none: 'none', joinedIn: 'joined {year}', empty: 'Choose a province, prefecture or county',
        noFigure: 'no figure', crossing: 'a figure across both periods, shown apart',
      },
      compare: {
        periodA: 'Period A', periodB: 'Period B', reset: '2006–2010 against 2011–2015', sideBySide: 'Side by side', difference: 'Difference',
        byLayer: 'By layer', byProvince: 'By province', key: 'Group', records: 'Records', funds: 'Funds', projects: 'Projects', change: 'Change (B − A)', crossing: '{n} records have figures that cross the periods: counted as records, their figures not added',
      },
      export: {
        csv: 'Export CSV', geojson: 'Export GeoJSON', png: 'Export PNG image', webm: 'Record the playback (WebM)', cancel: 'Cancel recording',
        progress: 'Recording progress', recording: 'Recording {year}…', done: 'Downloaded {file}', failed: 'Export failed: {detail}', unsupported: 'This browser cannot record video',
        rows: 'Exports the {n} records shown', source: 'Source: Shanghai counterpart support and cooperation plan 2011–2015 and researched facts; basemap Natural Earth, echarts map data',
        filters: 'Filters: {text}', noFilters: 'no filters', year: '{year}',
      },
      import: {
        drop: 'Drop a GeoJSON or CSV file here', pick: 'Choose a file', problems: '{file}: {n} problems; no record was loaded', loaded: 'Loaded {file}: {n} records',
        files: 'My layers', remove: 'Remove', row: 'row {n}', feature: 'feature', file: 'file',
        help: 'CSV columns as in the export: id, layer, name_zh, name_en, category, status, year_start, year_end, regions (GB/T 2260 codes), lon, lat, figure columns, source_ref; without lon/lat the region’s label point is used.',
      },
    },
  },
} as const

export type Locale = keyof typeof messages
export const LOCALES: readonly Locale[] = ['zh', 'en']
