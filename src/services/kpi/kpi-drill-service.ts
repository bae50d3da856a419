import { localDate } from '../../domain/calendar/working-calendar.js';
import { CASE_STATUSES } from '../../domain/case/lifecycle.js';
import { CHANNELS } from '../../domain/case/taxonomy.js';
import { type DimensionGroupBy, dimensionOf, type GroupBy } from '../../domain/kpi/compute.js';
import { type DrillMetric, NULL_GROUP_KEY, parseDrillMetric } from '../../domain/kpi/drill.js';
import { monthBuckets, type Window, weekBuckets, windowOf } from '../../domain/kpi/period.js';
import type { KpiFilter, KpiRepository } from '../../repositories/kpi-repository.js';
import type { Actor } from '../actor.js';
import { caseListItems } from '../cases/case-queries.js';
import type { CaseDeps } from '../cases/deps.js';
import { checkFilter, fieldError, resolvePeriod } from './kpi-service.js';
import { followUpTally } from '../../domain/kpi/followup.js';

export interface KpiDrillQuery extends KpiFilter {
  from?: string;
  to?: string;
  metric: string;
  groupBy?: GroupBy;
  groupKey?: string;
  cursor?: string;
  limit: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): { registeredAt: Date; id: string } {
  const [t, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const registeredAt = new Date(t ?? '');
  if (Number.isNaN(registeredAt.getTime()) || !id || !UUID.test(id)) fieldError('cursor', '分页游标无效', 'Invalid cursor');
  return { registeredAt, id };
}

const encodeCursor = (registeredAt: Date | string, id: string) => Buffer.from(`${new Date(registeredAt).toISOString()}|${id}`).toString('base64url');

/** The metric, checked: 400 naming `metric` when it is not a figure one can drill into. */
async function checkMetric(deps: CaseDeps, s: string): Promise<DrillMetric> {
  const m = parseDrillMetric(s);
  const known =
    m !== null &&
    (m.kind === 'set' ||
      (m.by === 'byChannel' && (CHANNELS as readonly string[]).includes(m.code)) ||
      (m.by === 'byStatus' && (CASE_STATUSES as readonly string[]).includes(m.code)) ||
      (m.by === 'byCategory' && (await deps.rules.category(m.code)) !== undefined));
  if (!known) fieldError('metric', '指标不存在或不支持明细查询', 'Unknown figure, or not one to drill into');
  return m!;
}

/**
 * GET /api/kpis/cases: a page of the cases behind one figure of GET /api/kpis, for the same
 * period, filters, scope and (optionally) group, newest registration first, with the size of
 * the whole list — which equals the figure. Same refusals as the report.
 */
export async function kpiDrill(deps: CaseDeps, repo: KpiRepository, actor: Actor, q: KpiDrillQuery) {
  const [cal, policy] = await Promise.all([deps.rules.calendar(), deps.rules.casePolicy()]);
  const now = deps.clock.now();
  const today = localDate(cal, now);
  const period = resolvePeriod(q, today);
  const metric = await checkMetric(deps, q.metric);
  const groupBy = q.groupBy ?? 'none';
  if (groupBy === 'none' && q.groupKey !== undefined) fieldError('groupKey', '指定分组键时须同时指定分组方式（groupBy）', 'A group key needs a grouping (groupBy)');
  if (groupBy !== 'none' && q.groupKey === undefined) fieldError('groupKey', '按分组查看明细时须指定分组键', 'A grouping needs the key of one of its groups');

  let window: Window = windowOf(period, cal.utcOffsetMinutes);
  let group: { by: DimensionGroupBy; key: string | null } | undefined;
  if (groupBy === 'month' || groupBy === 'week') {
    const bucket = (groupBy === 'month' ? monthBuckets(period) : weekBuckets(period)).find((b) => b.key === q.groupKey);
    if (!bucket) fieldError('groupKey', '分组键不在统计期内', 'No such group in the period');
    window = windowOf(bucket, cal.utcOffsetMinutes);
  } else if (groupBy !== 'none') {
    const key = q.groupKey === NULL_GROUP_KEY ? null : q.groupKey!;
    const ok =
      key === null ||
      (groupBy === 'channel' ? (CHANNELS as readonly string[]).includes(key) : groupBy === 'category' ? (await deps.rules.category(key)) !== undefined : UUID.test(key));
    if (!ok) fieldError('groupKey', '分组键无效', 'Invalid group key');
    group = { by: groupBy, key };
  }
  const filter = await checkFilter(deps, actor, q);
  const after = q.cursor ? decodeCursor(q.cursor) : undefined;

  // followUpLate: the cases of the late visits (due in the window, of the group by the visit's
  // plan), then scoped as every case list; the other sets are conditions on the KPI facts.
  let caseIds: string[] | undefined;
  if (metric.kind === 'set' && metric.name === 'followUpLate') {
    const part = { from: localDate(cal, window.from), to: localDate(cal, new Date(window.to.getTime() - 1)) };
    const visits = await repo.followups.visits(actor.scope, filter, part, cal.utcOffsetMinutes);
    caseIds = followUpTally(group ? visits.filter((v) => dimensionOf(v, group!.by) === group!.key) : visits, part, today).lateCaseIds;
  }
  const { rows, total } = await repo.facts.drill(actor.scope, caseIds ? {} : filter, {
    window,
    metric,
    responseBudget: policy.value.responseBudget,
    group: caseIds ? undefined : group,
    caseIds,
    after,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const items = await caseListItems(deps, page, now);
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last ? encodeCursor(last.registered_at, last.id) : null;
  // A plan is visible through its grid, its case only through the case scope: the figure
  // counts every late case, the list shows those the caller may open and says how many not.
  if (caseIds) return { items, nextCursor, total: caseIds.length, notListed: caseIds.length - total };
  return { items, nextCursor, total, notListed: 0 };
}
