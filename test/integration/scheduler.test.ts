import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/jobs/scheduler.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('scheduler', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  });
  afterAll(() => t.close());

  it('runs a due job on exactly one of two instances sharing the database', async () => {
    let runs = 0;
    const job = {
      name: 'test.once',
      everySeconds: 60,
      run: async () => {
        runs++;
        await new Promise((r) => setTimeout(r, 50));
      },
    };
    const log = pino({ level: 'silent' });
    const a = new Scheduler(t.database.db, t.clock, log, [job]);
    const b = new Scheduler(t.database.db, t.clock, log, [job]);
    const [ra, rb] = await Promise.all([a.runDue(), b.runDue()]);
    expect(runs).toBe(1);
    expect([...ra, ...rb]).toEqual(['test.once']);

    // Not due again within its interval; due after it, and after the clock moved back.
    expect(await a.runDue()).toEqual([]);
    t.clock.advanceMinutes(2);
    expect(await b.runDue()).toEqual(['test.once']);
    t.clock.advanceMinutes(-60);
    expect(await a.runDue()).toEqual(['test.once']);
    expect(runs).toBe(3);
  });

  it('records a failing job and keeps going with the others', async () => {
    const log = pino({ level: 'silent' });
    let ok = 0;
    const s = new Scheduler(t.database.db, t.clock, log, [
      { name: 'test.fails', everySeconds: 60, run: async () => Promise.reject(new Error('boom')) },
      { name: 'test.ok', everySeconds: 60, run: async () => void ok++ },
    ]);
    expect(await s.runDue()).toEqual(['test.ok']);
    expect(ok).toBe(1);
    const state = await t.database.db.selectFrom('job_state').selectAll().where('name', '=', 'test.fails').executeTakeFirstOrThrow();
    expect(state.last_outcome).toBe('error');
    expect(state.last_error).toBe('boom');
    expect(state.lease_owner).toBeNull();
  });
});
