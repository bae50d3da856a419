import { daysBetween } from '../../domain/calendar/days.js';
import { localDate } from '../../domain/calendar/index.js';
import { maskAddress } from '../../domain/identity.js';
import { visitOnTime } from '../../domain/followup/schedule.js';
import { invalid } from '../../errors.js';
import type { Scope } from '../../domain/scope.js';
import { seesFullAddress } from '../../domain/screening/access.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { FollowupPlanRow, FollowupVisitRow, PlanListRow } from '../../repositories/followup-repository.js';
import type { Actor } from '../actor.js';
import { type AssessmentJson, assessmentsWithReasons } from '../risk/assessment-view.js';
import { mayManagePlans, mayWorkPlan, visiblePlan } from './access.js';
import type { FollowupDeps } from './deps.js';
import { followupPolicy } from './policy.js';
import { localToday } from './today.js';

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export function planJson(p: FollowupPlanRow) {
  return {
    id: p.id,
    caseId: p.case_id,
    householdId: p.household_id,
    centerId: p.center_id,
    gridId: p.grid_id,
    level: p.level,
    status: p.status,
    stableRun: p.stable_run,
    startedAt: iso(p.started_at)!,
    endedAt: iso(p.ended_at),
    endReason: p.end_reason,
    version: p.version,
  };
}

/** A visit as the API shows it; `today` gives the overdue days of an open one. */
export function visitJson(v: FollowupVisitRow, today: string, names: Map<string, string> = new Map(), doneDay: string | null = null) {
  return {
    id: v.id,
    planId: v.plan_id,
    seq: v.seq,
    dueOn: v.due_on,
    status: v.status,
    overdueDays: v.status === 'due' ? Math.max(0, daysBetween(v.due_on, today)) : 0,
    doneAt: iso(v.done_at),
    doneOn: doneDay,
    onTime: v.status === 'done' && doneDay ? visitOnTime(v.due_on, doneDay) : null,
    doneByName: v.done_by ? names.get(v.done_by) ?? null : null,
    mode: v.mode,
    stability: v.stability,
    notes: v.notes,
    hasPhoto: !!v.photo_sha256,
    levelBefore: v.level_before,
    levelAfter: v.level_after,
    assessmentId: v.assessment_id,
    reboundCaseId: v.rebound_case_id,
    escalationLevel: v.escalation_level,
    version: v.version,
  };
}

/** Visits of a plan with the names of who made them and the local day each was made. */
export async function visitsJson(deps: FollowupDeps, visits: readonly FollowupVisitRow[], today: string) {
  const names = new Map((await deps.followups.userNames([...new Set(visits.map((v) => v.done_by).filter((x): x is string => !!x))])).map((u) => [u.id, u.display_name]));
  const cal = await deps.rules.calendar();
  return visits.map((v) => visitJson(v, today, names, v.done_at ? localDate(cal, new Date(v.done_at)) : null));
}

export interface PlanListQuery {
  status?: 'active' | 'ended';
  level?: 'high' | 'medium' | 'low';
  gridId?: string;
  caseId?: string;
  householdId?: string;
  overdue?: boolean;
  limit: number;
  cursor?: string;
}

/** A household's address: in full for the grid trio of its grid (they visit it), masked for everyone else. */
export function addressFor(scope: Scope, address: string | null, gridPath: string | null): string {
  if (!address) return '';
  return gridPath && seesFullAddress(scope, gridPath) ? address : maskAddress(address);
}

function decodeCursor(cursor: string): { dueOn: string; id: string } {
  const [dueOn, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!dueOn || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || !id || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw invalid({ cursor: { 'zh-CN': '分页游标无效', en: 'Invalid cursor' } });
  }
  return { dueOn, id };
}

