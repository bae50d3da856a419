/**
 * The life of a referral to an assistance resource (转介帮扶). The provider answers
 * (accepted or declined); an accepted referral may be worked on for a while
 * (in_progress) or be completed at once. Declined and completed are final, and both
 * need an outcome: why it was declined, or what the assistance achieved.
 */
export const REFERRAL_STATUSES = ['referred', 'accepted', 'in_progress', 'completed', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The statuses a caller may set (a referral is `referred` only when made). */
export const REFERRAL_TARGETS = ['accepted', 'in_progress', 'completed', 'declined'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

const NEXT: Readonly<Record<ReferralStatus, readonly ReferralTarget[]>> = {
  referred: ['accepted', 'declined'],
  accepted: ['in_progress', 'completed'],
  in_progress: ['completed'],
  completed: [],
  declined: [],
};

export const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = ['completed', 'declined'];

/** Open referrals: still waiting for an answer or being worked on. */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = ['referred', 'accepted', 'in_progress'];

export function isReferralStatus(s: string): s is ReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(s);
}

export function isFinalReferral(s: ReferralStatus): boolean {
  return FINAL_REFERRAL_STATUSES.includes(s);
}

/** The statuses reachable from `from` in one step. */
export function nextReferralStatuses(from: ReferralStatus): readonly ReferralTarget[] {
  return NEXT[from];
}

export function outcomeRequired(to: ReferralTarget): boolean {
  return to === 'completed' || to === 'declined';
}

export type ReferralStepProblem = 'invalid_transition' | 'outcome_required';

/**
 * What is wrong with moving a referral from `from` to `to` with this outcome, or null.
 * A step the machine does not allow comes first: its outcome does not matter.
 */
export function referralStepProblem(from: ReferralStatus, to: ReferralTarget, outcome?: string | null): ReferralStepProblem | null {
  if (!NEXT[from].includes(to)) return 'invalid_transition';
  if (outcomeRequired(to) && !outcome?.trim()) return 'outcome_required';
  return null;
}
