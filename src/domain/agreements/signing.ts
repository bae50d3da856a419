import type { AgreementStatus } from './terms.js';

export type SignatureStatus = 'pending' | 'signed' | 'refused';

/** Which writes an agreement allows in each status. */
export const editable = (s: AgreementStatus) => s === 'draft' || s === 'void';
export const submittable = (s: AgreementStatus) => s === 'draft';
export const signable = (s: AgreementStatus) => s === 'signing';
/** A void agreement stays void; a signed one may be voided (e.g. the court rejected it). */
export const voidable = (s: AgreementStatus) => s !== 'void';

/**
 * The agreement's status once one party's answer is recorded: every party signed →
 * `signed`; a refusal sends it back to `draft` (the terms need another round);
 * otherwise it stays `signing`.
 */
export function afterSignature(signatures: readonly { partyId: string; status: SignatureStatus }[], partyId: string, answer: 'signed' | 'refused'): 'signing' | 'signed' | 'draft' {
  if (answer === 'refused') return 'draft';
  const all = signatures.map((s) => (s.partyId === partyId ? 'signed' : s.status));
  return all.length > 0 && all.every((s) => s === 'signed') ? 'signed' : 'signing';
}
