// `npm test`: everything CI checks, in order, with one summary at the end.
//
//   Chromium present (installed with apt-get when root) → build the web app →
//   typecheck (server, web) → vitest unit → integration on the embedded engine →
//   integration on PostgreSQL (only when TEST_DATABASE_URL is set) → e2e in Chromium.
//
// Every stage runs even when an earlier one failed (except that nothing runs without
// Chromium), so one run shows everything that is wrong. The last line is
// `N passed, N failed`: the vitest tests of all stages, plus one check each for the
// web build and the two typechecks. The exit code is 1 when anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const node = process.execPath;
const reportDir = join(root, 'tmp', 'test-reports');
const vitestBin = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const tscBin = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const results = [];

function banner(text) {
  console.log(`\n━━━ ${text} ━━━`);
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Chromium for the e2e tests: the system package, never a browser download. */
function ensureChromium() {
  const custom = process.env.CHROMIUM_PATH;
  const path = custom || '/usr/bin/chromium';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const canApt = isRoot && hasCommand('apt-get') && hasCommand('dpkg-query');
  const wanted = [];
  if (!existsSync(path)) {
    if (custom || !canApt) {
      console.error(
        custom
          ? `CHROMIUM_PATH=${custom} does not exist: point it at a Chromium binary, or unset it and run \`sudo apt-get install chromium fonts-wqy-microhei\`.`
          : 'Chromium is needed for the e2e tests: run `sudo apt-get install chromium fonts-wqy-microhei` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.',
      );
      process.exit(1);
    }
    wanted.push('chromium');
  }
  // Without a CJK font the screenshots show boxes instead of Chinese.
  if (canApt && !dpkgInstalled('fonts-wqy-microhei')) wanted.push('fonts-wqy-microhei');
  if (wanted.length === 0) return;
  banner(`Installing ${wanted.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...wanted]]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; install them by hand: sudo apt-get install ${wanted.join(' ')}`);
      process.exit(1);
    }
  }
  if (!existsSync(path)) {
    console.error(`Chromium is still missing at ${path} after apt-get install.`);
    process.exit(1);
  }
}

/** Runs a command with inherited output; resolves to its exit code. */
function run(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A stage that is one check: a command that passes or fails. */
async function check(name, cmd, args) {
  banner(name);
  const started = Date.now();
  const code = await run(cmd, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds: (Date.now() - started) / 1000, note: code === 0 ? '' : `exit code ${code}` });
}

/** A vitest stage: the default reporter for humans, the JSON reporter for the counts. */
async function vitest(name, project, env) {
  banner(name);
  const started = Date.now();
  mkdirSync(reportDir, { recursive: true });
  const out = join(reportDir, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.json`);
  rmSync(out, { force: true });
  const code = await run(node, [vitestBin, 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let note = '';
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
    skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails to load, or a failing hook, fails no test but fails the run.
    const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed')).length;
    if (brokenFiles > 0) {
      failed += brokenFiles;
      note = `${brokenFiles} file(s) failed outside a test (import error or hook)`;
    }
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    note ||= `vitest exited with code ${code}`;
  }
  results.push({ name, passed, failed, skipped, seconds: (Date.now() - started) / 1000, note });
}

const started = Date.now();
ensureChromium();

await check('build web app', node, [join(root, 'scripts', 'build-web.mjs')]);
await check('typecheck server (tsconfig.json)', node, [tscBin, '--noEmit', '-p', 'tsconfig.json']);
await check('typecheck web (web/tsconfig.json)', node, [tscBin, '--noEmit', '-p', 'web/tsconfig.json']);

// TEST_DATABASE_URL selects the engine in test/support/db.ts: keep it away from every
// run except the PostgreSQL one.
const { TEST_DATABASE_URL, ...baseEnv } = process.env;
await vitest('unit', 'unit', baseEnv);
await vitest('integration (embedded)', 'integration', baseEnv);
if (TEST_DATABASE_URL) {
  await vitest('integration (PostgreSQL)', 'integration', { ...baseEnv, TEST_DATABASE_URL });
} else {
  console.log('\n(integration on PostgreSQL skipped: set TEST_DATABASE_URL=postgres://user:pass@host:5432/db to include it)');
}
await vitest('e2e', 'e2e', baseEnv);

banner('Summary');
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  const status = r.failed > 0 ? 'FAIL' : 'ok  ';
  const counts = `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  console.log(`${status} ${r.name.padEnd(width)}  ${counts}  (${r.seconds.toFixed(1)} s)${r.note ? `  — ${r.note}` : ''}`);
}
if (!TEST_DATABASE_URL) console.log(`skip ${'integration (PostgreSQL)'.padEnd(width)}  TEST_DATABASE_URL not set`);
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
