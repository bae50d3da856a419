import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { createWorkingCalendar, localDate, nextWorkingDay, SHIPPED_CALENDAR } from '../domain/calendar/index.js';
import { beijing, draftCircuit } from '../domain/sessions/circuit.js';
import { DEMO_KEYS } from './district.js';

const ROOMS: readonly { centerKey: string; name: string; capacity: number; equipment: string }[] = [
  { centerKey: DEMO_KEYS.centerDistrict, name: '第一调解室', capacity: 10, equipment: '圆桌、同步录音录像、文书打印' },
  { centerKey: DEMO_KEYS.centerDistrict, name: '第二调解室', capacity: 8, equipment: '圆桌、同步录音录像' },
  { centerKey: DEMO_KEYS.centerDistrict, name: '心理疏导室', capacity: 4, equipment: '沙盘、放松椅' },
  { centerKey: DEMO_KEYS.centerDistrict, name: '远程调解室', capacity: 6, equipment: '视频会议终端、大屏' },
  { centerKey: DEMO_KEYS.centerDevzone, name: '企业纠纷调解室', capacity: 12, equipment: '会议桌、投影、文书打印' },
  { centerKey: DEMO_KEYS.centerDevzone, name: '劳动争议调解室', capacity: 8, equipment: '圆桌、同步录音录像' },
];

/** Morning and afternoon slots of the coming working days, so that no two demo sessions overlap. */
const SLOTS = [
  ['09:30', '10:30'],
  ['14:30', '15:45'],
] as const;

/**
 * 调解安排 demo (issue #5): the centers' mediation rooms, upcoming sessions on open cases of
 * the district center (the `mediator` account's first, so its calendar is not empty) —
 * in rooms, one online — one session held yesterday with its minutes, and a circuit plan
 * through two communities a few working days ahead. Dates follow `now`; the choice of
 * cases is by code, so the demo is the same on every run. No timeline events are written:
 * the seeded timelines stay as generated.
 */
