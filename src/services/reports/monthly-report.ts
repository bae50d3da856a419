import { localDate } from '../../domain/calendar/working-calendar.js';
import { CHANNEL_LABELS, type Channel } from '../../domain/case/taxonomy.js';
import { topRiskUnits } from '../../domain/heatmap/score.js';
import type { Kpis } from '../../domain/kpi/compute.js';
import { windowOf } from '../../domain/kpi/period.js';
import { type MonthPeriods, monthPeriods, parseMonth } from '../../domain/reports/monthly.js';
import { isAdmin, type Scope } from '../../domain/scope.js';
import { forbidden, invalid } from '../../errors.js';
import type { HeatmapRepository } from '../../repositories/heatmap-repository.js';
import type { KpiRepository } from '../../repositories/kpi-repository.js';
import type { OrgUnitRow } from '../../repositories/org-unit-repository.js';
import type { MassDisputeRow, ReportRepository } from '../../repositories/report-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { type HeatUnit, heatmap } from '../heatmap/heatmap-service.js';
import { kpiDrill } from '../kpi/kpi-drill-service.js';
import { type KpiReport, kpiReport } from '../kpi/kpi-service.js';

/** Roles that may take a center's monthly report (besides admins): its director and its dispatchers. */
const REPORT_ROLES: readonly string[] = ['director', 'dispatcher'];
/** How many late responses and risk grids the report lists. */
export const REPORT_LIST_LIMIT = 200;
export const TOP_RISK_GRIDS = 10;

export interface ReportRepos {
  kpi: KpiRepository;
  heat: HeatmapRepository;
  report: ReportRepository;
}

export interface BreakdownRow {
  code: string;
  name: string;
  count: number;
  previous: number;
  lastYear: number;
}

export interface LateCase {
  code: string;
  title: string;
  categoryName: string;
  registeredAt: string;
  handlingUnitName: string | null;
  status: string;
}

export interface MonthlyReport {
  center: { id: string; name: string };
  periods: MonthPeriods;
  /** the local day the report was made (open cases and risk stand as of it) */
  asOf: string;
  generatedAt: Date;
  responseBudgetText: string;
  definitions: KpiReport['definitions'];
  current: Kpis;
  previous: Kpis;
  lastYear: Kpis;
  categories: BreakdownRow[];
  channels: BreakdownRow[];
  streets: KpiReport['groups'];
  sla: { responded: number; onTime: number; late: number; rate: number | null; lateCases: LateCase[] };
  riskGrids: HeatUnit[];
  followup: {
    /** visits due in the month (KPI bases) and, of them, still not done after their day */
    visits: { due: number; onTime: number; overdue: number };
    /** coverage bases of the KPI module, and the households screened in the month */
    screenings: { target: number; done: number; screened: number; high: number };
  };
  mass: { count: number; people: number; amountFen: number; items: MassDisputeRow[] };
}

/** The center a report is for: asked for or the caller's own; the caller must direct or dispatch at it (or above it), or be an admin. */
async function reportCenter(deps: CaseDeps, actor: Actor, centerId: string | undefined): Promise<OrgUnitRow> {
  let center: OrgUnitRow | undefined;
  if (centerId) {
    center = await deps.units.get(null, centerId);
    if (!center || center.kind !== 'center') throw invalid({ centerId: { 'zh-CN': '综治中心不存在', en: 'Unknown center' } });
  } else {
    const own = actor.scope.grants.find((g) => g.unitKind === 'center');
    center = own ? await deps.units.get(null, own.unitId) : (await deps.units.byKind(actor.scope, 'center', undefined, 1))[0];
    if (!center) throw invalid({ centerId: { 'zh-CN': '请选择综治中心', en: 'Choose a center' } });
  }
  const path = center.path;
  const allowed = isAdmin(actor.scope) || actor.scope.grants.some((g) => REPORT_ROLES.includes(g.role) && path.startsWith(g.unitPath));
  if (!allowed) {
    await deps.audit.record(actor, { action: 'report.read', outcome: 'denied', targetType: 'org_unit', targetId: center.id, detail: { report: 'monthly' } });
    throw forbidden();
  }
  return center;
}

/** The caller seen as the center: the report covers the center's cases (cases.center_id), whoever asks. */
function asCenter(actor: Actor, center: OrgUnitRow): Actor {
  const scope: Scope = { userId: actor.userId, grants: [{ role: 'director', unitId: center.id, unitKind: 'center', unitPath: center.path }] };
  return { ...actor, scope };
}

