import { resolve } from 'node:path';
import { z } from 'zod';

/** Every setting Concord reads from the environment, validated once at start. */
const boolFlag = z.enum(['true', 'false', '1', '0', 'on', 'off']).transform((v) => v === 'true' || v === '1' || v === 'on');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_READ_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_SSL: z.enum(['disable', 'require', 'verify-full']).default('disable'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  CONCORD_DATA_DIR: z.string().min(1).default('./data'),
  CONCORD_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  CONCORD_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  CONCORD_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  CONCORD_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  CONCORD_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(5),
  CONCORD_COOKIE_SECURE: boolFlag.optional(),
  CONCORD_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  CONCORD_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  CONCORD_SCHEDULER: boolFlag.default(true),
  CONCORD_TRUST_PROXY: boolFlag.default(false),
  CONCORD_ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(20 * 1024 * 1024),
  CONCORD_NOTIFY_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: string;
  database:
    | { kind: 'embedded'; dataDir: string }
    | { kind: 'postgres'; url: string; readUrl?: string; ssl: 'disable' | 'require' | 'verify-full'; poolMax: number };
  dataDir: string;
  demo: 'auto' | 'on' | 'off';
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  login: { maxFailures: number; lockMinutes: number };
  bodyLimitBytes: number;
  /** behind a reverse proxy: take the client address from X-Forwarded-For */
  trustProxy: boolean;
  scheduler: { enabled: boolean; intervalSeconds: number };
  attachments: { maxBytes: number };
  /** outbox delivery (batch notices): a webhook URL, else messages are only logged */
  notify: { webhookUrl: string | null };
}

export class ConfigError extends Error {}

/** A value fit for an error message: a database URL loses its password (even a malformed one). */
function shown(name: string, value: string | undefined): string | undefined {
  return value && name.endsWith('_URL') ? value.replace(/(\/\/[^/:@]*:)[^@]*@/, '$1***@') : value;
}

/** Parses the environment; a wrong value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(shown(String(i.path[0]), env[String(i.path[0])]))})`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.CONCORD_DEMO === 'on') {
    throw new ConfigError('Invalid configuration:\n  CONCORD_DEMO: demo mode is never on when NODE_ENV=production');
  }
  const dataDir = resolve(e.CONCORD_DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, readUrl: e.DATABASE_READ_URL, ssl: e.DATABASE_SSL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'embedded', dataDir: resolve(dataDir, 'pg') },
    dataDir,
    demo: e.NODE_ENV === 'production' ? 'off' : e.CONCORD_DEMO,
    session: {
      idleMinutes: e.CONCORD_SESSION_IDLE_MINUTES,
      absoluteHours: e.CONCORD_SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.CONCORD_COOKIE_SECURE ?? e.NODE_ENV === 'production',
    },
    login: { maxFailures: e.CONCORD_LOGIN_MAX_FAILURES, lockMinutes: e.CONCORD_LOGIN_LOCK_MINUTES },
    bodyLimitBytes: e.CONCORD_BODY_LIMIT_BYTES,
    trustProxy: e.CONCORD_TRUST_PROXY,
    scheduler: { enabled: e.CONCORD_SCHEDULER, intervalSeconds: e.CONCORD_SCHEDULER_INTERVAL_SECONDS },
    attachments: { maxBytes: e.CONCORD_ATTACHMENT_MAX_BYTES },
    notify: { webhookUrl: e.CONCORD_NOTIFY_WEBHOOK_URL ?? null },
  };
}
