import { type DeadlineBudget, evaluateDeadline } from '../calendar/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { MIN_RANKED_SAMPLE, REBOUND_WINDOW_DAYS } from './definitions.js';
import type { KpiCaseFacts } from './facts.js';
import { type DayPeriod, monthBuckets, type TimeBucket, type Window, weekBuckets, windowOf } from './period.js';
import { countBy, type Distribution, distribution, rate } from './stats.js';
import { workingTime } from './working-time.js';

/**
 * Every figure of SPEC §3.10 from plain case facts, as KPI_DEFINITIONS states it. Pure.
 * Cohorts (see the definitions for the words):
 * - registered in the window → registered, byChannel/byCategory/byStatus, response time, on-time rate;
 * - first accepted in the window → accepted, concluded, resolved, closure and resolution rates;
 * - standing conclusion in the window → durations, money recovered, rebound rate (the resolved ones);
 * - latest rating in the window → satisfaction rate.
 */

export interface KpiConfig {
  cal: WorkingCalendar;
  /** the response budget of the case policy (casePolicy().value.responseBudget) */
  responseBudget: DeadlineBudget;
}

export interface KpiBases {
  /** registered in the period and accepted: the base of response time and on-time rate */
  responded: number;
  respondedOnTime: number;
  /** standing conclusion in the period: the base of durations and money */
  concludedInPeriod: number;
  /** of those, resolved: the base of the rebound rate */
  resolvedInPeriod: number;
  rebounded: number;
  /** with a rating in the period: the base of the satisfaction rate */
  rated: number;
  satisfied: number;
  /** of the rated, latest rating 'dissatisfied' */
  dissatisfied: number;
  /** distinct cases entering any figure: the group's sample */
  cases: number;
  /** follow-up visits due in the period, done or now overdue: the base of the follow-up on-time rate */
  visitsDue: number;
  visitsOnTime: number;
  /** cases whose plan has a visit of visitsDue that was not on time */
  followUpLateCases: number;
  /** target households of the campaign grids open in the period: the base of screening coverage */
  screeningTarget: number;
  /** of those, screened by the end of the period (at most the target, grid by grid) */
  screeningDone: number;
}