function budgetText(b: { kind: string; minutes?: number; days?: number }): string {
  if (b.kind === 'working_minutes') return `${b.minutes}个工作分钟`;
  if (b.kind === 'calendar_minutes') return `${b.minutes}分钟`;
  return `${b.days}个工作日`;
}

function breakdown(cur: Record<string, number>, prev: Record<string, number>, ly: Record<string, number>, nameOf: (code: string) => string): BreakdownRow[] {
  const codes = new Set([...Object.keys(cur), ...Object.keys(prev), ...Object.keys(ly)]);
  return [...codes]
    .map((code) => ({ code, name: nameOf(code), count: cur[code] ?? 0, previous: prev[code] ?? 0, lastYear: ly[code] ?? 0 }))
    .sort((a, b) => b.count - a.count || b.previous - a.previous || (a.code < b.code ? -1 : 1));
}

/**
 * GET /api/reports/monthly: the figures of a center's month — KPIs against the previous month
 * and the same month last year, breakdowns, late responses, risk grids, follow-up, screening
 * and 涉众 — all from the KPI module, the drill-down and the heat map, so that the report
 * says exactly what the dashboard says for that month.
 */
export async function monthlyReport(deps: CaseDeps, repos: ReportRepos, actor: Actor, q: { month: string; centerId?: string }): Promise<MonthlyReport> {
  const [cal, policy] = await Promise.all([deps.rules.calendar(), deps.rules.casePolicy()]);
  const now = deps.clock.now();
  const today = localDate(cal, now);
  if (!parseMonth(q.month)) throw invalid({ month: { 'zh-CN': '月份格式应为 YYYY-MM', en: 'Expected a month YYYY-MM' } });
  const periods = monthPeriods(q.month, today);
  if (!periods) throw invalid({ month: { 'zh-CN': '月份不能晚于本月', en: 'The month cannot be after the current one' } });
  const center = await reportCenter(deps, actor, q.centerId);
  const as = asCenter(actor, center);
  const w = windowOf(periods.current, cal.utcOffsetMinutes);

  const current = await kpiReport(deps, repos.kpi, as, { ...periods.current, groupBy: 'street' }, 'zh-CN');
  const previous = await kpiReport(deps, repos.kpi, as, { ...periods.previous, groupBy: 'none' }, 'zh-CN');
  const lastYear = await kpiReport(deps, repos.kpi, as, { ...periods.lastYear, groupBy: 'none' }, 'zh-CN');
  const late = await kpiDrill(deps, repos.kpi, as, { ...periods.current, metric: 'respondedLate', limit: REPORT_LIST_LIMIT });
  const grids = await heatmap(deps, repos.heat, as, { level: 'grid', ...periods.current });
  const overdue = await repos.report.overdueVisits(center.id, periods.current, today);
  const screenings = await repos.report.screenings(center.id, w);
  const mass = await repos.report.massDisputes(center.id, w);

  const categories = await deps.rules.categories();
  const categoryName = new Map(categories.map((c) => [c.code, c.name_zh]));
  const t = current.total;
  return {
    center: { id: center.id, name: center.name },
    periods,
    asOf: today,
    generatedAt: now,
    responseBudgetText: budgetText(policy.value.responseBudget),
    definitions: current.definitions,
    current: t,
    previous: previous.total,
    lastYear: lastYear.total,
    categories: breakdown(t.byCategory, previous.total.byCategory, lastYear.total.byCategory, (c) => categoryName.get(c) ?? c),
    channels: breakdown(t.byChannel, previous.total.byChannel, lastYear.total.byChannel, (c) => CHANNEL_LABELS[c as Channel]?.['zh-CN'] ?? c),
    streets: current.groups,
    sla: {
      responded: t.bases.responded,
      onTime: t.bases.respondedOnTime,
      late: late.total,
      rate: t.onTimeResponseRate,
      lateCases: late.items.map((c) => ({
        code: c.code,
        title: c.title,
        categoryName: c.categoryName,
        registeredAt: c.registeredAt,
        handlingUnitName: (c as { handlingUnitName?: string | null }).handlingUnitName ?? null,
        status: c.status,
      })),
    },
    riskGrids: topRiskUnits(grids.units, TOP_RISK_GRIDS),
    followup: {
      visits: { due: t.bases.visitsDue, onTime: t.bases.visitsOnTime, overdue },
      screenings: { target: t.bases.screeningTarget, done: t.bases.screeningDone, ...screenings },
    },
    mass: {
      count: mass.length,
      people: mass.reduce((s, m) => s + m.people_count, 0),
      amountFen: mass.reduce((s, m) => s + (m.amount_fen ?? 0), 0),
      items: mass,
    },
  };
}
