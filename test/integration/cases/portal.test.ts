import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, type CaseJson, type CaseWorld, caseWorld, counts, getCase, ok } from './helpers.js';

/** The public portal (SPEC §3.11): no account; the case code plus the applicant's phone identify a case. */
describe('public portal: file, track, rate', () => {
  let w: CaseWorld;
  let ipSeq = 1;
  /** Each test posts from its own address: the limit is per address and the test clock stands still. */
  const freshIp = () => `198.51.100.${ipSeq++}`;

  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.t.close());

  const post = (url: string, payload: unknown, ip: string, lang = 'zh-CN') =>
    w.t.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: ip, headers: { 'accept-language': lang } });

  const filing = (over: Record<string, unknown> = {}) => ({
    description: '小区物业长期不清理垃圾，多次反映无果，希望协调解决。',
    serviceMode: 'online',
    category: 'property_management',
    communityId: w.d.communityA.id,
    applicant: { name: '刘美玲', phone: '13655556666' },
    respondent: { kind: 'organization', name: '某物业公司' },
    ...over,
  });

  async function file(ip = freshIp(), over: Record<string, unknown> = {}) {
    const res = await post('/api/portal/cases', filing(over), ip);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { code: string; status: string };
  }

  const caseIdOf = async (code: string) => (await w.t.database.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  /** Staff take a portal case through to resolved. */
  async function resolve(code: string): Promise<string> {
    const id = await caseIdOf(code);
    await ok(w.dispatcher, id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    await ok(w.mediator, id, { action: 'accept' });
    await ok(w.mediator, id, { action: 'start' });
    await ok(w.mediator, id, { action: 'resolve', outcome: 'oral_agreement', note: '物业承诺每日清运' });
    return id;
  }

  it('files a dispute without logging in and gets a case code', async () => {
    const res = await file();
    expect(res).toEqual({ code: expect.stringMatching(/^KDL-2026-\d{6}$/), status: 'registered' });
    const c = (await getCase(w.dispatcher, await caseIdOf(res.code))) as CaseJson & { channel: string; serviceMode: string; category: string; streetName: string; communityName: string };
    expect(c).toMatchObject({ status: 'registered', channel: 'online', serviceMode: 'online', category: 'property_management', streetName: '甲街道', communityName: '甲一社区' });
    expect(c.timeline).toEqual([expect.objectContaining({ type: 'registered', actorName: '群众（网上申请）' })]);
    expect(c.parties.map((p) => [p.role, p.name, p.phone])).toEqual([
      ['applicant', '刘美玲', '136****6666'],
      ['respondent', '某物业公司', null],
    ]);
    expect(c.deadlines[0]).toMatchObject({ kind: 'response', dueAt: new Date('2026-03-02T09:30:00+08:00').toISOString() });
    const audit = (await auditRows(w.t, 'POST /api/portal/cases'))[0];
    expect(audit).toMatchObject({ actor_id: null, outcome: 'ok' });
  });

  it('refuses bad filings with the field named, writing nothing', async () => {
    const before = await counts(w.t, ['cases', 'parties', 'case_events', 'case_sequences']);
    const ip = freshIp();
    const phone = await post('/api/portal/cases', filing({ applicant: { name: '刘美玲', phone: '0472-5123456' } }), ip);
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error.fields['applicant.phone']).toBe('请输入 11 位手机号码');
    const en = await post('/api/portal/cases', filing({ description: '太短', applicant: { name: '', phone: '13655556666' } }), ip, 'en');
    expect(en.statusCode).toBe(400);
    expect(Object.keys(en.json().error.fields).sort()).toEqual(['applicant.name', 'description']);
    const category = await post('/api/portal/cases', filing({ category: 'alchemy' }), ip);
    expect(category.statusCode).toBe(400);
    expect(category.json().error.fields).toEqual({ category: '案件类别不存在或已停用' });
    const street = await post('/api/portal/cases', filing({ communityId: w.d.streetA.id }), ip);
    expect(street.statusCode).toBe(400);
    expect(street.json().error.fields).toHaveProperty('communityId');
    const uscc = await post('/api/portal/cases', filing({ respondent: { kind: 'organization', name: '某公司', uscc: '91150200MA0N123456' } }), ip);
    expect(uscc.statusCode).toBe(400);
    expect(uscc.json().error.fields).toHaveProperty(['respondent.uscc']);
    expect(await counts(w.t, ['cases', 'parties', 'case_events', 'case_sequences'])).toEqual(before);
  });

  it('tracks with code + phone; the code is forgiving about case and spaces; no personal data comes back', async () => {
    const { code } = await file();
    const ip = freshIp();
    const res = await post('/api/portal/track', { code: ` ${code.toLowerCase()} `, phone: '13655556666' }, ip);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code, status: 'registered', category: 'property_management', categoryName: '物业纠纷', canRate: false, satisfaction: null, concludedAt: null });
    expect(res.json().timeline).toEqual([{ type: 'registered', at: expect.any(String) }]);
    expect(res.body).not.toContain('刘美玲');
    expect(res.body).not.toContain('某物业公司');
    expect(res.body).not.toContain(await caseIdOf(code));
  });

  it('a wrong phone and a wrong code get the same 404 message', async () => {
    const { code } = await file();
    const ip = freshIp();
    const wrongPhone = await post('/api/portal/track', { code, phone: '13600000000' }, ip);
    const wrongCode = await post('/api/portal/track', { code: 'KDL-2026-999999', phone: '13655556666' }, ip);
    // the respondent's side cannot follow the case with a phone that is not the applicant's
    const notApplicant = await post('/api/portal/track', { code, phone: '13900001111' }, ip);
    for (const r of [wrongPhone, wrongCode, notApplicant]) expect(r.statusCode).toBe(404);
    expect(wrongPhone.json()).toEqual(wrongCode.json());
    expect(notApplicant.json()).toEqual(wrongCode.json());
    expect(wrongCode.json().error).toEqual({ code: 'not_found', message: '未找到与该案件编号和手机号码相符的案件' });
    const en = await post('/api/portal/track', { code, phone: '13600000000' }, ip, 'en');
    expect(en.json().error.message).toBe('No case matches this case code and phone number');
    const bad = await post('/api/portal/track', { code, phone: 'abc' }, ip);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('phone');
  });

  it('rates "satisfied": a feedback event; the case can then be archived', async () => {
    const { code } = await file();
    const id = await resolve(code);
    const ip = freshIp();
    const before = await post('/api/portal/track', { code, phone: '13655556666' }, ip);
    expect(before.json()).toMatchObject({ status: 'resolved', canRate: true });
    const res = await post('/api/portal/rate', { code, phone: '13655556666', satisfaction: 'satisfied', solved: true, note: '垃圾已清运，谢谢' }, ip);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code, status: 'resolved' });
    const c = await getCase(w.dispatcher, id);
    expect(c.satisfaction).toBe('satisfied');
    expect(c.timeline.at(-1)).toMatchObject({ type: 'feedback', actorName: '当事人（网上评价）', data: { satisfaction: 'satisfied', solved: true, source: 'portal', note: '垃圾已清运，谢谢' } });
    const after = (await post('/api/portal/track', { code, phone: '13655556666' }, ip)).json();
    expect(after).toMatchObject({ canRate: false, satisfaction: 'satisfied' });
    expect(after.timeline.map((e: { type: string }) => e.type)).toEqual(['registered', 'routed', 'accepted', 'started', 'resolved', 'feedback']);
    expect((await ok(w.dispatcher, id, { action: 'archive' })).status).toBe('archived');
    expect((await post('/api/portal/track', { code, phone: '13655556666' }, ip)).json().status).toBe('archived');
  });

  it('rates "dissatisfied": the case is reopened for a second look, history kept', async () => {
    const { code } = await file();
    const id = await resolve(code);
    const ip = freshIp();
    const res = await post('/api/portal/rate', { code, phone: '13655556666', satisfaction: 'dissatisfied', solved: true, note: '只清了一次' }, ip);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code, status: 'handling' });
    const c = await getCase(w.dispatcher, id);
    expect(c).toMatchObject({ status: 'handling', satisfaction: null, assigneeId: w.ids.mediator });
    expect(c.timeline.slice(-4).map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ['resolved', 'handling', 'resolved'],
      ['followup_planned', null, null],
      ['feedback', null, null],
      ['reopened', 'resolved', 'handling'],
    ]);
    expect(c.timeline.at(-1)!.data).toEqual({ trigger: 'feedback' });
    const notes = (await w.mediator.get('/api/notifications')).json().items as { kind: string; caseId: string }[];
    expect(notes.filter((n) => n.kind === 'case_reopened' && n.caseId === id)).toHaveLength(1);
    const tracked = (await post('/api/portal/track', { code, phone: '13655556666' }, ip)).json();
    expect(tracked).toMatchObject({ status: 'handling', canRate: false });
    expect(tracked.timeline.map((e: { type: string }) => e.type).slice(-2)).toEqual(['feedback', 'reopened']);
    // the reopened case cannot be rated again until it is concluded again
    const again = await post('/api/portal/rate', { code, phone: '13655556666', satisfaction: 'satisfied', solved: true }, ip);
    expect(again.statusCode).toBe(409);
  });

  it('answers "not solved" with a good rating: reopened as well', async () => {
    const { code } = await file();
    const id = await resolve(code);
    const res = await post('/api/portal/rate', { code, phone: '13655556666', satisfaction: 'satisfied', solved: false }, freshIp());
    expect(res.json()).toEqual({ code, status: 'handling' });
    const c = await getCase(w.dispatcher, id);
    expect(c.timeline.at(-1)).toMatchObject({ type: 'reopened', reason: '当事人反映问题未解决，重新处置' });
    expect(c.timeline.at(-2)).toMatchObject({ type: 'feedback', data: { satisfaction: 'satisfied', solved: false } });
  });

  it('refuses to rate a case that is not concluded (409), or with the wrong phone (the same 404)', async () => {
    const { code } = await file();
    const ip = freshIp();
    const early = await post('/api/portal/rate', { code, phone: '13655556666', satisfaction: 'satisfied', solved: true }, ip);
    expect(early.statusCode).toBe(409);
    const wrong = await post('/api/portal/rate', { code, phone: '13600000000', satisfaction: 'dissatisfied', solved: false }, ip);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.message).toBe('未找到与该案件编号和手机号码相符的案件');
    const missing = await post('/api/portal/rate', { code, phone: '13655556666', satisfaction: 'satisfied' }, ip);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('solved');
    const c = await getCase(w.dispatcher, await caseIdOf(code));
    expect(c.timeline.map((e) => e.type)).toEqual(['registered']);
  });

  it('rate-limits posts per address: the 31st within a minute gets 429, other addresses are unaffected', async () => {
    const ip = freshIp();
    for (let i = 0; i < 30; i++) {
      const r = await post('/api/portal/track', { code: `KDL-2026-9${String(i).padStart(5, '0')}`, phone: '13655556666' }, ip);
      expect(r.statusCode, `request ${i + 1}`).toBe(404);
    }
    const limited = await post('/api/portal/track', { code: 'KDL-2026-000001', phone: '13655556666' }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: '请求过于频繁，请稍后再试', retryAfterSeconds: 60 });
    expect(limited.headers['retry-after']).toBe('60');
    // filing is refused too, and nothing is written
    const before = await counts(w.t, ['cases']);
    expect((await post('/api/portal/cases', filing(), ip)).statusCode).toBe(429);
    expect(await counts(w.t, ['cases'])).toEqual(before);
    // another address, and reads, are not limited
    expect((await post('/api/portal/track', { code: 'KDL-2026-000001', phone: '13655556666' }, freshIp())).statusCode).not.toBe(429);
    expect((await w.t.app.inject({ url: '/api/portal/categories', remoteAddress: ip })).statusCode).toBe(200);
    // a minute later the window is fresh
    w.t.clock.advanceBy(30_000);
    expect((await post('/api/portal/track', { code: 'KDL-2026-000001', phone: '13655556666' }, ip)).json().error.retryAfterSeconds).toBe(30);
    w.t.clock.advanceBy(30_000);
    // (KDL-2026-000001 is the first portal filing of this file, with this phone)
    expect((await post('/api/portal/track', { code: 'KDL-2026-000001', phone: '13655556666' }, ip)).statusCode).toBe(200);
  });

  it('lists the categories and the territory for the filing form', async () => {
    const cats = (await w.t.app.inject({ url: '/api/portal/categories' })).json().items as { code: string; name: string }[];
    expect(cats.map((c) => c.code)).toEqual(expect.arrayContaining(['family', 'neighbour', 'property_management', 'labour', 'other']));
    expect(cats.find((c) => c.code === 'family')!.name).toBe('婚恋家庭纠纷');
    const territory = (await w.t.app.inject({ url: '/api/portal/territory' })).json();
    expect(territory.streets.map((s: { name: string }) => s.name)).toEqual(['甲街道', '乙街道']);
    expect(territory.streets[0].communities).toEqual([{ id: w.d.communityA.id, name: '甲一社区' }]);
  });
});
