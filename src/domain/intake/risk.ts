/**
 * Risk of escalation of a dispute account (SPEC §3.1: intake suggests a risk level).
 *
 * A weighted lexicon of signs — self-harm, violence, threats, smashing property, group
 * gatherings, petitions, extreme emotion, many people, large sums, police involvement,
 * repeated conflict — each counted once at the weight of its strongest match. Terms
 * preceded by a negation (没有动手, 未发生冲突) do not count. The weights add up to a raw
 * score: ≥ 1 is high (one strong sign, or two moderate ones), ≥ 0.3 medium.
 *
 * The lexicon is combined with a learned signal: a Naive Bayes model of high-risk vs
 * other accounts, trained on the training split of the corpus, adds weight when an
 * account reads like the high-risk ones even in words the lexicon does not list.
 * Pure and deterministic.
 */
import { type NaiveBayesModel, scoreAll, train } from './classifier.js';
import { TRAIN_SPLIT } from './corpus/index.js';
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
export const MEDIUM_AT = 0.3;

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
      t('跳楼|跳河|跳桥|跳江|跳湖|跳崖|跳下(?:去|来)|往下跳|割腕|上吊|自杀|轻生|寻死|自焚|服毒|喝(?:农)?药|农药|安眠药|不想活|活不下去|活着(?:没|没有)意思|不活了|死了算了|不如死|死给(?:你|他|她|我们)?看|一了百了|遗书|死在(?:这|那|房子|自家|家里|你家|他家|门口|医院|地里)|随.{0,4}而去|去死|同归于尽|以死相逼|命不要了|寻短见|了结自己|想不开|活着(?:还)?有什么意思|活着干什么|活着太累|活够了|一起走(?:了)?算了', 1.2),
      t('(?:爬|站|坐)(?:上|到|在)(?:了)?(?:楼顶|屋顶|房顶|塔吊|广告牌|高处|天台|桥上|吊车)|楼顶徘徊|天台徘徊', 1.1),
      t('浇汽油|泼汽油|汽油|一桶油(?!漆)|打火机|煤气罐|液化气罐|硫酸', 1),
    ],
  },
  {
    label: '暴力伤害',
    terms: [
      t('家暴|拳打脚踢|殴打|打伤|打残|打骨折|打成(?:重伤|轻伤|一团)|打破(?:了)?头|头破血流|见了?血|群殴|互殴|大打出手|厮打|扭打|捅伤|捅了|砍伤|砍人|砍门|刺伤|掐(?:着|住)?.{0,3}脖子|打断.{0,3}腿|卸.{0,3}腿|持械|凶器|(?<!开|剪|用)刀(?!刻|口|疤)|斧头|镰刀|钢管|铁棍|棍棒|木棍|持棍|锤子|扳手|板凳|按在地上|摁在地上|按倒|往死里打|下了?狠手|扇.{0,3}耳光|拽着头发|揪着头发|打进(?:了)?医院|打(?:得|的)?住院|打得.{0,6}(?:血|肿|住院|骨折|起不来|睁不开)|满脸是血|一脸血|血流|剁了|剁手|砸(?:了)?(?:个)?口子|砸破', 1),
      t('打骂|打人|动手打|打了起来|打起来|动(?:起)?了?手|扭在一起|打架|打斗|肢体冲突|用凳子|酒瓶|砖头|铁锹|镐头|反锁|喊救命|不让(?:出门|走|离开)|别想(?:走|离开|出)|踢了|踹了|揪住|把(?:我|他|她)?.{1,4}打了(?!电话|针|工)|拿.{0,3}(?:椅子|棍子|石头|钢筋)', 0.8),
      t('动手|推搡|推推搡搡|推倒|撕扯|发生冲突|冲突升级|起冲突|起了冲突', 0.55),
    ],
  },
  {
    label: '扬言威胁',
    terms: [
      t('扬言|(?:弄|整|打|砍|捅|杀|掐)死|杀了|宰了(?:他|你|她)|砍人|杀人|要(?:他|你|她)(?:的)?命|拼命|拼了|偿命|以命|一命抵一命|出人命|放火|点火|就(?:把.{0,4})?点了|烧了(?:他|你|她|我)?(?:家|房|车|厂)|烧房子|一把火|引爆|炸了|炸掉|报复|以牙还牙|走着瞧|后果自负|待不下去|不得好死|同归于尽|你死我活|一命(?:换|偿|赔)一命|非(?:弄|整|打|杀)死|干出(?:什么|啥)事|做出(?:什么|啥)事|出不了(?:这个)?门|没好日子|不得安生|有你好受|没好果子|等着瞧', 1),
      t('威胁|放话|恐吓|你敢|找.{0,4}算账|让你好看|要你好看|给你好看|找(?:好|了)?人(?:来)?(?:收拾|弄|打|算账)|找好人|收拾你|收拾我|付出代价|跟(?:他|你|她|谁)没完|不放人|还会再来|天天来|每天都来', 0.8),
      t('(?:再|敢|要是|如果|不给|不还|不赔|不退|不解决|不恢复|不搬)[^，。；！？]{0,12}就(?:把|去|要|让|找|跟|上|点|跳|死|砸|烧|闹|告)', 0.4),
    ],
  },
  {
    label: '打砸毁物',
    terms: [t('打砸|哄抢|砸了|砸毁|砸烂|砸门|砸车|砸店|砸坏(?:了)?(?:门|窗|车|店|设施|设备|牌子)|摔东西|摔砸|摔碗|泼油漆|喷油漆|泼粪|灌胶水|堵锁眼|踹门|踹坏|撬门|扔石块|扔石头|扔砖|(?:敲|拍|砸|踢|踹)(?:碎|烂|破|了).{0,4}(?:玻璃|门|窗)|掀了|掀翻|焊死', 0.7)],
  },
  {
    label: '群体聚集',
    terms: [
      t('聚集|聚众|集结|围堵|围攻|围(?:住|着|了)|拉(?:起)?横幅|横幅|标语|静坐|罢工|罢市|冲击|冲进|花圈|灵堂|遗像|遗体|棺材|尸体|设灵|堵(?:门|路|死|着|住)|堵在.{0,4}门口|堵了.{0,4}(?:门|路)|对峙|阻止施工|阻拦施工|阻挡车辆|躺在路上|困在|上百号|几百号|一帮人|一伙人|一群人|坐着不走|赖着不走|守在(?:门口|地头|现场)|轮流守|揪出来|不让(?:拉|运|进|出|施工)|拦着不让|拦住.{0,4}(?:路|路口|门|车)|(?:挖断|封了?|堵死).{0,3}(?:路|门)', 0.8),
      t('集体上访|集体讨薪|集体(?:到|去|罢)|组团|号召|烧纸|纠集|社会上的人|社会人员|社会闲散|叫来.{0,4}人|带着.{0,4}人|带领|几十口|好多人|很多人|集合|约好了?.{0,6}(?:去|到)|串联|包车|组织起来|自发组织|讨个说法', 0.5),
    ],
  },
  {
    label: '扬言上访或闹事',
    terms: [
      t('上访|告状|进京|(?:去|到)北京.{0,3}(?:告|闹|上访)|请愿|闹事|闹大|市政府|区政府|镇政府|政府门口|信访|找领导|找市长|找书记', 0.6),
      t('大闹|闹得不可开交|天天来闹|讨说法|找媒体|记者|曝光|热搜|市里|省里', 0.3),
    ],
  },
  {
    label: '情绪激烈',
    terms: [
      t('情绪(?:非常|十分|很)?(?:激动|失控|崩溃|极度|对立|激烈)|精神崩溃|崩溃|歇斯底里|哭天喊地|嚎啕|大哭大闹|哭闹|哭喊|痛哭|下跪|走投无路|忍无可忍|受不了了|逼急了|逼得|豁出去|红了眼|剑拔弩张|火冒三丈|暴跳如雷|怒不可遏|众怒|恐慌|愤怒|逼疯|快疯了|要疯了|晕过去|晕倒|昏倒|绝望|心如死灰|天都塌了', 0.5),
      t('情绪(?:很|非常)?低落|失眠|精神恍惚|快忍不住', 0.3),
    ],
  },
  {
    label: '报警或警方介入',
    terms: [t('报警|报了警|110|出警|民警|警察|派出所.{0,4}(?:到场|介入|处理)|被拘留', 0.35)],
  },
  {
    label: '伤亡后果',
    terms: [t('死亡|身亡|致死|撞死|死了人|死人|人命|致残|伤残|重伤|昏迷|抢救|ICU|不幸', 0.45), t('受伤|住院|骨折|缝了|手术', 0.2)],
  },
  {
    label: '矛盾反复激化',
    terms: [
      t('多次|反复|屡次|积怨|结了仇|结仇|结下梁子|[三四五六七八九几]回|又一次|长期不和|无果|好几次|好几回|几次|好几趟|十几趟|迟迟|僵持|置之不理|不理睬|推三阻四|互相推|扯皮|没有结果|没有解决|不认账|失联|联系不上|找不到人|躲着|不露面|卷款|卷钱|跑路', 0.25),
      t('吵架|争吵|对骂|叫骂|骂人|骂了|口角|吵起来|吵翻|吵了一架|闹僵|闹翻', 0.2),
    ],
  },
  {
    label: '生活条件被切断',
    terms: [t('断水断电|掐了?水电|停了?水电|断了?(?:水|电|暖|气)|锁了?门不让|扔到(?:楼下|门外|楼道)', 0.3)],
  },
  {
    label: '多人共同诉求',
    terms: [t('业主们|村民们|居民们|工人们|家长们|租户们|租客们|员工们|老人们|好几户|几户|联名|大家一起|一起去', 0.25)],
  },
  {
    label: '不满情绪',
    terms: [t('很生气|气得|气愤|很不满|意见很大|意见不小|非常担心|很担心|害怕|不敢|睡不着|咽不下', 0.2)],
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
      if (ch !== '上') seen = true; // 上 alone is no number; 上百 is
    } else return null;
  }
  if (!seen) return null;
  return total + (current ?? 0);
}

