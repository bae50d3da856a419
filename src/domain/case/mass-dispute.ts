/**
 * 涉众预警 (mass-dispute early warning): several cases against the same respondent, or
 * at the same residential compound, within a window of days. Pure: the service reads
 * the case, its candidates and the settings, this decides whether to warn and why.
 *
 * The window is the densest span of `windowDays` days that contains the case itself
 * (for a case being registered: the last `windowDays` days up to now), edges included.
 * A signal warns when, in that span, there are at least `minCases` cases (this one
 * included) or — with two cases or more — at least `minPeople` people involved, and at
 * least one of those cases is not yet gathered into a group case. The cases must come
 * from at least two different applicants: one person filing again is a repeat dispute.
 */
import { CASE_STATUSES, type CaseStatus } from './lifecycle.js';

export const DAY_MS = 86_400_000;

export interface MassDisputeSettings {
  /** length of the window in calendar days */
  windowDays: number;
  /** cases in the window, this one included, that raise a warning */
  minCases: number;
  /** people involved (sum of people counts) in the window that raise a warning, from two cases on */
  minPeople: number;
  /** the compound signal counts only cases of the same category (a family quarrel is no property dispute) */
  compoundSameCategory: boolean;
  /** statuses that do not count (a withdrawn case is no live dispute) */
  excludedStatuses: CaseStatus[];
}

export const DEFAULT_MASS_DISPUTE_SETTINGS: MassDisputeSettings = {
  windowDays: 30,
  minCases: 3,
  minPeople: 10,
  compoundSameCategory: true,
  excludedStatuses: ['withdrawn'],
};

export const MASS_SETTING_LIMITS = {
  windowDays: { min: 1, max: 365 },
  minCases: { min: 2, max: 1000 },
  minPeople: { min: 2, max: 100_000 },
} as const;

type FieldText = { 'zh-CN': string; en: string };
const STATUS_VALUES: readonly string[] = CASE_STATUSES;

/** What is wrong with a settings value, per field (empty when it is valid). */
export function massSettingsProblems(value: Partial<Omit<MassDisputeSettings, 'excludedStatuses'>> & { excludedStatuses?: readonly string[] }): Record<string, FieldText> {
  const out: Record<string, FieldText> = {};
  const labels = { windowDays: ['统计时间窗（天）', 'Window (days)'], minCases: ['预警件数', 'Case threshold'], minPeople: ['预警人数', 'People threshold'] } as const;
  for (const key of ['windowDays', 'minCases', 'minPeople'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    const { min, max } = MASS_SETTING_LIMITS[key];
    if (!Number.isInteger(v) || v < min || v > max) {
      out[key] = { 'zh-CN': `${labels[key][0]}须为 ${min}–${max} 之间的整数`, en: `${labels[key][1]} must be a whole number from ${min} to ${max}` };
    }
  }
  const bad = (value.excludedStatuses ?? []).filter((s) => !STATUS_VALUES.includes(s));
  if (bad.length) out.excludedStatuses = { 'zh-CN': `未知的案件状态：${bad.join('、')}`, en: `Unknown case status: ${bad.join(', ')}` };
  return out;
}

/** The stored settings over the defaults; anything missing or invalid keeps its default. */
export function resolveMassSettings(stored: unknown): MassDisputeSettings {
  const s = stored && typeof stored === 'object' ? (stored as Partial<MassDisputeSettings>) : {};
  const merged: MassDisputeSettings = { ...DEFAULT_MASS_DISPUTE_SETTINGS };
  const problems = massSettingsProblems(s);
  for (const key of ['windowDays', 'minCases', 'minPeople'] as const) if (s[key] !== undefined && !problems[key]) merged[key] = s[key];
  if (typeof s.compoundSameCategory === 'boolean') merged.compoundSameCategory = s.compoundSameCategory;
  if (Array.isArray(s.excludedStatuses) && !problems.excludedStatuses) merged.excludedStatuses = [...new Set(s.excludedStatuses)];
  return merged;
}

export interface MassRespondent {
  partyId: string | null;
  kind: 'person' | 'organization';
  name: string;
  uscc: string | null;
}

/** A case as the rule sees it. `id` is null for the case being registered. */
export interface MassCaseFacts {
  id: string | null;
  registeredAt: Date;
  status: string;
  category: string | null;
  peopleCount: number;
  compoundId: string | null;
  isGroup: boolean;
  groupCaseId: string | null;
  respondents: readonly MassRespondent[];
  /** party ids of the applicants; empty when not known yet (an account being typed) */
  applicantIds: readonly string[];
}

export type MassSignalKind = 'respondent' | 'compound';

export interface MassSignal {
  kind: MassSignalKind;
  /** stable across the cases of one signal: 'uscc:…', 'org:…', 'party:…', 'compound:…' */
  key: string;
  name: string;
  /** the thresholds are reached */
  reached: boolean;
  /** reached, and some case in the window is not gathered yet */
  warn: boolean;
  /** which thresholds were reached */
  by: ('cases' | 'people')[];
  /** 0 below the thresholds; grows at every doubling past them (notifications are sent once per level) */
  level: number;
  caseCount: number;
  peopleCount: number;
  windowDays: number;
  /** earliest and latest registration in the window */
  from: Date;
  to: Date;
  /** the cases in the window, oldest first (the subject's id included when it has one) */
  caseIds: string[];
  /** group cases that some of these cases were already gathered into */
  groupIds: string[];
  /** cases in the window (the subject included) not gathered into a group */
  ungathered: number;
}

/** An organisation's name for comparison: full-width folded, case, spaces and punctuation dropped, one legal form. */
export function normalizeOrganizationName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/有限责任公司$/u, '有限公司');
}

