import { localDate } from '../../domain/calendar/working-calendar.js';
import { CHANNEL_LABELS, type Channel } from '../../domain/case/taxonomy.js';
import { emptyAggregates, kpisFromAggregates } from '../../domain/kpi/aggregates.js';
import { bySampleThenKey, type DimensionGroupBy, dimensionOf, type GroupBy, type KpiConfig, type KpiGroup, kpiGroup, type Kpis, officeMinutesPerDay } from '../../domain/kpi/compute.js';
import { KPI_DEFINITIONS, type KpiDefinition, type KpiKey } from '../../domain/kpi/definitions.js';
import { followUpTally, screeningTally, withFollowUp } from '../../domain/kpi/followup.js';
import { addDays, type DayPeriod, daysBetween, isLocalDate, monthBuckets, type TimeBucket, type Window, weekBuckets, windowOf } from '../../domain/kpi/period.js';
import type { Scope } from '../../domain/scope.js';
import { CASE_ONLY_FILTERS, type KpiScreeningRow, type KpiVisitRow } from '../../repositories/kpi-followup-repository.js';
import { forbidden, invalid, type FieldMessage } from '../../errors.js';
import type { Locale } from '../../i18n/messages.js';
import type { KpiFilter, KpiRepository } from '../../repositories/kpi-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';

export interface KpiQuery extends KpiFilter {
  /** 'YYYY-MM-DD' local; default: 364 days before `to` (a year of days) */
  from?: string;
  /** 'YYYY-MM-DD' local, inclusive; default: today */
  to?: string;
  groupBy?: GroupBy;
}

export interface KpiReport {
  period: DayPeriod;
  groupBy: GroupBy;
  definitions: Record<KpiKey, KpiDefinition>;
  total: Kpis;
  groups: (KpiGroup & { label: string })[];
}

/** The longest period a report may cover. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** Which unit kinds each unit filter takes. */
const UNIT_FILTERS = {
  streetId: ['street', 'town'],
  communityId: ['community'],
  gridId: ['grid'],
  departmentId: ['department', 'station', 'enterprise_station', 'center'],
} as const;

const UNSPECIFIED = { 'zh-CN': '未指定', en: 'Unspecified' } as const;
const UNASSIGNED = { 'zh-CN': '未分派', en: 'Unassigned' } as const;

/**
 * GET /api/kpis: the KPIs of a period over the cases the caller may see, with their
 * definitions, in total and by group. Bad input is refused, never answered with an empty
 * chart: an inverted or oversized period (400), an unknown unit or category (400), a unit
 * outside the caller's scope (403, audited).
 */
export async function kpiReport(deps: CaseDeps, repo: KpiRepository, actor: Actor, q: KpiQuery, locale: Locale): Promise<KpiReport> {
  const [cal, policy] = await Promise.all([deps.rules.calendar(), deps.rules.casePolicy()]);
  const today = localDate(cal, deps.clock.now());
  const period = resolvePeriod(q, today);
  const filter = await checkFilter(deps, actor, q);
  const groupBy = q.groupBy ?? 'none';
  const groups = await computeReport(repo, actor.scope, filter, period, groupBy, { cal, responseBudget: policy.value.responseBudget }, today);
  const labels = await labelsFor(deps, repo, groupBy, groups.groups, locale);
  return {
    period,
    groupBy,
    definitions: KPI_DEFINITIONS,
    total: groups.total,
    groups: groups.groups.map((g) => ({ ...g, label: labels(g) })),
  };
}

/**
 * The figures of a period in total and by group, from the SQL aggregates of the KPI facts
 * and the follow-up / screening rows. Time groups: every month / week the period touches, in
 * order. Dimension groups: those with any case in their figures, a follow-up visit due or a
 * screening target, largest sample first; ranked when the sample reaches MIN_RANKED_SAMPLE.
 */
export async function computeReport(
  repo: KpiRepository,
  scope: Scope,
  filter: KpiFilter,
  period: DayPeriod,
  groupBy: GroupBy,
  cfg: KpiConfig,
  today: string,
): Promise<{ total: Kpis; groups: KpiGroup[] }> {
  const offset = cfg.cal.utcOffsetMinutes;
  const w = windowOf(period, offset);
  const buckets: TimeBucket[] | undefined = groupBy === 'month' ? monthBuckets(period) : groupBy === 'week' ? weekBuckets(period) : undefined;
  const dimension = groupBy !== 'none' && !buckets ? (groupBy as DimensionGroupBy) : undefined;
  const agg = await repo.facts.aggregate(scope, filter, {
    window: w,
    buckets: buckets?.map((b) => windowOf(b, offset)),
    dimension,
    responseBudget: cfg.responseBudget,
    perDay: officeMinutesPerDay(cfg.cal),
  });
  const [visits, grids] = await Promise.all([repo.followups.visits(scope, filter, period, offset), repo.followups.screeningGrids(scope, filter, period, w.to)]);
  // Screening has no case attributes: under a case-only filter or grouping it does not apply.
  const caseOnly = CASE_ONLY_FILTERS.some((k) => filter[k] !== undefined);
  const screening = (list: readonly KpiScreeningRow[], p: DayPeriod, gw: Window) => (caseOnly ? null : screeningTally(list, p, gw));
  const total = withFollowUp(kpisFromAggregates(agg.total), followUpTally(visits, period, today), screening(grids, period, w));

  if (buckets) {
    const groups = buckets.map((b, i) => {
      const k = kpisFromAggregates(agg.groups.get(String(i)) ?? emptyAggregates());
      return kpiGroup(b.key, withFollowUp(k, followUpTally(visits, b, today), screening(grids, b, windowOf(b, offset))), { from: b.from, to: b.to });
    });
    return { total, groups };
  }
  if (!dimension) return { total, groups: [] };

  const visitKey = (v: KpiVisitRow): string | null => dimensionOf(v, dimension);
  const gridKey = (g: KpiScreeningRow): string | null => dimensionOf({ ...g, category: null, channel: null, handlerId: null }, dimension);
  const screeningApplies = !caseOnly && (dimension === 'street' || dimension === 'community' || dimension === 'grid');
  const keys = new Set<string | null>([...agg.groups.keys(), ...visits.map(visitKey), ...(screeningApplies ? grids.map(gridKey) : [])]);
  const groups = [...keys]
    .map((key) => {
      const k = kpisFromAggregates(agg.groups.get(key) ?? emptyAggregates());
      const sc = screeningApplies ? screeningTally(grids.filter((g) => gridKey(g) === key), period, w) : null;
      return kpiGroup(key, withFollowUp(k, followUpTally(visits.filter((v) => visitKey(v) === key), period, today), sc));
    })
    .filter((g) => g.sample > 0 || g.kpis.bases.visitsDue > 0 || g.kpis.bases.screeningTarget > 0)
    .sort(bySampleThenKey);
  return { total, groups };
}

