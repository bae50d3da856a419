import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** The repository root (tests run with it as the working directory). */
export const ROOT = process.cwd();

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** CONCORD_DATA_DIR of this server (a temporary directory, removed by stop()). */
  dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** SIGTERM, wait for a graceful exit (SIGKILL after 20 s), remove the data dir. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server (wins over the defaults below). */
  env?: Record<string, string>;
  /** Generate the demo district in this server's own first start instead of copying the seeded template. */
  fresh?: boolean;
  timeoutMs?: number;
}

let webBuilt = false;

/** `npm test` builds the web app first; this makes `npm run test:e2e` alone correct too (a no-op when up to date). */
export function ensureWebBuilt(): void {
  if (webBuilt) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
  webBuilt = true;
}

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server (`node --import tsx src/main.ts`) as a child process on the
 * embedded database in a temporary data dir, demo mode on, NODE_ENV=test, and waits
 * until GET /api/health answers 200.
 *
 * Generating the demo district takes 10–45 s, so it is done once: the first call seeds
 * a template data dir (tmp/e2e-template/<key>, the key hashing src/, the lock file and
 * today's date) and every server starts on a copy of it — the same database a first
 * start would give, in a few seconds. `fresh: true`, or env overriding CONCORD_DEMO or
 * NODE_ENV, starts on an empty data dir instead.
 */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-e2e-'));
  const seedsItself = opts.fresh || (opts.env && ('CONCORD_DEMO' in opts.env || 'NODE_ENV' in opts.env));
  if (!seedsItself) {
    try {
      cpSync(join(await seededTemplate(opts.timeoutMs), 'pg'), join(dataDir, 'pg'), { recursive: true });
    } catch (err) {
      rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
  }
  return launch(dataDir, opts);
}

async function launch(dataDir: string, opts: StartOptions & { keepDataDir?: boolean }): Promise<RunningServer & { exitStatus(): string | undefined }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Always the embedded engine, whatever the caller's shell says.
  delete env.DATABASE_URL;
  delete env.DATABASE_READ_URL;
  delete env.TEST_DATABASE_URL;
  Object.assign(env, {
    NODE_ENV: 'test',
    CONCORD_DEMO: 'on',
    CONCORD_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...opts.env,
  });

  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  let exitCode: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    }),
  );

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    if (!opts.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const timeoutMs = opts.timeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined) {
      await stop();
      throw new Error(`The server exited (${exitCode}) before it was ready:\n${out || '(no output)'}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /api/health within ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, dataDir, output: () => out, stop, exitStatus: () => exitCode };
}

const TEMPLATES = join(ROOT, 'tmp', 'e2e-template');

/** What the seeded database depends on: the server's code, the dependencies, and the day (demo data is dated relative to now). */
function templateKey(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(join(ROOT, 'src'));
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  hash.update(new Date().toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 16);
}

/** The directory of a seeded, cleanly stopped data dir for the current code; built on first use. */
async function seededTemplate(timeoutMs?: number): Promise<string> {
  const key = templateKey();
  const dir = join(TEMPLATES, key);
  if (existsSync(join(dir, 'pg', 'PG_VERSION'))) {
    utimesSync(dir, new Date(), new Date()); // in use: keep it from the clean-up below
    return dir;
  }

  mkdirSync(TEMPLATES, { recursive: true });
  // Built under a temporary name and renamed: a concurrent run never sees half a template.
  const building = mkdtempSync(join(TEMPLATES, '.building-'));
  try {
    const seeder = await launch(building, { timeoutMs: timeoutMs ?? 240_000, keepDataDir: true });
    await seeder.stop();
    // Only a clean exit leaves a database worth copying.
    if (seeder.exitStatus() !== 'code 0') throw new Error(`The seeding server stopped with ${seeder.exitStatus()}:\n${seeder.output()}`);
    try {
      renameSync(building, dir);
    } catch {
      // another run got there first; ours is removed below
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  // Templates of other code versions or days, and failed builds, unused for 15 minutes, go (120 MB each).
  for (const name of readdirSync(TEMPLATES)) {
    const path = join(TEMPLATES, name);
    if (name !== key && Date.now() - statSync(path).mtimeMs > 15 * 60_000) rmSync(path, { recursive: true, force: true });
  }
  if (!existsSync(join(dir, 'pg', 'PG_VERSION'))) throw new Error(`Seeding the e2e template in ${dir} failed`);
  return dir;
}
