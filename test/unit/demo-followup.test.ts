import { describe, expect, it } from 'vitest';
import { playHistory } from '../../src/demo/followup-history.js';
import { answersFor } from '../../src/demo/followup-texts.js';
import { createRng } from '../../src/demo/random.js';
import { afterVisit, DEFAULT_FOLLOWUP_POLICY as POLICY, firstDueOn } from '../../src/domain/followup/schedule.js';
import { daysBetween } from '../../src/domain/calendar/days.js';
import { answerProblems, assess, RISK_LEVELS } from '../../src/domain/risk/checklist.js';
import { FAMILY_CHECKLIST_V1 } from '../../src/domain/risk/family-checklist.js';

const TODAY = '2026-03-02';

describe('demo follow-up histories', () => {
  it('replay exactly by afterVisit, end only after the stable run, and leave nothing done on or after today', () => {
    const rng = createRng(7);
    for (let i = 0; i < 400; i++) {
      const level = RISK_LEVELS[i % 3]!;
      const startDay = `2025-${String(9 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const h = playHistory(rng, { startDay, level, today: TODAY, policy: POLICY, reboundDay: i % 50 === 0 ? '2026-01-10' : null });
      let state = { level, stableRun: 0 };
      expect(h.visits[0]!.dueOn).toBe(firstDueOn(startDay, level, POLICY));
      h.visits.forEach((v, k) => {
        expect(v.seq).toBe(k + 1);
        expect(v.levelBefore).toBe(state.level);
        if (!v.doneDay) {
          expect(k).toBe(h.visits.length - 1);
          expect(h.endedOn).toBeNull();
          return;
        }
        expect(daysBetween(v.doneDay, TODAY)).toBeGreaterThan(0);
        const r = afterVisit(state, { day: v.doneDay, stability: v.stability!, level: v.levelAfter!, rebound: v.rebound }, POLICY);
        expect(r.level).toBe(v.levelAfter);
        if (r.ended) expect(h.endedOn).toBe(v.doneDay);
        else {
          expect(h.visits[k + 1]!.dueOn).toBe(r.nextDueOn);
          state = { level: r.level, stableRun: r.stableRun };
        }
      });
      expect(h.level).toBe(h.endedOn ? h.visits.at(-1)!.levelAfter : state.level);
    }
  });

  it('is the same for the same seed', () => {
    const a = playHistory(createRng(3), { startDay: '2025-10-01', level: 'high', today: TODAY, policy: POLICY });
    const b = playHistory(createRng(3), { startDay: '2025-10-01', level: 'high', today: TODAY, policy: POLICY });
    expect(a).toEqual(b);
  });

  it('links a rebound on the day its case came in, raising the plan to high', () => {
    const h = playHistory(createRng(11), { startDay: '2025-12-01', level: 'low', today: TODAY, policy: POLICY, reboundDay: '2026-01-20' });
    const v = h.visits.find((x) => x.rebound)!;
    expect(v).toMatchObject({ doneDay: '2026-01-20', stability: 'worsened', levelAfter: 'high' });
  });

  it('leaves the first due visit open when asked (a visit due today, an overdue one)', () => {
    const dueToday = playHistory(createRng(1), { startDay: '2026-02-15', level: 'high', today: TODAY, policy: POLICY, leaveFirstOpen: true });
    expect(dueToday.visits).toEqual([expect.objectContaining({ seq: 1, dueOn: TODAY, doneDay: null })]);
    const overdue = playHistory(createRng(1), { startDay: '2026-02-12', level: 'high', today: TODAY, policy: POLICY, leaveFirstOpen: true });
    expect(overdue.visits).toEqual([expect.objectContaining({ seq: 1, dueOn: '2026-02-27', doneDay: null })]);
  });

  it('settles visits due today when asked, so that nothing is due today or overdue', () => {
    for (let seed = 0; seed < 50; seed++) {
      const h = playHistory(createRng(seed), { startDay: '2026-02-15', level: 'high', today: TODAY, policy: POLICY, settleToday: true });
      const open = h.visits.find((v) => !v.doneDay);
      if (open) expect(daysBetween(TODAY, open.dueOn)).toBeGreaterThan(0);
      expect(h.visits[0]!.doneDay! < TODAY).toBe(true);
    }
  });
});

describe('demo checklist answers', () => {
  it('are valid answers of version 1, low ones always below the medium threshold', () => {
    const rng = createRng(5);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const target = RISK_LEVELS[i % 3]!;
      const answers = answersFor(rng, target);
      expect(answerProblems(FAMILY_CHECKLIST_V1, answers)).toEqual([]);
      const a = assess(FAMILY_CHECKLIST_V1, answers);
      if (target === 'low') expect(a.level).toBe('low');
      if (target === 'high') expect(a.level).toBe('high');
      seen.add(`${target}>${a.level}`);
    }
    expect(seen.has('medium>medium')).toBe(true);
  });
});