const CN_NUM = '[0-9]+(?:\\.[0-9]+)?|近?[零一二两三四五六七八九十百千几数上]+';
const AMOUNT = new RegExp(`(${CN_NUM})\\s*(?:余|多|来)?\\s*(万|亿|w)(?:\\s*(?:余|多))?\\s*(元|块|钱)?`, 'gu');
const MONEY_CONTEXT = /(?:欠|借|款|费|赔|偿|损失|共计|合计|总计|花了|交了|付了|投入|价|金|资|薪|租|债|贷|元)/u;
const PEOPLE_NOUN =
  '人|老人|妇女|孩子|患者|病人|号人|口人|村民|居民|业主|工人|农民工|员工|职工|家属|亲属|亲戚|亲友|租户|租客|承租户|商户|摊主|学员|家长|会员|顾客|消费者|司机|矿工|环卫工|女工|养殖户|加盟商|供应商|车友|新人|债权人|债主|学生|群众|牧民|户主|社员|住户|拆迁户|老员工|名';
const PEOPLE = new RegExp(`(${CN_NUM})\\s*(?:余|多|来)?\\s*(?:名|个|位|口|户|对|家|号)?\\s*(?:${PEOPLE_NOUN})|(${CN_NUM})\\s*(?:余|多|来)?\\s*户`, 'gu');

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
    if (n === null || !Number.isInteger(n)) continue; // 3.5 名 is no headcount
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

