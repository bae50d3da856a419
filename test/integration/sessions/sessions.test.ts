import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../support/app.js';
import { PASSWORD } from '../../support/factories.js';
import { caseInHandling, counts, getCase, iso } from '../cases/helpers.js';
import { centerBody, schedule, type SessionWorld, sessionWorld } from './world.js';

let w: SessionWorld;
beforeAll(async () => {
  w = await sessionWorld();
});
afterAll(async () => w.t.close());

const TABLES = ['mediation_sessions', 'session_participants', 'case_events', 'notifications'] as const;

describe('rooms', () => {
  it('lists rooms to staff; only an admin adds or changes them; names are unique per unit', async () => {
    const list = await w.mediator.get(`/api/rooms?unitId=${w.d.center.id}`);
    expect(list.json().items.map((r: { name: string }) => r.name)).toEqual(['第一调解室', '第二调解室']);
    expect((await w.mediator.post('/api/rooms', { unitId: w.d.center.id, name: '第三调解室' })).statusCode).toBe(403);
    expect((await w.admin.post('/api/rooms', { unitId: w.d.center.id, name: '第一调解室' })).statusCode).toBe(409);
    const bad = await w.admin.post('/api/rooms', { unitId: w.d.communityA.id, name: '社区调解室' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.unitId).toBeTruthy();
    const patched = await w.admin.patch(`/api/rooms/${w.rooms.second}`, { capacity: 6 });
    expect(patched.json()).toMatchObject({ capacity: 6, name: '第二调解室', active: true });
  });
});

describe('scheduling', () => {
  it('schedules a center session: participants, a timeline event, notifications to the invited expert', async () => {
    const s = await schedule(w.mediator, w.kase.id, centerBody(w));
    expect(s.status).toBe('scheduled');
    expect(s.participants.map((p) => p.kind)).toEqual(['staff', 'expert', 'party', 'party']);
    const c = await getCase(w.mediator, w.kase.id);
    const ev = c.timeline.find((e) => e.type === 'session_scheduled')!;
    expect(ev.data).toMatchObject({ sessionId: s.id, mode: 'center', place: '第一调解室' });
    const notes = await w.t.database.db.selectFrom('notifications').selectAll().where('user_id', '=', w.expertUserId).execute();
    expect(notes.some((n) => n.kind === 'session_scheduled' && n.case_id === w.kase.id)).toBe(true);
    const listed = await w.mediator.get(`/api/cases/${w.kase.id}/sessions`);
    expect(listed.json()).toMatchObject({ canSchedule: true, canRecord: true, items: [{ id: s.id, roomName: '第一调解室' }] });
  });

  it.each([
    ['a start in the past', { startsAt: iso('2026-03-02T08:00:00'), endsAt: iso('2026-03-02T10:00:00') }, 'startsAt'],
    ['an end before the start', { startsAt: iso('2026-03-04T10:00:00'), endsAt: iso('2026-03-04T09:00:00') }, 'endsAt'],
    ['more than 8 hours', { startsAt: iso('2026-03-04T08:00:00'), endsAt: iso('2026-03-04T16:30:00') }, 'endsAt'],
    ['a center session without a room', { roomId: null }, 'roomId'],
    ['an online session over http', { mode: 'online', roomId: null, onlineUrl: 'http://meet.example.cn/1' }, 'onlineUrl'],
    ['a circuit session without a place', { mode: 'circuit', roomId: null }, 'place'],
    ['no staff invited', { participants: [{ kind: 'party', partyId: '00000000-0000-4000-8000-000000000001' }] }, 'participants'],
  ])('refuses %s with 400 naming %s and writes nothing', async (_name, over, field) => {
    const before = await counts(w.t, [...TABLES]);
    const res = await w.mediator.post(`/api/cases/${w.kase.id}/sessions`, centerBody(w, { startsAt: iso('2026-03-04T09:00:00'), endsAt: iso('2026-03-04T10:00:00'), ...over }));
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain(field);
    expect(await counts(w.t, [...TABLES])).toEqual(before);
  });

  it('refuses a room of another center, a stranger expert and a party of another case', async () => {
    const other = await w.t.ctx.repos.units.insert({ parentId: w.d.district.id, kind: 'center', name: '另一综治中心', code: '990001-ZZ09' }, w.t.clock.now(), w.d.district);
    const room = (await w.admin.post('/api/rooms', { unitId: other.id, name: '外中心调解室' })).json().id;
    const res = await w.mediator.post(
      `/api/cases/${w.kase.id}/sessions`,
      centerBody(w, {
        roomId: room,
        startsAt: iso('2026-03-04T09:00:00'),
        endsAt: iso('2026-03-04T10:00:00'),
        participants: [
          { kind: 'staff', userId: w.ids.mediator },
          { kind: 'expert', expertId: w.strangerExpertId },
          { kind: 'party', partyId: '00000000-0000-4000-8000-000000000002' },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['participants.1', 'participants.2', 'roomId']);
  });

  it('refuses a double-booked room or person with 409 listing each conflict, and writes nothing', async () => {
    const other = await caseInHandling(w);
    const before = await counts(w.t, [...TABLES]);
    const res = await w.director.post(`/api/cases/${other.id}/sessions`, {
      mode: 'center',
      roomId: w.rooms.first,
      startsAt: iso('2026-03-03T09:30:00'),
      endsAt: iso('2026-03-03T10:30:00'),
      participants: [{ kind: 'staff', userId: w.ids.mediator }],
    });
    expect(res.statusCode, res.body).toBe(409);
    const err = res.json().error;
    expect(err.code).toBe('session_conflict');
    expect(err.conflicts.map((c: { kind: string; name: string; caseCode: string }) => [c.kind, c.name, c.caseCode])).toEqual([
      ['room', '第一调解室', w.kase.code],
      ['staff', '调解员甲', w.kase.code],
    ]);
    expect(await counts(w.t, [...TABLES])).toEqual(before);
    // Back to back is fine.
    await schedule(w.director, other.id, { mode: 'center', roomId: w.rooms.first, startsAt: iso('2026-03-03T10:00:00'), endsAt: iso('2026-03-03T11:00:00'), participants: [{ kind: 'staff', userId: w.ids.mediator }] });
  });

  it('two concurrent bookings of one room: exactly one wins', async () => {
    const [a, b] = [await caseInHandling(w), await caseInHandling(w)];
    const body = (userId: string) => ({ mode: 'center', roomId: w.rooms.second, startsAt: iso('2026-03-05T14:00:00'), endsAt: iso('2026-03-05T15:00:00'), participants: [{ kind: 'staff', userId }] });
    const [r1, r2] = await Promise.all([w.director.post(`/api/cases/${a.id}/sessions`, body(w.ids.colleague)), w.director.post(`/api/cases/${b.id}/sessions`, body(w.ids.lead))]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([201, 409]);
    const rows = await w.t.database.db.selectFrom('mediation_sessions').selectAll().where('room_id', '=', w.rooms.second).where('starts_at', '=', new Date(iso('2026-03-05T14:00:00'))).execute();
    expect(rows).toHaveLength(1);
  });

  it('only the handler, center staff or supervisors arrange; others are refused', async () => {
    const res = await w.grid.post(`/api/cases/${w.kase.id}/sessions`, centerBody(w, { startsAt: iso('2026-03-06T09:00:00'), endsAt: iso('2026-03-06T10:00:00') }));
    expect(res.statusCode).toBe(403);
    const colleague = await w.colleague.post(`/api/cases/${w.kase.id}/sessions`, centerBody(w, { startsAt: iso('2026-03-06T09:00:00'), endsAt: iso('2026-03-06T10:00:00') }));
    expect(colleague.statusCode).toBe(403);
  });

  it('online and circuit sessions', async () => {
    const online = await schedule(w.mediator, w.kase.id, { mode: 'online', onlineUrl: 'https://meeting.example.cn/j/889', startsAt: iso('2026-03-06T15:00:00'), endsAt: iso('2026-03-06T16:00:00'), participants: [{ kind: 'staff', userId: w.ids.mediator }] });
    expect(online).toMatchObject({ mode: 'online', onlineUrl: 'https://meeting.example.cn/j/889', roomId: null });
    const circuit = await schedule(w.mediator, w.kase.id, { mode: 'circuit', unitId: w.d.communityA.id, startsAt: iso('2026-03-09T09:00:00'), endsAt: iso('2026-03-09T10:00:00'), participants: [{ kind: 'staff', userId: w.ids.mediator }] });
    expect(circuit).toMatchObject({ mode: 'circuit', place: '甲一社区', unitId: w.d.communityA.id });
  });
});

describe('reschedule, cancel, record', () => {
  it('reschedules with the version, refuses a stale one, and re-checks conflicts', async () => {
    const s = await schedule(w.mediator, w.kase.id, centerBody(w, { startsAt: iso('2026-03-10T09:00:00'), endsAt: iso('2026-03-10T10:00:00') }));
    const moved = await w.mediator.patch(`/api/cases/${w.kase.id}/sessions/${s.id}`, { ...centerBody(w, { startsAt: iso('2026-03-10T10:00:00'), endsAt: iso('2026-03-10T11:00:00') }), version: s.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().startsAt).toBe(iso('2026-03-10T10:00:00'));
    const stale = await w.mediator.patch(`/api/cases/${w.kase.id}/sessions/${s.id}`, { ...centerBody(w, { startsAt: iso('2026-03-10T13:00:00'), endsAt: iso('2026-03-10T14:00:00') }), version: s.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    // Onto the session of 3 March in room 1: a conflict.
    const clash = await w.mediator.patch(`/api/cases/${w.kase.id}/sessions/${s.id}`, { ...centerBody(w), version: moved.json().version });
    expect(clash.json().error.code).toBe('session_conflict');
    const c = await getCase(w.mediator, w.kase.id);
    expect(c.timeline.some((e) => e.type === 'session_rescheduled')).toBe(true);
  });

  it('cancels with a reason; a cancelled session frees the room and cannot be recorded', async () => {
    const s = await schedule(w.mediator, w.kase.id, centerBody(w, { startsAt: iso('2026-03-11T09:00:00'), endsAt: iso('2026-03-11T10:00:00') }));
    const res = await w.mediator.post(`/api/cases/${w.kase.id}/sessions/${s.id}/cancel`, { reason: '申请人临时出差' });
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: '申请人临时出差' });
    expect((await w.mediator.post(`/api/cases/${w.kase.id}/sessions/${s.id}/cancel`, { reason: '再次取消' })).statusCode).toBe(409);
    await schedule(w.mediator, w.kase.id, centerBody(w, { startsAt: iso('2026-03-11T09:00:00'), endsAt: iso('2026-03-11T10:00:00') }));
    const rec = await w.mediator.post(`/api/cases/${w.kase.id}/sessions/${s.id}/record`, { minutes: '当事人未到', outcome: 'adjourned' });
    expect(rec.statusCode).toBe(409);
    expect(rec.json().error.message).toContain('已取消');
  });

  it('records minutes, outcome and attendance only once started; appends session_held', async () => {
    const s = await schedule(w.mediator, w.kase.id, centerBody(w, { startsAt: iso('2026-03-02T14:00:00'), endsAt: iso('2026-03-02T15:00:00') }));
    const body = { minutes: '双方同意由楼上住户承担维修费用 3000 元，于 3 月 15 日前付清。', outcome: 'agreement', attendance: [{ ordinal: 1, attendance: 'present' }, { ordinal: 3, attendance: 'present' }, { ordinal: 4, attendance: 'absent' }] };
    const early = await w.mediator.post(`/api/cases/${w.kase.id}/sessions/${s.id}/record`, body);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('调解开始后');
    const bad = await w.mediator.post(`/api/cases/${w.kase.id}/sessions/${s.id}/record`, { ...body, attendance: [{ ordinal: 9, attendance: 'present' }] });
    expect(bad.statusCode).toBe(400);
    w.t.clock.advanceBy(5 * 3_600_000 + 10 * 60_000); // 14:10
    const done = await w.mediator.post(`/api/cases/${w.kase.id}/sessions/${s.id}/record`, body);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'held', outcome: 'agreement' });
    expect(done.json().participants.map((p: { attendance: string }) => p.attendance)).toEqual(['present', 'invited', 'present', 'absent']);
    // Started: no more moving or cancelling.
    expect((await w.mediator.post(`/api/cases/${w.kase.id}/sessions/${s.id}/cancel`, { reason: '取消' })).statusCode).toBe(409);
    const c = await getCase(w.mediator, w.kase.id);
    expect(c.timeline.filter((e) => e.type === 'session_held')).toHaveLength(1);
    w.t.clock.advanceBy(-(5 * 3_600_000 + 10 * 60_000));
  });

  it('refuses scheduling on a case that is not accepted yet', async () => {
    const fresh = (await w.dispatcher.post('/api/cases', { channel: 'window', description: '邻里之间因占用公共楼道堆放杂物发生争执。', category: 'neighbour', parties: [{ role: 'applicant', kind: 'person', name: '孙丽', phone: '13700001111' }] })).json();
    const res = await w.director.post(`/api/cases/${fresh.id}/sessions`, { mode: 'online', onlineUrl: 'https://m.example.cn/1', startsAt: iso('2026-03-12T09:00:00'), endsAt: iso('2026-03-12T10:00:00'), participants: [{ kind: 'staff', userId: w.ids.director }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('不能安排调解');
  });
});

describe('archived cases', () => {
  it('are frozen: no scheduling, cancelling or recording', async () => {
    const c = await caseInHandling(w);
    const s = await schedule(w.mediator, c.id, { mode: 'online', onlineUrl: 'https://m.example.cn/a', startsAt: iso('2026-03-13T09:00:00'), endsAt: iso('2026-03-13T10:00:00'), participants: [{ kind: 'staff', userId: w.ids.mediator }] });
    await w.t.database.db.updateTable('cases').set({ status: 'archived' }).where('id', '=', c.id).execute();
    const before = await counts(w.t, [...TABLES]);
    const again = await w.director.post(`/api/cases/${c.id}/sessions`, { mode: 'online', onlineUrl: 'https://m.example.cn/b', startsAt: iso('2026-03-13T11:00:00'), endsAt: iso('2026-03-13T12:00:00'), participants: [{ kind: 'staff', userId: w.ids.director }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('归档');
    expect((await w.director.post(`/api/cases/${c.id}/sessions/${s.id}/cancel`, { reason: '不再需要' })).statusCode).toBe(409);
    expect((await w.director.post(`/api/cases/${c.id}/sessions/${s.id}/record`, { minutes: '补记', outcome: 'agreement' })).statusCode).toBe(409);
    expect(await counts(w.t, [...TABLES])).toEqual(before);
    expect((await w.director.get(`/api/cases/${c.id}/sessions`)).json()).toMatchObject({ canSchedule: false, canRecord: false });
  });
});

describe('calendar', () => {
  it('filters by room, person, expert and community within 62 days, scoped to what the caller sees', async () => {
    const q = (agent: typeof w.mediator, extra = '') => agent.get(`/api/sessions?from=${encodeURIComponent(iso('2026-03-01T00:00:00'))}&to=${encodeURIComponent(iso('2026-03-31T00:00:00'))}${extra}`);
    const all = (await q(w.director)).json().items;
    expect(all.length).toBeGreaterThan(3);
    const room1 = (await q(w.director, `&roomId=${w.rooms.first}`)).json().items;
    expect(room1.every((s: { roomId: string }) => s.roomId === w.rooms.first)).toBe(true);
    const expert = (await q(w.director, `&expertId=${w.expertId}`)).json().items;
    expect(expert.length).toBeGreaterThan(0);
    expect(expert.every((s: { participants: { expertId: string | null }[] }) => s.participants.some((p) => p.expertId === w.expertId))).toBe(true);
    const community = (await q(w.director, `&communityId=${w.d.communityA.id}`)).json().items;
    expect(community.every((s: { communityId: string }) => s.communityId === w.d.communityA.id)).toBe(true);
    // The grid worker of grid1 sees the sessions of the case in their grid, not the others.
    const grid = (await q(w.grid)).json().items;
    expect(grid.length).toBeGreaterThan(0);
    expect(grid.length).toBeLessThan(all.length);
    expect(grid.every((s: { caseId: string }) => s.caseId === w.kase.id)).toBe(true);
    const tooLong = await w.director.get(`/api/sessions?from=${encodeURIComponent(iso('2026-03-01T00:00:00'))}&to=${encodeURIComponent(iso('2026-05-15T00:00:00'))}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields.to).toBeTruthy();
  });

  it('an expert sees the sessions they are invited to', async () => {
    const expert = await login(w.t.app, 'expert1', PASSWORD);
    const items = (await expert.get(`/api/sessions?from=${encodeURIComponent(iso('2026-03-01T00:00:00'))}&to=${encodeURIComponent(iso('2026-03-31T00:00:00'))}`)).json().items;
    expect(items.length).toBeGreaterThan(0);
    // The case they serve on, and nothing else.
    expect(items.some((s: { participants: { expertId: string | null }[] }) => s.participants.some((p) => p.expertId === w.expertId))).toBe(true);
    expect(items.every((s: { caseId: string }) => s.caseId === w.kase.id)).toBe(true);
  });
});
