import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { decodePhoto, type PhotoProblem, type PhotoType } from '../../domain/followup/photo.js';
import { afterVisit, type Stability, visitOnTime } from '../../domain/followup/schedule.js';
import type { Answers, Assessment, RiskLevel } from '../../domain/risk/checklist.js';
import { AppError, type FieldMessage, forbidden, invalid, notFound } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { FollowupPlanRow, FollowupVisitRow } from '../../repositories/followup-repository.js';
import type { RiskChecklistRow } from '../../repositories/risk-repository.js';
import type { Actor } from '../actor.js';
import { referToAssistance } from '../assistance/refer.js';
import { registerCase, type RegisterInput } from '../cases/register-case.js';
import { checkedAssessment, DEFAULT_CHECKLIST_CODE } from '../risk/checklists.js';
import { mayWorkPlan, visiblePlan } from './access.js';
import type { FollowupDeps } from './deps.js';
import { planEnded, visitDone } from './plan-actions.js';
import { planJson, visitsJson } from './plan-view.js';
import { followupPolicy } from './policy.js';
import { localToday } from './today.js';

export interface RecordVisitInput {
  /** made on the device: the same submission sent again (offline queue, double tap) is recognised */
  clientId: string;
  mode: 'in_person' | 'phone';
  stability: Stability;
  notes: string;
  riskAnswers?: Answers;
  level?: RiskLevel;
  photo?: { contentType: PhotoType; base64: string };
  assistance?: { resourceId: string; reason: string }[];
  rebound?: { description: string; category?: string | null };
}

/** The submission was already recorded (seen inside the transaction): roll back and answer with the first result. */
class AlreadyRecorded extends Error {}

const UNIQUE_VIOLATION = '23505';

const PHOTO_TEXT: Record<PhotoProblem, { 'zh-CN': string; en: string }> = {
  not_base64: { 'zh-CN': '照片数据无效', en: 'The photo data is not valid base64' },
  empty: { 'zh-CN': '照片为空', en: 'The photo is empty' },
  too_large: { 'zh-CN': '照片不能超过 2 MB', en: 'The photo may be at most 2 MB' },
  not_an_image: { 'zh-CN': '照片须为 JPEG、PNG 或 WebP 格式', en: 'The photo must be a JPEG, PNG or WebP image' },
};

/**
 * 登记回访 (one visit of a plan): stability, mode, notes, an optional photo, an optional
 * re-assessment with the active checklist or a level, referrals to assistance, and a
 * rebound (矛盾反弹) that opens a new linked case. All in one transaction; the plan then
 * goes on at its new level from the day of the visit, or ends after its run of stable
 * visits. Idempotent by `clientId`: the same submission again answers with the first
 * result (`replayed`), also when two copies race.
 */
