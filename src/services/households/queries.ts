/** Reading the households of a group case: the list (identifiers masked) and the progress summary. */
import { maskAddress, maskIdNumber, maskPhone } from '../../domain/identity.js';
import { stepReached } from '../../domain/households/progress.js';
import { AppError } from '../../errors.js';
import { type HouseholdFilter, HouseholdRepository, type HouseholdRow } from '../../repositories/household-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { householdCase, mayHandle } from './access.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** One household as the API shows it: ID number, phone and address masked (PIPL); the full ones through the party reveal. */
export function householdView(h: HouseholdRow) {
  return {
    id: h.id,
    rowNo: h.row_no,
    partyId: h.party_id,
    name: h.name,
    idNumber: h.id_number ? maskIdNumber(h.id_number) : null,
    phone: h.phone ? maskPhone(h.phone) : null,
    address: h.address ? maskAddress(h.address) : null,
    representative: h.representative,
    claimFen: Number(h.claim_fen),
    agreedFen: h.agreed_fen === null ? null : Number(h.agreed_fen),
    paidFen: Number(h.paid_fen),
    notifiedAt: iso(h.notified_at),
    attendedAt: iso(h.attended_at),
    agreedAt: iso(h.agreed_at),
    signedAt: iso(h.signed_at),
    paidAt: iso(h.paid_at),
    step: stepReached({
      claimFen: Number(h.claim_fen),
      agreedFen: h.agreed_fen === null ? null : Number(h.agreed_fen),
      paidFen: Number(h.paid_fen),
      notifiedAt: h.notified_at ? new Date(h.notified_at) : null,
      attendedAt: h.attended_at ? new Date(h.attended_at) : null,
      agreedAt: h.agreed_at ? new Date(h.agreed_at) : null,
      signedAt: h.signed_at ? new Date(h.signed_at) : null,
      paidAt: h.paid_at ? new Date(h.paid_at) : null,
    }),
    note: h.note,
    version: h.version,
  };
}

export async function listHouseholds(deps: CaseDeps, actor: Actor, caseId: string, q: HouseholdFilter & { cursor?: string; limit: number }) {
  const c = await householdCase(deps, actor, caseId, false);
  const after = q.cursor ? Number(q.cursor) : null;
  if (after !== null && !Number.isInteger(after)) throw new AppError(400, 'validation_failed', 'validation_failed', {}, { cursor: { 'zh-CN': '分页标记无效', en: 'Invalid cursor' } });
  const rows = await new HouseholdRepository(deps.db).list(c.id, q, q.limit + 1, after);
  const page = rows.slice(0, q.limit);
  return { items: page.map(householdView), nextCursor: rows.length > q.limit ? String(page.at(-1)!.row_no) : null };
}

/** 「480 / 531 已签约」: counts per step and the money claimed, agreed and paid. */
export async function householdSummary(deps: CaseDeps, actor: Actor, caseId: string) {
  const c = await householdCase(deps, actor, caseId, false);
  const s = await new HouseholdRepository(deps.db).summary(c.id);
  return {
    total: s.total,
    representatives: s.representatives,
    withPhone: s.with_phone,
    steps: { notified: s.notified, attended: s.attended, agreed: s.agreed, signed: s.signed, paid: s.paid },
    partiallyPaid: s.partially_paid,
    claimFen: s.claim_fen,
    agreedFen: s.agreed_fen,
    paidFen: s.paid_fen,
    moneyRecoveredFen: Number(c.money_recovered_fen),
    canEdit: c.status !== 'archived' && mayHandle(actor, c),
  };
}
