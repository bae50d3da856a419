/**
 * Progress of the households of a group case: bulk steps (到场, 达成一致, 签约, 兑付), one
 * agreement applied to all, and editing one household. Every bulk change is one
 * transaction that changes every chosen household or none, and keeps the case's money
 * recovered equal to the sum paid.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { agreementFor, type HouseholdState, type ManualStep, planStep, REFUSAL_TEXT, type StepRefusal } from '../../domain/households/progress.js';
import { AppError, conflict, type FieldMessage, notFound } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import { type HouseholdFilter, HouseholdRepository, type HouseholdRow } from '../../repositories/household-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { householdCase, stillOpen } from './access.js';
import { householdView } from './queries.js';

export type Selection = { householdIds: string[]; all?: false } | { all: true; filter?: HouseholdFilter };

const state = (h: HouseholdRow): HouseholdState => ({
  claimFen: Number(h.claim_fen),
  agreedFen: h.agreed_fen === null ? null : Number(h.agreed_fen),
  paidFen: Number(h.paid_fen),
  notifiedAt: h.notified_at ? new Date(h.notified_at) : null,
  attendedAt: h.attended_at ? new Date(h.attended_at) : null,
  agreedAt: h.agreed_at ? new Date(h.agreed_at) : null,
  signedAt: h.signed_at ? new Date(h.signed_at) : null,
  paidAt: h.paid_at ? new Date(h.paid_at) : null,
});

/** The chosen households, locked; unknown ids (or those of another case) are a 400 naming them. */
async function chosen(repo: HouseholdRepository, trx: Kysely<DB>, c: CaseRow, sel: Selection): Promise<HouseholdRow[]> {
  if (sel.all) return repo.lockMany(trx, c.id, await repo.filteredIds(c.id, sel.filter ?? {}, trx));
  const ids = [...new Set(sel.householdIds)];
  const rows = await repo.lockMany(trx, c.id, ids);
  if (rows.length !== ids.length) {
    const found = new Set(rows.map((r) => r.id));
    const fields: Record<string, FieldMessage> = {};
    sel.householdIds.forEach((id, i) => {
      if (!found.has(id)) fields[`householdIds.${i}`] = { 'zh-CN': '该户不属于本案', en: 'Not a household of this case' };
    });
    throw new AppError(400, 'validation_failed', 'validation_failed', {}, fields);
  }
  return rows;
}

/** Keeps cases.money_recovered_fen equal to the sum paid, in the same transaction. */
async function syncRecovered(deps: CaseDeps, repo: HouseholdRepository, trx: Kysely<DB>, c: CaseRow, now: Date): Promise<void> {
  const paid = await repo.paidTotal(trx, c.id);
  if (paid !== Number(c.money_recovered_fen)) await deps.cases.update(trx, c.id, { money_recovered_fen: paid }, now);
}

const refusalList = (refused: { h: HouseholdRow; refusal: StepRefusal }[]) =>
  refused.slice(0, 200).map(({ h, refusal }) => ({ id: h.id, rowNo: h.row_no, name: h.name, reason: refusal.reason, message: REFUSAL_TEXT[refusal.reason] }));

export async function recordStep(deps: CaseDeps, actor: Actor, caseId: string, input: Selection & { step: ManualStep; amountFen?: number }) {
  const c = await householdCase(deps, actor, caseId, true);
  const repo = new HouseholdRepository(deps.db);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const locked = stillOpen(await deps.cases.forUpdate(trx, c.id));
    const rows = await chosen(repo, trx, locked, input);
    const plans = rows.map((h) => ({ h, plan: planStep(state(h), input.step, now, input.amountFen) }));
    const refused = plans.flatMap(({ h, plan }) => (plan.ok ? [] : [{ h, refusal: plan.refusal }]));
    if (refused.length) {
      const invalid = refused.some((r) => r.refusal.kind === 'invalid');
      const detail = { households: refusalList(refused), refusedCount: refused.length };
      if (invalid) throw new AppError(400, 'households_amount_invalid', 'households_amount_invalid', {}, { amountFen: REFUSAL_TEXT.over_agreed }, detail);
      throw new AppError(409, 'households_not_ready', 'households_not_ready', {}, undefined, detail);
    }
    const patches = plans.flatMap(({ h, plan }) => (plan.ok && Object.keys(plan.patch).length ? [{ id: h.id, patch: plan.patch }] : []));
    await repo.updateGrouped(trx, patches);
    const changed = patches.length;
    if (changed) {
      await deps.cases.appendEvent(trx, c.id, {
        type: 'households_progress',
        actorId: actor.userId,
        actorName: actor.displayName,
        at: now,
        data: { step: input.step, count: changed, ...(input.amountFen !== undefined ? { amountFen: input.amountFen } : {}) },
      });
    }
    if (input.step === 'paid') await syncRecovered(deps, repo, trx, locked, now);
    return { step: input.step, selected: rows.length, changed };
  });
}

/** 「统一协议」: every household not yet signed agrees to its claim, or to a ratio of it; signed ones are kept. */
export async function applyAgreement(deps: CaseDeps, actor: Actor, caseId: string, input: { mode: 'claim' | 'ratio'; ratio?: number }) {
  const c = await householdCase(deps, actor, caseId, true);
  if (input.mode === 'ratio' && input.ratio === undefined) {
    throw new AppError(400, 'validation_failed', 'validation_failed', {}, { ratio: { 'zh-CN': '请填写比例（大于 0，不超过 1）', en: 'Give a ratio (above 0, at most 1)' } });
  }
  const repo = new HouseholdRepository(deps.db);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    stillOpen(await deps.cases.forUpdate(trx, c.id));
    const rows = await repo.lockAll(trx, c.id);
    const patches = rows.filter((h) => !h.signed_at).map((h) => ({ id: h.id, patch: { agreed_fen: agreementFor(Number(h.claim_fen), input.mode, input.ratio), agreed_at: now } }));
    await repo.updateGrouped(trx, patches);
    const applied = patches.length;
    const agreedFen = patches.reduce((s, p) => s + p.patch.agreed_fen, 0);
    await deps.cases.appendEvent(trx, c.id, {
      type: 'households_agreement_applied',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { mode: input.mode, ratio: input.ratio ?? null, count: applied, agreedFen },
    });
    return { applied, skippedSigned: rows.length - applied, agreedFen };
  });
}

/** PATCH one household: representative flag and note, with the version read (409 when it moved on). */
export async function patchHousehold(deps: CaseDeps, actor: Actor, id: string, input: { version: number; representative?: boolean; note?: string | null }) {
  const repo = new HouseholdRepository(deps.db);
  const h = await repo.get(id);
  if (!h) throw notFound();
  const c = await householdCase(deps, actor, h.group_case_id, true);
  return deps.db.transaction().execute(async (trx) => {
    stillOpen(await deps.cases.forUpdate(trx, c.id));
    const patch = { ...(input.representative !== undefined ? { representative: input.representative } : {}), ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}) };
    const row = await repo.update(trx, id, patch, input.version);
    if (!row) throw conflict({ household: householdView((await repo.get(id, trx))!) });
    return householdView(row);
  });
}
