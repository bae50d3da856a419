/** Reading household profiles (家庭档案): the scoped list and one profile with its history. */
import { covers, followupPaths } from '../../domain/screening/access.js';
import { forbidden, notFound } from '../../errors.js';
import type { ProfileFilter } from '../../repositories/household-profile-repository.js';
import type { Actor } from '../actor.js';
import { parseCursor } from '../screening/campaigns.js';
import type { ScreeningDeps } from '../screening/deps.js';
import { memberJson, membersOf, profileJson } from './views.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * The profile if the caller may see it (and so work on it): its grid lies in the
 * caller's territory. One outside is refused with 403 and the refusal audited.
 */
export async function visibleProfile(deps: ScreeningDeps, actor: Actor, id: string, action = 'household_profile.read') {
  const h = await deps.households.get(id);
  if (!h) throw notFound();
  if (covers(followupPaths(actor.scope), h.grid_path)) return h;
  await deps.audit.record(actor, { action, outcome: 'denied', targetType: 'household_profile', targetId: id });
  throw forbidden();
}

export async function listProfiles(deps: ScreeningDeps, actor: Actor, q: Omit<ProfileFilter, 'unitPath'> & { unitId?: string; cursor?: string; limit: number }) {
  let unitPath: string | undefined;
  if (q.unitId) {
    const unit = await deps.units.get(null, q.unitId);
    // An unknown unit filters everything out rather than widening the list.
    unitPath = unit?.path ?? '/none/';
  }
  const rows = await deps.households.list(followupPaths(actor.scope), { gridId: q.gridId, level: q.level, q: q.q, unitPath }, parseCursor(q.cursor) ?? null, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return { items: page.map((r) => profileJson(r, actor.scope)), nextCursor: rows.length > q.limit && last ? `${new Date(last.updated_at).toISOString()}|${last.id}` : null };
}

/** One profile: members (ID numbers and phones masked), notes, and its history. */
export async function profileDetail(deps: ScreeningDeps, actor: Actor, id: string) {
  const h = await visibleProfile(deps, actor, id);
  const [assessments, screenings, plans, cases, referrals] = await Promise.all([
    deps.households.assessments(id),
    deps.households.screenings(id),
    deps.households.plans(id),
    deps.households.cases(id, actor.scope),
    deps.households.referrals(id),
  ]);
  const visits = await deps.households.visits(plans.map((p) => p.id));
  const active = plans.find((p) => p.status === 'active' && p.case_id === null);
  const due = active ? visits.find((v) => v.plan_id === active.id && v.status === 'due') : undefined;
  return {
    ...profileJson({ ...h, plan_id: active?.id ?? null, plan_level: active?.level ?? null, next_due_on: due?.due_on ?? null }, actor.scope),
    communityId: h.community_id,
    members: membersOf(h).map(memberJson),
    notes: h.notes,
    createdAt: iso(h.created_at)!,
    history: {
      assessments: assessments.map((a) => ({
        id: a.id,
        context: a.context,
        score: a.score,
        level: a.level,
        checklistCode: a.checklist_code,
        checklistVersion: a.checklist_version,
        assessedAt: iso(a.assessed_at)!,
        assessedByName: a.assessed_by_name,
      })),
      screenings: screenings.map((s) => ({
        id: s.id,
        campaignId: s.campaign_id,
        campaignName: s.campaign_name,
        score: s.score,
        level: s.level,
        screenedAt: iso(s.screened_at)!,
        screenedByName: s.screened_by_name,
      })),
      plans: plans.map((p) => ({ id: p.id, caseId: p.case_id, level: p.level, status: p.status, startedAt: iso(p.started_at)!, endedAt: iso(p.ended_at), endReason: p.end_reason, version: p.version })),
      visits: visits.map((v) => ({
        id: v.id,
        planId: v.plan_id,
        seq: v.seq,
        dueOn: v.due_on,
        status: v.status,
        doneAt: iso(v.done_at),
        mode: v.mode,
        stability: v.stability,
        levelBefore: v.level_before,
        levelAfter: v.level_after,
        doneByName: v.done_by_name,
      })),
      cases: cases.map((c) => ({ id: c.id, code: c.code, title: c.title, status: c.status, category: c.category, registeredAt: iso(c.registered_at)! })),
      assistance: referrals.map((r) => ({
        id: r.id,
        kind: r.kind,
        resourceName: r.resource_name,
        provider: r.provider,
        status: r.status,
        reason: r.reason,
        outcome: r.outcome,
        referredAt: iso(r.referred_at)!,
        closedAt: iso(r.closed_at),
      })),
    },
  };
}