type HighOrNot = 'high' | 'other';
let learned: NaiveBayesModel<HighOrNot> | undefined;

/** High-risk vs other, trained on the corpus's training split on first use. */
export function highRiskModel(): NaiveBayesModel<HighOrNot> {
  learned ??= train<HighOrNot>(
    TRAIN_SPLIT.map((e) => ({ text: e.text, label: e.risk === 'high' ? 'high' : 'other' })),
    ['high', 'other'],
    { binary: true, temperature: 1 },
  );
  return learned;
}

/** P(high) of the learned model. */
export function learnedHighRisk(text: string): number {
  return scoreAll(highRiskModel(), text).find((s) => s.code === 'high')!.score;
}

/** Risk level of a dispute account from its signs of escalation. `learned: false` uses the lexicon alone. */
export function assessRisk(rawText: string, opts: { learned?: boolean } = {}): RiskAssessment {
  const text = normalize(rawText);
  const found: { label: string; weight: number }[] = [];
  if (opts.learned !== false) {
    const p = learnedHighRisk(text);
    // Counts only when the model is fairly sure: from 0 at p = 0.5 to 1.2 at p = 1.
    if (p > 0.6) found.push({ label: '与高风险案例表述相近', weight: Math.round(2.4 * (p - 0.5) * 100) / 100 });
  }
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
  found.sort((a, b) => b.weight - a.weight || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { level, score: Math.round((1 - Math.exp(-raw)) * 1000) / 1000, signs: found.map((f) => f.label) };
}
