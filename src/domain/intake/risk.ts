/**
 * Risk of escalation of a dispute account (SPEC §3.1: intake suggests a risk level).
 *
 * A weighted lexicon of signs — self-harm, violence, threats, smashing property, group
 * gatherings, petitions, extreme emotion, many people, large sums, police involvement,
 * repeated conflict — each counted once at the weight of its strongest match. Terms
 * preceded by a negation (没有动手, 未发生冲突) do not count. The weights add up to a raw
 * score: ≥ 1 is high (one strong sign, or two moderate ones), ≥ 0.35 medium.
 * Pure and deterministic.
 */
import type { RiskLevel } from './corpus/types.js';
import { normalize } from './segment.js';

export interface RiskAssessment {
  level: RiskLevel;
  /** 0–1, monotone in the evidence: 1 − e^(−raw) */
  score: number;
  /** Chinese labels of the signs found, strongest first. */
  signs: string[];
}

export const HIGH_AT = 1;
export const MEDIUM_AT = 0.35;

interface Sign {
  label: string;
  /** [pattern, weight]: the sign weighs as much as its strongest match */
  terms: readonly (readonly [RegExp, number])[];
}

const t = (source: string, weight: number) => [new RegExp(source, 'gu'), weight] as const;

const SIGNS: readonly Sign[] = [
  {
    label: '自伤自杀倾向',
    terms: [
      t('跳楼|跳下去|跳河|跳桥|跳江|爬上塔吊|楼顶徘徊|天台徘徊|割腕|上吊|自杀|轻生|寻死|自焚|服毒', 1.2),
      t('喝农药|喝药|买好了农药|喝下.{0,4}农药|不想活|活不下去|死给你看|一了百了|死在(?:这|房子|自家|家里|你家)|随.{0,4}而去|同归于尽|以死相逼', 1.2),
      t('浇汽油|泼汽油|汽油桶|携带汽油|煤气罐|液化气罐', 1.1),
    ],
  },
  {
    label: '暴力伤害',
    terms: [
      t('家暴|持刀|拿刀|动刀|菜刀|水果刀|刀子|匕首|凶器|持械|砍伤|刺伤|砍门|捅伤|殴打|打伤|打成重伤|打破了头|群殴|大打出手|厮打|斧头|镰刀|钢管|铁棍|棍棒|持棍|掐着.{0,3}脖子|打断.{0,3}腿|卸.{0,3}腿', 1),
      t('打骂|打人|动手打|打了起来|打起来|动了手|扭打|打架|打斗|肢体冲突|用凳子|酒瓶|砖头|铁锹|镐头|反锁|喊救命|不让(?:出门|走)|扣押', 0.8),
      t('动手|推搡|推倒|撕扯|发生冲突|冲突升级|起冲突', 0.55),
    ],
  },
  {
    label: '扬言威胁',
    terms: [
      t('扬言|弄死|杀了|砍死|杀人|拼命|拼了|偿命|以命|一命抵一命|出人命|放火|点火|烧了(?:他|你|她|我)?(?:家|房)|烧房子|一把火|引爆|炸了|报复|以牙还牙', 1),
      t('威胁|放话|你敢|让你好看|要你好看|给你好看|找人收拾|收拾你|收拾我|付出代价|跟(?:他|你|谁)没完|不放人|还会再来|找人(?:来)?(?:打|算账)', 0.8),
    ],
  },
  {
    label: '打砸毁物',
    terms: [t('打砸|哄抢|砸了|砸毁|砸门|砸车|砸店|摔东西|摔砸|摔碗|泼油漆|喷油漆|泼粪|灌胶水|堵锁眼|踹门|踹坏|撬门|扔石块|往.{0,4}扔砖', 0.7)],
  },
  {
    label: '群体聚集',
    terms: [
      t('聚集|集结|围堵|拉横幅|横幅|静坐|罢工|罢市|冲击|花圈|灵堂|遗像|停放遗体|堵门|堵路|堵住|堵在.{0,4}门口|对峙|围住|围了|阻止施工|阻拦施工|阻挡车辆|躺在路上|围困|困在', 0.8),
      t('集体上访|集体讨薪|集体到|集体去|组团|号召|联名|烧纸|纠集|叫来.{0,4}人|带着.{0,4}人|带领', 0.5),
    ],
  },
  {
    label: '扬言上访或闹事',
    terms: [t('上访|进京|请愿|闹事|市政府|区政府|镇政府|政府门口|信访', 0.6), t('大闹|闹得不可开交|天天来闹|讨说法|找媒体|曝光', 0.3)],
  },
  {
    label: '情绪激烈',
    terms: [
      t('情绪激动|情绪失控|情绪崩溃|情绪极度|精神崩溃|崩溃|歇斯底里|大哭大闹|哭闹|哭喊|下跪|走投无路|忍无可忍|受不了了|逼急了|撒泼|剑拔弩张|情绪对立|众怒|恐慌|怒不可遏|愤怒', 0.5),
      t('情绪(?:很|非常)?低落|失眠|精神恍惚|快忍不住', 0.3),
    ],
  },
  {
    label: '报警或警方介入',
    terms: [t('报警|报了警|110|出警|民警|派出所.{0,4}(?:到场|介入|处理)|被拘留', 0.35)],
  },
  {
    label: '伤亡后果',
    terms: [t('死亡|身亡|致死|撞死|致残|重伤|昏迷|抢救|不幸', 0.45), t('受伤|住院|骨折|缝了|手术', 0.2)],
  },
  {
    label: '矛盾反复激化',
    terms: [t('多次|反复|屡次|积怨|结了仇|长期不和|无果|好几次|好几回|几次.{0,4}(?:吵|闹)', 0.25), t('吵架|争吵|对骂|叫骂|骂人|口角|吵起来|吵翻|吵了一架', 0.2)],
  },
  {
    label: '弱势群体',
    terms: [t('孕妇|怀孕|瘫痪|残疾|独居|[七八九]十(?:多)?岁|一家老小|吓得', 0.15)],
  },
];

