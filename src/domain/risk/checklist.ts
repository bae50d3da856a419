/**
 * The risk checklist (风险清单, SPEC §3.5): weighted items, each answered with one of
 * its listed answers. The score is the sum of the answers' weights; thresholds turn it
 * into a level, and some answers (violence, threats) set a floor whatever the sum.
 * Pure: used at resolution, at every follow-up visit and in screening campaigns.
 */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface Localized {
  zh: string;
  en: string;
}

export interface ChecklistAnswer {
  code: string;
  label: Localized;
  weight: number;
  /** the level this answer alone implies at least (a sign of violence is never low risk) */
  floor?: RiskLevel;
}

export interface ChecklistItem {
  code: string;
  label: Localized;
  answers: ChecklistAnswer[];
}

export interface Checklist {
  code: string;
  version: number;
  items: ChecklistItem[];
  /** score ≥ medium → medium; score ≥ high → high */
  thresholds: { medium: number; high: number };
}

export type Answers = Record<string, string>;

export interface Assessment {
  score: number;
  level: RiskLevel;
  /** the items that weighed, heaviest first, for the explanation beside the level; labelled
   *  from the checklist version assessed with, which later versions may have reworded */
  reasons: { item: string; answer: string; weight: number; itemLabel: Localized; answerLabel: Localized }[];
}

export type AnswerProblem = { item: string; problem: 'unknown_item' | 'unknown_answer' | 'missing' };

export function levelRank(l: RiskLevel): number {
  return RISK_LEVELS.indexOf(l);
}

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** Every problem with a set of answers: items not on the list, answers not offered, items left out. */
export function answerProblems(list: Checklist, answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const items = new Map(list.items.map((i) => [i.code, i]));
  for (const [item, answer] of Object.entries(answers)) {
    const it = items.get(item);
    if (!it) problems.push({ item, problem: 'unknown_item' });
    else if (!it.answers.some((a) => a.code === answer)) problems.push({ item, problem: 'unknown_answer' });
  }
  for (const it of list.items) if (!(it.code in answers)) problems.push({ item: it.code, problem: 'missing' });
  return problems;
}

/** Score and level of complete, valid answers (check `answerProblems` first: this throws on bad ones). */
export function assess(list: Checklist, answers: Answers): Assessment {
  const problems = answerProblems(list, answers);
  if (problems.length) throw new RangeError(`invalid answers: ${problems.map((p) => `${p.item}:${p.problem}`).join(', ')}`);
  let score = 0;
  let floor: RiskLevel = 'low';
  const reasons: Assessment['reasons'] = [];
  for (const it of list.items) {
    const a = it.answers.find((x) => x.code === answers[it.code])!;
    score += a.weight;
    if (a.floor) floor = maxLevel(floor, a.floor);
    if (a.weight > 0 || a.floor) reasons.push({ item: it.code, answer: a.code, weight: a.weight, itemLabel: it.label, answerLabel: a.label });
  }
  reasons.sort((x, y) => y.weight - x.weight);
  const byScore: RiskLevel = score >= list.thresholds.high ? 'high' : score >= list.thresholds.medium ? 'medium' : 'low';
  return { score, level: maxLevel(byScore, floor), reasons };
}

/** Problems with a checklist definition itself (an admin publishing a new version). */
export function checklistProblems(list: Pick<Checklist, 'items' | 'thresholds'>): string[] {
  const out: string[] = [];
  if (list.items.length === 0) out.push('items');
  const codes = new Set<string>();
  list.items.forEach((it, i) => {
    if (codes.has(it.code)) out.push(`items.${i}.code`);
    codes.add(it.code);
    if (it.answers.length < 2) out.push(`items.${i}.answers`);
    const answerCodes = new Set(it.answers.map((a) => a.code));
    if (answerCodes.size !== it.answers.length) out.push(`items.${i}.answers`);
    if (it.answers.some((a) => !Number.isInteger(a.weight) || a.weight < 0)) out.push(`items.${i}.answers`);
  });
  const { medium, high } = list.thresholds;
  if (!Number.isInteger(medium) || !Number.isInteger(high) || medium <= 0 || high <= medium) out.push('thresholds');
  return [...new Set(out)];
}
