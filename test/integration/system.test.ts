import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';

const START = '2026-03-02T09:00:00+08:00';

describe('POST /api/dev/clock', () => {
  let t: TestApp;
  let d: Awaited<ReturnType<typeof makeDistrict>>;

  beforeAll(async () => {
    t = await createTestApp({ now: START });
    d = await makeDistrict(t.ctx);
    await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }]);
    await makeUser(t.ctx, 'mediator1', [{ role: 'mediator', unitId: d.district.id }]);
  });
  afterAll(() => t.close());

  it('lets an admin set the application clock, and runs the jobs due then', async () => {
    const admin = await login(t.app, 'admin1', PASSWORD);
    const res = await admin.post('/api/dev/clock', { now: '2026-03-02T09:10:00+08:00' });
    expect(res.statusCode).toBe(200);
    // Other jobs may be registered too; the hourly session purge is the one this file knows.
    expect(res.json().now).toBe('2026-03-02T01:10:00.000Z');
    expect(res.json().jobsRun).toContain('sessions.purge');
    expect(t.ctx.clock.now().toISOString()).toBe('2026-03-02T01:10:00.000Z');
    const job = await t.database.db.selectFrom('job_state').selectAll().where('name', '=', 'sessions.purge').executeTakeFirstOrThrow();
    expect(job.last_outcome).toBe('ok');
    expect(job.last_run_at!.toISOString()).toBe('2026-03-02T01:10:00.000Z');

    // Twenty minutes on: the hourly purge is not due yet.
    const again = await admin.post('/api/dev/clock', { now: '2026-03-02T09:30:00+08:00' });
    expect(again.json().now).toBe('2026-03-02T01:30:00.000Z');
    expect(again.json().jobsRun).not.toContain('sessions.purge');

    // Two hours on, it is. (The admin's session is idle by then, so sign in again afterwards.)
    const later = await admin.post('/api/dev/clock', { now: '2026-03-02T11:30:00+08:00' });
    expect(later.json().now).toBe('2026-03-02T03:30:00.000Z');
    expect(later.json().jobsRun).toContain('sessions.purge');
  });

  it('a purge due on the new clock really runs: long-ended sessions are forgotten', async () => {
    const a = await login(t.app, 'mediator1', PASSWORD);
    await a.post('/api/auth/logout');
    const ended = await t.database.db.selectFrom('sessions').select('id_hash').where('ended_at', 'is not', null).execute();
    expect(ended.length).toBeGreaterThan(0);
    const admin = await login(t.app, 'admin1', PASSWORD);
    const res = await admin.post('/api/dev/clock', { now: '2026-03-12T09:00:00+08:00' });
    expect(res.json().jobsRun).toContain('sessions.purge');
    const left = await t.database.db.selectFrom('sessions').select('id_hash').where('ended_at', 'is not', null).execute();
    expect(left.length).toBe(0);
  });

  it('refuses anyone but an admin, and the clock stays put', async () => {
    const before = t.ctx.clock.now().getTime();
    const mediator = await login(t.app, 'mediator1', PASSWORD);
    const res = await mediator.post('/api/dev/clock', { now: '2027-01-01T00:00:00+08:00' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/dev/clock', payload: { now: '2027-01-01T00:00:00+08:00' } });
    expect(anonymous.statusCode).toBe(401);
    expect(t.ctx.clock.now().getTime()).toBe(before);
  });

  it('validates the time, naming the field', async () => {
    const admin = await login(t.app, 'admin1', PASSWORD);
    const before = t.ctx.clock.now().getTime();
    for (const now of ['tomorrow', '2026-03-02T09:00:00', 12]) {
      const res = await admin.post('/api/dev/clock', { now });
      expect(res.statusCode, String(now)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['now']);
    }
    expect(t.ctx.clock.now().getTime()).toBe(before);
  });

  it('null resets the clock to real (here: test) time', async () => {
    const admin = await login(t.app, 'admin1', PASSWORD);
    const res = await admin.post('/api/dev/clock', { now: null });
    expect(res.statusCode).toBe(200);
    expect(res.json().now).toBe(new Date(START).toISOString());
  });
});