/** The identity of a respondent across cases: credit code, else organisation name, else the party. */
export function respondentKey(r: MassRespondent): string | null {
  if (r.uscc) return `uscc:${r.uscc.toUpperCase()}`;
  if (r.kind === 'organization') {
    const n = normalizeOrganizationName(r.name);
    if (n.length >= 2) return `org:${n}`;
  }
  return r.partyId ? `party:${r.partyId}` : null;
}

/** Whether two respondents are the same one: the same party, credit code, or (organisations) normalized name. */
export function sameRespondent(a: MassRespondent, b: MassRespondent): boolean {
  if (a.partyId && a.partyId === b.partyId) return true;
  if (a.uscc && b.uscc) return a.uscc.toUpperCase() === b.uscc.toUpperCase();
  if (a.kind !== 'organization' || b.kind !== 'organization') return false;
  const na = normalizeOrganizationName(a.name);
  return na.length >= 2 && na === normalizeOrganizationName(b.name);
}

/** Level of a count against its threshold: 0 below, 1 from the threshold, +1 at every doubling. */
export function thresholdLevel(value: number, threshold: number): number {
  if (threshold <= 0 || value < threshold) return 0;
  return Math.floor(Math.log2(value / threshold)) + 1;
}

interface Timed {
  id: string | null;
  at: number;
  people: number;
  groupCaseId: string | null;
  /** who complains: one applicant filing again and again is a repeat dispute, not a mass one */
  complainant: string;
}

/** The densest window of `windowMs` containing `anchor`: most cases, then most people, then the latest. */
function densestWindow(anchor: Timed, others: readonly Timed[], windowMs: number): Timed[] {
  const near = others.filter((o) => Math.abs(o.at - anchor.at) <= windowMs);
  const all = [...near, anchor].sort((a, b) => a.at - b.at || String(a.id).localeCompare(String(b.id)));
  let best: Timed[] = [anchor];
  let bestPeople = anchor.people;
  // An optimal window can always slide right until its left edge meets a case.
  for (const start of all) {
    if (start.at > anchor.at || anchor.at - start.at > windowMs) continue;
    const inside = all.filter((o) => o.at >= start.at && o.at - start.at <= windowMs);
    const people = inside.reduce((n, o) => n + o.people, 0);
    if (inside.length > best.length || (inside.length === best.length && people >= bestPeople)) {
      best = inside;
      bestPeople = people;
    }
  }
  return best;
}

export interface MassDisputeInput {
  subject: MassCaseFacts;
  /** the compound's name when the subject has one */
  compoundName?: string | null;
  candidates: readonly MassCaseFacts[];
  settings: MassDisputeSettings;
}

