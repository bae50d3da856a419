import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Scope } from '../domain/scope.js';
import { isAdmin } from '../domain/scope.js';

/** Roles whose grant opens the cases under (or handled by) their unit. Experts see only the cases they serve on. */
const UNIT_ROLES = new Set(['director', 'dispatcher', 'mediator', 'department_liaison', 'grid_worker', 'unit_head', 'building_head', 'enterprise_liaison', 'property_manager']);

const TERRITORY_COLUMN = { district: 'c.district_id', street: 'c.street_id', town: 'c.street_id', community: 'c.community_id', grid: 'c.grid_id' } as const;

type CaseEb = ExpressionBuilder<DB & { c: DB['cases'] }, 'c'>;

/**
 * The one place that decides which cases a caller may see (SPEC §2): cases in the
 * territory of their units, cases registered at or handled by their center,
 * station or department, cases assigned to them, and cases they serve on as an expert.
 */
export function caseScopeFilter(scope: Scope): ((eb: CaseEb) => Expression<SqlBool>) | null {
  if (isAdmin(scope)) return null;
  return (eb) => {
    const ors: Expression<SqlBool>[] = [eb('c.assignee_id', '=', scope.userId)];
    for (const g of scope.grants) {
      if (!UNIT_ROLES.has(g.role)) continue;
      const territorial = TERRITORY_COLUMN[g.unitKind as keyof typeof TERRITORY_COLUMN];
      if (territorial) ors.push(eb(territorial, '=', g.unitId));
      else if (g.unitKind === 'center') ors.push(eb('c.center_id', '=', g.unitId));
      else ors.push(eb.or([eb('c.handling_unit_id', '=', g.unitId), eb('c.intake_unit_id', '=', g.unitId), oncallOpen(eb, g.unitId)]));
    }
    ors.push(
      eb.exists(
        eb
          .selectFrom('case_experts as ce')
          .innerJoin('experts as ex', 'ex.id', 'ce.expert_id')
          .select('ce.case_id')
          .whereRef('ce.case_id', '=', 'c.id')
          // Invited (to judge the request) or serving; not after declining, timing out or being withdrawn.
          .where('ce.status', 'in', ['proposed', 'accepted'])
          .where('ex.user_id', '=', scope.userId),
      ),
    );
    return eb.or(ors);
  };
}

/** An on-call body (law firm, social organisation…) sees a case while a request to it is pending or accepted. */
function oncallOpen(eb: CaseEb, unitId: string): Expression<SqlBool> {
  return eb.exists(
    eb.selectFrom('oncall_requests as o').select('o.case_id').whereRef('o.case_id', '=', 'c.id').where('o.unit_id', '=', unitId).where('o.status', 'in', ['pending', 'accepted']),
  );
}
