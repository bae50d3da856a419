/**
 * Name builders for demo data: people, companies, compounds, communities.
 *
 * All people are generated; no name here belongs to a real person (the names of
 * the real people in the seed report are blocked). Surname weights roughly follow
 * the national frequency (per 10,000 people), nudged towards northern China and
 * Inner Mongolia (more 赵, 郝, 闫, 贾, 乔, 白; fewer southern surnames).
 */
import type { Rng, Weighted } from './random.js';

export type Gender = 'M' | 'F';

export const SURNAMES: readonly Weighted<string>[] = [
  ['王', 710], ['李', 700], ['张', 660], ['刘', 550], ['陈', 400], ['杨', 310], ['赵', 260],
  ['黄', 180], ['吴', 180], ['周', 180], ['孙', 150], ['马', 150], ['徐', 130], ['郭', 130],
  ['高', 130], ['朱', 110], ['胡', 110], ['何', 90], ['郑', 90], ['韩', 80], ['梁', 80],
  ['宋', 80], ['于', 70], ['林', 60], ['罗', 60], ['谢', 60], ['唐', 60], ['许', 60],
  ['冯', 60], ['曹', 60], ['田', 60], ['董', 60], ['郝', 50], ['闫', 50], ['贾', 50],
  ['白', 50], ['杜', 50], ['魏', 50], ['任', 50], ['邓', 40], ['彭', 40], ['肖', 40],
  ['袁', 40], ['程', 40], ['苏', 40], ['吕', 40], ['丁', 40], ['姜', 40], ['崔', 40],
  ['范', 40], ['石', 40], ['孟', 40], ['武', 40], ['潘', 30], ['蒋', 30], ['蔡', 30],
  ['沈', 30], ['姚', 30], ['卢', 30], ['金', 30], ['付', 30], ['秦', 30], ['薛', 30],
  ['段', 30], ['侯', 30], ['史', 30], ['乔', 30], ['曾', 20], ['余', 20], ['叶', 20],
  ['钟', 20], ['谭', 20], ['陆', 20], ['汪', 20], ['夏', 20], ['方', 20], ['邹', 20],
  ['邱', 20], ['雷', 20], ['康', 20], ['霍', 20], ['尹', 20], ['常', 20], ['牛', 20],
  ['包', 20], ['云', 10], ['樊', 10], ['岳', 10], ['申', 10], ['温', 10],
];

const MALE_GIVEN = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华',
  '飞', '鑫', '波', '宇', '浩', '凯', '健', '俊', '帆', '旭', '宁', '龙', '林', '建', '国',
  '志', '海', '峰', '文', '东', '亮', '成', '晨', '博', '宏', '福', '利', '永', '振', '兴',
  '义', '德', '庆', '祥', '立', '新', '春', '瑞', '泽', '轩', '航', '昊', '睿', '天', '晓',
  '金', '山', '全', '生', '忠', '荣', '嘉', '毅', '铭', '锐',
] as const;

const FEMALE_GIVEN = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '桂', '英', '秀', '兰', '萍',
  '红', '梅', '琳', '雪', '婷', '慧', '颖', '倩', '洁', '丹', '佳', '欣', '悦', '怡', '雅',
  '晶', '璐', '莉', '蕾', '月', '晓', '文', '玉', '凤', '琴', '云', '楠', '宁', '茹', '萌',
  '婉', '淑', '华', '春', '秋', '瑶', '琪', '妍', '彤', '思', '雨', '欢', '露', '岚', '爽',
] as const;

/** Mongolian given names, used alone or after a surname (包乌兰, 白巴特尔). */
const MONGOLIAN_MALE = [
  '巴特尔', '额尔敦', '那日苏', '阿拉坦', '巴雅尔', '宝音', '朝鲁', '苏和', '孟和', '毕力格',
  '巴图', '吉日嘎拉', '特木尔', '布和', '达来', '乌力吉', '满都拉', '图门', '额尔德木图',
  '哈斯巴根',
] as const;

const MONGOLIAN_FEMALE = [
  '乌兰', '其其格', '苏日娜', '斯琴', '图雅', '萨仁', '乌云', '娜仁', '格日勒', '托娅',
  '高娃', '塔娜', '敖登', '阿茹娜', '乌日娜', '萨日娜', '斯琴高娃', '其木格', '满都呼', '琪琪格',
] as const;

