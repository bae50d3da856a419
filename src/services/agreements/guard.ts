import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, forbidden, notFound } from '../../errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { AgreementRepository } from '../../repositories/agreement-repository.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import { callerFacts } from '../cases/caller.js';
import type { CaseDeps } from '../cases/deps.js';
import { visibleCase } from '../cases/visible-case.js';

export interface AgreementDeps extends CaseDeps {
  agreements: AgreementRepository;
}

const OVERSEERS = ['admin', 'director', 'dispatcher'];

/** 409 with a stable code and its message. */
export const refuse = (code: MessageKey, params: Record<string, string | number> = {}) => new AppError(409, code, code, params);

/** The handler of the case (assignee, or staff of the handling unit while unassigned), or dispatcher/director/admin. */
export function mayHandle(c: CaseRow, actor: Actor): boolean {
  const f = callerFacts(actor);
  if (f.roles.some((r) => OVERSEERS.includes(r))) return true;
  if (c.assignee_id) return c.assignee_id === actor.userId;
  return c.handling_unit_id !== null && f.handlingUnitIds.includes(c.handling_unit_id);
}

/** Before a write: the caller sees the case and handles it. */
export async function writableCase(deps: AgreementDeps, actor: Actor, caseId: string): Promise<void> {
  const c = await visibleCase(deps, actor, caseId, 'agreement.write');
  if (!mayHandle(c, actor)) throw forbidden();
}

/** Inside the transaction: the locked case, refused when archived (the dossier is frozen). */
export async function lockCase(deps: AgreementDeps, trx: Kysely<DB>, caseId: string): Promise<CaseRow> {
  const c = await deps.cases.forUpdate(trx, caseId);
  if (!c) throw notFound('case_not_found');
  if (c.status === 'archived') throw new AppError(409, 'archived_readonly', 'archived_readonly');
  return c;
}

export function checkVersion(expected: number | undefined, actual: number) {
  if (expected !== undefined && expected !== actual) throw conflict();
}
