import { describe, expect, it } from 'vitest';
import {
  createOutbox,
  newClientId,
  outboxKey,
  outcomeOf,
  parseState,
  type KeyValueStore,
  type SendResult,
  type Submission,
} from '../../../web/src/offline/outbox.js';

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  quota = Infinity;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const KEY = outboxKey('user-1');
const NOW = new Date('2026-03-02T02:30:00Z');

function submission(n: number, kind: Submission['kind'] = 'visit'): Submission {
  return {
    clientId: `00000000-0000-4000-8000-00000000000${n}`,
    kind,
    targetId: `target-${n}`,
    body: { notes: `第 ${n} 次` },
    title: `家庭 ${n}`,
    createdAt: NOW.toISOString(),
  };
}

/** A server double: answers from a script per clientId, records every call. */
function server(script: Record<string, SendResult[]> = {}) {
  const calls: string[] = [];
  const send = async (s: Submission): Promise<SendResult> => {
    calls.push(s.clientId);
    const next = script[s.clientId]?.shift();
    return next ?? { ok: true };
  };
  return { calls, send };
}

const network: SendResult = { ok: false, status: 0, code: 'network_error', message: '网络连接异常' };

describe('outcomeOf', () => {
  it('sends 2xx, keeps network failures and server errors, refuses 4xx for good, asks to sign in on 401 or a stale CSRF token', () => {
    const fail = (status: number, code = 'x'): SendResult => ({ ok: false, status, code, message: '' });
    expect(outcomeOf({ ok: true })).toBe('sent');
    expect(outcomeOf(network)).toBe('retry');
    expect([500, 502, 503, 504, 408, 429].map((s) => outcomeOf(fail(s)))).toEqual(Array(6).fill('retry'));
    expect([400, 403, 404, 409, 413, 422].map((s) => outcomeOf(fail(s)))).toEqual(Array(6).fill('rejected'));
    expect(outcomeOf(fail(401, 'unauthorized'))).toBe('auth');
    expect(outcomeOf(fail(403, 'csrf_failed'))).toBe('auth');
  });
});