const MONGOLIAN_SURNAMES = ['包', '白', '云', '奇', '鲍', '敖', '韩', '宝'] as const;

/** Real people named in the seed report: never generate them. */
const BLOCKED_NAMES: ReadonlySet<string> = new Set(['刘卓鑫', '周文玉', '郭星宇']);

/** Share of Mongolian-style names among generated people (Inner Mongolia). */
const MONGOLIAN_SHARE = 0.07;

export function pickGender(rng: Rng, femaleShare = 0.5): Gender {
  return rng.chance(femaleShare) ? 'F' : 'M';
}

function hanName(rng: Rng, gender: Gender): string {
  const chars = gender === 'M' ? MALE_GIVEN : FEMALE_GIVEN;
  const surname = rng.weightedPick(SURNAMES);
  const first = rng.pick(chars);
  if (rng.chance(0.3)) return surname + first;
  // Reduplicated given names (婷婷, 丹丹) are common for women, rare for men.
  if (gender === 'F' && rng.chance(0.06)) return surname + first + first;
  let second = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return surname + first + second;
}

function mongolianName(rng: Rng, gender: Gender): string {
  const given = rng.pick(gender === 'M' ? MONGOLIAN_MALE : MONGOLIAN_FEMALE);
  return rng.chance(0.35) ? rng.pick(MONGOLIAN_SURNAMES) + given : given;
}

/** A plausible personal name; gender drawn at random when not given. */
export function personName(rng: Rng, gender: Gender = pickGender(rng)): string {
  for (;;) {
    const name = rng.chance(MONGOLIAN_SHARE) ? mongolianName(rng, gender) : hanName(rng, gender);
    if (!BLOCKED_NAMES.has(name)) return name;
  }
}

