import type { KpiCaseRow, KpiEvent } from '../../../src/domain/kpi/facts.js';

/**
 * Six hand-made cases around March 2026 (times Asia/Shanghai). The expected figures in
 * compute.test.ts are worked out by hand from these timelines; the integration test loads
 * the same cases into the database to check that the SQL derives the same facts.
 *
 * c1  window/neighbour     reg 03-02 09:00, accepted 09:20 (20 wm), resolved 03-05 09:00, satisfied, archived;
 *                          money 500.00; a linked case registered 04-20 (a rebound within 180 days)
 * c2  hotline/labour       reg 03-03 10:00, accepted 10:45 (45 wm: late), referred 03-10 10:00;
 *                          rated neutral 03-11, then satisfied 03-12 (the latest counts)
 * c3  online/family        reg 03-04 14:00, withdrawn 03-04 15:00 before acceptance
 * c4  grid_report/neighbour reg 03-05 08:00 (before office hours), accepted 08:40 (10 wm), paused 03-06 10:00 –
 *                          03-09 10:00, resolved 03-10 16:00, dissatisfied 03-11 → reopened: handling now; money 999.00
 * c5  window/contract      reg 03-09 09:00, accepted 09:10 (10 wm), resolved 03-12, reopened 03-13, referred 03-16 09:00
 * c6  window/labour        reg 02-27 17:20 (Fri; Sat 02-28 is a make-up working day), accepted 03-02 08:50
 *                          (10 + 540 + 20 = 570 wm), resolved 03-20 17:20, neutral 03-23, archived; money 1200.00;
 *                          a linked case registered 09-20 (184 days later: not a rebound)
 */

export interface FixtureCase {
  row: KpiCaseRow;
  /** [type, local time 'MM-DDTHH:MM' in 2026, data] in timeline order */
  events: [string, string, Record<string, unknown>?][];
  /** local times 'YYYY-MM-DDTHH:MM' at which cases linking to this one were registered */
  linked?: string[];
}

export const at = (local: string): Date => new Date(`${local.length <= 11 ? `2026-${local}` : local}:00+08:00`);

export function eventsOf(c: FixtureCase): KpiEvent[] {
  return c.events.map(([type, time, data], i) => ({ seq: i + 1, type, at: at(time), data: data ?? {} }));
}

export const linkedOf = (c: FixtureCase): Date[] => (c.linked ?? []).map(at);

const row = (id: string, registered: string, channel: string, category: string, status: string, money = 0, gridId: string | null = null): KpiCaseRow => ({
  id,
  registeredAt: at(registered),
  channel,
  category,
  status,
  streetId: null,
  communityId: null,
  gridId,
  handlerId: null,
  moneyRecoveredFen: money,
});

export const MARCH_CASES: FixtureCase[] = [
  {
    row: row('c1', '03-02T09:00', 'window', 'neighbour', 'archived', 50_000, 'g1'),
    events: [
      ['registered', '03-02T09:00'],
      ['routed', '03-02T09:05'],
      ['accepted', '03-02T09:20'],
      ['started', '03-02T09:30'],
      ['resolved', '03-05T09:00', { outcome: 'oral_agreement' }],
      ['feedback', '03-06T10:00', { satisfaction: 'satisfied', solved: true }],
      ['archived', '03-06T11:00'],
    ],
    linked: ['2026-04-20T10:00'],
  },
  {
    row: row('c2', '03-03T10:00', 'hotline', 'labour', 'referred', 0, 'g1'),
    events: [
      ['registered', '03-03T10:00'],
      ['routed', '03-03T10:10'],
      ['accepted', '03-03T10:45'],
      ['referred', '03-10T10:00', { destination: 'arbitration' }],
      ['feedback', '03-11T09:00', { satisfaction: 'neutral', solved: true }],
      ['feedback', '03-12T09:00', { satisfaction: 'satisfied', solved: true }],
    ],
  },
  {
    row: row('c3', '03-04T14:00', 'online', 'family', 'withdrawn', 0, 'g2'),
    events: [
      ['registered', '03-04T14:00'],
      ['withdrawn', '03-04T15:00'],
    ],
  },
  {
    row: row('c4', '03-05T08:00', 'grid_report', 'neighbour', 'handling', 99_900, 'g2'),
    events: [
      ['registered', '03-05T08:00'],
      ['routed', '03-05T08:10'],
      ['accepted', '03-05T08:40'],
      ['started', '03-05T09:00'],
      ['paused', '03-06T10:00'],
      ['resumed', '03-09T10:00'],
      ['resolved', '03-10T16:00', { outcome: 'oral_agreement' }],
      ['feedback', '03-11T10:00', { satisfaction: 'dissatisfied', solved: false }],
      ['reopened', '03-11T10:00', { trigger: 'feedback' }],
    ],
  },
  {
    row: row('c5', '03-09T09:00', 'window', 'contract', 'referred', 0, null),
    events: [
      ['registered', '03-09T09:00'],
      ['routed', '03-09T09:05'],
      ['accepted', '03-09T09:10'],
      ['started', '03-09T09:15'],
      ['resolved', '03-12T09:00', { outcome: 'oral_agreement' }],
      ['reopened', '03-13T09:00', { trigger: 'manual' }],
      ['referred', '03-16T09:00', { destination: 'litigation' }],
    ],
  },
  {
    row: row('c6', '02-27T17:20', 'window', 'labour', 'archived', 120_000, 'g1'),
    events: [
      ['registered', '02-27T17:20'],
      ['routed', '02-27T17:25'],
      ['accepted', '03-02T08:50'],
      ['started', '03-02T09:00'],
      ['resolved', '03-20T17:20', { outcome: 'oral_agreement' }],
      ['feedback', '03-23T10:00', { satisfaction: 'neutral', solved: true }],
      ['archived', '03-24T09:00'],
    ],
    linked: ['2026-09-20T17:20'],
  },
];
