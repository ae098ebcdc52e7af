// English names: a hand-written table (keyed by GB/T 2260 code) for the provinces and the places the
// story uses; everything else gets a pinyin fallback with the administrative suffix translated.
import { pinyin } from 'pinyin-pro'

export const NAMES_EN = {
  // provinces
  110000: 'Beijing', 120000: 'Tianjin', 130000: 'Hebei', 140000: 'Shanxi', 150000: 'Inner Mongolia',
  210000: 'Liaoning', 220000: 'Jilin', 230000: 'Heilongjiang', 310000: 'Shanghai', 320000: 'Jiangsu',
  330000: 'Zhejiang', 340000: 'Anhui', 350000: 'Fujian', 360000: 'Jiangxi', 370000: 'Shandong',
  410000: 'Henan', 420000: 'Hubei', 430000: 'Hunan', 440000: 'Guangdong', 450000: 'Guangxi',
  460000: 'Hainan', 500000: 'Chongqing', 510000: 'Sichuan', 520000: 'Guizhou', 530000: 'Yunnan',
  540000: 'Xizang (Tibet)', 610000: 'Shaanxi', 620000: 'Gansu', 630000: 'Qinghai', 640000: 'Ningxia',
  650000: 'Xinjiang', 710000: 'Taiwan', 810000: 'Hong Kong', 820000: 'Macao',
  // paired prefectures and story places
  653100: 'Kashgar', 652900: 'Aksu', 540200: 'Xigaze', 632600: 'Golog', 532600: 'Wenshan',
  532500: 'Honghe', 530800: "Pu'er", 533400: 'Diqing', 533300: 'Nujiang', 500101: 'Wanzhou',
  420500: 'Yichang', 420506: 'Yiling', 510181: 'Dujiangyan', 510100: 'Chengdu',
  // Kashgar and Xigaze counties
  653130: 'Bachu', 653125: 'Shache (Yarkant)', 653124: 'Zepu (Poskam)', 653126: 'Yecheng (Kargilik)',
  653101: 'Kashi', 653131: 'Taxkorgan Tajik Autonomous County',
  540222: 'Gyantse', 540233: 'Yadong', 540224: "Sa'gya", 540225: 'Lhatse', 540223: 'Tingri',
  540202: 'Samzhubzê District',
  // Golog counties
  632621: 'Maqên', 632623: 'Gadê', 632624: 'Darlag', 632622: 'Baima', 632625: 'Jigzhi', 632626: 'Madoi',
  // Yunnan counties
  532628: 'Funing', 530828: 'Lancang', 530829: 'Ximeng', 533324: 'Gongshan',
  // Yangtze River Delta: Jiangsu, Zhejiang, Anhui prefectures
  320100: 'Nanjing', 320200: 'Wuxi', 320300: 'Xuzhou', 320400: 'Changzhou', 320500: 'Suzhou',
  320600: 'Nantong', 320700: 'Lianyungang', 320800: "Huai'an", 320900: 'Yancheng', 321000: 'Yangzhou',
  321100: 'Zhenjiang', 321200: 'Taizhou (Jiangsu)', 321300: 'Suqian',
  330100: 'Hangzhou', 330200: 'Ningbo', 330300: 'Wenzhou', 330400: 'Jiaxing', 330500: 'Huzhou',
  330600: 'Shaoxing', 330700: 'Jinhua', 330800: 'Quzhou', 330900: 'Zhoushan', 331000: 'Taizhou (Zhejiang)',
  331100: 'Lishui',
  340100: 'Hefei', 340200: 'Wuhu', 340300: 'Bengbu', 340400: 'Huainan', 340500: "Ma'anshan",
  340600: 'Huaibei', 340700: 'Tongling', 340800: 'Anqing', 341000: 'Huangshan', 341100: 'Chuzhou',
  341200: 'Fuyang', 341300: 'Suzhou (Anhui)', 341500: "Lu'an", 341600: 'Bozhou', 341700: 'Chizhou',
  341800: 'Xuancheng',
  // Shanghai's 16 districts
  310101: 'Huangpu', 310104: 'Xuhui', 310105: 'Changning', 310106: "Jing'an", 310107: 'Putuo',
  310109: 'Hongkou', 310110: 'Yangpu', 310112: 'Minhang', 310113: 'Baoshan', 310114: 'Jiading',
  310115: 'Pudong', 310116: 'Jinshan', 310117: 'Songjiang', 310118: 'Qingpu', 310120: 'Fengxian',
  310151: 'Chongming',
  // cities with Shanghai liaison offices
  440100: 'Guangzhou', 440300: 'Shenzhen', 440400: 'Zhuhai', 420100: 'Wuhan', 540100: 'Lhasa',
  530100: 'Kunming', 650100: 'Urumqi', 350200: 'Xiamen', 460100: 'Haikou', 130300: 'Qinhuangdao',
  150100: 'Hohhot',
  // common exonyms of Xinjiang and Xizang prefectures (pinyin would be unrecognisable)
  650200: 'Karamay', 650400: 'Turpan', 650500: 'Hami', 652300: 'Changji Hui Autonomous Prefecture',
  652700: 'Bortala Mongol Autonomous Prefecture', 652800: 'Bayingolin Mongol Autonomous Prefecture',
  653000: 'Kizilsu Kirgiz Autonomous Prefecture', 653200: 'Hotan Prefecture',
  654000: 'Ili Kazakh Autonomous Prefecture', 654200: 'Tacheng Prefecture', 654300: 'Altay Prefecture',
  540300: 'Qamdo', 540400: 'Nyingchi', 540500: 'Shannan (Lhoka)', 540600: 'Nagqu', 542500: 'Ngari Prefecture',
  // Hong Kong districts and Macao parishes (official English names)
  810001: 'Central and Western', 810002: 'Wan Chai', 810003: 'Eastern', 810004: 'Southern',
  810005: 'Yau Tsim Mong', 810006: 'Sham Shui Po', 810007: 'Kowloon City', 810008: 'Wong Tai Sin',
  810009: 'Kwun Tong', 810010: 'Tsuen Wan', 810011: 'Tuen Mun', 810012: 'Yuen Long', 810013: 'North',
  810014: 'Tai Po', 810015: 'Sai Kung', 810016: 'Sha Tin', 810017: 'Kwai Tsing', 810018: 'Islands',
  820001: 'Our Lady of Fatima', 820002: 'St. Anthony', 820003: 'St. Lazarus', 820004: 'Cathedral (Sé)',
  820005: 'St. Lawrence', 820006: 'Our Lady of Carmel (Taipa)', 820007: 'Cotai', 820008: 'St. Francis Xavier (Coloane)',
}

