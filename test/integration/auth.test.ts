import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';

const WRONG = 'Wrong-password-9';

function sessionCookie(res: LightMyRequestResponse) {
  return res.cookies.find((c) => c.name === 'concord_session');
}

describe('accounts and sessions', () => {
  let t: TestApp;
  let d: Awaited<ReturnType<typeof makeDistrict>>;

  const rawLogin = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });
  const me = (cookie: string, lang = 'zh-CN') => t.app.inject({ url: '/api/auth/me', headers: { cookie, 'accept-language': lang } });
  const userId = async (username: string) => (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const sessionsOf = async (username: string) =>
    t.database.db.selectFrom('sessions').selectAll().where('user_id', '=', await userId(username)).execute();
  const loginAudits = () => t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.login').orderBy('seq').execute();

  beforeAll(async () => {
    t = await createTestApp();
    d = await makeDistrict(t.ctx);
    await makeUser(t.ctx, 'mediator1', [{ role: 'mediator', unitId: d.streetA.id }], { displayName: '调解员甲' });
    await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }]);
  });
  afterAll(() => t.close());

  it('signs in with the right password: csrf token, the caller, and an httpOnly SameSite session cookie', async () => {
    const res = await rawLogin('mediator1', PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(body.user).toMatchObject({ username: 'mediator1', displayName: '调解员甲', roles: [{ role: 'mediator', unitId: d.streetA.id }] });

    const cookie = sessionCookie(res)!;
    expect(cookie).toBeDefined();
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');
    // Lives as long as the session at most, counted by the browser's own clock.
    expect(cookie.maxAge).toBe(12 * 3600);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/i);

    // The server keeps the session; it stores only a hash of the token.
    const sessions = await sessionsOf('mediator1');
    const row = sessions.find((s) => s.id_hash === createHash('sha256').update(cookie.value).digest('hex'));
    expect(row).toBeDefined();
    expect(row!.ended_at).toBeNull();
    expect(sessions.some((s) => s.id_hash === cookie.value)).toBe(false);
    expect(row!.csrf_token).toBe(body.csrfToken);

    const who = await me(`concord_session=${cookie.value}`);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ id: await userId('mediator1'), username: 'mediator1', displayName: '调解员甲', roles: [{ role: 'mediator', unitId: d.streetA.id }] });
  });

  it('stores passwords as argon2id hashes', async () => {
    const u = await t.database.db.selectFrom('users').select('password_hash').where('username', '=', 'mediator1').executeTakeFirstOrThrow();
    expect(u.password_hash).toMatch(/^\$argon2id\$/);
    expect(u.password_hash).not.toContain(PASSWORD);
  });

  it('accepts the username case-insensitively', async () => {
    const res = await rawLogin('  MEDIATOR1 ', PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.username).toBe('mediator1');
  });

  it('answers an unknown user and a wrong password with the same 401, without a cookie or a session', async () => {
    const before = (await sessionsOf('mediator1')).length;
    const unknown = await rawLogin('nobody-here', WRONG);
    const wrong = await rawLogin('mediator1', WRONG);
    for (const res of [unknown, wrong]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthorized', message: '用户名或密码错误' } });
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(unknown.body).toBe(wrong.body);
    expect((await sessionsOf('mediator1')).length).toBe(before);

    const unknownEn = await rawLogin('nobody-here', WRONG, { 'accept-language': 'en' });
    const wrongEn = await rawLogin('mediator1', WRONG, { 'accept-language': 'en-US,en;q=0.9' });
    expect(unknownEn.json()).toEqual({ error: { code: 'unauthorized', message: 'Wrong username or password' } });
    expect(wrongEn.body).toBe(unknownEn.body);
    // A correct login clears the failures counted above.
    await login(t.app, 'mediator1', PASSWORD);
  });

  it('requires a session for /api/auth/me (401, localized)', async () => {
    const zh = await t.app.inject({ url: '/api/auth/me' });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({ error: { code: 'unauthorized', message: '请先登录' } });
    const en = await t.app.inject({ url: '/api/auth/me', headers: { 'accept-language': 'en' } });
    expect(en.json().error.message).toBe('Please sign in first');
    const bogus = await me('concord_session=not-a-real-token');
    expect(bogus.statusCode).toBe(401);
  });

  it('refuses state-changing calls made with the cookie but without the right X-CSRF-Token', async () => {
    const a = await login(t.app, 'admin1', PASSWORD);
    const noToken = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const wrongToken = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a.cookie, 'x-csrf-token': 'forged', 'accept-language': 'en' } });
    expect(wrongToken.statusCode).toBe(403);
    expect(wrongToken.json().error).toMatchObject({ code: 'csrf_failed', message: 'The page has expired; reload it and try again' });
    // Nothing happened: the session lives on, and no unit was created by a forged POST.
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    const units = await t.database.db.selectFrom('org_units').select('id').execute();
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/org/units',
      headers: { cookie: a.cookie },
      payload: { parentId: d.district.id, kind: 'street', name: '伪造街道', code: '990001099' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await t.database.db.selectFrom('org_units').select('id').execute()).length).toBe(units.length);
    // With the token the same call works.
    const ok = await a.post('/api/org/units', { parentId: d.district.id, kind: 'street', name: '真街道', code: '990001098' });
    expect(ok.statusCode).toBe(201);
  });

  it('logout ends the session on the server', async () => {
    const a = await login(t.app, 'mediator1', PASSWORD);
    const hash = createHash('sha256').update(a.cookie.replace('concord_session=', '')).digest('hex');
    const res = await a.post('/api/auth/logout');
    expect(res.statusCode).toBe(204);
    const cleared = sessionCookie(res);
    expect(cleared?.value).toBe('');
    const row = await t.database.db.selectFrom('sessions').selectAll().where('id_hash', '=', hash).executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
    // The cookie alone (e.g. a copy kept by an attacker) no longer works.
    const after = await a.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.logout').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_name: 'mediator1', outcome: 'ok', ip: '127.0.0.1' });
  });

  it('rotates the session id at login: logging in again with the old cookie ends the old session', async () => {
    const first = await login(t.app, 'mediator1', PASSWORD);
    const res = await rawLogin('mediator1', PASSWORD, { cookie: first.cookie, 'x-csrf-token': first.csrfToken });
    expect(res.statusCode).toBe(200);
    const second = new Agent(t.app, `concord_session=${sessionCookie(res)!.value}`, res.json().csrfToken);
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.csrfToken).not.toBe(first.csrfToken);
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
    expect((await second.get('/api/auth/me')).statusCode).toBe(200);
    const oldHash = createHash('sha256').update(first.cookie.replace('concord_session=', '')).digest('hex');
    const oldRow = await t.database.db.selectFrom('sessions').selectAll().where('id_hash', '=', oldHash).executeTakeFirstOrThrow();
    expect(oldRow.ended_at).not.toBeNull();
  });

  it('a login with an expired cookie still works and issues a new id', async () => {
    const first = await login(t.app, 'mediator1', PASSWORD);
    t.clock.advanceMinutes(31);
    const res = await rawLogin('mediator1', PASSWORD, { cookie: first.cookie });
    expect(res.statusCode).toBe(200);
    expect(`concord_session=${sessionCookie(res)!.value}`).not.toBe(first.cookie);
  });

  it('ends a session after 30 idle minutes (401 session_expired), counting idle time from the last request', async () => {
    const a = await login(t.app, 'mediator1', PASSWORD);
    t.clock.advanceMinutes(29);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(29); // 58 minutes after login, 29 after the last request
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(30);
    const expired = await a.get('/api/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual({ error: { code: 'session_expired', message: '登录已过期，请重新登录' } });
    // It stays dead even if the clock went back.
    t.clock.advanceMinutes(-30);
    expect((await a.get('/api/auth/me')).statusCode).toBe(401);
    t.clock.advanceMinutes(30);
  });

  it('ends a session 12 hours after login however active it is', async () => {
    const a = await login(t.app, 'mediator1', PASSWORD);
    for (let i = 0; i < 35; i++) {
      t.clock.advanceMinutes(20);
      expect((await a.get('/api/auth/me')).statusCode, `after ${(i + 1) * 20} minutes`).toBe(200);
    }
    t.clock.advanceMinutes(20); // 12 h
    const res = await t.app.inject({ url: '/api/auth/me', headers: { cookie: a.cookie, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({ code: 'session_expired', message: 'Your session has expired; please sign in again' });
  });

  it('an expired session changes nothing', async () => {
    const a = await login(t.app, 'admin1', PASSWORD);
    t.clock.advanceMinutes(31);
    const before = await t.database.db.selectFrom('org_units').select('id').execute();
    const res = await a.post('/api/org/units', { parentId: d.district.id, kind: 'street', name: '过期街道', code: '990001097' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');
    expect((await t.database.db.selectFrom('org_units').select('id').execute()).length).toBe(before.length);
  });

  it('locks a username for 5 minutes after 5 failures (429), refusing even the right password', async () => {
    await makeUser(t.ctx, 'locky', [{ role: 'mediator', unitId: d.streetB.id }]);
    for (let i = 1; i <= 4; i++) expect((await rawLogin('locky', WRONG)).statusCode, `failure ${i}`).toBe(401);
    const fifth = await rawLogin('locky', WRONG);
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('locked');
    expect(fifth.json().error.message).toContain('5 分钟');
    expect(fifth.headers['retry-after']).toBe('300');

    const right = await rawLogin('locky', PASSWORD, { 'accept-language': 'en' });
    expect(right.statusCode).toBe(429);
    expect(right.json().error).toMatchObject({ code: 'locked', message: 'Too many failed sign-ins; the account is locked. Try again in 5 minutes' });
    expect(sessionCookie(right)).toBeUndefined();
    expect(await sessionsOf('locky')).toHaveLength(0);

    t.clock.advanceMinutes(4);
    const stillLocked = await rawLogin('locky', PASSWORD);
    expect(stillLocked.statusCode).toBe(429);
    expect(stillLocked.json().error.message).toContain('1 分钟');
    t.clock.advanceMinutes(1);
    expect((await rawLogin('locky', PASSWORD)).statusCode).toBe(200);
    expect(await sessionsOf('locky')).toHaveLength(1);
  });

  it('a successful login resets the failure count', async () => {
    await makeUser(t.ctx, 'resetme', [{ role: 'mediator', unitId: d.streetB.id }]);
    for (let i = 0; i < 4; i++) expect((await rawLogin('resetme', WRONG)).statusCode).toBe(401);
    expect((await rawLogin('resetme', PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await rawLogin('resetme', WRONG)).statusCode).toBe(401);
    expect((await rawLogin('resetme', PASSWORD)).statusCode).toBe(200);
  });

  it('throttles unknown usernames the same way (probing reveals nothing)', async () => {
    for (let i = 0; i < 4; i++) expect((await rawLogin('ghost', WRONG)).statusCode).toBe(401);
    expect((await rawLogin('ghost', WRONG)).statusCode).toBe(429);
    expect((await rawLogin('ghost', WRONG)).statusCode).toBe(429);
  });

  it('audits every login attempt with who, when, where and outcome, and never the password', async () => {
    const rows = await loginAudits();
    const outcomes = new Set(rows.map((r) => r.outcome));
    expect(outcomes).toEqual(new Set(['ok', 'failed', 'denied']));
    for (const r of rows) {
      expect(r.ip).toBe('127.0.0.1');
      expect(r.at).toBeInstanceOf(Date);
    }
    const mediatorId = await userId('mediator1');
    expect(rows.some((r) => r.outcome === 'ok' && r.actor_id === mediatorId && r.actor_name === 'mediator1')).toBe(true);
    expect(rows.some((r) => r.outcome === 'failed' && r.actor_id === mediatorId && r.detail.reason === 'bad_password')).toBe(true);
    expect(rows.some((r) => r.outcome === 'failed' && r.actor_id === null && r.target_id === 'nobody-here' && r.detail.reason === 'unknown_user')).toBe(true);
    expect(rows.some((r) => r.outcome === 'denied' && r.target_id === 'locky' && r.detail.reason === 'locked')).toBe(true);
    expect(rows.some((r) => r.outcome === 'failed' && r.target_id === 'locky' && r.detail.locked === true)).toBe(true);

    const everything = JSON.stringify(await t.database.db.selectFrom('audit_log').selectAll().execute());
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(WRONG);
  });

  it('the login throttle is configurable (CONCORD_LOGIN_MAX_FAILURES, CONCORD_LOGIN_LOCK_MINUTES)', async () => {
    const t2 = await createTestApp({ env: { CONCORD_LOGIN_MAX_FAILURES: '2', CONCORD_LOGIN_LOCK_MINUTES: '10' } });
    try {
      const dd = await makeDistrict(t2.ctx);
      await makeUser(t2.ctx, 'short', [{ role: 'mediator', unitId: dd.district.id }]);
      const attempt = (password: string) => t2.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'short', password } });
      expect((await attempt(WRONG)).statusCode).toBe(401);
      const locked = await attempt(WRONG);
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBe('600');
      t2.clock.advanceMinutes(9);
      expect((await attempt(PASSWORD)).statusCode).toBe(429);
      t2.clock.advanceMinutes(1);
      expect((await attempt(PASSWORD)).statusCode).toBe(200);
    } finally {
      await t2.close();
    }
  });

  it('the session timeouts are configurable', async () => {
    const t2 = await createTestApp({ env: { CONCORD_SESSION_IDLE_MINUTES: '5', CONCORD_SESSION_ABSOLUTE_HOURS: '1' } });
    try {
      const dd = await makeDistrict(t2.ctx);
      await makeUser(t2.ctx, 'brief', [{ role: 'mediator', unitId: dd.district.id }]);
      const a = await login(t2.app, 'brief', PASSWORD);
      t2.clock.advanceMinutes(4);
      expect((await a.get('/api/auth/me')).statusCode).toBe(200);
      t2.clock.advanceMinutes(5);
      expect((await a.get('/api/auth/me')).statusCode).toBe(401);
      const b = await login(t2.app, 'brief', PASSWORD);
      for (let i = 0; i < 14; i++) {
        t2.clock.advanceMinutes(4);
        expect((await b.get('/api/auth/me')).statusCode).toBe(200);
      }
      t2.clock.advanceMinutes(4); // 60 minutes
      expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    } finally {
      await t2.close();
    }
  });

  it('a disabled account cannot sign in, and its sessions stop working', async () => {
    const u = await makeUser(t.ctx, 'leaver', [{ role: 'mediator', unitId: d.streetA.id }]);
    const a = await login(t.app, 'leaver', PASSWORD);
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', u.id).execute();
    expect((await a.get('/api/auth/me')).statusCode).toBe(401);
    const res = await rawLogin('leaver', PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_disabled');
    expect(sessionCookie(res)).toBeUndefined();
  });
});
