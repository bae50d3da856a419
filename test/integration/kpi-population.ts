import { randomUUID } from 'node:crypto';
import { addWorkingMinutes, type WorkingCalendar } from '../../src/domain/calendar/index.js';
import { deriveCaseFacts, type KpiCaseFacts, type KpiEvent } from '../../src/domain/kpi/index.js';
import type { Database } from '../../src/db/database.js';

/**
 * A random population of cases for the SQL-versus-pure comparisons: timelines with the edge
 * cases the definitions care about (returns and re-acceptance, pauses, withdrawals before
 * acceptance, reopenings, several ratings, ratings without a usable satisfaction, events out
 * of time order, acceptance exactly at / 1 ms after the response due time, links exactly at
 * 180 days), over a few grids, handlers, channels and categories. Deterministic per seed.
 */

export interface PopulationUnits {
  center: string;
  department: string;
  /** [gridId, communityId, streetId] */
  grids: [string, string, string][];
  users: string[];
}

export interface GenCase {
  id: string;
  registeredAt: Date;
  channel: string;
  category: string;
  subcategory: string | null;
  status: string;
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
  handlerId: string | null;
  handlingUnitId: string | null;
  intakeUnitId: string | null;
  money: number;
  linkedTo: string | null;
  events: KpiEvent[];
}

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const CHANNELS = ['window', 'hotline', 'online', 'grid_report'];
const CATEGORIES = ['neighbour', 'labour', 'family', 'contract', 'other'];
const START = Date.parse('2025-11-01T00:00:00+08:00');
const SPAN = Date.parse('2027-01-31T00:00:00+08:00') - START;

export function generatePopulation(seed: number, n: number, u: PopulationUnits, cal: WorkingCalendar, subcategory: string | null): GenCase[] {
  const r = rng(seed);
  const out: GenCase[] = [];
  const instant = () => {
    const t = START + Math.floor(r.next() * SPAN);
    return r.chance(0.6) ? Math.floor(t / MIN) * MIN : t; // most clocks stamp whole minutes
  };
  const delay = () => r.pick([0, 1, r.int(1, 120) * MIN, r.int(1, 72) * HOUR, r.int(1, 40) * DAY + r.int(0, DAY)]);

  const make = (registeredAt: number, linkedTo: string | null): GenCase => {
    const [gridId, communityId, streetId] = r.chance(0.85) ? r.pick(u.grids) : [null, null, null];
    const category = r.pick(CATEGORIES);
    const events: KpiEvent[] = [];
    const ev = (type: string, at: number, data: Record<string, unknown> = {}) => events.push({ seq: events.length + 1, type, at: new Date(at), data });
    let t = registeredAt;
    let status = 'registered';
    ev('registered', t);
    const fate = r.next();
    if (fate < 0.08) {
      t += delay();
      ev('withdrawn', t);
      status = r.pick(['withdrawn', 'archived']);
    } else if (fate < 0.16) {
      if (r.chance(0.5)) ev('routed', (t += delay()));
      status = r.pick(['registered', 'routed']);
    } else {
      ev('routed', (t += r.int(0, 30) * MIN));
      // Acceptance: sometimes exactly at the 30-working-minute due time, or 1 ms after it.
      const due = addWorkingMinutes(cal, new Date(registeredAt), 30).getTime();
      t = r.chance(0.1) ? due + r.pick([0, 1, -1]) : t + delay();
      ev('accepted', t);
      status = 'accepted';
      if (r.chance(0.1)) {
        ev('returned', (t += delay()));
        ev('accepted', (t += delay()));
      }
      ev('started', (t += r.int(0, 600) * MIN));
      status = 'handling';
      if (r.chance(0.2)) {
        ev('paused', (t += delay()));
        ev('resumed', (t += delay()));
      }
      let rounds = 0;
      while (rounds++ < 3 && r.chance(0.75)) {
        const conclusion = r.pick(['resolved', 'resolved', 'resolved', 'referred', 'withdrawn']);
        ev(conclusion, (t += delay()));
        status = conclusion;
        let reopened = false;
        for (let k = r.int(0, 2); k > 0; k--) {
          const s = r.pick(['satisfied', 'satisfied', 'neutral', 'dissatisfied']);
          const data = r.chance(0.05) ? { satisfaction: 3 } : r.chance(0.05) ? { note: 'no rating' } : { satisfaction: s };
          ev('feedback', (t += r.chance(0.05) ? 0 : delay()), data);
          if (s === 'dissatisfied' && r.chance(0.6)) {
            ev('reopened', (t += r.int(0, 60) * MIN));
            status = 'handling';
            reopened = true;
            break;
          }
        }
        if (!reopened) {
          if (r.chance(0.4)) {
            ev('archived', (t += delay()));
            status = 'archived';
          }
          break;
        }
      }
    }
    // A clock set back (POST /api/dev/clock): one event earlier than the one before it.
    if (events.length > 2 && r.chance(0.04)) {
      const e = events[r.int(1, events.length - 1)]!;
      e.at = new Date(e.at.getTime() - r.int(1, 20) * DAY);
    }
    return {
      id: randomUUID(),
      registeredAt: new Date(registeredAt),
      channel: r.pick(CHANNELS),
      category,
      subcategory: subcategory && category === 'neighbour' && r.chance(0.5) ? subcategory : null,
      status,
      streetId,
      communityId,
      gridId,
      handlerId: r.chance(0.8) ? r.pick(u.users) : null,
      handlingUnitId: r.chance(0.7) ? u.department : null,
      intakeUnitId: r.chance(0.3) ? u.department : null,
      money: r.chance(0.3) ? r.int(0, 5_000_000) : 0,
      linkedTo,
      events,
    };
  };

  for (let i = 0; i < n; i++) out.push(make(instant(), null));
  // Linked new cases: around the target's conclusion, some exactly 180 days (4320 h) after it, or 1 ms more.
  for (let i = 0; i < n / 6; i++) {
    const target = r.pick(out);
    const concluded = [...target.events].reverse().find((e) => ['resolved', 'referred', 'withdrawn'].includes(e.type));
    const base = concluded ? concluded.at.getTime() : target.registeredAt.getTime();
    const offset = r.pick([180 * DAY, 180 * DAY + 1, 0, -r.int(1, 5) * DAY, r.int(1, 200) * DAY]);
    out.push(make(base + offset, target.id));
  }
  return out;
}