export function fieldError(field: string, zh: string, en: string): never {
  throw invalid({ [field]: { 'zh-CN': zh, en } });
}

/** The period asked for, with defaults; 400 naming the field at fault. */
export function resolvePeriod(q: Pick<KpiQuery, 'from' | 'to'>, today: string): DayPeriod {
  if (q.from !== undefined && !isLocalDate(q.from)) fieldError('from', '日期格式应为 YYYY-MM-DD', 'Expected a date YYYY-MM-DD');
  if (q.to !== undefined && !isLocalDate(q.to)) fieldError('to', '日期格式应为 YYYY-MM-DD', 'Expected a date YYYY-MM-DD');
  const to = q.to ?? (q.from && q.from > today ? q.from : today);
  const from = q.from ?? addDays(to, -364);
  if (from > to) fieldError('to', '结束日期不能早于开始日期', 'The end date is before the start date');
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) fieldError('from', `统计期不能超过 ${MAX_PERIOD_DAYS} 天`, `The period cannot exceed ${MAX_PERIOD_DAYS} days`);
  return { from, to };
}

/** Checks the filters: units must exist, be of the right kind (400) and lie in the caller's scope (403, audited). */
export async function checkFilter(deps: CaseDeps, actor: Actor, q: KpiFilter): Promise<KpiFilter> {
  const fields: Record<string, FieldMessage> = {};
  if (q.category !== undefined && !(await deps.rules.category(q.category))) {
    fields.category = { 'zh-CN': '案件类别不存在', en: 'Unknown category' };
  }
  const units = (Object.keys(UNIT_FILTERS) as (keyof typeof UNIT_FILTERS)[]).filter((k) => q[k] !== undefined);
  for (const field of units) {
    const unit = await deps.units.get(null, q[field]!);
    if (!unit || !(UNIT_FILTERS[field] as readonly string[]).includes(unit.kind)) {
      fields[field] = { 'zh-CN': '组织机构不存在或类型不符', en: 'Unknown unit or unit of the wrong kind' };
    }
  }
  if (Object.keys(fields).length) throw invalid(fields);
  for (const field of units) {
    const id = q[field]!;
    if (!(await deps.units.get(actor.scope, id))) {
      await deps.audit.record(actor, { action: 'kpi.read', outcome: 'denied', targetType: 'org_unit', targetId: id, detail: { filter: field } });
      throw forbidden();
    }
  }
  return {
    category: q.category,
    channel: q.channel,
    streetId: q.streetId,
    communityId: q.communityId,
    gridId: q.gridId,
    handlerId: q.handlerId,
    departmentId: q.departmentId,
  };
}

/** Group labels in the caller's language. */
async function labelsFor(deps: CaseDeps, repo: KpiRepository, by: GroupBy, groups: readonly KpiGroup[], locale: Locale): Promise<(g: KpiGroup) => string> {
  const keys = groups.map((g) => g.key).filter((k): k is string => k !== null);
  const none = (by === 'handler' ? UNASSIGNED : UNSPECIFIED)[locale];
  switch (by) {
    case 'none':
      return () => '';
    case 'month':
      return (g) => (locale === 'en' ? g.key! : `${Number(g.key!.slice(0, 4))}年${Number(g.key!.slice(5, 7))}月`);
    case 'week':
      return (g) => (locale === 'en' ? `${g.key} (${g.period!.from} – ${g.period!.to})` : `${g.key!.slice(0, 4)}年第${Number(g.key!.slice(6))}周（${g.period!.from} 至 ${g.period!.to}）`);
    case 'channel':
      return (g) => (g.key === null ? none : (CHANNEL_LABELS[g.key as Channel]?.[locale] ?? g.key));
    case 'category': {
      const cats = await deps.rules.categories();
      const name = new Map(cats.map((c) => [c.code, locale === 'en' ? c.name_en : c.name_zh]));
      return (g) => (g.key === null ? none : (name.get(g.key) ?? g.key));
    }
    case 'handler': {
      const names = await repo.userNames(keys);
      return (g) => (g.key === null ? none : (names.get(g.key) ?? g.key));
    }
    default: {
      const names = await repo.unitNames(keys);
      return (g) => (g.key === null ? none : (names.get(g.key) ?? g.key));
    }
  }
}
