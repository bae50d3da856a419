import { AppClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { createContext } from './context.js';
import { DatabaseUnavailableError, openDatabase, redactUrl } from './db/database.js';
import { DataDirLockedError } from './db/lock.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_PASSWORD, seedDemoIfWanted } from './demo/seed.js';
import { buildApp } from './http/app.js';
import { createLogger } from './logger.js';

/** `npm start`: configuration → database (+ migrations, + demo data) → HTTP server, with a graceful stop. */
async function main() {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const log = createLogger(config.logLevel);
  const where = config.database.kind === 'postgres' ? `PostgreSQL ${redactUrl(config.database.url)}` : `embedded database in ${config.database.dataDir}`;
  let database;
  try {
    database = await openDatabase(config.database);
  } catch (err) {
    if (err instanceof DataDirLockedError || err instanceof DatabaseUnavailableError) fail(err.message);
    fail(`Cannot open the ${where}: ${(err as Error).message}`);
  }
  const applied = await migrateToLatest(database.db);
  if (applied.length) log.info({ migrations: applied }, 'migrations applied');

  const clock = new AppClock();
  const ctx = createContext(config, database, clock, log);
  const demo = await seedDemoIfWanted(ctx);
  const app = await buildApp(ctx);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await database.close();
    fail(`Cannot listen on port ${config.port}: ${(err as Error).message}`);
  }
  if (config.scheduler.enabled) ctx.scheduler.start(config.scheduler.intervalSeconds);

  const url = `http://localhost:${config.port}`;
  const lines = [`Concord 综治中心矛盾纠纷多元化解平台 is ready at ${url} (${where}; started in ${((performance.now() - started) / 1000).toFixed(1)} s)`];
  if (demo.active) {
    lines.push(`Demo mode${demo.seededNow ? ' (demo district generated now)' : ''}. Demo accounts, password ${DEMO_PASSWORD}:`);
    lines.push(`  ${demo.accounts.join(', ')}`);
    lines.push(`  Open311 API key: demo-open311-key`);
  }
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close(); // stops accepting, waits for in-flight requests
    await ctx.scheduler.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function fail(message: string): never {
  console.error(`Concord cannot start: ${message}`);
  process.exit(1);
}

main().catch((err) => {
  console.error(`Concord cannot start: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
