import { expect } from 'vitest';
import type { Agent } from '../../support/app.js';
import { makeUser } from '../../support/factories.js';
import { caseInHandling, type CaseJson, type CaseWorld, caseWorld, iso } from '../cases/helpers.js';

export interface SessionWorld extends CaseWorld {
  rooms: { first: string; second: string };
  /** an expert who accepted the case `kase`, with an account */
  expertId: string;
  expertUserId: string;
  /** an expert of the pool not on the case */
  strangerExpertId: string;
  kase: CaseJson;
}

/** The case world with two rooms at the center, a case in handling by the department's mediator, and an expert serving on it. */
export async function sessionWorld(): Promise<SessionWorld> {
  const w = await caseWorld();
  const room = async (name: string) => {
    const res = await w.admin.post('/api/rooms', { unitId: w.d.center.id, name, capacity: 10, equipment: '圆桌、录音录像' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const rooms = { first: await room('第一调解室'), second: await room('第二调解室') };
  const kase = await caseInHandling(w, { gridId: w.d.grid1.id });
  const db = w.t.database.db;
  const expertUser = await makeUser(w.t.ctx, 'expert1', [], { displayName: '赵律师' });
  const [expert, stranger] = await db
    .insertInto('experts')
    .values([
      { user_id: expertUser.id, name: '赵律师', gender: 'male', kind: 'lawyer', organization: '测试律师事务所', specialties: ['neighbour'], service_modes: ['onsite'], years: 10, bio: null },
      { user_id: null, name: '钱老师', gender: 'female', kind: 'psychologist', organization: null, specialties: ['family'], service_modes: ['onsite'], years: 5, bio: null },
    ])
    .returning('id')
    .execute();
  await db.insertInto('case_experts').values({ case_id: kase.id, expert_id: expert!.id, status: 'accepted', proposed_by: 'dispatcher', proposed_at: new Date(), responded_at: new Date() }).execute();
  return { ...w, rooms, expertId: expert!.id, expertUserId: expertUser.id, strangerExpertId: stranger!.id, kase };
}

/** A valid center session on `kase` tomorrow 09:00–10:00 with the handler, the expert and both parties. */
export function centerBody(w: SessionWorld, over: Record<string, unknown> = {}) {
  return {
    mode: 'center',
    roomId: w.rooms.first,
    startsAt: iso('2026-03-03T09:00:00'),
    endsAt: iso('2026-03-03T10:00:00'),
    participants: [
      { kind: 'staff', userId: w.ids.mediator },
      { kind: 'expert', expertId: w.expertId },
      ...w.kase.parties.map((p) => ({ kind: 'party', partyId: p.partyId })),
    ],
    ...over,
  };
}

export async function schedule(agent: Agent, caseId: string, body: Record<string, unknown>) {
  const res = await agent.post(`/api/cases/${caseId}/sessions`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; status: string; participants: { ordinal: number; kind: string; name: string }[] };
}