export async function recordVisit(deps: FollowupDeps, actor: Actor, visitId: string, input: RecordVisitInput) {
  const prior = await deps.followups.visitByClientId(input.clientId);
  if (prior) return replay(deps, actor, visitId, prior);

  const visit = await deps.followups.visit(visitId);
  if (!visit) throw notFound();
  const plan = await visiblePlan(deps, actor, visit.plan_id, 'followup.visit');
  const c = plan.case_id ? await deps.cases.get(null, plan.case_id) : undefined;
  if (!mayWorkPlan(actor, c)) throw forbidden();
  if (plan.status !== 'active' || visit.status === 'cancelled') throw planEnded();
  if (visit.status === 'done') throw visitDone();

  // Everything that can be refused is checked before anything is written.
  const fields: Record<string, FieldMessage> = {};
  let checklist: RiskChecklistRow | undefined;
  let assessment: Assessment | undefined;
  if (input.riskAnswers) {
    checklist = await deps.risk.active(DEFAULT_CHECKLIST_CODE);
    if (!checklist) fields.riskAnswers = { 'zh-CN': '尚未发布风险清单', en: 'No risk checklist is published' };
    else collect(fields, () => (assessment = checkedAssessment(checklist!, input.riskAnswers!, 'riskAnswers')));
  }
  let photo: { bytes: Buffer; type: PhotoType; sha256: string } | undefined;
  if (input.photo) {
    const decoded = decodePhoto(input.photo.base64);
    if ('problem' in decoded) fields.photo = PHOTO_TEXT[decoded.problem];
    else photo = { ...decoded, sha256: createHash('sha256').update(decoded.bytes).digest('hex') };
  }
  if (Object.keys(fields).length) throw invalid(fields);
  const registration = input.rebound ? await reboundRegistration(deps, plan, c, input.rebound) : null;

  const [policy, today] = [(await followupPolicy(deps.policies)).value, await localToday(deps)];
  const now = deps.clock.now();

  const core = async (trx: Kysely<DB>, rebound: CaseRow | null) => {
    const v = await deps.followups.visitForUpdate(trx, visitId);
    if (!v) throw notFound();
    if (v.status === 'done') throw v.client_id === input.clientId ? new AlreadyRecorded() : visitDone();
    const p = (await deps.followups.planForUpdate(trx, v.plan_id))!;
    if (p.status !== 'active' || v.status !== 'due') throw planEnded();

    const a =
      assessment && checklist
        ? await deps.risk.insertAssessment(trx, {
            checklist_id: checklist.id,
            case_id: p.case_id,
            household_id: p.case_id ? null : p.household_id,
            context: 'visit',
            answers: input.riskAnswers!,
            score: assessment.score,
            level: assessment.level,
            assessed_by: actor.userId,
            assessed_at: now,
          })
        : null;
    if (photo) await deps.followups.putBlob(trx, photo.sha256, photo.bytes);

    // The worker's judgement wins over the checklist's score when both are given.
    const out = afterVisit({ level: p.level as RiskLevel, stableRun: p.stable_run }, { day: today, stability: input.stability, level: input.level ?? assessment?.level, rebound: !!rebound }, policy);
    const done = await deps.followups.updateVisit(trx, v.id, {
      status: 'done',
      done_at: now,
      done_by: actor.userId,
      mode: input.mode,
      stability: input.stability,
      notes: input.notes,
      photo_sha256: photo?.sha256 ?? null,
      photo_content_type: photo?.type ?? null,
      level_after: out.level,
      assessment_id: a?.id ?? null,
      rebound_case_id: rebound?.id ?? null,
      client_id: input.clientId,
    });
    const updated = await deps.followups.updatePlan(
      trx,
      p.id,
      out.ended ? { level: out.level, stable_run: out.stableRun, status: 'ended', ended_at: now, end_reason: out.reason } : { level: out.level, stable_run: out.stableRun },
      now,
    );
    const next = out.ended ? null : await deps.followups.insertVisit(trx, { plan_id: p.id, seq: v.seq + 1, due_on: out.nextDueOn, level_before: out.level });
    if (out.ended) await deps.followups.addEvent(trx, { planId: p.id, type: 'ended', actorId: actor.userId, actorName: actor.displayName, at: now, data: { reason: out.reason, visitId: v.id } });
    if (rebound) await deps.followups.linkRebound(trx, rebound.id, p);
    for (const [index, item] of (input.assistance ?? []).entries()) {
      await referToAssistance(deps.assistance, trx, { resourceId: item.resourceId, caseId: p.case_id, householdId: p.household_id, visitId: v.id, reason: item.reason, actorId: actor.userId, now, index });
    }
    if (p.case_id) {
      await deps.cases.appendEvent(trx, p.case_id, {
        type: 'followup_visit',
        actorId: actor.userId,
        actorName: actor.displayName,
        at: now,
        data: {
          planId: p.id,
          visitId: v.id,
          seq: v.seq,
          dueOn: v.due_on,
          onTime: visitOnTime(v.due_on, today),
          mode: input.mode,
          stability: input.stability,
          levelBefore: p.level,
          level: out.level,
          ended: out.ended,
          nextDueOn: out.ended ? null : out.nextDueOn,
          reboundCaseId: rebound?.id ?? null,
          reboundCaseCode: rebound?.code ?? null,
          referrals: input.assistance?.length ?? 0,
        },
      });
      if (out.level !== c?.risk_level) await deps.followups.setCaseRiskLevel(trx, p.case_id, out.level, now);
    } else if (p.household_id && (a || out.level !== p.level)) {
      await deps.followups.setHouseholdRisk(trx, p.household_id, { level: out.level, score: a?.score ?? null, now });
    }
    return { visit: done, plan: updated, next };
  };

  try {
    let result: Awaited<ReturnType<typeof core>> | undefined;
    if (registration) {
      await registerCase(deps, actor, registration, { inTransaction: async (trx, created) => void (result = await core(trx, created)) });
    } else {
      result = await deps.db.transaction().execute((trx) => core(trx, null));
    }
    return { ...(await resultJson(deps, result!.visit, result!.plan, today, result!.next)), replayed: false };
  } catch (err) {
    // The same clientId recorded meanwhile (a racing copy): the unique index or the locked row tells.
    if (err instanceof AlreadyRecorded || (err as { code?: string }).code === UNIQUE_VIOLATION) {
      const first = await deps.followups.visitByClientId(input.clientId);
      if (first) return replay(deps, actor, visitId, first);
    }
    throw err;
  }
}