/** Calls `make` until it returns a value not in `used`, records and returns it. */
export function uniqueName(used: Set<string>, make: () => string, maxTries = 10_000): string {
  for (let i = 0; i < maxTries; i++) {
    const name = make();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error('uniqueName: vocabulary exhausted');
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Chinese numeral for 1–99: 1 → 一, 10 → 十, 12 → 十二, 30 → 三十, 45 → 四十五. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral(${n})`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : CN_DIGITS[tens] + '十';
  return tensPart + (ones === 0 ? '' : CN_DIGITS[ones]);
}

/** Two-character trade names for companies and organisations. */
const BRAND_WORDS = [
  '鑫达', '恒通', '华泰', '宏远', '瑞丰', '金鹿', '北方', '鹿城', '昆仑', '顺达', '利民', '福源',
  '嘉禾', '德润', '盛泰', '永安', '诚信', '中宏', '广汇', '新源', '天骄', '草原', '阴山', '钢城',
  '聚鑫', '泰和', '安捷', '金盾', '佳和', '众诚', '兴旺', '晟达', '宏达', '华源', '正和', '长青',
  '雄鹰', '万通', '丰泽', '明远', '蒙源', '塞北', '敕勒', '黄河', '鸿运', '弘信', '融达', '同信',
] as const;

export function brandWord(rng: Rng): string {
  return rng.pick(BRAND_WORDS);
}

/** '包头市鑫达稀土材料有限公司' style: region + brand + trade + legal form. */
export function companyName(
  rng: Rng,
  trade: string,
  options: { region?: string; legalForm?: string } = {},
): string {
  const region = options.region ?? rng.pick(['包头市', '包头', '内蒙古']);
  return `${region}${brandWord(rng)}${trade}${options.legalForm ?? '有限公司'}`;
}

export function propertyCompanyName(rng: Rng): string {
  return companyName(rng, rng.pick(['物业服务', '物业管理', '物业']), { region: '包头市' });
}

export function lawFirmName(rng: Rng): string {
  return `${rng.pick(['内蒙古', '内蒙古', '包头'])}${brandWord(rng)}律师事务所`;
}

export function socialOrganizationName(rng: Rng, kind: 'psychology' | 'social_work'): string {
  const region = rng.pick(['包头市', '昆都仑区']);
  const brand = rng.pick(['心语', '阳光', '暖心', '和合', '同心', '向日葵', '益友', '春晖']);
  return `${region}${brand}${kind === 'psychology' ? '心理咨询服务中心' : '社会工作服务中心'}`;
}

const COMPOUND_PREFIXES = [
  '明德', '景泰', '阳光', '锦绣', '富强', '和平', '青年', '幸福', '丽景', '鹿城', '钢苑', '友谊',
  '青山', '金茂', '锦林', '翠苑', '滨河', '凯旋', '世纪', '时代', '御景', '康居', '怡然', '融城',
  '泰和', '银河', '星光', '赛音', '北辰', '文锦', '书香', '春晖', '新光', '民馨', '安居', '和谐',
  '宝山', '西河', '昆河', '乌兰', '林荫', '少先', '阿尔丁', '华夏', '紫金', '万和', '瑞祥', '龙湖',
  '兴胜', '草原', '奥林', '南湖', '九号', '钢花', '鞍山', '团结', '惠民', '丰产', '天鹅', '佳园',
] as const;

const COMPOUND_SUFFIXES: readonly Weighted<string>[] = [
  ['花园', 5], ['小区', 5], ['家园', 3], ['苑', 2], ['嘉园', 2], ['新城', 1], ['雅居', 1],
  ['公寓', 1], ['名门', 1], ['佳苑', 1], ['华庭', 1], ['新村', 1], ['雅苑', 1], ['华府', 1],
];

/** A residential compound name such as 景泰花园 or 钢苑小区. */
export function compoundName(rng: Rng): string {
  return rng.pick(COMPOUND_PREFIXES) + rng.weightedPick(COMPOUND_SUFFIXES);
}

/** Place words for communities named after an estate (林南小区第一社区). */
const ESTATE_WORDS = [
  '林南', '钢苑', '富强', '青年', '民主', '光明', '胜利', '和平', '鹿园', '北沙梁', '南排',
  '健康', '友谊', '幸福', '维多利', '保利', '少年宫', '电力', '铁路', '钢铁',
] as const;

/** Two-character names for communities (神鹿社区, 松石名第社区). */
const COMMUNITY_WORDS = [
  '神鹿', '鹿苑', '凯旋', '新光', '翠苑', '阳光', '和谐', '馨园', '锦林', '滨河', '乌兰',
  '宝山', '康居', '安泰', '丽晶', '育才', '文化', '体育', '先锋', '繁荣', '昌盛', '平安',
  '敬业', '团结', '复兴', '晨光', '明珠', '春雨', '柳园', '榆林', '欣园', '瑞丰', '昆仑',
  '金辉', '富丽', '华清', '银河', '东风', '红星', '星火',
] as const;

/**
 * A community name in one of the local patterns, e.g. 阿尔丁十号街坊第一社区 (root 阿尔丁),
 * 林南小区第一社区, 神鹿社区.
 */
export function communityName(rng: Rng, root: string): string {
  const pattern = rng.weightedPick<'jiefang' | 'estate' | 'word'>([
    ['jiefang', 3],
    ['estate', 2],
    ['word', 4],
  ]);
  switch (pattern) {
    case 'jiefang': {
      const block = chineseNumeral(rng.int(1, 30));
      const suffix = rng.chance(0.5) ? `第${chineseNumeral(rng.int(1, 3))}社区` : '社区';
      return `${root}${block}号街坊${suffix}`;
    }
    case 'estate':
      return `${rng.pick(ESTATE_WORDS)}小区第${chineseNumeral(rng.int(1, 3))}社区`;
    case 'word':
      return `${rng.pick(COMMUNITY_WORDS)}社区`;
  }
}

/** Villages of the towns (place names in the Baotou plain, many Mongolian). */
const VILLAGE_WORDS = [
  '哈业脑包', '阿嘎如泰', '乌兰计', '毛忽洞', '塔尔湾', '卜尔汉图', '昆河', '刘宝窑子',
  '石拐沟', '西壕赖', '大盆窑', '后营盘', '新光', '乌兰不浪',
] as const;

export function villageName(rng: Rng): string {
  return `${rng.pick(VILLAGE_WORDS)}村`;
}
