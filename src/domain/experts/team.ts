import type { EngagementStatus } from './policy.js';

/**
 * Team service (组团服务): several experts on one case, exactly one of the accepted
 * ones leads. Pure rules over the team's engagements.
 */

export interface TeamMember {
  expertId: string;
  status: EngagementStatus;
  /** on an accepted member: leads; on a pending one: designated to lead once they accept */
  lead: boolean;
  respondedAt: Date | null;
}

/** The accepted lead, if any. */
export function currentLead(team: readonly TeamMember[]): TeamMember | undefined {
  return team.find((m) => m.status === 'accepted' && m.lead);
}

/**
 * Whether `expertId`, accepting now, leads: the first to accept leads by default,
 * and one whom staff designated as lead at the proposal takes the lead when they accept.
 */
export function leadsOnAccept(team: readonly TeamMember[], expertId: string): boolean {
  const me = team.find((m) => m.expertId === expertId);
  return !!me?.lead || !currentLead(team.filter((m) => m.expertId !== expertId));
}

/** Who leads after the lead leaves the team: the accepted member who accepted first (none when nobody is left). */
export function successorLead(team: readonly TeamMember[], leaving: string): TeamMember | undefined {
  return team
    .filter((m) => m.status === 'accepted' && m.expertId !== leaving)
    .sort((a, b) => (a.respondedAt?.getTime() ?? 0) - (b.respondedAt?.getTime() ?? 0) || a.expertId.localeCompare(b.expertId))[0];
}
