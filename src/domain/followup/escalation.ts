/**
 * Who hears of an overdue follow-up visit (回访逾期), step by step: first the grid
 * trio of the plan's grid, then the community's lead, then the center's directors.
 * Each step is taken once per visit; a job that ran late takes the missed steps in order.
 */
export const ESCALATION_STEPS = [1, 2, 3] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

export const ESCALATION_TARGET: Record<EscalationStep, 'grid_trio' | 'community_lead' | 'center_directors'> = {
  1: 'grid_trio',
  2: 'community_lead',
  3: 'center_directors',
};

/** The steps still to take when `taken` steps are done and the visit has reached `reached` (from `overdueStep`). */
export function stepsToTake(taken: number, reached: 0 | 1 | 2 | 3): EscalationStep[] {
  return ESCALATION_STEPS.filter((s) => s > taken && s <= reached);
}
