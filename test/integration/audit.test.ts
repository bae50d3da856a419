import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditCommand } from '../../src/cli/verify-audit.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { AuditRepository, auditHash } from '../../src/repositories/audit-repository.js';
import { type Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { TEST_ENGINE } from '../support/db.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';

describe('audit log', () => {
  let t: TestApp;
  let d: Awaited<ReturnType<typeof makeDistrict>>;
  let admin: Agent;
  let mediator: Agent;
  let adminId: string;

  const lastRow = () => t.database.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
  const rowCount = async () => (await t.database.db.selectFrom('audit_log').select('seq').execute()).length;
  const verify = async () => (await admin.get('/api/admin/audit/verify')).json() as { checked: number; intact: boolean; brokenAt: number | null; reason?: string };

  beforeAll(async () => {
    t = await createTestApp();
    d = await makeDistrict(t.ctx);
    adminId = (await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }])).id;
    await makeUser(t.ctx, 'mediator1', [{ role: 'mediator', unitId: d.streetA.id }]);
    admin = await login(t.app, 'admin1', PASSWORD);
    mediator = await login(t.app, 'mediator1', PASSWORD);
  });
  afterAll(() => t.close());

  it('records a state-changing request with actor, route, outcome, target and the caller’s address', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/org/units',
      remoteAddress: '10.1.2.3',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { parentId: d.district.id, kind: 'street', name: '审计街道', code: '990001050' },
    });
    expect(res.statusCode).toBe(201);
    // Written before the answer went out: visible at once.
    const row = await lastRow();
    expect(row).toMatchObject({ actor_id: adminId, actor_name: 'admin1', action: 'POST /api/org/units', outcome: 'ok', ip: '10.1.2.3', detail: { status: 201 } });
    expect(row.at.getTime()).toBe(t.clock.now().getTime());

    const id = res.json().id as string;
    const patch = await admin.patch(`/api/org/units/${id}`, { version: 1, name: '审计街道二' });
    expect(patch.statusCode).toBe(200);
    expect(await lastRow()).toMatchObject({ action: 'PATCH /api/org/units/:id', target_id: id, outcome: 'ok', ip: '127.0.0.1', actor_name: 'admin1' });
  });

  it('records refused and failed requests too, with their outcome', async () => {
    const denied = await mediator.post('/api/org/units', { parentId: d.streetA.id, kind: 'community', name: '越权', code: '990001001077' });
    expect(denied.statusCode).toBe(403);
    expect(await lastRow()).toMatchObject({ actor_name: 'mediator1', action: 'POST /api/org/units', outcome: 'denied', detail: { status: 403 } });

    const failed = await admin.post('/api/org/units', { parentId: d.district.id, kind: 'street', name: '重复', code: '990001001' });
    expect(failed.statusCode).toBe(400);
    expect(await lastRow()).toMatchObject({ actor_name: 'admin1', action: 'POST /api/org/units', outcome: 'failed', detail: { status: 400 } });

    const conflict = await admin.patch(`/api/org/units/${d.grid1.id}`, { version: 99, name: '冲突' });
    expect(conflict.statusCode).toBe(409);
    expect(await lastRow()).toMatchObject({ action: 'PATCH /api/org/units/:id', target_id: d.grid1.id, outcome: 'failed', detail: { status: 409 } });

    const anonymous = await t.app.inject({ method: 'POST', url: '/api/users', payload: { username: 'anon', displayName: '匿名', password: 'Strong-pass-2026', roles: [] }, remoteAddress: '192.0.2.7' });
    expect(anonymous.statusCode).toBe(401);
    expect(await lastRow()).toMatchObject({ actor_id: null, actor_name: null, action: 'POST /api/users', outcome: 'denied', ip: '192.0.2.7' });

    const csrf = await t.app.inject({ method: 'POST', url: '/api/dev/clock', headers: { cookie: admin.cookie }, payload: { now: null } });
    expect(csrf.statusCode).toBe(403);
    expect(await lastRow()).toMatchObject({ actor_name: 'admin1', action: 'POST /api/dev/clock', outcome: 'denied' });

    const badJson = await admin.request('POST', '/api/users', '{"username":', { 'content-type': 'application/json' });
    expect(badJson.statusCode).toBe(400);
    expect(await lastRow()).toMatchObject({ action: 'POST /api/users', outcome: 'failed', detail: { status: 400 } });
  });

  it('does not record plain reads', async () => {
    const before = await rowCount();
    expect((await admin.get('/api/org/units')).statusCode).toBe(200);
    expect((await admin.get(`/api/org/units/${d.grid1.id}`)).statusCode).toBe(200);
    expect((await admin.get('/api/users')).statusCode).toBe(200);
    expect(await rowCount()).toBe(before);
  });

  it('keeps no personal data or secrets in the log', async () => {
    const created = await admin.post('/api/users', { username: 'private1', displayName: '隐私', phone: '13511112222', password: 'Secret-pass-4242', roles: [] });
    expect(created.statusCode).toBe(201);
    const all = JSON.stringify(await t.database.db.selectFrom('audit_log').selectAll().execute());
    expect(all).not.toContain('13511112222');
    expect(all).not.toContain('Secret-pass-4242');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(admin.csrfToken);
    expect(all).not.toContain(admin.cookie.replace('concord_session=', ''));
  });

  it('chains every row to the one before, also under concurrent writes', async () => {
    const before = await rowCount();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => admin.post('/api/org/units', { parentId: d.streetB.id, kind: 'community', name: `并发社区${i}`, code: `99000100209${String(i).padStart(2, '0')}` })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    expect(await rowCount()).toBe(before + 12);
    const rows = await t.database.db.selectFrom('audit_log').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash, `row #${rows[i]!.seq}`).toBe(rows[i - 1]!.hash);
    const v = await verify();
    expect(v).toEqual({ checked: rows.length, intact: true, brokenAt: null });
  });

  it('only an admin may verify through the API', async () => {
    const res = await mediator.get('/api/admin/audit/verify');
    expect(res.statusCode).toBe(403);
  });

  it('detects a row changed with SQL, naming its seq', async () => {
    const rows = await t.database.db.selectFrom('audit_log').select(['seq', 'detail']).orderBy('seq').execute();
    const victim = rows[Math.floor(rows.length / 2)]!;
    await sql`UPDATE audit_log SET detail = '{"status":200,"note":"harmless"}'::jsonb WHERE seq = ${victim.seq}`.execute(t.database.db);
    expect(await verify()).toMatchObject({ intact: false, brokenAt: victim.seq, checked: rows.findIndex((r) => r.seq === victim.seq), reason: 'row content does not match its hash' });

    // Put it back: intact again. Then change who did it.
    await sql`UPDATE audit_log SET detail = ${JSON.stringify(victim.detail)}::jsonb WHERE seq = ${victim.seq}`.execute(t.database.db);
    expect((await verify()).intact).toBe(true);
    const first = rows[0]!;
    await sql`UPDATE audit_log SET outcome = 'ok', actor_name = 'someone' WHERE seq = ${first.seq}`.execute(t.database.db);
    expect(await verify()).toMatchObject({ intact: false, brokenAt: first.seq });
    const original = await t.database.db.selectFrom('audit_log').selectAll().where('seq', '=', first.seq).executeTakeFirstOrThrow();
    expect(original.actor_name).toBe('someone');
  });

  it('detects a row deleted from the middle, at the row after the gap', async () => {
    // The previous test left this file's chain broken: start from a fresh app.
    const t2 = await createTestApp();
    try {
      const d2 = await makeDistrict(t2.ctx);
      await makeUser(t2.ctx, 'admin2', [{ role: 'admin', unitId: d2.district.id }]);
      const a = await login(t2.app, 'admin2', PASSWORD);
      for (let i = 0; i < 5; i++) expect((await a.post('/api/dev/clock', { now: null })).statusCode).toBe(200);
      const rows = await t2.database.db.selectFrom('audit_log').select('seq').orderBy('seq').execute();
      expect(rows.length).toBe(6);
      expect((await t2.ctx.services.audit.verify()).brokenAt).toBeNull();

      const middle = rows[3]!.seq;
      await sql`DELETE FROM audit_log WHERE seq = ${middle}`.execute(t2.database.db);
      const r = await t2.ctx.services.audit.verify();
      expect(r).toEqual({ checked: 3, brokenAt: rows[4]!.seq, reason: 'prev_hash does not match the previous row' });

      // A forged replacement that links correctly to the row before and carries a
      // correct hash of its own still cannot fit the row after it.
      const prev = await t2.database.db.selectFrom('audit_log').selectAll().where('seq', '=', rows[2]!.seq).executeTakeFirstOrThrow();
      const forged = { at: t2.clock.now(), actorId: null, actorName: 'admin2', action: 'forged', targetType: null, targetId: null, outcome: 'ok' as const, ip: '127.0.0.1', detail: {} };
      await t2.database.db
        .insertInto('audit_log')
        .values({
          seq: middle,
          at: forged.at,
          actor_name: forged.actorName,
          action: forged.action,
          outcome: forged.outcome,
          ip: forged.ip,
          detail: '{}',
          prev_hash: prev.hash,
          hash: auditHash(prev.hash, forged),
        })
        .execute();
      expect(await t2.ctx.services.audit.verify()).toEqual({ checked: 4, brokenAt: rows[4]!.seq, reason: 'prev_hash does not match the previous row' });
    } finally {
      await t2.close();
    }
  });
});

