/**
 * Risk of escalation of a dispute account (SPEC §3.1: intake suggests a risk level).
 *
 * Sign families (risk-signs.ts) — self-harm, violence, threats, smashing property, group
 * gatherings, petitions, extreme emotion, police, casualties, repeated conflict… — each
 * counted once at the weight of its strongest match that the clause does not negate
 * (没有动手, 不会去闹); the size of a group and of a sum read from Chinese numerals
 * (二十多人, 三十万); and a learned signal: a Naive Bayes model of high-risk vs other
 * accounts, trained on the training split of the corpus, that weighs in when an account
 * reads like the high-risk ones in words no family lists. The weights add up to a raw
 * score: ≥ 1 is high (one strong sign, or two moderate ones), ≥ 0.3 medium.
 * Pure and deterministic.
 */
import { type NaiveBayesModel, scoreAll, train } from './classifier.js';
import { TRAIN_SPLIT } from './corpus/index.js';
import type { CorpusEntry, RiskLevel } from './corpus/types.js';
import { normalize } from './segment.js';
import { PEOPLE_NOUN, SIGNS, type SignFamily } from './risk-signs.js';

export interface RiskAssessment {
  level: RiskLevel;
  /** 0–1, monotone in the evidence: 1 − e^(−raw) */
  score: number;
  /** Chinese labels of the signs found, strongest first. */
  signs: string[];
}

export const HIGH_AT = 1;
export const MEDIUM_AT = 0.3;

/**
 * A term does not count when the clause negates it just before: 没有动手, 没跟他动手,
 * 未发生冲突, 没有人受伤, 不会去闹, 不想闹事. Conditions are no negation (不给钱就跳 is a
 * threat), nor is 不敢 (吓得不敢出门 is fear).
 */
const NEGATED = /(?:没有|没|未曾|未|并未|从未|不曾|不会|不要|不能|不再|不用|不想|不至于|别|无)(?:人|再|去|会|真的|跟[^，。；！？,.;!?]{0,3}|和[^，。；！？,.;!?]{0,3}|对[^，。；！？,.;!?]{0,3})?$/u;

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
const MONEY_CONTEXT = /(?:欠|借|款|费|赔|偿|损失|共计|合计|总计|花|交|付|投|价|金|资|薪|租|债|贷|元|骗|套|亏|卷|拖|积蓄|存款|给|要|值|赚|挣|收)/u;
const PEOPLE = new RegExp(`(${CN_NUM})\\s*(?:余|多|来|几)?\\s*(?:名|个|位|口|户|对|家|号)?\\s*${PEOPLE_NOUN}|(${CN_NUM})\\s*(?:余|多|来)?\\s*户`, 'gu');

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

/** The weight of a family's strongest term that is not negated; negated matches go to `negated` as [from, to). */
function strongestMatch(text: string, sign: SignFamily, negated: [number, number][]): number {
  let best = 0;
  for (const [re, weight] of sign.terms) {
    for (const m of text.matchAll(re)) {
      const from = Math.max(0, m.index! - 8);
      const neg = NEGATED.exec(text.slice(from, m.index!));
      if (neg) negated.push([from + neg.index, m.index! + m[0].length]);
      else if (weight > best) best = weight;
    }
  }
  return best;
}

/** The text without its negated passages: the learned model reads words, not negation (未发生冲突 is no 冲突). */
function withoutNegated(text: string, spans: readonly [number, number][]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of sorted) {
    if (from > at) out += text.slice(at, from);
    at = Math.max(at, to);
  }
  return out + text.slice(at);
}

export type HighOrNot = 'high' | 'other';
let learned: NaiveBayesModel<HighOrNot> | undefined;

/** A high-risk vs other model of these labelled accounts. */
export function trainHighRiskModel(examples: readonly CorpusEntry[]): NaiveBayesModel<HighOrNot> {
  return train<HighOrNot>(
    examples.map((e) => ({ text: e.text, label: e.risk === 'high' ? 'high' : 'other' })),
    ['high', 'other'],
    { binary: true, temperature: 1 },
  );
}

/** High-risk vs other, trained on the corpus's training split on first use. */
export function highRiskModel(): NaiveBayesModel<HighOrNot> {
  learned ??= trainHighRiskModel(TRAIN_SPLIT);
  return learned;
}

/** P(high) of the learned model. */
export function learnedHighRisk(text: string, model: NaiveBayesModel<HighOrNot> = highRiskModel()): number {
  return scoreAll(model, text).find((s) => s.code === 'high')!.score;
}

/**
 * The weight of the learned model's P(high): nothing up to 0.4, then rising to a sign of
 * its own (1) at 0.8 and 1.2 at 0.88. Chosen by 5-fold cross-validation on the training
 * split (the model trained without the fold): alone, p > 0.5 flagged 78 % of the high-risk
 * accounts and none of the 989 others; added to the lexicon this way it flagged no low or
 * medium account high. Short accounts make the model overconfident (拖欠十二名员工工资:
 * 0.57), hence the late start: many people alone stay medium.
 */
export function learnedWeight(p: number): number {
  return Math.round(Math.min(1.2, Math.max(0, (p - 0.4) * 2.5)) * 100) / 100;
}

/**
 * Risk level of a dispute account from its signs of escalation. `learned: false` uses the
 * lexicon alone; `model` replaces the shipped learned model (cross-validation).
 */
export function assessRisk(rawText: string, opts: { learned?: boolean; model?: NaiveBayesModel<HighOrNot> } = {}): RiskAssessment {
  const text = normalize(rawText);
  const found: { label: string; weight: number }[] = [];
  const negated: [number, number][] = [];
  for (const sign of SIGNS) {
    const w = strongestMatch(text, sign, negated);
    if (w > 0) found.push({ label: sign.label, weight: w });
  }
  if (opts.learned !== false) {
    // The raw text when nothing is negated: the category model has just segmented that very string.
    const weight = learnedWeight(learnedHighRisk(negated.length ? withoutNegated(text, negated) : rawText, opts.model));
    if (weight > 0) found.push({ label: '与高风险案例表述相近', weight });
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