describe('POST /api/dev/clock in production', () => {
  it('is refused even for an admin', async () => {
    const t = await createTestApp({ env: { NODE_ENV: 'production' } });
    try {
      expect(t.ctx.config.env).toBe('production');
      const d = await makeDistrict(t.ctx);
      await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }]);
      const loginRes = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin1', password: PASSWORD } });
      expect(loginRes.statusCode).toBe(200);
      expect(String(loginRes.headers['set-cookie'])).toMatch(/; Secure/);
      const admin = new Agent(t.app, `concord_session=${loginRes.cookies.find((c) => c.name === 'concord_session')!.value}`, loginRes.json().csrfToken);
      const before = t.ctx.clock.now().getTime();
      const res = await admin.post('/api/dev/clock', { now: '2027-01-01T00:00:00+08:00' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('生产环境不允许此操作');
      const en = await admin.request('POST', '/api/dev/clock', { now: '2027-01-01T00:00:00+08:00' }, { 'accept-language': 'en' });
      expect(en.json().error.message).toBe('Not allowed in production');
      expect(t.ctx.clock.now().getTime()).toBe(before);
      const job = await t.database.db.selectFrom('job_state').selectAll().execute();
      expect(job).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('bad input', () => {
  let t: TestApp;
  let d: Awaited<ReturnType<typeof makeDistrict>>;
  let admin: Agent;
  const unitCount = async () => (await t.database.db.selectFrom('org_units').select('id').execute()).length;

  beforeAll(async () => {
    t = await createTestApp({ env: { CONCORD_BODY_LIMIT_BYTES: '2048' } });
    d = await makeDistrict(t.ctx);
    await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }]);
    admin = await login(t.app, 'admin1', PASSWORD);
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 invalid_json, localized, and changes nothing', async () => {
    const before = await unitCount();
    const zh = await admin.request('POST', '/api/org/units', `{"parentId":"${d.district.id}","kind":"street",`, { 'content-type': 'application/json' });
    expect(zh.statusCode).toBe(400);
    expect(zh.json()).toEqual({ error: { code: 'invalid_json', message: '请求内容不是有效的 JSON' } });
    const en = await admin.request('POST', '/api/org/units', '{not json}', { 'content-type': 'application/json', 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.json()).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON' } });
    const empty = await admin.request('POST', '/api/org/units', '', { 'content-type': 'application/json' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('invalid_json');
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{"username":"admin1",', headers: { 'content-type': 'application/json' } });
    expect(login.statusCode).toBe(400);
    expect(login.json().error.code).toBe('invalid_json');
    expect(login.cookies).toEqual([]);
    expect(await unitCount()).toBe(before);
  });

  it('answers an oversized body with 413, localized, and changes nothing', async () => {
    const before = await unitCount();
    const big = { parentId: d.district.id, kind: 'street', name: '大'.repeat(1000), code: '990001077' };
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(2048);
    const zh = await admin.post('/api/org/units', big);
    expect(zh.statusCode).toBe(413);
    expect(zh.json()).toEqual({ error: { code: 'body_too_large', message: '请求内容过大（上限 2 KB）' } });
    const en = await admin.request('POST', '/api/org/units', big, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(413);
    expect(en.json().error.message).toBe('The request body is too large (limit 2 KB)');
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin1', password: 'x'.repeat(5000) } });
    expect(login.statusCode).toBe(413);
    expect(await unitCount()).toBe(before);
    // The same request within the limit works.
    const ok = await admin.post('/api/org/units', { ...big, name: '小街道' });
    expect(ok.statusCode).toBe(201);
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await admin.request('POST', '/api/org/units', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('answers an unknown route with a localized 404, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const zh = await admin.request(method, '/api/no/such/thing?x=1', method === 'GET' ? undefined : {});
      expect(zh.statusCode).toBe(404);
      expect(zh.json()).toEqual({ error: { code: 'not_found', message: `接口不存在：${method} /api/no/such/thing` } });
    }
    const en = await t.app.inject({ url: '/api/no/such/thing', headers: { 'accept-language': 'en' } });
    expect(en.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint: GET /api/no/such/thing' } });
    const page = await t.app.inject({ url: '/not-an-api-path' });
    expect(page.statusCode).toBe(404);
    expect(page.json().error.code).toBe('not_found');
  });

  it('names every field at fault, in Chinese by default and in English on request', async () => {
    const before = await unitCount();
    const body = { parentId: 'not-a-uuid', kind: 'planet', name: '', code: '!' };
    const zh = await admin.post('/api/org/units', body);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('validation_failed');
    expect(zh.json().error.message).toBe('提交的内容有误，请检查标注的字段');
    const zhFields = zh.json().error.fields as Record<string, string>;
    expect(Object.keys(zhFields).sort()).toEqual(['code', 'kind', 'name', 'parentId']);
    for (const m of Object.values(zhFields)) expect(m).toMatch(/[\u4e00-\u9fff]/);

    const en = await admin.request('POST', '/api/org/units', body, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('Some fields are invalid; please check the marked fields');
    const enFields = en.json().error.fields as Record<string, string>;
    expect(Object.keys(enFields).sort()).toEqual(['code', 'kind', 'name', 'parentId']);
    for (const m of Object.values(enFields)) {
      expect(m).toMatch(/[A-Za-z]/);
      expect(m).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await unitCount()).toBe(before);

    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin1' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({ password: '必填' });
    const missingEn = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin1' }, headers: { 'accept-language': 'en' } });
    expect(missingEn.json().error.fields).toEqual({ password: 'Required' });

    const query = await admin.request('GET', '/api/org/units?limit=0&kind=planet');
    expect(query.statusCode).toBe(400);
    expect(Object.keys(query.json().error.fields).sort()).toEqual(['kind', 'limit']);
  });
});

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves an OpenAPI 3.1 document of the API at /api/openapi.json', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBeTruthy();
    for (const path of ['/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/org/units', '/api/org/units/{id}', '/api/users', '/api/health', '/api/dev/clock']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('password');
    expect(doc.paths['/api/org/units'].get).toBeDefined();
    expect(doc.paths['/api/org/units'].post).toBeDefined();
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'concord_session' });
    expect(Object.keys(doc.paths)).not.toContain('/api/openapi.json');
  });
});