/** Writes the population in three statements (as a batch import would). */
export async function insertPopulation(db: Database['db'], cases: readonly GenCase[], centerId: string): Promise<void> {
  // Linked targets first: the foreign key wants them.
  const plain = cases.filter((c) => !c.linkedTo);
  const linked = cases.filter((c) => c.linkedTo);
  for (const part of [plain, linked]) {
    if (part.length === 0) continue;
    await db
      .insertInto('cases')
      .values(
        part.map((c, i) => ({
          id: c.id,
          code: `POP-${c.id.slice(0, 8)}-${i}`,
          center_id: centerId,
          channel: c.channel,
          category: c.category,
          subcategory: c.subcategory,
          title: 'population',
          description: 'population',
          street_id: c.streetId,
          community_id: c.communityId,
          grid_id: c.gridId,
          assignee_id: c.handlerId,
          handling_unit_id: c.handlingUnitId,
          intake_unit_id: c.intakeUnitId,
          status: c.status,
          money_recovered_fen: c.money,
          linked_case_id: c.linkedTo,
          registered_at: c.registeredAt,
          updated_at: c.registeredAt,
        })),
      )
      .execute();
  }
  const events = cases.flatMap((c) => c.events.map((e) => ({ case_id: c.id, seq: e.seq, type: e.type, at: e.at, actor_name: 'population', data: JSON.stringify(e.data ?? {}) })));
  for (let i = 0; i < events.length; i += 2000) await db.insertInto('case_events').values(events.slice(i, i + 2000)).execute();
}

/** The pure facts of the population (the reference). */
export function populationFacts(cases: readonly GenCase[]): KpiCaseFacts[] {
  const linked = new Map<string, Date[]>();
  for (const c of cases) if (c.linkedTo) linked.set(c.linkedTo, [...(linked.get(c.linkedTo) ?? []), c.registeredAt]);
  return cases.map((c) =>
    deriveCaseFacts(
      {
        id: c.id,
        registeredAt: c.registeredAt,
        channel: c.channel,
        category: c.category,
        status: c.status,
        streetId: c.streetId,
        communityId: c.communityId,
        gridId: c.gridId,
        handlerId: c.handlerId,
        moneyRecoveredFen: c.money,
      },
      c.events,
      linked.get(c.id) ?? [],
    ),
  );
}
