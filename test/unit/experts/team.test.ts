import { describe, expect, it } from 'vitest';
import { currentLead, leadsOnAccept, successorLead, type TeamMember } from '../../../src/domain/experts/team.js';

const m = (expertId: string, status: TeamMember['status'], lead = false, respondedAt: string | null = null): TeamMember => ({ expertId, status, lead, respondedAt: respondedAt ? new Date(respondedAt) : null });

describe('team service: one lead among the accepted experts', () => {
  it('the first to accept leads', () => {
    expect(leadsOnAccept([m('a', 'proposed'), m('b', 'proposed')], 'a')).toBe(true);
    expect(leadsOnAccept([m('a', 'accepted', true), m('b', 'proposed')], 'b')).toBe(false);
  });

  it('a lead that is only pending, or that left, does not count as leading', () => {
    expect(leadsOnAccept([m('a', 'proposed', true), m('b', 'proposed')], 'b')).toBe(true);
    expect(leadsOnAccept([m('a', 'withdrawn', false), m('b', 'proposed')], 'b')).toBe(true);
    expect(currentLead([m('a', 'proposed', true)])).toBeUndefined();
  });

  it('an expert whom staff designated to lead takes the lead when they accept', () => {
    expect(leadsOnAccept([m('a', 'accepted', true), m('b', 'proposed', true)], 'b')).toBe(true);
  });

  it('when the lead leaves, the member who accepted first takes over', () => {
    const team = [m('lead', 'accepted', true, '2026-03-02T09:00:00Z'), m('late', 'accepted', false, '2026-03-02T11:00:00Z'), m('early', 'accepted', false, '2026-03-02T10:00:00Z'), m('pending', 'proposed')];
    expect(successorLead(team, 'lead')?.expertId).toBe('early');
    expect(successorLead([m('lead', 'accepted', true), m('pending', 'proposed')], 'lead')).toBeUndefined();
  });
});