function listItem(scope: Scope, r: PlanListRow, today: string) {
  return {
    ...planJson(r),
    grid: r.grid_id ? { id: r.grid_id, name: r.grid_name ?? '' } : null,
    case: r.case_id ? { id: r.case_id, code: r.case_code ?? '', title: r.case_title ?? '' } : null,
    household: r.household_id ? { id: r.household_id, headName: r.head_name ?? '', address: addressFor(scope, r.household_address, r.grid_path) } : null,
    nextVisit: r.visit_id
      ? { id: r.visit_id, seq: r.visit_seq!, dueOn: r.visit_due_on!, overdueDays: Math.max(0, daysBetween(r.visit_due_on!, today)), escalationLevel: r.visit_escalation_level ?? 0 }
      : null,
    visitsDone: Number(r.visits_done),
  };
}

/** 回访计划 list: the plans the caller may see, soonest due first, cursor-paginated. */
export async function listPlans(deps: FollowupDeps, actor: Actor, q: PlanListQuery) {
  const today = await localToday(deps);
  const rows = await deps.followups.list(actor.scope, {
    status: q.status,
    level: q.level,
    gridId: q.gridId,
    caseId: q.caseId,
    householdId: q.householdId,
    overdueBefore: q.overdue ? today : undefined,
    limit: q.limit + 1,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    day: today,
    items: page.map((r) => listItem(actor.scope, r, today)),
    nextCursor: rows.length > q.limit && last ? Buffer.from(`${last.sort_day}|${last.id}`).toString('base64url') : null,
  };
}

/** One plan with its visits, its case or household, the assessments, referrals and events, and what the caller may do. */
export async function planDetail(deps: FollowupDeps, actor: Actor, planId: string) {
  return renderPlan(deps, actor, await visiblePlan(deps, actor, planId));
}

/** What the caller already read for this plan (a case page renders each of its plans): not read again. */
interface Known {
  case?: CaseRow;
  assessments?: AssessmentJson[];
}

export async function renderPlan(deps: FollowupDeps, actor: Actor, plan: FollowupPlanRow, known: Known = {}) {
  const today = await localToday(deps);
  const [visits, events, c, household, referrals, grid, policy, assessments] = await Promise.all([
    deps.followups.visits(undefined, plan.id),
    deps.followups.events(plan.id),
    plan.case_id ? (known.case ?? deps.cases.get(null, plan.case_id)) : Promise.resolve(undefined),
    plan.household_id ? deps.followups.household(plan.household_id) : Promise.resolve(undefined),
    deps.followups.referralsOf({ caseId: plan.case_id, householdId: plan.household_id }),
    plan.grid_id ? deps.units.get(null, plan.grid_id) : Promise.resolve(undefined),
    followupPolicy(deps.policies),
    known.assessments ?? assessmentsWithReasons(deps, { caseId: plan.case_id, householdId: plan.household_id }),
  ]);
  const canWork = plan.status === 'active' && mayWorkPlan(actor, c);
  return {
    ...planJson(plan),
    day: today,
    grid: grid ? { id: grid.id, name: grid.name } : null,
    case: c ? { id: c.id, code: c.code, title: c.title, status: c.status, riskLevel: c.risk_level } : null,
    household: household ? { id: household.id, headName: household.head_name, address: addressFor(actor.scope, household.address, grid?.path ?? null), riskLevel: household.risk_level } : null,
    intervalDays: policy.value.intervalDays,
    stableVisitsToEnd: policy.value.stableVisitsToEnd,
    visits: await visitsJson(deps, visits, today),
    assessments,
    referrals: referrals.map((r) => ({
      id: r.id,
      resourceId: r.resource_id,
      resourceName: r.resource_name,
      resourceKind: r.resource_kind,
      provider: r.provider,
      visitId: r.visit_id,
      reason: r.reason,
      status: r.status,
      outcome: r.outcome,
      referredAt: iso(r.referred_at)!,
      closedAt: iso(r.closed_at),
    })),
    events: events.map((e) => ({ id: e.id, type: e.type, actorName: e.actor_name, at: iso(e.at)!, reason: e.reason, data: e.data })),
    canRecord: canWork,
    canChangeLevel: canWork,
    canEnd: plan.status === 'active' && mayManagePlans(actor),
  };
}
