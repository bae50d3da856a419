// Message keys and colours for the expert pool's codes.
import type { EngagementStatus, ExpertKind, ExpertServiceMode, Proposer } from '../../api/experts';
import type { MessageKey } from '../../i18n';

export const expertKindKey = (kind: ExpertKind): MessageKey => `expertKind.${kind}`;
export const expertModeKey = (mode: ExpertServiceMode): MessageKey => `expertMode.${mode}`;
export const engagementKey = (status: EngagementStatus): MessageKey => `engagement.${status}`;
export const proposerKey = (by: Proposer): MessageKey => `proposer.${by}`;

export const ENGAGEMENT_COLORS: Record<EngagementStatus, string> = {
  proposed: 'gold',
  accepted: 'green',
  declined: 'default',
  expired: 'red',
  withdrawn: 'default',
};

export const KIND_COLORS: Record<ExpertKind, string> = {
  lawyer: 'blue',
  legal_scholar: 'purple',
  psychologist: 'magenta',
  retired_judge: 'volcano',
};

/** Where an expert stands for new cases: out of the pool, paused, full, or available. */
export function availabilityOf(e: { active: boolean; available: boolean; openCases: number; pendingInvitations: number; maxOpenCases: number }): 'inactive' | 'unavailable' | 'full' | 'available' {
  if (!e.active) return 'inactive';
  if (!e.available) return 'unavailable';
  if (e.openCases + e.pendingInvitations >= e.maxOpenCases) return 'full';
  return 'available';
}

export const AVAILABILITY_COLORS = { inactive: 'default', unavailable: 'orange', full: 'gold', available: 'green' } as const;