const NEGATION = /(?:没有|没|未|不曾|并未|无|别)$/u;

/** Chinese numerals as written in accounts: 二十三, 十几, 几十, 百余, 两百多, 上千, 近千, 七八 (→ 7). */
export function parseChineseNumber(raw: string): number | null {
  if (/^[0-9]+(?:\.[0-9]+)?$/u.test(raw)) return Number(raw);
  const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 几: 3, 数: 3, 上: 1 };
  const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let current: number | null = null;
  let seen = false;
  for (const ch of raw.replace(/^近/u, '')) {
    if (ch in UNIT) {
      total += (current ?? 1) * UNIT[ch]!;
      current = null;
      seen = true;
    } else if (ch in DIGIT) {
      // 十几 → 10 + 5; 七八 → 7 (the first of a range)
      if (current === null) current = ch === '几' && total > 0 ? 5 : DIGIT[ch]!;
      if (ch !== '上' && ch !== '几' && ch !== '数') seen = true;
      else if (ch !== '上') seen = true;
    } else return null;
  }
  if (!seen) return null;
  return total + (current ?? 0);
}

const CN_NUM = '[0-9]+(?:\\.[0-9]+)?|近?[零一二两三四五六七八九十百千几数上]+';
const AMOUNT = new RegExp(`(${CN_NUM})\\s*(?:余|多|来)?\\s*(万|亿|w)(?:\\s*(?:余|多))?\\s*(元|块|钱)?`, 'gu');
const MONEY_CONTEXT = /(?:欠|借|款|费|赔|偿|损失|共计|合计|总计|花了|交了|付了|投入|价|金|资|薪|租|债|贷|元)/u;
const PEOPLE_NOUN =
  '人|村民|居民|业主|工人|农民工|员工|职工|家属|亲属|亲戚|亲友|租户|租客|承租户|商户|摊主|学员|家长|会员|顾客|消费者|司机|矿工|环卫工|女工|养殖户|加盟商|供应商|车友|新人|债权人|债主|学生|群众|牧民|户主|社员|住户|拆迁户|老员工|名';
const PEOPLE = new RegExp(`(${CN_NUM})\\s*(?:余|多|来)?\\s*(?:名|个|位|口|户|对|家)?\\s*(?:${PEOPLE_NOUN})|(${CN_NUM})\\s*(?:余|多|来)?\\s*户`, 'gu');

/** The largest sum of money (in yuan) the text names with 万/亿, or 0. */
export function largestAmountYuan(text: string): number {
  let max = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const n = parseChineseNumber(m[1]!);
    if (n === null) continue;
    const before = text.slice(Math.max(0, m.index! - 8), m.index!);
    if (!m[3] && !MONEY_CONTEXT.test(before)) continue; // 十几万粉丝 is no sum of money
    max = Math.max(max, n * (m[2] === '亿' ? 1e8 : 1e4));
  }
  return max;
}

/** The largest number of people (or households) the text names, or 0. */
export function largestHeadcount(text: string): number {
  let max = 0;
  for (const m of text.matchAll(PEOPLE)) {
    const n = parseChineseNumber((m[1] ?? m[2])!);
    // 3.5 名 is no headcount; numbers followed by 万 were sums of money
    if (n === null || !Number.isInteger(n)) continue;
    if (/^万/u.test(text.slice(m.index! + m[0].length - 1))) continue;
    max = Math.max(max, n);
  }
  return max;
}

function strongestMatch(text: string, sign: Sign): number {
  let best = 0;
  for (const [re, weight] of sign.terms) {
    if (weight <= best) continue;
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index! - 3), m.index!);
      if (NEGATION.test(before)) continue;
      best = weight;
      break;
    }
  }
  return best;
}

/** Risk level of a dispute account from its signs of escalation. */
export function assessRisk(rawText: string): RiskAssessment {
  const text = normalize(rawText);
  const found: { label: string; weight: number }[] = [];
  for (const sign of SIGNS) {
    const w = strongestMatch(text, sign);
    if (w > 0) found.push({ label: sign.label, weight: w });
  }
  const people = largestHeadcount(text);
  if (people >= 10) found.push({ label: people >= 100 ? '涉及百人以上' : people >= 30 ? '涉及三十人以上' : '涉及十人以上', weight: people >= 100 ? 0.75 : people >= 30 ? 0.6 : 0.45 });
  const amount = largestAmountYuan(text);
  if (amount >= 100_000) found.push({ label: amount >= 1_000_000 ? '涉案金额百万元以上' : '涉案金额十万元以上', weight: amount >= 1_000_000 ? 0.6 : amount >= 500_000 ? 0.45 : 0.35 });

  const raw = found.reduce((s, f) => s + f.weight, 0);
  const level: RiskLevel = raw >= HIGH_AT ? 'high' : raw >= MEDIUM_AT ? 'medium' : 'low';
  found.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  return { level, score: Math.round((1 - Math.exp(-raw)) * 1000) / 1000, signs: found.map((f) => f.label) };
}
