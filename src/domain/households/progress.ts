/**
 * The steps a household of a group case goes through — notified (通知), attended (到场),
 * agreed (达成一致), signed (签约), paid (履行/兑付) — and what each bulk step needs. Pure:
 * the service applies the patch to every household or to none.
 */
import { ratioOf } from './amounts.js';

export const HOUSEHOLD_STEPS = ['notified', 'attended', 'agreed', 'signed', 'paid'] as const;
export type HouseholdStep = (typeof HOUSEHOLD_STEPS)[number];
/** Steps staff record by hand (notified comes from delivered notices). */
export const MANUAL_STEPS = ['attended', 'agreed', 'signed', 'paid'] as const;
export type ManualStep = (typeof MANUAL_STEPS)[number];

export interface HouseholdState {
  claimFen: number;
  agreedFen: number | null;
  paidFen: number;
  notifiedAt: Date | null;
  attendedAt: Date | null;
  agreedAt: Date | null;
  signedAt: Date | null;
  paidAt: Date | null;
}

export interface HouseholdPatch {
  attended_at?: Date;
  agreed_fen?: number;
  agreed_at?: Date;
  signed_at?: Date;
  paid_fen?: number;
  paid_at?: Date | null;
}

/** Why a household cannot take a step: `conflict` kinds are 409 (not ready), `invalid` ones 400. */
export type StepRefusal =
  | { kind: 'conflict'; reason: 'not_agreed' | 'not_signed' | 'already_signed' | 'fully_paid' }
  | { kind: 'invalid'; reason: 'over_agreed' | 'amount_required' };

export const REFUSAL_TEXT: Record<StepRefusal['reason'], { 'zh-CN': string; en: string }> = {
  not_agreed: { 'zh-CN': '尚未达成一致，不能签约', en: 'not agreed yet: cannot sign' },
  not_signed: { 'zh-CN': '尚未签约，不能登记兑付', en: 'not signed yet: cannot record a payment' },
  already_signed: { 'zh-CN': '已签约，不能再修改约定金额', en: 'already signed: the agreed amount is fixed' },
  fully_paid: { 'zh-CN': '已全额兑付', en: 'already paid in full' },
  over_agreed: { 'zh-CN': '兑付金额超过约定金额', en: 'payment exceeds the agreed amount' },
  amount_required: { 'zh-CN': '请填写金额', en: 'an amount is required' },
};

/** Fully paid: signed, and the agreed amount is paid (a zero agreement once recorded as paid). */
export const isPaid = (h: Pick<HouseholdState, 'signedAt' | 'agreedFen' | 'paidFen' | 'paidAt'>) =>
  h.signedAt !== null && h.agreedFen !== null && (h.paidAt !== null || (h.agreedFen > 0 && h.paidFen >= h.agreedFen));

/**
 * The change one step makes to one household.
 * - attended: marks attendance (idempotent);
 * - agreed: the agreed amount (`amountFen`, else the one already agreed, else the claim); refused once signed;
 * - signed: needs an agreed amount (idempotent);
 * - paid: needs signing; adds `amountFen` (a partial payment) or pays the rest; never more than agreed.
 */
export function planStep(h: HouseholdState, step: ManualStep, now: Date, amountFen?: number): { ok: true; patch: HouseholdPatch } | { ok: false; refusal: StepRefusal } {
  switch (step) {
    case 'attended':
      return { ok: true, patch: h.attendedAt ? {} : { attended_at: now } };
    case 'agreed': {
      if (h.signedAt) return { ok: false, refusal: { kind: 'conflict', reason: 'already_signed' } };
      const agreed = amountFen ?? h.agreedFen ?? h.claimFen;
      return { ok: true, patch: { agreed_fen: agreed, agreed_at: now } };
    }
    case 'signed':
      if (h.agreedFen === null || !h.agreedAt) return { ok: false, refusal: { kind: 'conflict', reason: 'not_agreed' } };
      return { ok: true, patch: h.signedAt ? {} : { signed_at: now } };
    case 'paid': {
      if (!h.signedAt || h.agreedFen === null) return { ok: false, refusal: { kind: 'conflict', reason: 'not_signed' } };
      if (isPaid(h)) return amountFen ? { ok: false, refusal: { kind: 'invalid', reason: 'over_agreed' } } : { ok: true, patch: {} };
      const paid = amountFen === undefined ? h.agreedFen : h.paidFen + amountFen;
      if (paid > h.agreedFen) return { ok: false, refusal: { kind: 'invalid', reason: 'over_agreed' } };
      return { ok: true, patch: { paid_fen: paid, paid_at: paid >= h.agreedFen ? now : null } };
    }
  }
}

/** The agreed amount "one agreement for all" gives a household: its claim, or a ratio of it. */
export function agreementFor(claimFen: number, mode: 'claim' | 'ratio', ratio?: number): number {
  return mode === 'claim' ? claimFen : ratioOf(claimFen, ratio ?? 1);
}

/** The step a household has reached last (null: none yet). */
export function stepReached(h: HouseholdState): HouseholdStep | null {
  if (isPaid(h)) return 'paid';
  if (h.signedAt) return 'signed';
  if (h.agreedAt) return 'agreed';
  if (h.attendedAt) return 'attended';
  if (h.notifiedAt) return 'notified';
  return null;
}