describe('the outbox', () => {
  const make = (store: KeyValueStore, send: (s: Submission) => Promise<SendResult>) =>
    createOutbox({ store, key: KEY, send, now: () => NOW });

  it('keeps submissions on the device across page loads, in order, without a clientId twice', () => {
    const store = new MemoryStore();
    const outbox = make(store, server().send);
    outbox.enqueue(submission(1));
    outbox.enqueue(submission(2, 'screening'));
    outbox.enqueue(submission(1));
    const reloaded = make(store, server().send);
    expect(reloaded.getState().queued.map((q) => q.clientId)).toEqual([submission(1).clientId, submission(2).clientId]);
    expect(reloaded.getState().queued[1]).toMatchObject({ kind: 'screening', attempts: 0, lastTriedAt: null, body: { notes: '第 2 次' } });
  });

  it('sends the queue in order and empties it on 2xx, a replay included', async () => {
    const store = new MemoryStore();
    const srv = server();
    const outbox = make(store, srv.send);
    [1, 2, 3].forEach((n) => outbox.enqueue(submission(n)));
    const report = await outbox.flush();
    expect(srv.calls).toEqual([1, 2, 3].map((n) => submission(n).clientId));
    expect(report).toEqual({ sent: srv.calls, rejected: [], stoppedBy: null });
    expect(outbox.getState()).toEqual({ queued: [], failed: [] });
    expect(store.data.size).toBe(0);
  });

  it('a network failure keeps that item and the rest, and stops; the next flush sends them once each', async () => {
    const store = new MemoryStore();
    const srv = server({ [submission(2).clientId]: [network] });
    const outbox = make(store, srv.send);
    [1, 2, 3].forEach((n) => outbox.enqueue(submission(n)));
    const first = await outbox.flush();
    expect(first).toEqual({ sent: [submission(1).clientId], rejected: [], stoppedBy: 'retry' });
    expect(outbox.getState().queued.map((q) => [q.clientId, q.attempts, q.lastTriedAt])).toEqual([
      [submission(2).clientId, 1, NOW.toISOString()],
      [submission(3).clientId, 0, null],
    ]);
    const second = await outbox.flush();
    expect(second.sent).toEqual([submission(2).clientId, submission(3).clientId]);
    expect(srv.calls).toEqual([1, 2, 2, 3].map((n) => submission(n).clientId));
    expect(outbox.getState().queued).toEqual([]);
  });

  it('a send that throws (fetch rejected) counts as a network failure', async () => {
    const outbox = make(new MemoryStore(), async () => {
      throw new TypeError('Failed to fetch');
    });
    outbox.enqueue(submission(1));
    expect((await outbox.flush()).stoppedBy).toBe('retry');
    expect(outbox.getState().queued).toHaveLength(1);
  });

  it('a 4xx moves the item to the failed list with the message and the fields, and the flush goes on', async () => {
    const store = new MemoryStore();
    const refused: SendResult = { ok: false, status: 409, code: 'plan_ended', message: '该回访计划已结束', fields: {} };
    const invalid: SendResult = { ok: false, status: 400, code: 'invalid', message: '请求有误', fields: { 'answers.violence': '不是清单中的答案' } };
    const srv = server({ [submission(1).clientId]: [refused], [submission(2).clientId]: [invalid] });
    const outbox = make(store, srv.send);
    [1, 2, 3].forEach((n) => outbox.enqueue(submission(n)));
    const report = await outbox.flush();
    expect(report.sent).toEqual([submission(3).clientId]);
    expect(report.rejected.map((f) => f.code)).toEqual(['plan_ended', 'invalid']);
    const { queued, failed } = make(store, srv.send).getState();
    expect(queued).toEqual([]);
    expect(failed).toEqual([
      { ...submission(1), failedAt: NOW.toISOString(), status: 409, code: 'plan_ended', message: '该回访计划已结束', fields: {} },
      { ...submission(2), failedAt: NOW.toISOString(), status: 400, code: 'invalid', message: '请求有误', fields: { 'answers.violence': '不是清单中的答案' } },
    ]);
    outbox.dismiss(submission(1).clientId);
    expect(outbox.getState().failed.map((f) => f.clientId)).toEqual([submission(2).clientId]);
    outbox.dismiss(submission(2).clientId);
    expect(store.data.size).toBe(0);
  });

  it('an expired session (401) or a stale CSRF token loses nothing: everything stays queued', async () => {
    for (const answer of [
      { ok: false, status: 401, code: 'unauthorized', message: '' },
      { ok: false, status: 403, code: 'csrf_failed', message: '' },
    ] satisfies SendResult[]) {
      const srv = server({ [submission(1).clientId]: [answer] });
      const outbox = make(new MemoryStore(), srv.send);
      outbox.enqueue(submission(1));
      outbox.enqueue(submission(2));
      const report = await outbox.flush();
      expect(report).toEqual({ sent: [], rejected: [], stoppedBy: 'auth' });
      expect(srv.calls).toEqual([submission(1).clientId]);
      expect(outbox.getState().queued.map((q) => q.clientId)).toEqual([submission(1).clientId, submission(2).clientId]);
      expect(outbox.getState().failed).toEqual([]);
    }
  });

  it('concurrent flushes (online event, page load, the button) share one run: nothing is sent twice', async () => {
    const srv = server();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const outbox = make(new MemoryStore(), async (s) => {
      await gate;
      return srv.send(s);
    });
    outbox.enqueue(submission(1));
    outbox.enqueue(submission(2));
    const a = outbox.flush();
    const b = outbox.flush();
    outbox.enqueue(submission(3)); // filled while the flush waits: sent by the same run
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra).toBe(rb);
    expect(srv.calls).toEqual([1, 2, 3].map((n) => submission(n).clientId));
    expect(outbox.getState().queued).toEqual([]);
  });

  it('a full storage throws on enqueue and leaves the outbox as it was', () => {
    const store = new MemoryStore();
    const outbox = make(store, server().send);
    outbox.enqueue(submission(1));
    store.quota = 10;
    expect(() => outbox.enqueue({ ...submission(2), body: { photo: 'x'.repeat(100) } })).toThrow(/Quota/);
    expect(outbox.getState().queued.map((q) => q.clientId)).toEqual([submission(1).clientId]);
  });

  it('notifies subscribers of every change, and reload picks up what another tab wrote', async () => {
    const store = new MemoryStore();
    const outbox = make(store, server().send);
    const other = make(store, server().send);
    let calls = 0;
    const unsubscribe = outbox.subscribe(() => calls++);
    outbox.enqueue(submission(1));
    await outbox.flush();
    expect(calls).toBe(2);
    other.enqueue(submission(2));
    expect(outbox.getState().queued).toEqual([]);
    outbox.reload();
    expect(outbox.getState().queued.map((q) => q.clientId)).toEqual([submission(2).clientId]);
    unsubscribe();
    outbox.enqueue(submission(3));
    expect(calls).toBe(3);
  });

  it('one outbox per user', () => {
    expect(outboxKey('a')).not.toBe(outboxKey('b'));
  });
});

describe('parseState', () => {
  it('survives garbage and drops only the unreadable items', () => {
    expect(parseState(null)).toEqual({ queued: [], failed: [] });
    expect(parseState('{not json')).toEqual({ queued: [], failed: [] });
    expect(parseState('[1,2]')).toEqual({ queued: [], failed: [] });
    const good = { ...submission(1), attempts: 2, lastTriedAt: null };
    const state = parseState(JSON.stringify({ queued: [good, { clientId: 3 }, null], failed: [{ ...submission(2) }] }));
    expect(state.queued).toEqual([good]);
    expect(state.failed).toEqual([]);
  });
});

describe('newClientId', () => {
  it('makes distinct v4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 200 }, newClientId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('still makes one where crypto.randomUUID is missing (plain http on an intranet)', () => {
    const original = globalThis.crypto.randomUUID;
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
      const id = newClientId();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newClientId()).not.toBe(id);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