export async function seedDemoSessions(trx: Kysely<DB>, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const rooms = await trx
    .insertInto('mediation_rooms')
    .values(ROOMS.map((r) => ({ unit_id: ids.get(r.centerKey)!, name: r.name, capacity: r.capacity, equipment: r.equipment })))
    .returning(['id', 'name', 'unit_id'])
    .execute();
  const centerId = ids.get(DEMO_KEYS.centerDistrict)!;
  const centerRooms = rooms.filter((r) => r.unit_id === centerId);
  const mediator = ids.get('user:mediator');

  const open = await trx
    .selectFrom('cases')
    .select(['id', 'code', 'assignee_id', 'community_id', 'registered_at'])
    .where('center_id', '=', centerId)
    .where('status', 'in', ['accepted', 'handling'])
    .where('paused', '=', false)
    .where('assignee_id', 'is not', null)
    .where('is_group', '=', false)
    .orderBy('code')
    .execute();
  const ordered = [...open.filter((c) => c.assignee_id === mediator), ...open.filter((c) => c.assignee_id !== mediator)];
  const single = ordered.slice(0, 6);

  // Working days from tomorrow on.
  const days: string[] = [];
  let day = localDate(cal, now);
  for (let i = 0; i < 5; i++) days.push((day = nextWorkingDay(cal, day)));

  const participantsOf = async (caseId: string, assigneeId: string) => {
    const parties = await trx.selectFrom('case_parties').select(['party_id', 'role']).where('case_id', '=', caseId).orderBy('ordinal').execute();
    const experts = await trx.selectFrom('case_experts').select('expert_id').where('case_id', '=', caseId).where('status', '=', 'accepted').execute();
    return [
      { kind: 'staff' as const, user_id: assigneeId, expert_id: null, party_id: null, role: 'mediator' },
      ...experts.map((e) => ({ kind: 'expert' as const, user_id: null, expert_id: e.expert_id, party_id: null, role: 'expert' })),
      ...parties.map((p) => ({ kind: 'party' as const, user_id: null, expert_id: null, party_id: p.party_id, role: p.role })),
    ].map((p, i) => ({ ...p, ordinal: i + 1 }));
  };

  for (const [i, c] of single.entries()) {
    const date = days[Math.floor(i / 2)]!;
    const [from, to] = SLOTS[i % 2]!;
    const online = i === 3;
    const room = centerRooms[i % centerRooms.length]!;
    const s = await trx
      .insertInto('mediation_sessions')
      .values({
        case_id: c.id,
        mode: online ? 'online' : 'center',
        room_id: online ? null : room.id,
        place: online ? null : room.name,
        online_url: online ? `https://meeting.kdl-zzzx.example.cn/j/${c.code.replace(/\D/g, '').slice(-8)}` : null,
        starts_at: beijing(date, from),
        ends_at: beijing(date, to),
        created_by: c.assignee_id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('session_participants').values((await participantsOf(c.id, c.assignee_id!)).map((p) => ({ ...p, session_id: s.id }))).execute();
  }

  // One held yesterday, with minutes, on the mediator's first case.
  const first = single[0];
  if (first) {
    const yesterday = localDate(cal, new Date(now.getTime() - 86_400_000));
    const s = await trx
      .insertInto('mediation_sessions')
      .values({
        case_id: first.id,
        mode: 'center',
        room_id: centerRooms[1]!.id,
        place: centerRooms[1]!.name,
        starts_at: beijing(yesterday, '09:30'),
        ends_at: beijing(yesterday, '10:30'),
        status: 'held',
        outcome: 'adjourned',
        minutes: '调解员介绍调解程序及权利义务，双方分别陈述事实和诉求。申请人要求赔偿损失，被申请人对损失金额有异议，同意提供相关票据后再行协商。双方同意择日继续调解。',
        minutes_recorded_by: first.assignee_id,
        created_by: first.assignee_id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const parts = await participantsOf(first.id, first.assignee_id!);
    await trx.insertInto('session_participants').values(parts.map((p) => ({ ...p, session_id: s.id, attendance: 'present' as const }))).execute();
  }

  // 巡回调解: the two communities with the most remaining open cases, on the fifth working day.
  const rest = open.filter((c) => c.community_id && !single.some((s) => s.id === c.id));
  const byCommunity = new Map<string, number>();
  for (const c of rest) byCommunity.set(c.community_id!, (byCommunity.get(c.community_id!) ?? 0) + 1);
  const communities = [...byCommunity.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([id]) => id);
  if (!communities.length) return;
  const picked = communities.flatMap((cid) => rest.filter((c) => c.community_id === cid).slice(0, 3));
  const date = days[4]!;
  const draft = draftCircuit(date, communities, picked.map((c) => ({ caseId: c.id, communityId: c.community_id!, registeredAt: new Date(c.registered_at) })));
  const names = await trx.selectFrom('org_units').select(['id', 'name']).where('id', 'in', communities).execute();
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? '';
  const plan = await trx
    .insertInto('circuit_plans')
    .values({ center_id: centerId, date, title: `${date} 巡回调解（${communities.map(nameOf).join('、')}）`, note: '携带调解文书、法律宣传资料；社区调委会主任陪同', created_by: ids.get('user:director') ?? null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const companion = ids.get('user:mediator-02');
  for (const stop of draft.stops) {
    for (const slot of stop.slots) {
      const c = picked.find((x) => x.id === slot.caseId)!;
      const staff = [...new Set([c.assignee_id!, ...(companion ? [companion] : [])])];
      const s = await trx
        .insertInto('mediation_sessions')
        .values({ case_id: c.id, mode: 'circuit', unit_id: stop.communityId, place: `${nameOf(stop.communityId)}党群服务中心`, circuit_plan_id: plan.id, starts_at: slot.startsAt, ends_at: slot.endsAt, created_by: ids.get('user:director') ?? null, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('session_participants').values(staff.map((u, i) => ({ session_id: s.id, ordinal: i + 1, kind: 'staff' as const, user_id: u, role: 'mediator' }))).execute();
    }
  }
}
