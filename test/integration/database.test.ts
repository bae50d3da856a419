import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { DataDirLockedError } from '../../src/db/lock.js';
import { migrateDown, migrateToLatest } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { createTestDatabase, TEST_ENGINE } from '../support/db.js';

async function publicTables(database: Database): Promise<string[]> {
  const r = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'
    ORDER BY table_name`.execute(database.db);
  return r.rows.map((x) => x.table_name);
}

describe(`migrations (${TEST_ENGINE})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('go down one by one to an empty schema, and up again to the latest', async () => {
    const names = Object.keys(migrations).sort();
    const applied = async () => (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(database.db)).rows.map((r) => r.name);
    expect(await applied()).toEqual(names);
    const tablesAtLatest = await publicTables(database);
    expect(tablesAtLatest).toEqual(expect.arrayContaining(['org_units', 'users', 'user_roles', 'sessions', 'login_throttle', 'audit_log', 'grid_members', 'job_state']));

    // Some data, to show that down really drops it and up starts clean.
    await sql`INSERT INTO app_settings (key, value, updated_at) VALUES ('probe', '{}', now())`.execute(database.db);

    const undone: string[] = [];
    for (let i = 0; i <= names.length; i++) {
      const step = await migrateDown(database.db);
      if (step.length === 0) break;
      expect(step).toHaveLength(1);
      undone.push(...step);
      expect(await applied()).toEqual(names.slice(0, names.length - undone.length));
    }
    expect(undone).toEqual([...names].reverse());
    expect(await publicTables(database)).toEqual([]);

    expect(await migrateToLatest(database.db)).toEqual(names);
    expect(await applied()).toEqual(names);
    expect(await publicTables(database)).toEqual(tablesAtLatest);
    expect((await sql`SELECT key FROM app_settings`.execute(database.db)).rows).toEqual([]);
    // Idempotent: nothing left to apply.
    expect(await migrateToLatest(database.db)).toEqual([]);

    // The schema works after the round trip.
    const now = new Date('2026-03-02T01:00:00Z');
    const unit = await database.db
      .insertInto('org_units')
      .values({ id: '00000000-0000-4000-8000-000000000001', parent_id: null, kind: 'district', name: '往返区', code: 'RT1', path: '/00000000-0000-4000-8000-000000000001/', depth: 0, geometry: null, created_at: now, updated_at: now, center_id: null, department_type: null, staffing_tier: null, roster_weekdays: null, households: null })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    expect(unit.version).toBe(1);
  });
});

/** Every file under `dir` with its size and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out[relative(dir, p)] = `${s.size}:${s.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

/** Starts the real server (`src/main.ts`) on `dataRoot` and waits for it to exit (or kills it after `timeoutMs`). */
function startServer(dataRoot: string, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', CONCORD_DATA_DIR: dataRoot, CONCORD_DEMO: 'off', PORT: String(20_000 + Math.floor(Math.random() * 20_000)), LOG_LEVEL: 'silent', CONCORD_SCHEDULER: 'false' };
  delete env.DATABASE_URL;
  delete env.DATABASE_READ_URL;
  delete env.TEST_DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (b) => {
      stdout += b;
      // It should never get here; if it does, stop it at once.
      if (stdout.includes('is ready at')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (b) => (stderr += b));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

describe.runIf(TEST_ENGINE === 'embedded')('embedded data dir lock', () => {
  let root: string;
  let dataDir: string;
  let first: Database;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'concord-lock-'));
    dataDir = join(root, 'pg'); // what the server opens for CONCORD_DATA_DIR=root
    first = await openDatabase({ kind: 'embedded', dataDir });
    await migrateToLatest(first.db);
    await sql`INSERT INTO app_settings (key, value, updated_at) VALUES ('owner', '"first"', now())`.execute(first.db);
  });
  afterAll(async () => {
    await first?.close().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  });

  it('a second process on the same data dir exits with a clear message and touches nothing', async () => {
    const before = snapshot(dataDir);
    const r = await startServer(root);
    expect(r.timedOut).toBe(false);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Concord cannot start');
    expect(r.stderr).toContain(`The data directory ${dataDir} is in use by another Concord process`);
    expect(r.stdout).not.toContain('is ready at');
    expect(snapshot(dataDir)).toEqual(before);

    // The first process goes on reading and writing.
    await sql`INSERT INTO app_settings (key, value, updated_at) VALUES ('after', '"still mine"', now())`.execute(first.db);
    const rows = (await sql<{ key: string }>`SELECT key FROM app_settings ORDER BY key`.execute(first.db)).rows.map((x) => x.key);
    expect(rows).toEqual(['after', 'owner']);
  }, 120_000);

  it('a second open in the same process is refused too', async () => {
    await expect(openDatabase({ kind: 'embedded', dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    expect((await sql`SELECT 1 AS one`.execute(first.db)).rows).toEqual([{ one: 1 }]);
  });

  it('once the holder has closed, the data dir opens again with its data', async () => {
    await first.close();
    const again = await openDatabase({ kind: 'embedded', dataDir });
    try {
      const rows = (await sql<{ key: string; value: unknown }>`SELECT key, value FROM app_settings ORDER BY key`.execute(again.db)).rows;
      expect(rows).toEqual([
        { key: 'after', value: 'still mine' },
        { key: 'owner', value: 'first' },
      ]);
    } finally {
      await again.close();
    }
  });
});