// Ethnic groups in autonomous-unit names (longest first when matching).
const ETHNIC = {
  蒙古族: 'Mongol', 蒙古: 'Mongol', 回族: 'Hui', 藏族: 'Tibetan', 维吾尔: 'Uyghur', 苗族: 'Miao', 彝族: 'Yi',
  壮族: 'Zhuang', 布依族: 'Bouyei', 朝鲜族: 'Korean', 满族: 'Manchu', 侗族: 'Dong', 瑶族: 'Yao', 白族: 'Bai',
  土家族: 'Tujia', 哈尼族: 'Hani', 哈萨克: 'Kazakh', 傣族: 'Dai', 黎族: 'Li', 傈僳族: 'Lisu', 佤族: 'Va',
  畲族: 'She', 拉祜族: 'Lahu', 水族: 'Sui', 东乡族: 'Dongxiang', 纳西族: 'Naxi', 景颇族: 'Jingpo',
  柯尔克孜: 'Kirgiz', 土族: 'Tu', 达斡尔族: 'Daur', 仫佬族: 'Mulao', 羌族: 'Qiang', 布朗族: 'Blang',
  撒拉族: 'Salar', 毛南族: 'Maonan', 仡佬族: 'Gelao', 锡伯: 'Xibe', 普米族: 'Pumi', 塔吉克: 'Tajik',
  怒族: 'Nu', 鄂温克族: 'Ewenki', 保安族: 'Bonan', 裕固族: 'Yugur', 独龙族: 'Derung', 鄂伦春: 'Oroqen',
  各族: '',
}
const ETHNIC_KEYS = Object.keys(ETHNIC).sort((a, b) => b.length - a.length)

// Administrative suffixes, longest first.
const SUFFIX = [
  ['特别行政区', ' Special Administrative Region'], ['自治区', ' Autonomous Region'],
  ['自治州', ' Autonomous Prefecture'], ['自治县', ' Autonomous County'], ['自治旗', ' Autonomous Banner'],
  ['地区', ' Prefecture'], ['林区', ' Forestry District'], ['新区', ' New Area'], ['盟', ' League'],
  ['旗', ' Banner'], ['省', ''], ['市', ''], ['县', ' County'], ['区', ' District'],
]

/** Pinyin of a Chinese toponym stem, capitalised, with apostrophes before a/o/e syllables. */
export function toPinyin(stem) {
  const syl = pinyin(stem, { toneType: 'none', type: 'array', v: false })
  const s = syl.map((p, i) => (i > 0 && /^[aoe]/.test(p) ? `'${p}` : p)).join('')
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** Pinyin fallback: 楚雄彝族自治州 -> "Chuxiong Yi Autonomous Prefecture". Never empty. */
export function fallbackEn(zh) {
  let rest = zh
  let suffix = ''
  for (const [cn, en] of SUFFIX) {
    if (rest.endsWith(cn) && rest.length > cn.length) {
      rest = rest.slice(0, -cn.length)
      suffix = en
      break
    }
  }
  const ethnic = []
  if (suffix.includes('Autonomous')) {
    // peel ethnic-group names off the end: 镇沅彝族哈尼族拉祜族 -> 镇沅 + Yi Hani Lahu
    for (let changed = true; changed; ) {
      changed = false
      for (const k of ETHNIC_KEYS) {
        if (rest.endsWith(k) && rest.length > k.length) {
          rest = rest.slice(0, -k.length)
          if (ETHNIC[k]) ethnic.unshift(ETHNIC[k])
          changed = true
          break
        }
      }
    }
  }
  const name = [toPinyin(rest), ...ethnic].join(' ') + suffix
  return name.trim() || zh
}

export function englishName(code, zh) {
  return NAMES_EN[code] ?? fallbackEn(zh)
}
