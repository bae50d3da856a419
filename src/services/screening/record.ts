/**
 * 入户排查: one household screened with the campaign's checklist, by the grid trio of
 * the grid (or staff whose territory covers it). Idempotent by the device's `clientId`;
 * one screening per address per campaign. A medium or high household gets its profile
 * (created or updated) and a follow-up plan, in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Answers, Assessment } from '../../domain/risk/checklist.js';
import { mayWorkInGrid } from '../../domain/screening/access.js';
import { addressProblem, headProblems, type MemberInput, memberProblems, mergeMembers, needsProfile, normalizeAddress } from '../../domain/screening/household.js';
import { daysBetween } from '../../domain/calendar/days.js';
import { AppError, type FieldMessage, invalid, notFound } from '../../errors.js';
import type { HouseholdProfileRow } from '../../repositories/household-profile-repository.js';
import type { ScreeningRow } from '../../repositories/screening-repository.js';
import type { Actor } from '../actor.js';
import { followupPolicy } from '../followup/policy.js';
import { householdAssessed } from '../household-profiles/assessed.js';
import { profileJson } from '../household-profiles/views.js';
import { checkedAssessment } from '../risk/checklists.js';
import { campaignClosed, todayOf } from './access.js';
import type { ScreeningDeps } from './deps.js';
import { screeningJson } from './views.js';

export interface ScreeningInput {
  clientId: string;
  gridId: string;
  address: string;
  headName: string;
  headPhone?: string | null;
  members?: MemberInput[];
  answers: Answers;
}

const UNIQUE_VIOLATION = '23505';
const text = (zh: string, en: string): FieldMessage => ({ 'zh-CN': zh, en });
const alreadyScreened = () => new AppError(409, 'already_screened', 'screening_already_screened');

/** The problems of the household part of the form (the answers are checked against the checklist). */
function householdProblems(input: ScreeningInput): Record<string, FieldMessage> {
  const out: Record<string, FieldMessage> = {};
  const a = addressProblem(input.address);
  if (a) out.address = a;
  Object.assign(out, headProblems(input), memberProblems(input.members ?? []));
  return out;
}

export async function recordScreening(deps: ScreeningDeps, actor: Actor, campaignId: string, input: ScreeningInput) {
  // A device re-sending what it already sent (the offline queue): the first result, even after the campaign closed.
  const earlier = await deps.screening.screeningByClientId(input.clientId);
  if (earlier) return replay(deps, actor, campaignId, earlier);

  const campaign = await deps.screening.campaign(campaignId);
  if (!campaign) throw notFound();
  const grid = await deps.units.get(null, input.gridId);
  if (!grid || grid.kind !== 'grid') throw invalid({ gridId: text('网格不存在', 'No such grid') });
  if (!mayWorkInGrid(actor.scope, grid.path)) {
    await deps.audit.record(actor, { action: 'screening.record', outcome: 'denied', targetType: 'grid', targetId: grid.id });
    throw new AppError(403, 'outside_grid', 'screening_outside_grid');
  }
  if (campaign.status === 'closed') throw campaignClosed();
  const today = await todayOf(deps);
  if (daysBetween(campaign.starts_on, today) < 0) throw new AppError(409, 'campaign_not_started', 'screening_campaign_not_started', { startsOn: campaign.starts_on });
  if (!(await deps.screening.campaignGrid(campaign.id, grid.id))) throw invalid({ gridId: text('该网格不在本次排查活动范围内', 'This grid is not part of the campaign') });

  const checklist = await deps.risk.byId(campaign.checklist_id);
  if (!checklist) throw notFound();
  const fields = householdProblems(input);
  let result: Assessment | undefined;
  try {
    result = checkedAssessment(checklist, input.answers, 'answers');
  } catch (err) {
    if (!(err instanceof AppError) || !err.fields) throw err;
    Object.assign(fields, err.fields);
  }
  if (Object.keys(fields).length || !result) throw invalid(fields);
  const assessed = result;

  const [{ value: policy }, cal] = await Promise.all([followupPolicy(deps.policies), deps.rules.calendar()]);
  const address = normalizeAddress(input.address);
  const now = deps.clock.now();
  try {
    const done = await deps.db.transaction().execute(async (trx) => {
      const locked = await deps.screening.campaignForUpdate(trx, campaign.id);
      if (!locked || locked.status === 'closed') throw campaignClosed();
      // Another request with this clientId may have committed while we waited for the lock.
      const raced = await deps.screening.screeningByClientId(input.clientId, trx);
      if (raced) return { replayed: true as const, row: raced };
      if (await deps.screening.screeningAt(trx, campaign.id, grid.id, address)) throw alreadyScreened();

      const household = await saveHousehold(deps, trx, grid.id, address, input, assessed, actor, now);
      const assessment = await deps.risk.insertAssessment(trx, {
        checklist_id: checklist.id,
        case_id: null,
        household_id: household?.id ?? null,
        context: 'screening',
        answers: input.answers,
        score: assessed.score,
        level: assessed.level,
        assessed_by: actor.userId,
        assessed_at: now,
      });
      const screening = await deps.screening.insertScreening(trx, {
        campaign_id: campaign.id,
        grid_id: grid.id,
        household_id: household?.id ?? null,
        address,
        head_name: input.headName.trim(),
        assessment_id: assessment.id,
        score: assessed.score,
        level: assessed.level,
        screened_by: actor.userId,
        screened_at: now,
        client_id: input.clientId,
      });
      if (household) {
        await householdAssessed(deps, trx, household, assessed.level, { cal, policy, today, now, actor, centerId: campaign.center_id, source: 'screening' });
      }
      return { replayed: false as const, row: screening };
    });
    if (done.replayed) return replay(deps, actor, campaignId, done.row);
    return { ...(await resultOf(deps, actor, done.row)), reasons: assessed.reasons, replayed: false };
  } catch (err) {
    // Two requests racing past the lock (PostgreSQL, several instances): the unique indexes decide.
    if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
    const first = await deps.screening.screeningByClientId(input.clientId);
    if (first) return replay(deps, actor, campaignId, first);
    throw alreadyScreened();
  }
}

