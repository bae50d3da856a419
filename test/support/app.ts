import type { FastifyInstance, InjectOptions } from 'fastify';
import pino from 'pino';
import { AppClock } from '../../src/clock.js';
import { loadConfig, type Config } from '../../src/config.js';
import { type AppContext, createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import { createTestDatabase } from './db.js';

/** A clock for tests: stands still at `start` until moved; POST /api/dev/clock works with it too. */
export class TestClock extends AppClock {
  constructor(start: string | Date) {
    const holder = { t: new Date(start).getTime() };
    super(() => holder.t);
    this.advanceBy = (ms: number) => {
      holder.t += ms;
    };
  }
  advanceBy: (ms: number) => void;
  advanceMinutes(m: number) {
    this.advanceBy(m * 60_000);
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  database: Database;
  close(): Promise<void>;
}

export async function createTestApp(opts: { now?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = loadConfig({ NODE_ENV: 'test', CONCORD_DEMO: 'off', LOG_LEVEL: 'silent', ...opts.env });
  const clock = new TestClock(opts.now ?? '2026-03-02T09:00:00+08:00');
  const ctx = createContext(config, database, clock, pino({ level: 'silent' }));
  const app = await buildApp(ctx, { webDist: null });
  return {
    app,
    ctx,
    clock,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: carries the session cookie and the CSRF token on every call. */
export class Agent {
  constructor(
    private readonly app: FastifyInstance,
    public cookie: string,
    public csrfToken: string,
    private readonly lang = 'zh-CN',
  ) {}

  request(method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.app.inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken, 'accept-language': this.lang, ...headers },
    });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown) {
    return this.request('POST', url, payload ?? {});
  }
  patch(url: string, payload?: unknown) {
    return this.request('PATCH', url, payload ?? {});
  }
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Agent> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'concord_session');
  return new Agent(app, `concord_session=${cookie!.value}`, res.json().csrfToken);
}