/**
 * The signals of a case: one per respondent, one for its compound, each with the cases
 * of its densest window. Signals with no other case in the window are left out.
 */
export function massDisputeSignals({ subject, compoundName, candidates, settings }: MassDisputeInput): MassSignal[] {
  const excluded: ReadonlySet<string> = new Set(settings.excludedStatuses);
  if (subject.isGroup || excluded.has(subject.status)) return [];
  const counted = candidates.filter((c) => !c.isGroup && !excluded.has(c.status) && (subject.id === null || c.id !== subject.id));
  const windowMs = settings.windowDays * DAY_MS;
  const timed = (c: MassCaseFacts): Timed => ({
    id: c.id,
    at: c.registeredAt.getTime(),
    people: Math.max(1, c.peopleCount),
    groupCaseId: c.groupCaseId,
    complainant: c.applicantIds.length ? [...c.applicantIds].sort().join('+') : `case:${c.id ?? 'new'}`,
  });

  const groups: { kind: MassSignalKind; key: string; name: string; matches: MassCaseFacts[] }[] = [];
  const seen = new Set<string>();
  for (const r of subject.respondents) {
    const key = respondentKey(r);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    // A person is named surname + 某某: warnings reach notifications and lists.
    const name = r.kind === 'person' ? `${r.name.slice(0, 1)}某某` : r.name;
    groups.push({ kind: 'respondent', key, name, matches: counted.filter((c) => c.respondents.some((x) => sameRespondent(r, x))) });
  }
  if (subject.compoundId) {
    const sameCategory = (c: MassCaseFacts) => !settings.compoundSameCategory || subject.category === null || c.category === subject.category;
    groups.push({
      kind: 'compound',
      key: `compound:${subject.compoundId}`,
      name: compoundName ?? '',
      matches: counted.filter((c) => c.compoundId === subject.compoundId && sameCategory(c)),
    });
  }

  const out: MassSignal[] = [];
  for (const g of groups) {
    const window = densestWindow(timed(subject), g.matches.map(timed), windowMs);
    if (window.length < 2) continue;
    const caseCount = window.length;
    const peopleCount = window.reduce((n, o) => n + o.people, 0);
    const by: MassSignal['by'] = [];
    if (caseCount >= settings.minCases) by.push('cases');
    if (peopleCount >= settings.minPeople) by.push('people');
    // Several cases of the same applicants (a pair's quarrel filed again) never make a mass dispute.
    const reached = by.length > 0 && new Set(window.map((o) => o.complainant)).size >= 2;
    const ungathered = window.filter((o) => o.groupCaseId === null).length;
    out.push({
      kind: g.kind,
      key: g.key,
      name: g.name,
      reached,
      warn: reached && ungathered > 0,
      by,
      level: Math.max(thresholdLevel(caseCount, settings.minCases), thresholdLevel(peopleCount, settings.minPeople)),
      caseCount,
      peopleCount,
      windowDays: settings.windowDays,
      from: new Date(window[0]!.at),
      to: new Date(window[window.length - 1]!.at),
      caseIds: window.map((o) => o.id).filter((id): id is string => id !== null),
      groupIds: [...new Set(window.map((o) => o.groupCaseId).filter((id): id is string => id !== null))],
      ungathered,
    });
  }
  return out;
}

/** 「同一被申请人『某某物业公司』30 日内 4 件」「同一小区『明德花园』30 日内 5 件，涉及 37 人」 */
export function signalReason(s: Pick<MassSignal, 'kind' | 'name' | 'windowDays' | 'caseCount' | 'peopleCount'>, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const people = s.peopleCount > s.caseCount;
  if (locale === 'en') {
    const what = s.kind === 'respondent' ? `Same respondent "${s.name}"` : `Same compound "${s.name}"`;
    return `${what}: ${s.caseCount} cases within ${s.windowDays} days${people ? `, ${s.peopleCount} people involved` : ''}`;
  }
  const what = s.kind === 'respondent' ? `同一被申请人『${s.name}』` : `同一小区『${s.name}』`;
  return `${what}${s.windowDays} 日内 ${s.caseCount} 件${people ? `，涉及 ${s.peopleCount} 人` : ''}`;
}