export interface Kpis {
  registered: number;
  accepted: number;
  concluded: number;
  resolved: number;
  closureRate: number | null;
  resolutionRate: number | null;
  onTimeResponseRate: number | null;
  /** working minutes, 1 decimal */
  responseMinutes: Distribution;
  /** calendar days, 2 decimals */
  durationDays: Distribution;
  /** working days, 2 decimals */
  durationWorkingDays: Distribution;
  satisfactionRate: number | null;
  reboundRate: number | null;
  moneyRecoveredFen: number;
  /** follow-up visits (see followup.ts); null without visits due */
  followUpOnTimeRate: number | null;
  /** screening campaigns (see followup.ts); null without a target, or under a filter it does not take */
  screeningCoverage: number | null;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  byStatus: Record<string, number>;
  bases: KpiBases;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The follow-up and screening bases before withFollowUp() fills them in. */
export const NO_FOLLOW_UP = Object.freeze({ visitsDue: 0, visitsOnTime: 0, followUpLateCases: 0, screeningTarget: 0, screeningDone: 0 });

/** Office minutes of one working day of the calendar (540 for 08:30–17:30). */
export function officeMinutesPerDay(cal: WorkingCalendar): number {
  const m = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return m(cal.hours.end) - m(cal.hours.start);
}

/**
 * Accepted within the response budget: the response deadline of the case (evaluateDeadline,
 * no pauses: pauses only happen after acceptance), stopped at acceptance, is not breached —
 * i.e. acceptance no later than the due time. For minute budgets this is decided directly:
 * the due time is the first instant at which the budget is used up, so acceptance is on time
 * iff less than the budget was used up one millisecond before it (a property test holds this
 * equal to evaluateDeadline). Accepting at 18:00 a case due at 17:30 is late although no
 * working minute passed in between, as on the case's own deadline.
 */
export function respondedOnTime(cfg: KpiConfig, registeredAt: Date, acceptedAt: Date): boolean {
  const b = cfg.responseBudget;
  if (b.kind === 'calendar_minutes') return acceptedAt.getTime() - registeredAt.getTime() <= Math.round(b.minutes * MINUTE_MS);
  if (b.kind === 'working_minutes' && b.minutes > 0) {
    return workingTime(cfg.cal).msBetween(registeredAt, new Date(acceptedAt.getTime() - 1)) < Math.round(b.minutes * MINUTE_MS);
  }
  return !evaluateDeadline(cfg.cal, { startedAt: registeredAt, budget: b, pauses: [], stoppedAt: acceptedAt, now: acceptedAt }).breached;
}

/** The case's latest rating inside the window, if any. */
export function latestRating(f: KpiCaseFacts, w: Window): string | null {
  const from = w.from.getTime();
  const to = w.to.getTime();
  let latest: string | null = null;
  for (const fb of f.feedback) {
    const t = fb.at.getTime();
    if (t >= from && t < to) latest = fb.satisfaction;
  }
  return latest;
}

/** A linked new case registered within REBOUND_WINDOW_DAYS after the resolution. */
export function rebounded(f: KpiCaseFacts): boolean {
  if (f.conclusion?.type !== 'resolved') return false;
  const from = f.conclusion.at.getTime();
  const until = from + REBOUND_WINDOW_DAYS * DAY_MS;
  return f.linkedRegistrations.some((d) => d.getTime() >= from && d.getTime() <= until);
}

export function computeKpis(facts: readonly KpiCaseFacts[], w: Window, cfg: KpiConfig): Kpis {
  const from = w.from.getTime();
  const to = w.to.getTime();
  // (Numbers, not Dates: relational operators on Dates convert on every call.)
  const inWindow = (d: Date | null | undefined): boolean => {
    if (!d) return false;
    const t = d.getTime();
    return t >= from && t < to;
  };
  const sample = new Set<string>();
  const take = <T extends KpiCaseFacts>(list: T[]) => {
    for (const f of list) sample.add(f.id);
    return list;
  };

  // Registered in the period.
  const registered = take(facts.filter((f) => inWindow(f.registeredAt)));
  const responded = registered.filter((f) => f.firstAcceptedAt !== null);
  const wt = workingTime(cfg.cal); // = workingMinutesBetween, fast
  const responseMinutes = responded.map((f) => wt.minutesBetween(f.registeredAt, f.firstAcceptedAt!));
  const onTime = responded.filter((f) => respondedOnTime(cfg, f.registeredAt, f.firstAcceptedAt!)).length;

  // First accepted in the period.
  const accepted = take(facts.filter((f) => inWindow(f.firstAcceptedAt)));
  const concluded = accepted.filter((f) => f.conclusion !== null);
  const resolved = concluded.filter((f) => f.conclusion!.type === 'resolved');

  // Standing conclusion in the period.
  const concludedInPeriod = take(facts.filter((f) => inWindow(f.conclusion?.at)));
  const perDay = officeMinutesPerDay(cfg.cal);
  const days = concludedInPeriod.map((f) => (f.conclusion!.at.getTime() - f.registeredAt.getTime()) / DAY_MS);
  const workingDays = concludedInPeriod.map((f) => wt.minutesBetween(f.registeredAt, f.conclusion!.at) / perDay);
  const resolvedInPeriod = concludedInPeriod.filter((f) => f.conclusion!.type === 'resolved');
  const reboundCount = resolvedInPeriod.filter(rebounded).length;
  const money = concludedInPeriod.reduce((s, f) => s + f.moneyRecoveredFen, 0);

  // Rated in the period.
  const ratings: string[] = [];
  for (const f of facts) {
    const r = latestRating(f, w);
    if (r !== null) {
      ratings.push(r);
      sample.add(f.id);
    }
  }
  const satisfied = ratings.filter((r) => r === 'satisfied').length;
  const dissatisfied = ratings.filter((r) => r === 'dissatisfied').length;

  return {
    registered: registered.length,
    accepted: accepted.length,
    concluded: concluded.length,
    resolved: resolved.length,
    closureRate: rate(concluded.length, accepted.length),
    resolutionRate: rate(resolved.length, concluded.length),
    onTimeResponseRate: rate(onTime, responded.length),
    responseMinutes: distribution(responseMinutes, 1),
    durationDays: distribution(days, 2),
    durationWorkingDays: distribution(workingDays, 2),
    satisfactionRate: rate(satisfied, ratings.length),
    reboundRate: rate(reboundCount, resolvedInPeriod.length),
    moneyRecoveredFen: money,
    followUpOnTimeRate: null,
    screeningCoverage: null,
    byChannel: countBy(registered, (f) => f.channel),
    byCategory: countBy(registered, (f) => f.category),
    byStatus: countBy(registered, (f) => f.status),
    bases: {
      responded: responded.length,
      respondedOnTime: onTime,
      concludedInPeriod: concludedInPeriod.length,
      resolvedInPeriod: resolvedInPeriod.length,
      rebounded: reboundCount,
      rated: ratings.length,
      satisfied,
      dissatisfied,
      cases: sample.size,
      ...NO_FOLLOW_UP,
    },
  };
}

// ---- grouping

export const GROUP_BYS = ['none', 'month', 'week', 'category', 'channel', 'street', 'community', 'grid', 'handler'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export type DimensionGroupBy = Exclude<GroupBy, 'none' | 'month' | 'week'>;

export interface KpiGroup {
  /** 'YYYY-MM' / 'YYYY-Www' for time groups; the category or channel code, or the unit / user id; null: not set on the case */
  key: string | null;
  /** time groups: the part of the period they cover */
  period?: DayPeriod;
  kpis: Kpis;
  sample: number;
  ranked: boolean;
}

/** The attributes the dimensions group by: of a case, or of a follow-up visit / screening grid. */
export type DimensionKeys = Record<'category' | 'channel' | 'streetId' | 'communityId' | 'gridId' | 'handlerId', string | null>;

/** The attribute a dimension groups by. */
export function dimensionOf(f: DimensionKeys, by: DimensionGroupBy): string | null {
  switch (by) {
    case 'category':
      return f.category;
    case 'channel':
      return f.channel;
    case 'street':
      return f.streetId;
    case 'community':
      return f.communityId;
    case 'grid':
      return f.gridId;
    case 'handler':
      return f.handlerId;
  }
}

/**
 * The facts that can enter each window's figures (any of their dates inside it), for
 * consecutive non-overlapping windows: computing a window over its part gives the same
 * figures as over all facts, in one pass instead of one per window.
 */
function factsByWindow(facts: readonly KpiCaseFacts[], windows: readonly Window[]): KpiCaseFacts[][] {
  const starts = windows.map((w) => w.from.getTime());
  const end = windows.length ? windows[windows.length - 1]!.to.getTime() : 0;
  const parts = windows.map((): KpiCaseFacts[] => []);
  const indexOf = (d: Date): number => {
    const t = d.getTime();
    if (windows.length === 0 || t < starts[0]! || t >= end) return -1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const f of facts) {
    const hit = new Set<number>();
    for (const d of [f.registeredAt, f.firstAcceptedAt, f.conclusion?.at, ...f.feedback.map((fb) => fb.at)]) {
      if (d) hit.add(indexOf(d));
    }
    hit.delete(-1);
    for (const i of hit) parts[i]!.push(f);
  }
  return parts;
}

/** A group of a report: its sample is the cases in its figures, ranked from MIN_RANKED_SAMPLE on. */
export const kpiGroup = (key: string | null, kpis: Kpis, period?: DayPeriod): KpiGroup => ({
  key,
  ...(period ? { period } : {}),
  kpis,
  sample: kpis.bases.cases,
  ranked: kpis.bases.cases >= MIN_RANKED_SAMPLE,
});

/** Dimension groups' order: largest sample first, then by key, the null group last. */
export const bySampleThenKey = (a: KpiGroup, b: KpiGroup): number =>
  b.sample - a.sample || (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The groups of a report. Time groups: one per month / ISO week the period touches, each
 * computed over its part of the period, in time order. Dimension groups: the cases split by
 * the attribute, each over the whole period, largest sample first; groups without any case
 * in their figures are left out.
 */
export function groupKpis(facts: readonly KpiCaseFacts[], period: DayPeriod, by: GroupBy, cfg: KpiConfig): KpiGroup[] {
  if (by === 'none') return [];
  if (by === 'month' || by === 'week') {
    const buckets: TimeBucket[] = by === 'month' ? monthBuckets(period) : weekBuckets(period);
    const windows = buckets.map((b) => windowOf(b, cfg.cal.utcOffsetMinutes));
    const parts = factsByWindow(facts, windows);
    return buckets.map((b, i) => kpiGroup(b.key, computeKpis(parts[i]!, windows[i]!, cfg), { from: b.from, to: b.to }));
  }
  const w = windowOf(period, cfg.cal.utcOffsetMinutes);
  const parts = new Map<string | null, KpiCaseFacts[]>();
  for (const f of facts) {
    const k = dimensionOf(f, by);
    const list = parts.get(k);
    if (list) list.push(f);
    else parts.set(k, [f]);
  }
  return [...parts.entries()]
    .map(([k, list]) => kpiGroup(k, computeKpis(list, w, cfg)))
    .filter((g) => g.sample > 0)
    .sort(bySampleThenKey);
}
