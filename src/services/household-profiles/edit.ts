/** Changing a household profile: its details (PATCH), a re-assessment, a linked case. */
import { randomUUID } from 'node:crypto';
import type { Answers } from '../../domain/risk/checklist.js';
import { headProblems, type MemberInput, memberProblems, mergeMembers } from '../../domain/screening/household.js';
import { AppError, conflict, type FieldMessage, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import { followupPolicy } from '../followup/policy.js';
import { activeChecklist, checkedAssessment, DEFAULT_CHECKLIST_CODE } from '../risk/checklists.js';
import { todayOf } from '../screening/access.js';
import type { ScreeningDeps } from '../screening/deps.js';
import { householdAssessed } from './assessed.js';
import { profileDetail, visibleProfile } from './queries.js';
import { membersOf } from './views.js';

const text = (zh: string, en: string): FieldMessage => ({ 'zh-CN': zh, en });

export interface ProfilePatch {
  version: number;
  headName?: string;
  /** null clears it */
  headPhone?: string | null;
  /** the whole list: an existing member keeps its stored ID number / phone when those are omitted */
  members?: MemberInput[];
  notes?: string | null;
}

/** PATCH a profile with the version read (409 when it changed meanwhile); bad fields 400, nothing written. */
export async function patchProfile(deps: ScreeningDeps, actor: Actor, id: string, p: ProfilePatch) {
  await visibleProfile(deps, actor, id, 'household_profile.write');
  const fields: Record<string, FieldMessage> = { ...headProblems(p), ...(p.members ? memberProblems(p.members) : {}) };
  if (Object.keys(fields).length) throw invalid(fields);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const h = await deps.households.forUpdate(trx, id);
    if (!h) throw notFound();
    if (h.version !== p.version) throw conflict({ version: h.version });
    await deps.households.update(trx, id, {
      updated_at: now,
      ...(p.headName !== undefined ? { head_name: p.headName.trim() } : {}),
      ...(p.headPhone !== undefined ? { head_phone: p.headPhone?.trim() || null } : {}),
      ...(p.members ? { members: JSON.stringify(mergeMembers(membersOf(h), p.members, randomUUID)) } : {}),
      ...(p.notes !== undefined ? { notes: p.notes?.trim() || null } : {}),
    });
  });
  return profileDetail(deps, actor, id);
}

/**
 * 风险评估 of a household between screenings and visits, with the active checklist: the
 * profile takes the level, its follow-up plan too (the open visit moves at once); a
 * household that rises to medium or high without a plan gets one.
 */
export async function reassessProfile(deps: ScreeningDeps, actor: Actor, id: string, answers: Answers) {
  await visibleProfile(deps, actor, id, 'household_profile.assess');
  const list = await activeChecklist(deps, DEFAULT_CHECKLIST_CODE);
  const result = checkedAssessment(list, answers, 'answers');
  const [{ value: policy }, cal, today, plans] = await Promise.all([followupPolicy(deps.policies), deps.rules.calendar(), todayOf(deps), deps.households.plans(id)]);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const locked = await deps.households.forUpdate(trx, id);
    if (!locked) throw notFound();
    const a = await deps.risk.insertAssessment(trx, { checklist_id: list.id, case_id: null, household_id: id, context: 'manual', answers, score: result.score, level: result.level, assessed_by: actor.userId, assessed_at: now });
    const updated = await deps.households.update(trx, id, { risk_level: result.level, risk_score: result.score, last_assessed_at: now, updated_at: now });
    await householdAssessed(deps, trx, updated!, result.level, { cal, policy, today, now, actor, centerId: plans[0]?.center_id ?? null, source: 'assessment' });
    return a;
  });
  return {
    assessment: { id: row.id, checklistId: list.id, version: list.version, context: row.context, score: row.score, level: row.level, reasons: result.reasons, assessedAt: new Date(row.assessed_at).toISOString() },
    household: await profileDetail(deps, actor, id),
  };
}

/** 关联案件: a case (that the caller may see) joins the household's history. */
export async function linkCase(deps: ScreeningDeps, actor: Actor, id: string, caseId: string) {
  await visibleProfile(deps, actor, id, 'household_profile.write');
  const c = await visibleCase(deps, actor, caseId, 'household_profile.link_case').catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) throw invalid({ caseId: text('案件不存在', 'No such case') });
    throw err;
  });
  const linked = await deps.households.linkCase(id, c.id);
  return { householdId: id, caseId: c.id, code: c.code, linked };
}
