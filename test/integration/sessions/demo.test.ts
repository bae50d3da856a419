import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict } from '../../../src/demo/district.js';
import { DEMO_PASSWORD, seedDemo } from '../../../src/demo/seed.js';
import { findConflicts } from '../../../src/domain/sessions/overlap.js';
import { createTestApp, login, type TestApp } from '../../support/app.js';

/** The demo's rooms, upcoming sessions and circuit plan: realistic, conflict-free, visible to the mediator account. */
describe('demo mediation sessions', () => {
  const NOW = '2026-11-27T10:00:00+08:00'; // a Friday: the coming sessions fall on the next working days
  let t: TestApp;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    ids = await seedDemo(t.database.db, generateDistrict(), t.clock.now());
  });
  afterAll(() => t.close());

  it('gives the district center four rooms and the development zone two', async () => {
    const rooms = await t.database.db.selectFrom('mediation_rooms').select(['unit_id', 'name']).orderBy('name').execute();
    expect(rooms.filter((r) => r.unit_id === ids.get('center-district')).map((r) => r.name).sort()).toEqual(['心理疏导室', '第一调解室', '第二调解室', '远程调解室'].sort());
    expect(rooms.filter((r) => r.unit_id === ids.get('center-devzone'))).toHaveLength(2);
  });

  it('schedules upcoming sessions on working days without double-booking anyone, and one circuit plan', async () => {
    const db = t.database.db;
    const sessions = await db.selectFrom('mediation_sessions').selectAll().execute();
    const upcoming = sessions.filter((s) => s.status === 'scheduled');
    expect(upcoming.length).toBeGreaterThanOrEqual(6);
    expect(upcoming.every((s) => new Date(s.starts_at).getTime() > t.clock.now().getTime())).toBe(true);
    const weekday = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).getUTCDay();
    expect(upcoming.every((s) => weekday(new Date(s.starts_at)) >= 1 && weekday(new Date(s.starts_at)) <= 5)).toBe(true);
    expect(sessions.filter((s) => s.status === 'held')).toHaveLength(1);
    const parts = await db.selectFrom('session_participants').selectAll().execute();
    const booked = sessions.map((s) => ({
      id: s.id,
      caseId: s.case_id,
      caseCode: '',
      status: s.status,
      roomId: s.room_id,
      startsAt: new Date(s.starts_at),
      endsAt: new Date(s.ends_at),
      userIds: parts.filter((p) => p.session_id === s.id && p.user_id).map((p) => p.user_id!),
      expertIds: parts.filter((p) => p.session_id === s.id && p.expert_id).map((p) => p.expert_id!),
    }));
    for (const b of booked) expect(findConflicts({ ...b, sessionId: b.id }, booked)).toEqual([]);
    const plans = await db.selectFrom('circuit_plans').selectAll().execute();
    expect(plans).toHaveLength(1);
    expect(sessions.filter((s) => s.circuit_plan_id === plans[0]!.id && s.mode === 'circuit').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the mediator account its sessions in the calendar', async () => {
    const mediator = await login(t.app, 'mediator', DEMO_PASSWORD);
    const res = await mediator.get(`/api/sessions?from=${encodeURIComponent('2026-11-20T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-20T00:00:00+08:00')}&userId=${ids.get('user:mediator')}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
  });
});
