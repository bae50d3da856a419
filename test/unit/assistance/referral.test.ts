import { describe, expect, it } from 'vitest';
import { ASSISTANCE_KIND_LABELS, ASSISTANCE_KINDS, isAssistanceKind } from '../../../src/domain/assistance/kinds.js';
import {
  FINAL_REFERRAL_STATUSES,
  isFinalReferral,
  isReferralStatus,
  nextReferralStatuses,
  outcomeRequired,
  REFERRAL_STATUSES,
  REFERRAL_TARGETS,
  referralStepProblem,
  type ReferralStatus,
  type ReferralTarget,
} from '../../../src/domain/assistance/referral.js';

describe('assistance kinds', () => {
  it('are the four kinds of SPEC §3.5, each with its office wording in both languages', () => {
    expect([...ASSISTANCE_KINDS]).toEqual(['counselling', 'employment', 'family_education', 'legal_aid']);
    expect(ASSISTANCE_KIND_LABELS.counselling.zh).toBe('心理疏导');
    expect(ASSISTANCE_KIND_LABELS.employment.zh).toBe('就业帮扶与技能培训');
    expect(ASSISTANCE_KIND_LABELS.family_education.zh).toBe('家庭教育指导');
    expect(ASSISTANCE_KIND_LABELS.legal_aid.zh).toBe('法律援助');
    for (const k of ASSISTANCE_KINDS) expect(ASSISTANCE_KIND_LABELS[k].en.length).toBeGreaterThan(3);
  });

  it('recognises only the listed codes', () => {
    expect(isAssistanceKind('legal_aid')).toBe(true);
    expect(isAssistanceKind('housing')).toBe(false);
    expect(isAssistanceKind('')).toBe(false);
  });
});

describe('referral state machine', () => {
  // Every allowed step; everything else is refused.
  const ALLOWED: ReadonlySet<string> = new Set(['referred>accepted', 'referred>declined', 'accepted>in_progress', 'accepted>completed', 'in_progress>completed']);

  it('allows exactly the listed steps, from every status to every target', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_TARGETS) {
        const allowed = ALLOWED.has(`${from}>${to}`);
        expect(nextReferralStatuses(from).includes(to), `${from} → ${to}`).toBe(allowed);
        const problem = referralStepProblem(from, to, 'done');
        expect(problem, `${from} → ${to}`).toBe(allowed ? null : 'invalid_transition');
      }
    }
  });

  it('makes declined and completed final: no step leaves them', () => {
    expect([...FINAL_REFERRAL_STATUSES].sort()).toEqual(['completed', 'declined']);
    for (const s of REFERRAL_STATUSES) expect(isFinalReferral(s), s).toBe(nextReferralStatuses(s).length === 0);
  });

  it('never goes back to referred, and cannot be declined once accepted', () => {
    expect(REFERRAL_TARGETS).not.toContain('referred');
    expect(referralStepProblem('accepted', 'declined', '不再需要')).toBe('invalid_transition');
    expect(referralStepProblem('in_progress', 'accepted')).toBe('invalid_transition');
    expect(referralStepProblem('referred', 'in_progress')).toBe('invalid_transition');
  });

  it('needs an outcome to complete or decline, not to accept or start', () => {
    const cases: [ReferralStatus, ReferralTarget][] = [
      ['referred', 'declined'],
      ['accepted', 'completed'],
      ['in_progress', 'completed'],
    ];
    for (const [from, to] of cases) {
      expect(referralStepProblem(from, to), `${from} → ${to} without`).toBe('outcome_required');
      expect(referralStepProblem(from, to, null)).toBe('outcome_required');
      expect(referralStepProblem(from, to, '   ')).toBe('outcome_required');
      expect(referralStepProblem(from, to, '已完成 6 次心理疏导，情绪稳定')).toBeNull();
    }
    expect(referralStepProblem('referred', 'accepted')).toBeNull();
    expect(referralStepProblem('accepted', 'in_progress', null)).toBeNull();
    expect(REFERRAL_TARGETS.filter(outcomeRequired)).toEqual(['completed', 'declined']);
  });

  it('reports an invalid step before a missing outcome', () => {
    expect(referralStepProblem('completed', 'completed')).toBe('invalid_transition');
    expect(referralStepProblem('declined', 'declined', '')).toBe('invalid_transition');
  });

  it('recognises only the listed statuses', () => {
    expect(isReferralStatus('in_progress')).toBe(true);
    expect(isReferralStatus('pending')).toBe(false);
  });
});
