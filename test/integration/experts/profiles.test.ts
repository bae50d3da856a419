import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../support/app.js';
import { PASSWORD } from '../../support/factories.js';
import { getCase, register } from '../cases/helpers.js';
import { type ExpertWorld, expertWorld, propose, respond } from './helpers.js';

interface ExpertJson {
  id: string;
  name: string;
  kind: string;
  specialties: string[];
  available: boolean;
  availabilityNote: string | null;
  openCases: number;
  pendingInvitations: number;
  version: number;
  userId?: string | null;
  username?: string | null;
}

/** 专家智库 profiles, the portal's picker, the matching policy, and what an expert may see. */
describe('expert pool: profiles and scope', () => {
  let w: ExpertWorld;

  beforeAll(async () => {
    w = await expertWorld();
  });
  afterAll(() => w.t.close());

  const list = async (query = '', agent = w.dispatcher) => {
    const res = await agent.get(`/api/experts${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: ExpertJson[]; total: number };
  };

  it('lists the pool for staff with filters and paging; accounts only for an admin', async () => {
    const all = await list();
    expect(all.total).toBe(7);
    // Available first.
    expect(all.items.at(-1)!.name).toBe('孙海涛');
    expect(all.items[0]).not.toHaveProperty('userId');
    expect((await list('?kind=psychologist')).items.map((e) => e.name).sort()).toEqual(['苏婉清', '韩静怡'].sort());
    expect((await list('?specialty=labour')).items.map((e) => e.name)).toEqual(['周立新']);
    expect((await list('?mode=offline&specialty=family')).items.map((e) => e.name).sort()).toEqual(['冯国栋', '周立新', '孙海涛', '苏婉清', '高德明'].sort());
    expect((await list('?available=false')).items.map((e) => [e.name, e.availabilityNote])).toEqual([['孙海涛', '外地出差，3月20日返回']]);
    expect((await list('?q=文博')).items.map((e) => e.name)).toEqual(['钱文博']);
    const page = await list('?limit=3&offset=3');
    expect(page.total).toBe(7);
    expect(page.items).toHaveLength(3);
    expect(page.items.map((e) => e.id)).toEqual(all.items.slice(3, 6).map((e) => e.id));
    const admin = await list('?kind=retired_judge', w.admin);
    expect(admin.items[0]).toMatchObject({ name: '高德明', username: 'judge1', userId: w.userOf.judge });
    expect((await w.dispatcher.get('/api/experts?mode=fax')).statusCode).toBe(400);
  });

  it('counts each expert’s open cases and pending invitations', async () => {
    const c = await register(w.dispatcher, { category: 'family', serviceMode: 'online' });
    await propose(w.dispatcher, c.id, [w.ex.judge, w.ex.psy]);
    await respond(w.as.judge, c.id, w.ex.judge, 'accepted');
    const one = (await w.dispatcher.get(`/api/experts/${w.ex.judge}`)).json() as ExpertJson;
    expect(one).toMatchObject({ openCases: 1, pendingInvitations: 0 });
    expect((await w.dispatcher.get(`/api/experts/${w.ex.psy}`)).json()).toMatchObject({ openCases: 0, pendingInvitations: 1 });
  });

  it('lets an admin add an expert; others may not; specialties must be categories', async () => {
    const body = { name: '吴志远', kind: 'lawyer', organization: '内蒙古某律师事务所', specialties: ['contract', 'business'], serviceModes: ['offline'], years: 11, bio: '执业十一年，擅长合同纠纷。' };
    expect((await w.dispatcher.post('/api/experts', body)).statusCode).toBe(403);
    const bad = await w.admin.post('/api/experts', { ...body, specialties: ['astrology'] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['specialties']);
    const res = await w.admin.post('/api/experts', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ name: '吴志远', active: true, available: true, maxOpenCases: 5, openCases: 0, version: 1, hasAccount: false });
  });

  it('lets a director edit a profile with the version read; a stale version is a 409; the account link is the admin’s', async () => {
    const director = w.director;
    const e = (await director.get(`/api/experts/${w.ex.scholar}`)).json() as ExpertJson;
    const res = await director.patch(`/api/experts/${w.ex.scholar}`, { version: e.version, maxOpenCases: 3, bio: '法学院教授，研究土地征收补偿。' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ maxOpenCases: 3, version: e.version + 1 });
    const stale = await director.patch(`/api/experts/${w.ex.scholar}`, { version: e.version, years: 16 });
    expect(stale.statusCode).toBe(409);
    expect((await director.patch(`/api/experts/${w.ex.scholar}`, { version: e.version + 1, userId: w.userOf.judge })).statusCode).toBe(403);
    expect((await w.dispatcher.patch(`/api/experts/${w.ex.scholar}`, { version: e.version + 1, years: 16 })).statusCode).toBe(403);
  });

  it('lets an expert set their own availability and modes, nothing else', async () => {
    const me = (await w.as.lawyer.get('/api/experts/me')).json() as ExpertJson;
    expect(me.name).toBe('周立新');
    const res = await w.as.lawyer.patch('/api/experts/me', { version: me.version, available: false, availabilityNote: '休假至3月9日', serviceModes: ['online'], name: '改名' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: '周立新', available: false, availabilityNote: '休假至3月9日', serviceModes: ['online'] });
    expect((await w.as.lawyer.patch('/api/experts/me', { version: me.version, available: true })).statusCode).toBe(409);
    expect((await w.as.lawyer.patch('/api/experts/me', { version: me.version + 1, available: true, availabilityNote: null, serviceModes: ['online', 'offline'] })).statusCode).toBe(200);
    const notExpert = await w.dispatcher.get('/api/experts/me');
    expect(notExpert.statusCode).toBe(403);
    expect(notExpert.json().error.message).toBe('当前账号未关联专家智库成员');
  });

  it('gives the portal a public picker without accounts or load, those who can be picked first', async () => {
    const res = await w.t.app.inject({ method: 'GET', url: '/api/portal/experts?category=family&mode=online' });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((e) => e.name)).not.toContain('冯国栋'); // offline only
    expect(items.map((e) => e.name)).not.toContain('钱文博'); // no family specialty
    expect(items.at(-1)).toMatchObject({ name: '孙海涛', available: false });
    expect(items.slice(0, -1).every((e) => e.available === true)).toBe(true);
    expect(Object.keys(items[0]!).sort()).toEqual(['available', 'bio', 'id', 'kind', 'kindName', 'name', 'organization', 'serviceModes', 'specialties', 'years']);
  });

  it('keeps the matching policy as data: admin edits with the version, others read', async () => {
    const got = await w.dispatcher.get('/api/policies/experts');
    expect(got.json()).toEqual({ version: 0, value: { responseWorkingHours: 8, maxTeamPortal: 3, maxTeamStaff: 5, fallback: true } });
    const value = { responseWorkingHours: 4, maxTeamPortal: 2, maxTeamStaff: 4, fallback: true };
    expect((await w.dispatcher.request('PUT', '/api/policies/experts', { version: 0, value })).statusCode).toBe(403);
    const bad = await w.admin.request('PUT', '/api/policies/experts', { version: 0, value: { ...value, maxTeamPortal: 5 } });
    expect(bad.statusCode).toBe(400);
    const put = await w.admin.request('PUT', '/api/policies/experts', { version: 0, value });
    expect(put.json()).toEqual({ version: 1, value });
    expect((await w.admin.request('PUT', '/api/policies/experts', { version: 0, value })).statusCode).toBe(409);
    await w.admin.request('PUT', '/api/policies/experts', { version: 1, value: { responseWorkingHours: 8, maxTeamPortal: 3, maxTeamStaff: 5, fallback: true } });
  });

  describe('what an expert sees', () => {
    it('sees only the cases they are invited to or serve on; not after declining', async () => {
      const expert = await login(w.t.app, 'psy2', PASSWORD);
      const mine = await register(w.dispatcher, { category: 'neighbour', serviceMode: 'online' });
      const other = await register(w.dispatcher, { category: 'neighbour', serviceMode: 'online' });
      expect((await expert.get('/api/cases')).json().items).toEqual([]);
      await propose(w.dispatcher, mine.id, [w.ex.psy2]);
      expect(((await expert.get('/api/cases')).json().items as { id: string }[]).map((c) => c.id)).toEqual([mine.id]);
      // The summary to judge the request: category, account, service mode — parties masked as for anyone.
      const c = (await getCase(expert, mine.id)) as Awaited<ReturnType<typeof getCase>> & { description: string; serviceMode: string };
      expect(c).toMatchObject({ category: 'neighbour', serviceMode: 'online', description: expect.stringContaining('漏水') });
      expect(c.parties[0]).toMatchObject({ phone: '138****5678', idNumber: expect.stringMatching(/\*{4}/) });
      expect((await expert.post(`/api/cases/${mine.id}/parties/${c.parties[0]!.partyId}/reveal`, { reason: '了解情况' })).statusCode).toBe(403);
      const refused = await expert.get(`/api/cases/${other.id}`);
      expect(refused.statusCode).toBe(403);
      const audit = await w.t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.read').where('target_id', '=', other.id).execute();
      expect(audit.map((a) => a.outcome)).toEqual(['denied']);

      await respond(expert, mine.id, w.ex.psy2, 'declined', '时间冲突');
      expect((await expert.get('/api/cases')).json().items).toEqual([]);
      expect((await expert.get(`/api/cases/${mine.id}`)).statusCode).toBe(403);
      expect((await expert.get(`/api/cases/${mine.id}/experts`)).statusCode).toBe(403);
    });
  });
});
