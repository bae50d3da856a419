/** The expert pool's vocabulary and its settings (rules as data: the `experts` policy, edited by an admin). */

export const EXPERT_KINDS = ['lawyer', 'legal_scholar', 'psychologist', 'retired_judge'] as const;
export type ExpertKind = (typeof EXPERT_KINDS)[number];

export const EXPERT_KIND_LABELS: Record<ExpertKind, string> = {
  lawyer: '律师',
  legal_scholar: '法学专家',
  psychologist: '心理咨询师',
  retired_judge: '退休法官',
};

export const SERVICE_MODES = ['online', 'offline'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** One expert's engagement on one case (双向选择): proposed, then accepted or declined — or expired, or withdrawn by staff. */
export const ENGAGEMENT_STATUSES = ['proposed', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/** Who proposed: the party on the portal, staff on the case page, or the automatic fallback (补位). */
export const PROPOSERS = ['party', 'dispatcher', 'fallback'] as const;
export type Proposer = (typeof PROPOSERS)[number];

/** Engagements that hold a seat in the team: a pending invitation or an accepted one. */
export const SEATED: readonly EngagementStatus[] = ['proposed', 'accepted'];

export interface ExpertPolicy {
  /** working hours an expert has to answer an invitation */
  responseWorkingHours: number;
  /** how many experts a party may pick on the portal */
  maxTeamPortal: number;
  /** how many experts (pending + accepted) a case may have when staff propose */
  maxTeamStaff: number;
  /** replace an expert who declines or never answers with the next best candidate */
  fallback: boolean;
}

export const DEFAULT_EXPERT_POLICY: ExpertPolicy = Object.freeze({
  responseWorkingHours: 8,
  maxTeamPortal: 3,
  maxTeamStaff: 5,
  fallback: true,
});
