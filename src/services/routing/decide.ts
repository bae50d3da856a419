import { describeCheck, type RoutingLabels, type RuleRouteRecord, type UnmatchedRecord } from '../../domain/routing/explanation.js';
import { pickForTarget } from '../../domain/routing/pick.js';
import { unitOnDuty } from '../../domain/routing/roster.js';
import { type Evaluation, evaluateRules, type RoutingRule } from '../../domain/routing/rules.js';
import type { StaffingTier } from '../../domain/roles.js';
import type { CaseRoutingDeps } from './deps.js';
import { type CaseFactsInput, dayAt, routingLabels, toFacts, toRule } from './facts.js';

/** Units a case can be handled by (not the territorial tree). */
export const HANDLING_UNIT_KINDS = ['center', 'station', 'enterprise_station', 'department'] as const;

export interface RouteDecision {
  evaluation: Evaluation<RoutingRule>;
  /** what would happen: routed by a rule, or left for the dispatcher */
  record: RuleRouteRecord | UnmatchedRecord;
  labels: RoutingLabels;
  day: Awaited<ReturnType<typeof dayAt>>;
}

/**
 * What the rules decide for a case now, without changing anything: the first
 * matching rule of the case's center (and of every center), its target unit, and
 * — for a least-loaded target — the person on duty with the fewest open cases.
 * Read outside any transaction (PGlite has one connection).
 */
export async function decideRoute(deps: CaseRoutingDeps, input: CaseFactsInput, now: Date): Promise<RouteDecision> {
  const [rows, day] = await Promise.all([deps.routing.repo.list([input.centerId]), dayAt(deps, input.centerId, now)]);
  const evaluation = evaluateRules(rows.map(toRule), toFacts(input, day.theme));
  const unitIds = [input.streetId, input.communityId, input.gridId].filter((x): x is string => !!x);
  for (const t of evaluation.trace) for (const c of t.checks) if (c.key === 'territoryUnitIds') unitIds.push(...c.expected);
  const rule = evaluation.matched;
  const unit = rule ? await deps.units.get(null, rule.target.unitId) : undefined;
  const labels = await routingLabels(deps, unit ? [...unitIds, unit.id] : unitIds);
  const considered = evaluation.trace.filter((t) => t.enabled).length;

  if (!rule) return { evaluation, labels, day, record: { mode: 'unmatched', cause: 'no_match', considered } };
  if (!unit || !(HANDLING_UNIT_KINDS as readonly string[]).includes(unit.kind)) {
    return { evaluation, labels, day, record: { mode: 'unmatched', cause: 'unit_gone', considered, ruleId: rule.id, ruleName: rule.name } };
  }
  const candidates = rule.target.assign === 'least_loaded' ? await deps.routing.duty.candidates([unit.id], day.date) : [];
  const onDuty = unitOnDuty({ tier: unit.staffing_tier as StaffingTier | null, rosterWeekdays: unit.roster_weekdays }, day.date, day.workingDay);
  const pick = pickForTarget(rule.target, candidates, onDuty);
  const trace = evaluation.trace[evaluation.trace.length - 1]!;
  return {
    evaluation,
    labels,
    day,
    record: { mode: 'rule', ruleId: rule.id, ruleName: rule.name, checks: trace.checks.map((c) => describeCheck(c, labels)), unitId: unit.id, unitName: unit.name, pick, considered },
  };
}
