/** The two hooks of registration into 涉众 (mass disputes): the compound of the case, and the warning after it is written. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FieldMessage } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { CaseDeps } from '../cases/deps.js';
import { resolveCaseCompound } from './compound.js';
import { warnOnRegistration } from './notify.js';

/** compound_id of the new case: the one given, else the one its address names (see resolveCaseCompound). */
export function caseCompoundId(db: Kysely<DB>, input: { compoundId?: string | null; address?: string | null }, territory: Record<string, string | null>, fields: Record<string, FieldMessage>) {
  return resolveCaseCompound(db, input, territory, fields);
}

/**
 * After the registration has committed: warn of a mass dispute. The case is registered
 * and acknowledged by then, so a failure here must not turn the request into an error;
 * the warning is still shown on the case page, which evaluates it afresh.
 */
export async function massWarningAfterRegistration(deps: CaseDeps, c: CaseRow): Promise<void> {
  try {
    await warnOnRegistration(deps, c);
  } catch {
    // deliberately ignored: see above
  }
}
