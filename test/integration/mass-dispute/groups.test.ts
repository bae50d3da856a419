import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { auditRows, type CaseJson, counts, getCase, ok, register } from '../cases/helpers.js';
import { COMPANY, type MassWorld, massWorld, propertyCase, registerProperty, signal, warningOf } from './helpers.js';

const TABLES = ['cases', 'case_events', 'case_parties', 'case_deadlines', 'case_sequences', 'notifications'] as const;

interface GroupJson extends CaseJson {
  isGroup: boolean;
  peopleCount: number;
  group: { id: string; code: string; title: string } | null;
  memberCount?: number;
  members?: { id: string; code: string; title: string; status: string; peopleCount: number }[];
}

const del = (agent: Agent, url: string, body: unknown) => agent.request('DELETE', url, body);

describe('gathering cases into a group case (合并为涉众案件)', () => {
  let w: MassWorld;
  let members: CaseJson[];
  let group: GroupJson;

  beforeAll(async () => {
    w = await massWorld();
    members = [
      await registerProperty(w.dispatcher, w, { peopleCount: 12 }),
      await registerProperty(w.dispatcher, w, { peopleCount: 8, gridId: w.d.grid2.id }),
      await registerProperty(w.dispatcher, w, { peopleCount: 5, category: 'contract' }),
    ];
    // as they stand just before gathering
    members = await Promise.all(members.map((m) => getCase(w.dispatcher, m.id)));
  });
  afterAll(() => w.t.close());

  it('creates the group case: most common category, people summed, the common respondent, every applicant', async () => {
    const res = await w.dispatcher.post('/api/cases/groups', { caseIds: members.map((m) => m.id), reason: '同一物业公司服务质量问题，统一化解' });
    expect(res.statusCode, res.body).toBe(201);
    group = res.json();
    expect(group).toMatchObject({
      isGroup: true,
      status: 'registered',
      category: 'property_management',
      peopleCount: 25,
      title: `明德花园 业主与${COMPANY}物业纠纷（涉众，3 件）`,
      group: null,
      memberCount: 3,
    });
    expect(group.code).toMatch(/^KDL-2026-\d{6}$/);
    expect(group.parties.filter((p) => p.role === 'respondent').map((p) => p.name)).toEqual([COMPANY]);
    expect(group.parties.filter((p) => p.role === 'applicant')).toHaveLength(3);
    expect(group.members!.map((m) => m.id).sort()).toEqual(members.map((m) => m.id).sort());
    expect(group.timeline.map((e) => e.type)).toEqual(['registered', 'group_formed']);
    expect(group.timeline[1]).toMatchObject({ reason: '同一物业公司服务质量问题，统一化解', fromStatus: null, toStatus: null });
    expect(group.timeline[1]!.data).toMatchObject({ memberCodes: members.map((m) => m.code), count: 3 });
    // the group case is work of its own: its response clock runs
    expect(group.deadlines.map((d) => d.kind)).toContain('response');
  });

  it('each member points at the group, stays open, and has a gathered event (no status change)', async () => {
    for (const m of members) {
      const now = (await getCase(w.dispatcher, m.id)) as GroupJson;
      expect(now.group).toEqual({ id: group.id, code: group.code, title: group.title });
      expect(now.isGroup).toBe(false);
      expect(now).not.toHaveProperty('members');
      expect(now.status).toBe(m.status);
      expect(now.version).toBe(m.version + 1);
      const ev = now.timeline.find((e) => e.type === 'gathered')!;
      expect(ev).toMatchObject({ fromStatus: null, toStatus: null, reason: '同一物业公司服务质量问题，统一化解', actorName: '窗口登记员' });
      expect(ev.data).toMatchObject({ groupId: group.id, groupCode: group.code });
    }
  });

  it('the warning of a member now names the group and no longer asks to gather', async () => {
    const s = signal(await warningOf(w.dispatcher, members[0]!.id), 'respondent')!;
    expect(s).toMatchObject({ reached: true, warn: false });
    expect(s.groups.map((g) => g.id)).toEqual([group.id]);
    expect(s.cases.every((c) => c.groupId === group.id)).toBe(true);
    // the group case itself raises nothing
    expect((await warningOf(w.dispatcher, group.id)).signals).toEqual([]);
  });

  it('lists filter by group: only group cases, their members, or neither', async () => {
    const ids = async (q: string) => ((await w.dispatcher.get(`/api/cases?limit=100&${q}`)).json().items as { id: string }[]).map((c) => c.id);
    expect(await ids('group=only')).toEqual([group.id]);
    expect((await ids('group=members')).sort()).toEqual(members.map((m) => m.id).sort());
    expect(await ids('group=none')).toEqual([]);
    expect((await w.dispatcher.get('/api/cases?group=all')).statusCode).toBe(400);
  });

  let later: CaseJson;
  it('a later case warns next to the group and is added to it', async () => {
    later = await registerProperty(w.dispatcher, w, { peopleCount: 4 });
    const s = signal(await warningOf(w.dispatcher, later.id), 'respondent')!;
    expect(s).toMatchObject({ warn: true, caseCount: 4 });
    expect(s.groups.map((g) => g.code)).toEqual([group.code]);

    const res = await w.dispatcher.post(`/api/cases/groups/${group.id}/members`, { caseIds: [later.id], reason: '同一小区后续投诉' });
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json() as GroupJson;
    expect(g).toMatchObject({ peopleCount: 29, memberCount: 4 });
    expect(g.parties.filter((p) => p.role === 'applicant')).toHaveLength(4);
    expect(g.timeline.at(-1)).toMatchObject({ type: 'group_member_added', reason: '同一小区后续投诉' });
    expect(((await getCase(w.dispatcher, later.id)) as GroupJson).group?.id).toBe(group.id);
  });

  it('takes a member out with a reason: its applicant and people leave with it', async () => {
    const noReason = await del(w.dispatcher, `/api/cases/groups/${group.id}/members/${later.id}`, {});
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(noReason.json().error.fields)).toEqual(['reason']);

    const res = await del(w.dispatcher, `/api/cases/groups/${group.id}/members/${later.id}`, { reason: '经核实系个人报修问题' });
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json() as GroupJson;
    expect(g).toMatchObject({ peopleCount: 25, memberCount: 3 });
    expect(g.parties.filter((p) => p.role === 'applicant')).toHaveLength(3);
    expect(g.timeline.at(-1)).toMatchObject({ type: 'group_member_removed', reason: '经核实系个人报修问题' });
    const out = (await getCase(w.dispatcher, later.id)) as GroupJson;
    expect(out.group).toBeNull();
    expect(out.timeline.at(-1)).toMatchObject({ type: 'ungathered', reason: '经核实系个人报修问题' });
  });

  it('taking out a case that is not a member: 404, nothing changed', async () => {
    const before = await counts(w.t, [...TABLES]);
    const res = await del(w.dispatcher, `/api/cases/groups/${group.id}/members/${later.id}`, { reason: '再次移出' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('该案件不是此涉众案件的成员');
    expect(await counts(w.t, [...TABLES])).toEqual(before);
  });

  it('the last member cannot be taken out: 409', async () => {
    const small = await w.dispatcher.post('/api/cases/groups', { caseIds: [later.id, (await registerProperty(w.dispatcher, w)).id], reason: '测试' });
    expect(small.statusCode).toBe(201);
    const g = small.json() as GroupJson;
    expect((await del(w.dispatcher, `/api/cases/groups/${g.id}/members/${later.id}`, { reason: '移出' })).statusCode).toBe(200);
    const last = g.members!.find((m) => m.id !== later.id)!;
    const before = await counts(w.t, [...TABLES]);
    const res = await del(w.dispatcher, `/api/cases/groups/${g.id}/members/${last.id}`, { reason: '移出' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.caseId).toBe('涉众案件至少保留一件成员案件');
    expect(await counts(w.t, [...TABLES])).toEqual(before);
  });
});

describe('gathering: bad input is refused, names what is wrong, and changes nothing', () => {
  let w: MassWorld;
  let a: CaseJson;
  let b: CaseJson;
  let other: CaseJson;
  let grouped: CaseJson;
  let groupId: string;
  let otherDispatcher: Agent;

  beforeAll(async () => {
    w = await massWorld();
    const now = w.t.clock.now();
    const center2 = await w.t.ctx.repos.units.insert({ parentId: w.d.district.id, kind: 'center', name: '开发区综治中心', code: '990001-ZZ02' }, now, w.d.district);
    // its own code prefix: case codes are unique across centers
    await w.t.database.db.updateTable('org_units').set({ case_code_prefix: 'KFQ' }).where('id', '=', center2.id).execute();
    await makeUser(w.t.ctx, 'dispatcher2', [{ role: 'dispatcher', unitId: center2.id }], { displayName: '开发区窗口' });
    otherDispatcher = await login(w.t.app, 'dispatcher2', PASSWORD);
    other = await register(otherDispatcher, propertyCase({ address: null }));
    a = await registerProperty(w.dispatcher, w);
    b = await registerProperty(w.dispatcher, w);
    grouped = await registerProperty(w.dispatcher, w);
    const g = await w.dispatcher.post('/api/cases/groups', { caseIds: [grouped.id, (await registerProperty(w.dispatcher, w)).id], reason: '先行合并' });
    expect(g.statusCode).toBe(201);
    groupId = g.json().id;
  });
  afterAll(() => w.t.close());

  const refused = async (agent: Agent, body: unknown, status: number) => {
    const before = await counts(w.t, [...TABLES]);
    const versions = await w.t.database.db.selectFrom('cases').select(['id', 'version', 'group_case_id']).orderBy('id').execute();
    const res = await agent.post('/api/cases/groups', body);
    expect(res.statusCode, res.body).toBe(status);
    expect(await counts(w.t, [...TABLES])).toEqual(before);
    expect(await w.t.database.db.selectFrom('cases').select(['id', 'version', 'group_case_id']).orderBy('id').execute()).toEqual(versions);
    return res.json().error as { code: string; message: string; fields?: Record<string, string> };
  };

  it('one case', async () => {
    const e = await refused(w.dispatcher, { caseIds: [a.id], reason: '合并' }, 400);
    expect(Object.keys(e.fields!)).toEqual(['caseIds']);
  });

  it('the same case twice', async () => {
    const e = await refused(w.dispatcher, { caseIds: [a.id, a.id], reason: '合并' }, 400);
    expect(e.fields).toMatchObject({ caseIds: '至少选择 2 件不同的案件', 'caseIds.1': '重复选择了同一案件' });
  });

  it('no reason', async () => {
    const e = await refused(w.dispatcher, { caseIds: [a.id, b.id] }, 400);
    expect(Object.keys(e.fields!)).toEqual(['reason']);
  });

  it('an unknown case', async () => {
    const e = await refused(w.dispatcher, { caseIds: [a.id, '00000000-0000-4000-8000-000000000000'], reason: '合并' }, 400);
    expect(e.fields).toEqual({ 'caseIds.1': '案件不存在或无权查看' });
  });

  it('a case of another center (seen by the admin)', async () => {
    const e = await refused(w.admin, { caseIds: [a.id, other.id], reason: '合并' }, 400);
    expect(e.fields).toEqual({ 'caseIds.1': `${other.code} 不属于同一综治中心` });
  });

  it('a case the caller may not see reads like an unknown one, and the refusal is audited', async () => {
    const e = await refused(otherDispatcher, { caseIds: [other.id, a.id], reason: '合并' }, 400);
    expect(e.fields).toEqual({ 'caseIds.1': '案件不存在或无权查看' });
    expect((await auditRows(w.t, 'case.gather')).some((r) => r.outcome === 'denied' && r.target_id === a.id)).toBe(true);
  });

  it('a concluded case: 409 naming it', async () => {
    const done = await registerProperty(w.dispatcher, w);
    await ok(w.dispatcher, done.id, { action: 'withdraw', reason: '当事人撤回申请' });
    const e = await refused(w.dispatcher, { caseIds: [a.id, done.id], reason: '合并' }, 409);
    expect(e.code).toBe('group_conflict');
    expect(e.message).toBe('所选案件不能合并为涉众案件，请查看标注的原因');
    expect(e.fields).toEqual({ 'caseIds.1': `${done.code} 已办结或归档（已撤回），不能合并` });
  });

  it('a case already in a group: 409 naming the group', async () => {
    const code = (await getCase(w.dispatcher, groupId)).code;
    const e = await refused(w.dispatcher, { caseIds: [grouped.id, a.id], reason: '合并' }, 409);
    expect(e.fields).toEqual({ 'caseIds.0': `${grouped.code} 已合并至涉众案件 ${code}` });
  });

  it('a group case as a member', async () => {
    const e = await refused(w.dispatcher, { caseIds: [groupId, a.id], reason: '合并' }, 400);
    expect(Object.keys(e.fields!)).toEqual(['caseIds.0']);
  });

  it('in English too', async () => {
    const res = await w.dispatcher.request('POST', '/api/cases/groups', { caseIds: [a.id, '00000000-0000-4000-8000-000000000000'], reason: 'x' }, { 'accept-language': 'en' });
    expect(res.json().error.fields['caseIds.1']).toBe('Unknown case, or not one you may see');
  });

  it('roles: a mediator or grid worker may not gather', async () => {
    await refused(w.mediator, { caseIds: [a.id, b.id], reason: '合并' }, 403);
    await refused(w.grid, { caseIds: [a.id, b.id], reason: '合并' }, 403);
  });

  it('adding members: to a case that is no group, an already grouped case, a concluded group', async () => {
    const notGroup = await w.dispatcher.post(`/api/cases/groups/${a.id}/members`, { caseIds: [b.id], reason: '并入' });
    expect(notGroup.statusCode).toBe(409);
    expect(notGroup.json().error.fields.id).toBe(`${a.code} 不是涉众案件`);
    const again = await w.dispatcher.post(`/api/cases/groups/${groupId}/members`, { caseIds: [grouped.id], reason: '并入' });
    expect(again.statusCode).toBe(409);
    await ok(w.dispatcher, groupId, { action: 'withdraw', reason: '合并有误' });
    const before = await counts(w.t, [...TABLES]);
    const closed = await w.dispatcher.post(`/api/cases/groups/${groupId}/members`, { caseIds: [b.id], reason: '并入' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.fields.id).toContain('已办结或归档');
    expect(await counts(w.t, [...TABLES])).toEqual(before);
  });
});
