import { describe, expect, it } from 'vitest';
import { agreementFor, type HouseholdState, isPaid, planStep, stepReached } from '../../../src/domain/households/progress.js';

const NOW = new Date('2026-03-02T02:00:00Z');
const EARLIER = new Date('2026-03-01T02:00:00Z');
const fresh: HouseholdState = { claimFen: 320000, agreedFen: null, paidFen: 0, notifiedAt: null, attendedAt: null, agreedAt: null, signedAt: null, paidAt: null };
const agreed: HouseholdState = { ...fresh, agreedFen: 300000, agreedAt: EARLIER };
const signed: HouseholdState = { ...agreed, signedAt: EARLIER };

describe('planStep', () => {
  it('attended: marks once', () => {
    expect(planStep(fresh, 'attended', NOW)).toEqual({ ok: true, patch: { attended_at: NOW } });
    expect(planStep({ ...fresh, attendedAt: EARLIER }, 'attended', NOW)).toEqual({ ok: true, patch: {} });
  });

  it('agreed: the given amount, else the one agreed, else the claim; refused once signed', () => {
    expect(planStep(fresh, 'agreed', NOW)).toEqual({ ok: true, patch: { agreed_fen: 320000, agreed_at: NOW } });
    expect(planStep(fresh, 'agreed', NOW, 250000)).toEqual({ ok: true, patch: { agreed_fen: 250000, agreed_at: NOW } });
    expect(planStep(agreed, 'agreed', NOW)).toEqual({ ok: true, patch: { agreed_fen: 300000, agreed_at: NOW } });
    expect(planStep(signed, 'agreed', NOW, 1)).toEqual({ ok: false, refusal: { kind: 'conflict', reason: 'already_signed' } });
  });

  it('signed: needs an agreement; idempotent', () => {
    expect(planStep(fresh, 'signed', NOW)).toEqual({ ok: false, refusal: { kind: 'conflict', reason: 'not_agreed' } });
    expect(planStep(agreed, 'signed', NOW)).toEqual({ ok: true, patch: { signed_at: NOW } });
    expect(planStep(signed, 'signed', NOW)).toEqual({ ok: true, patch: {} });
  });

  it('paid: needs signing', () => {
    expect(planStep(fresh, 'paid', NOW)).toEqual({ ok: false, refusal: { kind: 'conflict', reason: 'not_signed' } });
    expect(planStep(agreed, 'paid', NOW, 100)).toEqual({ ok: false, refusal: { kind: 'conflict', reason: 'not_signed' } });
  });

  it('paid: without an amount pays the rest in full', () => {
    expect(planStep(signed, 'paid', NOW)).toEqual({ ok: true, patch: { paid_fen: 300000, paid_at: NOW } });
    expect(planStep({ ...signed, paidFen: 100000 }, 'paid', NOW)).toEqual({ ok: true, patch: { paid_fen: 300000, paid_at: NOW } });
  });

  it('paid: partial payments add up; reaching the agreed amount completes it', () => {
    expect(planStep(signed, 'paid', NOW, 100000)).toEqual({ ok: true, patch: { paid_fen: 100000, paid_at: null } });
    expect(planStep({ ...signed, paidFen: 100000 }, 'paid', NOW, 200000)).toEqual({ ok: true, patch: { paid_fen: 300000, paid_at: NOW } });
  });

  it('paid: never more than agreed (400), paying a paid household again changes nothing', () => {
    expect(planStep(signed, 'paid', NOW, 300001)).toEqual({ ok: false, refusal: { kind: 'invalid', reason: 'over_agreed' } });
    expect(planStep({ ...signed, paidFen: 250000 }, 'paid', NOW, 50001)).toEqual({ ok: false, refusal: { kind: 'invalid', reason: 'over_agreed' } });
    const full = { ...signed, paidFen: 300000, paidAt: EARLIER };
    expect(planStep(full, 'paid', NOW)).toEqual({ ok: true, patch: {} });
    expect(planStep(full, 'paid', NOW, 1)).toEqual({ ok: false, refusal: { kind: 'invalid', reason: 'over_agreed' } });
  });

  it('a zero agreement is paid in full at once', () => {
    expect(planStep({ ...signed, agreedFen: 0 }, 'paid', NOW)).toEqual({ ok: true, patch: { paid_fen: 0, paid_at: NOW } });
  });
});

describe('agreementFor', () => {
  it('claim or a ratio of it', () => {
    expect(agreementFor(320000, 'claim')).toBe(320000);
    expect(agreementFor(320000, 'ratio', 0.85)).toBe(272000);
    expect(agreementFor(12345, 'ratio', 0.5)).toBe(6173);
  });
});

describe('isPaid and stepReached', () => {
  it('orders the steps', () => {
    expect(stepReached(fresh)).toBeNull();
    expect(stepReached({ ...fresh, notifiedAt: EARLIER })).toBe('notified');
    expect(stepReached({ ...fresh, attendedAt: EARLIER })).toBe('attended');
    expect(stepReached(agreed)).toBe('agreed');
    expect(stepReached(signed)).toBe('signed');
    expect(stepReached({ ...signed, paidFen: 100 })).toBe('signed');
    expect(stepReached({ ...signed, paidFen: 300000 })).toBe('paid');
    expect(isPaid({ ...agreed, paidFen: 300000 })).toBe(false);
  });
});