function collect(fields: Record<string, FieldMessage>, check: () => void) {
  try {
    check();
  } catch (err) {
    if (err instanceof AppError && err.fields) Object.assign(fields, err.fields);
    else throw err;
  }
}

async function replay(deps: FollowupDeps, actor: Actor, visitId: string, first: FollowupVisitRow) {
  if (first.id !== visitId) throw new AppError(409, 'client_id_reused', 'followup_client_reused');
  const plan = await visiblePlan(deps, actor, first.plan_id, 'followup.visit');
  return { ...(await resultJson(deps, first, plan, await localToday(deps))), replayed: true };
}

/** `open`: the plan's open visit when the caller has it (just inserted), else read (a replay). */
async function resultJson(deps: FollowupDeps, visit: FollowupVisitRow, plan: FollowupPlanRow, today: string, open?: FollowupVisitRow | null) {
  if (open === undefined) open = plan.status === 'active' ? ((await deps.followups.openVisit(deps.db, plan.id)) ?? null) : null;
  const [v, next] = await visitsJson(deps, open ? [visit, open] : [visit], today);
  return { visit: v!, plan: { ...planJson(plan), nextVisit: next ?? null } };
}

/**
 * The new case a rebound opens: the same parties as the plan's case (or the household's
 * head), its place and category unless another is named; linked to the plan's case.
 */
async function reboundRegistration(deps: FollowupDeps, plan: FollowupPlanRow, c: CaseRow | undefined, r: { description: string; category?: string | null }): Promise<RegisterInput> {
  if (c) {
    const parties = await deps.cases.parties([c.id]);
    return {
      channel: 'grid_report',
      description: r.description,
      category: r.category ?? c.category,
      gridId: c.grid_id,
      ...(c.grid_id ? {} : { communityId: c.community_id, streetId: c.street_id }),
      address: c.address,
      centerId: c.center_id,
      parties: parties.map((p) => ({ role: p.role, kind: p.kind as 'person' | 'organization', name: p.name, partyId: p.party_id })),
    };
  }
  const h = plan.household_id ? await deps.followups.household(plan.household_id) : undefined;
  if (!h) throw notFound();
  return {
    channel: 'grid_report',
    description: r.description,
    // household plans come from the family-conflict programme
    category: r.category ?? 'family',
    gridId: h.grid_id,
    address: h.address,
    centerId: plan.center_id,
    parties: [{ role: 'applicant', kind: 'person', name: h.head_name, phone: h.head_phone }],
  };
}
