import { forbidden, notFound } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from './deps.js';

/**
 * The case if the caller may see it. A case that exists outside the caller's scope
 * is refused with 403 and the refusal audited; one that does not exist is 404.
 */
export async function visibleCase(deps: CaseDeps, actor: Actor, caseId: string, action = 'case.read'): Promise<CaseRow> {
  const c = await deps.cases.get(actor.scope, caseId);
  if (c) return c;
  if (!(await deps.cases.get(null, caseId))) throw notFound('case_not_found');
  await deps.audit.record(actor, { action, outcome: 'denied', targetType: 'case', targetId: caseId });
  throw forbidden();
}
