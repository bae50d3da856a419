import { localDate } from '../../domain/calendar/working-calendar.js';
import { CHANNEL_LABELS, type Channel } from '../../domain/case/taxonomy.js';
import { computeKpis, type GroupBy, groupKpis, type KpiConfig, type KpiGroup, type Kpis } from '../../domain/kpi/compute.js';
import { KPI_DEFINITIONS, type KpiDefinition, type KpiKey } from '../../domain/kpi/definitions.js';
import { addDays, type DayPeriod, daysBetween, isLocalDate, windowOf } from '../../domain/kpi/period.js';
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
  const period = resolvePeriod(q, localDate(cal, deps.clock.now()));
  const filter = await checkFilter(deps, actor, q);
  const groupBy = q.groupBy ?? 'none';

  const cfg: KpiConfig = { cal, responseBudget: policy.value.responseBudget };
  const facts = await repo.caseFacts(actor.scope, filter, windowOf(period, cal.utcOffsetMinutes));
  const total = computeKpis(facts, windowOf(period, cal.utcOffsetMinutes), cfg);
  const groups = groupKpis(facts, period, groupBy, cfg);
  const labels = await labelsFor(deps, repo, groupBy, groups, locale);
  return {
    period,
    groupBy,
    definitions: KPI_DEFINITIONS,
    total,
    groups: groups.map((g) => ({ ...g, label: labels(g) })),
  };
}

function fieldError(field: string, zh: string, en: string): never {
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
async function checkFilter(deps: CaseDeps, actor: Actor, q: KpiQuery): Promise<KpiFilter> {
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