/**
 * A database of its own for the command, on the engine under test: an embedded data
 * dir in a temp folder, or a new database on the PostgreSQL server.
 */
async function commandTarget() {
  if (TEST_ENGINE === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `concord_cli_${randomBytes(6).toString('hex')}`;
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      env: { NODE_ENV: 'test', DATABASE_URL: url.toString() } as NodeJS.ProcessEnv,
      open: () => openDatabase({ kind: 'postgres', url: url.toString(), ssl: 'disable', poolMax: 2 }),
      async cleanup() {
        const a = new pg.Client({ connectionString: adminUrl });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'concord-verify-'));
  return {
    env: { NODE_ENV: 'test', CONCORD_DATA_DIR: dir } as NodeJS.ProcessEnv,
    open: () => openDatabase({ kind: 'embedded', dataDir: join(dir, 'pg') }),
    dir,
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('npm run audit:verify', () => {
  let target: Awaited<ReturnType<typeof commandTarget>>;
  const at = new Date('2026-03-02T09:00:00+08:00');

  beforeAll(async () => {
    target = await commandTarget();
    const db: Database = await target.open();
    try {
      await migrateToLatest(db.db);
      const repo = new AuditRepository(db.db);
      for (let i = 0; i < 4; i++) {
        await repo.append({ at: new Date(at.getTime() + i * 1000), actorId: null, actorName: 'cli-test', action: `test.${i}`, outcome: 'ok', ip: '127.0.0.1', detail: { i } });
      }
    } finally {
      await db.close();
    }
  });
  afterAll(() => target.cleanup());

  it('reports an intact log with the number of entries (exit code 0)', async () => {
    expect(await verifyAuditCommand(target.env)).toEqual({ exitCode: 0, output: 'Audit log intact: 4 entries checked' });
  });

  it('reports a tampered entry by its seq (exit code 1)', async () => {
    const db = await target.open();
    const seq = (await db.db.selectFrom('audit_log').select('seq').where('action', '=', 'test.2').executeTakeFirstOrThrow()).seq;
    await sql`UPDATE audit_log SET detail = '{"i":20}'::jsonb WHERE seq = ${seq}`.execute(db.db);
    await db.close();
    const r = await verifyAuditCommand(target.env);
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatch(new RegExp(`^Audit log BROKEN at entry #${seq}: row content does not match its hash`));

    const db2 = await target.open();
    await sql`UPDATE audit_log SET detail = '{"i":2}'::jsonb WHERE seq = ${seq}`.execute(db2.db);
    await db2.close();
    expect((await verifyAuditCommand(target.env)).exitCode).toBe(0);
  });

  it('names the variable of a wrong configuration', async () => {
    const r = await verifyAuditCommand({ ...target.env, PORT: 'eighty' });
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('PORT');
  });

  it.runIf(TEST_ENGINE === 'embedded')('says clearly that a running server holds the embedded data dir, and leaves it alone', async () => {
    const held = await target.open();
    try {
      const r = await verifyAuditCommand(target.env);
      expect(r.exitCode).toBe(1);
      expect(r.output).toContain('is in use by another Concord process');
      expect(r.output).toContain('running Concord server');
      // The holder is unaffected.
      expect((await held.db.selectFrom('audit_log').select('seq').execute()).length).toBe(4);
    } finally {
      await held.close();
    }
    expect((await verifyAuditCommand(target.env)).exitCode).toBe(0);
  });

  it.runIf(TEST_ENGINE === 'embedded')('refuses a data dir without a database, creating nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'concord-empty-'));
    try {
      const r = await verifyAuditCommand({ NODE_ENV: 'test', CONCORD_DATA_DIR: empty });
      expect(r).toEqual({ exitCode: 1, output: expect.stringContaining('there is no Concord database in') });
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.runIf(TEST_ENGINE === 'postgres')('says clearly when PostgreSQL cannot be reached', async () => {
    const r = await verifyAuditCommand({ NODE_ENV: 'test', DATABASE_URL: 'postgres://concord:wrong@127.0.0.1:1/nowhere' });
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('Cannot connect to PostgreSQL at postgres://concord:***@127.0.0.1:1/nowhere');
  });
});
