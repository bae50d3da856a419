import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

/** The ConfigError thrown for `env`, or a failure when none is thrown. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults: port 3000, embedded database in ./data, the documented session and login limits', () => {
    const c = loadConfig({});
    expect(c.env).toBe('development');
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ kind: 'embedded', dataDir: resolve('./data', 'pg') });
    expect(c.dataDir).toBe(resolve('./data'));
    expect(c.demo).toBe('auto');
    expect(c.session).toEqual({ idleMinutes: 30, absoluteHours: 12, cookieSecure: false });
    expect(c.login).toEqual({ maxFailures: 5, lockMinutes: 5 });
    expect(c.bodyLimitBytes).toBe(1024 * 1024);
  });

  it('reads PORT, CONCORD_DATA_DIR and the tunables', () => {
    const c = loadConfig({
      PORT: '8080',
      CONCORD_DATA_DIR: '/var/lib/concord',
      CONCORD_LOGIN_MAX_FAILURES: '3',
      CONCORD_LOGIN_LOCK_MINUTES: '15',
      CONCORD_SESSION_IDLE_MINUTES: '10',
      CONCORD_SESSION_ABSOLUTE_HOURS: '8',
      CONCORD_BODY_LIMIT_BYTES: '4096',
      CONCORD_SCHEDULER: 'off',
    });
    expect(c.port).toBe(8080);
    expect(c.database).toEqual({ kind: 'embedded', dataDir: '/var/lib/concord/pg' });
    expect(c.login).toEqual({ maxFailures: 3, lockMinutes: 15 });
    expect(c.session).toMatchObject({ idleMinutes: 10, absoluteHours: 8 });
    expect(c.bodyLimitBytes).toBe(4096);
    expect(c.scheduler.enabled).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/concord', DATABASE_READ_URL: 'postgresql://u:p@replica/concord', DATABASE_SSL: 'require', DATABASE_POOL_MAX: '20' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/concord', readUrl: 'postgresql://u:p@replica/concord', ssl: 'require', poolMax: 20 });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '0'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://db/concord'],
    ['DATABASE_READ_URL', 'http://replica'],
    ['DATABASE_SSL', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['CONCORD_DEMO', 'yes'],
    ['CONCORD_LOGIN_MAX_FAILURES', '0'],
    ['CONCORD_LOGIN_LOCK_MINUTES', 'five'],
    ['CONCORD_SESSION_IDLE_MINUTES', '-1'],
    ['CONCORD_BODY_LIMIT_BYTES', '10'],
    ['CONCORD_COOKIE_SECURE', 'perhaps'],
    ['CONCORD_DATA_DIR', ''],
  ])('a wrong %s (%j) is a ConfigError naming the variable and the value', (name, value) => {
    const err = configError({ [name]: value });
    expect(err.message).toContain(`${name}:`);
    expect(err.message).toContain(JSON.stringify(value));
  });

  it('names every wrong variable at once', () => {
    const err = configError({ PORT: 'x', DATABASE_URL: 'nope' });
    expect(err.message).toContain('PORT:');
    expect(err.message).toContain('DATABASE_URL:');
  });

  it('never runs demo mode in production, and secures the cookie there', () => {
    const err = configError({ NODE_ENV: 'production', CONCORD_DEMO: 'on' });
    expect(err.message).toContain('CONCORD_DEMO');
    const prod = loadConfig({ NODE_ENV: 'production' });
    expect(prod.demo).toBe('off');
    expect(prod.session.cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', CONCORD_COOKIE_SECURE: 'false' }).session.cookieSecure).toBe(false);
  });
});

describe('loadConfig error messages', () => {
  it('never echo a database password, even from a malformed URL', () => {
    const err = configError({ DATABASE_URL: 'mysql://concord:s3cret-pw@db:3306/concord', DATABASE_READ_URL: 'postgres//ro:an0ther-pw@replica' });
    expect(err.message).toContain('DATABASE_URL:');
    expect(err.message).toContain('DATABASE_READ_URL:');
    expect(err.message).not.toContain('s3cret-pw');
    expect(err.message).not.toContain('an0ther-pw');
    expect(err.message).toContain('mysql://concord:***@db:3306/concord');
  });
});
