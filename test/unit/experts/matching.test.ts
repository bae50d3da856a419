import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../../src/domain/calendar/index.js';
import { compareCandidates, coversCategory, fitsMode, pickReplacement, type PoolExpert, rankCandidates, respondBy, teamSize, unfitReasons } from '../../../src/domain/experts/matching.js';

const expert = (id: string, over: Partial<PoolExpert> = {}): PoolExpert => ({
  id,
  name: id,
  kind: 'lawyer',
  specialties: ['family', 'labour'],
  serviceModes: ['online', 'offline'],
  active: true,
  available: true,
  years: 10,
  maxOpenCases: 5,
  load: 0,
  ...over,
});
const familyOnline = { category: 'family', serviceMode: 'online' as const };

describe('who fits a case', () => {
  it('needs the specialty to cover the category; the catch-all category "other" is covered by anyone', () => {
    expect(coversCategory(['family'], 'family')).toBe(true);
    expect(coversCategory(['family'], 'labour')).toBe(false);
    expect(coversCategory([], 'other')).toBe(true);
  });

  it('needs the service mode the case chose; a case without a mode takes any', () => {
    expect(fitsMode(['offline'], 'online')).toBe(false);
    expect(fitsMode(['online', 'offline'], 'online')).toBe(true);
    expect(fitsMode(['offline'], null)).toBe(true);
  });

  it('names every reason an expert is out', () => {
    expect(unfitReasons(expert('a'), familyOnline, [])).toEqual([]);
    expect(unfitReasons(expert('a', { active: false }), familyOnline, [])).toEqual(['inactive']);
    expect(unfitReasons(expert('a', { available: false }), familyOnline, [])).toEqual(['unavailable']);
    expect(unfitReasons(expert('a', { load: 5, maxOpenCases: 5 }), familyOnline, [])).toEqual(['full']);
    expect(unfitReasons(expert('a', { load: 4, maxOpenCases: 5 }), familyOnline, [])).toEqual([]);
    expect(unfitReasons(expert('a', { serviceModes: ['offline'] }), familyOnline, [])).toEqual(['mode']);
    expect(unfitReasons(expert('a', { specialties: ['land'] }), familyOnline, [])).toEqual(['specialty']);
    expect(unfitReasons(expert('a', { available: false, specialties: ['land'] }), familyOnline, [])).toEqual(['unavailable', 'specialty']);
  });

  it('never offers an expert twice on one case: pending, serving, declined, timed out or withdrawn', () => {
    for (const status of ['proposed', 'accepted', 'expired', 'withdrawn'] as const) {
      expect(unfitReasons(expert('a'), familyOnline, [{ expertId: 'a', status }])).toEqual(['on_case']);
    }
    expect(unfitReasons(expert('a'), familyOnline, [{ expertId: 'a', status: 'declined' }])).toEqual(['declined']);
    expect(unfitReasons(expert('a'), familyOnline, [{ expertId: 'b', status: 'declined' }])).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts the least loaded first, then the most years, then the name (pinyin order)', () => {
    const pool = [
      expert('busy', { load: 3, years: 30 }),
      expert('junior', { load: 1, years: 5 }),
      expert('甲', { load: 1, years: 25 }),
      expert('idle', { load: 0, years: 2 }),
      expert('乙', { load: 1, years: 25 }),
    ];
    expect(rankCandidates(pool, familyOnline, []).map((e) => e.id)).toEqual(['idle', '甲', '乙', 'junior', 'busy']);
  });

  it('leaves out whoever does not fit', () => {
    const pool = [expert('ok'), expert('away', { available: false }), expert('offline', { serviceModes: ['offline'] }), expert('land', { specialties: ['land'] }), expert('asked')];
    expect(rankCandidates(pool, familyOnline, [{ expertId: 'asked', status: 'proposed' }]).map((e) => e.id)).toEqual(['ok']);
  });

  it('orders reproducibly whatever the input order', () => {
    const pool = [expert('c', { load: 1 }), expert('a', { load: 1 }), expert('b', { load: 0 })];
    const once = [...pool].sort(compareCandidates).map((e) => e.id);
    expect([...pool].reverse().sort(compareCandidates).map((e) => e.id)).toEqual(once);
    expect(once).toEqual(['b', 'a', 'c']);
  });
});

describe('replacement (补位)', () => {
  const pool = [
    expert('lawyer-busy', { kind: 'lawyer', load: 2 }),
    expert('psy-1', { kind: 'psychologist', load: 3 }),
    expert('lawyer-idle', { kind: 'lawyer', load: 0 }),
  ];

  it('keeps the kind the party asked for when someone of that kind is free, even if more loaded', () => {
    expect(pickReplacement(pool, familyOnline, [{ expertId: 'gone', status: 'declined' }], { kind: 'psychologist' })?.id).toBe('psy-1');
  });

  it('falls back to the best of any kind', () => {
    expect(pickReplacement(pool, familyOnline, [], { kind: 'retired_judge' })?.id).toBe('lawyer-idle');
  });

  it('gives nobody when nobody fits', () => {
    expect(pickReplacement(pool, { category: 'land', serviceMode: null }, [], { kind: 'lawyer' })).toBeNull();
  });

  it('never picks someone already on the case', () => {
    const existing = [{ expertId: 'psy-1', status: 'accepted' as const }, { expertId: 'lawyer-idle', status: 'declined' as const }];
    expect(pickReplacement(pool, familyOnline, existing, { kind: 'psychologist' })?.id).toBe('lawyer-busy');
  });
});

describe('team size', () => {
  it('counts pending and accepted experts only', () => {
    expect(teamSize([{ expertId: 'a', status: 'proposed' }, { expertId: 'b', status: 'accepted' }, { expertId: 'c', status: 'declined' }, { expertId: 'd', status: 'expired' }, { expertId: 'e', status: 'withdrawn' }])).toBe(2);
  });
});

describe('the answer deadline (working hours)', () => {
  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const bj = (local: string) => new Date(`${local}+08:00`);

  it('counts office hours of working days only', () => {
    // Monday 09:00 + 8 working hours → 17:00 the same day.
    expect(respondBy(cal, bj('2026-03-02T09:00:00'), 8)).toEqual(bj('2026-03-02T17:00:00'));
    // Monday 15:00 + 8 h: 2.5 h on Monday, 5.5 h on Tuesday from 08:30 → 14:00.
    expect(respondBy(cal, bj('2026-03-02T15:00:00'), 8)).toEqual(bj('2026-03-03T14:00:00'));
  });

  it('skips the weekend and starts counting at the next opening', () => {
    // Friday 16:30 + 2 h: 1 h on Friday, 1 h on Monday → Monday 09:30.
    expect(respondBy(cal, bj('2026-03-06T16:30:00'), 2)).toEqual(bj('2026-03-09T09:30:00'));
    // Saturday evening: counting starts Monday 08:30.
    expect(respondBy(cal, bj('2026-03-07T20:00:00'), 1)).toEqual(bj('2026-03-09T09:30:00'));
  });

  it('skips public holidays (Labour Day 2026)', () => {
    // Thursday 30 April 17:00 + 1 h: 0.5 h that day, then 1–5 May are holidays → Wednesday 6 May 09:00.
    expect(respondBy(cal, bj('2026-04-30T17:00:00'), 1)).toEqual(bj('2026-05-06T09:00:00'));
  });
});