/**
 * The household on file for a screening: a medium or high one is created or updated
 * (members given replace the list; phone and members of low households are not kept);
 * a low one already on file (flagged before) is updated with its new level.
 */
async function saveHousehold(deps: ScreeningDeps, trx: Kysely<DB>, gridId: string, address: string, input: ScreeningInput, a: Assessment, actor: Actor, now: Date): Promise<HouseholdProfileRow | null> {
  const existing = await deps.households.atAddress(trx, gridId, address);
  const level = { risk_level: a.level, risk_score: a.score, last_assessed_at: now, updated_at: now };
  if (!needsProfile(a.level)) return existing ? ((await deps.households.update(trx, existing.id, level)) ?? null) : null;
  const members = input.members ? mergeMembers([], input.members, randomUUID) : undefined;
  if (existing) {
    return (
      (await deps.households.update(trx, existing.id, {
        ...level,
        head_name: input.headName.trim(),
        ...(input.headPhone ? { head_phone: input.headPhone.trim() } : {}),
        ...(members ? { members: JSON.stringify(members) } : {}),
      })) ?? null
    );
  }
  return deps.households.insert(trx, {
    grid_id: gridId,
    address,
    head_name: input.headName.trim(),
    head_phone: input.headPhone?.trim() || null,
    members: JSON.stringify(members ?? []),
    ...level,
    created_by: actor.userId,
    created_at: now,
  });
}

async function resultOf(deps: ScreeningDeps, actor: Actor, s: ScreeningRow) {
  const [grid, household] = await Promise.all([deps.units.get(null, s.grid_id), s.household_id ? deps.households.get(s.household_id) : undefined]);
  const withPlan = household ? await deps.followups.activePlanOfHousehold(deps.db, household.id) : undefined;
  const due = withPlan ? await deps.followups.openVisit(deps.db, withPlan.id) : undefined;
  return {
    screening: screeningJson({ ...s, grid_name: grid?.name ?? '' }),
    household: household ? profileJson({ ...household, plan_id: withPlan?.id ?? null, plan_level: withPlan?.level ?? null, next_due_on: due?.due_on ?? null }, actor.scope) : null,
  };
}

/** The first result of a clientId, for the caller who may work in its grid; a clientId of another campaign is refused. */
async function replay(deps: ScreeningDeps, actor: Actor, campaignId: string, s: ScreeningRow) {
  if (s.campaign_id !== campaignId) throw new AppError(409, 'client_id_reused', 'screening_client_reused');
  const grid = await deps.units.get(null, s.grid_id);
  if (!grid || !mayWorkInGrid(actor.scope, grid.path)) throw new AppError(403, 'outside_grid', 'screening_outside_grid');
  return { ...(await resultOf(deps, actor, s)), reasons: await reasonsOf(deps, s.assessment_id), replayed: true };
}

/** The reasons of a stored assessment, recomputed with the checklist version it was made with. */
async function reasonsOf(deps: ScreeningDeps, assessmentId: string): Promise<Assessment['reasons']> {
  const a = await deps.screening.assessmentAnswers(assessmentId);
  const list = a ? await deps.risk.byId(a.checklist_id) : undefined;
  if (!a || !list) return [];
  try {
    return checkedAssessment(list, a.answers, 'answers').reasons;
  } catch {
    return [];
  }
}
