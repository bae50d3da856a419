import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxRepository } from '../../../src/repositories/outbox-repository.js';
import type { CaseJson, CaseWorld } from '../cases/helpers.js';
import { cells, csv, groupInHandling, households, importFile, worldWith } from './helpers.js';

interface Received {
  id: string;
  channel: string;
  to: string;
  subject: string;
  body: string;
}

/** A stand-in SMS gateway: answers 503 while `down`, records what it accepted. */
function gateway() {
  const state = { down: true, calls: 0, accepted: [] as Received[] };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      state.calls++;
      if (state.down) {
        res.writeHead(503).end();
        return;
      }
      state.accepted.push(JSON.parse(raw) as Received);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  return { state, server };
}

describe('batch notices through the outbox (批量通知)', () => {
  const gw = gateway();
  let w: CaseWorld;
  let group: CaseJson;
  const list = households(5);
  list[4]!.phone = ''; // one household without a phone

  const run = () => w.t.ctx.scheduler.runDue({ force: true });
  const batches = async () => (await w.mediator.get(`/api/cases/${group.id}/notices`)).json().items;
  const outbox = () => w.t.database.db.selectFrom('outbox').selectAll().orderBy('created_at').orderBy('id').execute();

  beforeAll(async () => {
    await new Promise<void>((resolve) => gw.server.listen(0, '127.0.0.1', resolve));
    const port = (gw.server.address() as AddressInfo).port;
    w = await worldWith({ CONCORD_NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${port}/sms` });
    group = await groupInHandling(w);
    const res = await importFile(w.mediator, group.id, '名单.csv', Buffer.from(csv(list.map(cells))));
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(async () => {
    await w.t.close();
    await new Promise((resolve) => gw.server.close(resolve));
  });

  it('queues one SMS per household with a phone, in the batch’s transaction', async () => {
    const res = await w.mediator.post(`/api/cases/${group.id}/notices`, { all: true, title: '调解会通知', body: '{姓名}您好：定于3月5日9时在社区调解室召开租金调解会，请准时参加。' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ title: '调解会通知', recipients: 4, withoutPhone: 1 });
    expect(await batches()).toEqual([expect.objectContaining({ title: '调解会通知', total: 4, pending: 4, sent: 0, failed: 0 })]);
    const rows = await outbox();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ channel: 'sms', status: 'pending', attempts: 0 });
    expect(rows.map((r) => r.body)).toContain(`${list[0]!.name}您好：定于3月5日9时在社区调解室召开租金调解会，请准时参加。`);
  });

  it('while the gateway is down: retried after 1, then 2 minutes, never lost', async () => {
    await run();
    expect(gw.state.calls).toBe(4);
    let rows = await outbox();
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 1 && r.last_error === 'webhook answered HTTP 503')).toBe(true);
    const now = w.t.clock.now().getTime();
    expect(rows.every((r) => new Date(r.next_attempt_at).getTime() === now + 60_000)).toBe(true);

    // not due yet: nothing is sent again
    await run();
    expect(gw.state.calls).toBe(4);

    w.t.clock.advanceMinutes(1);
    await run();
    expect(gw.state.calls).toBe(8);
    rows = await outbox();
    expect(rows.every((r) => r.attempts === 2 && new Date(r.next_attempt_at).getTime() === now + 60_000 + 120_000)).toBe(true);
    expect(await batches()).toEqual([expect.objectContaining({ pending: 4, sent: 0, failed: 0 })]);
    expect((await w.mediator.get(`/api/cases/${group.id}/households/summary`)).json().steps.notified).toBe(0);
  });

  it('once the gateway is back: every message sent once, households notified, delivery per household', async () => {
    gw.state.down = false;
    w.t.clock.advanceMinutes(2);
    await run();
    expect(gw.state.accepted).toHaveLength(4);
    expect(gw.state.accepted.map((m) => m.to).sort()).toEqual(list.slice(0, 4).map((h) => h.phone).sort());
    expect(gw.state.accepted[0]).toMatchObject({ channel: 'sms', subject: '调解会通知' });
    expect(await batches()).toEqual([expect.objectContaining({ total: 4, pending: 0, sent: 4, failed: 0 })]);
    const summary = (await w.mediator.get(`/api/cases/${group.id}/households/summary`)).json();
    expect(summary.steps.notified).toBe(4);

    const batchId = (await batches())[0].id;
    const deliveries = (await w.mediator.get(`/api/cases/${group.id}/notices/${batchId}`)).json().items;
    expect(deliveries).toHaveLength(4);
    expect(deliveries[0]).toMatchObject({ rowNo: 1, name: list[0]!.name, phone: `${list[0]!.phone.slice(0, 3)}****${list[0]!.phone.slice(7)}`, status: 'sent', attempts: 3, lastError: null });
    expect(JSON.stringify(deliveries)).not.toContain(list[0]!.phone);

    await run();
    expect(gw.state.accepted).toHaveLength(4);
  });

  it('gives up after 8 attempts (backoff 1, 2, 4 … minutes) and says so', async () => {
    gw.state.down = true;
    const first = (await w.mediator.get(`/api/cases/${group.id}/households?limit=1`)).json().items[0];
    const res = await w.mediator.post(`/api/cases/${group.id}/notices`, { householdIds: [first.id], title: '补充材料', body: '请携带租赁合同复印件。' });
    expect(res.statusCode).toBe(201);
    for (let attempt = 1; attempt <= 8; attempt++) {
      await run();
      const row = (await outbox()).find((r) => r.subject === '补充材料')!;
      expect(row.attempts).toBe(attempt);
      expect(row.status).toBe(attempt < 8 ? 'pending' : 'failed');
      w.t.clock.advanceMinutes(2 ** (attempt - 1));
    }
    gw.state.down = false;
    await run();
    expect(gw.state.accepted.filter((m) => m.subject === '补充材料')).toEqual([]);
    expect((await batches())[0]).toMatchObject({ title: '补充材料', total: 1, failed: 1, sent: 0, pending: 0 });
  });

  it('a claimed message is leased: not claimed twice, and claimed again once the lease ran out (sender died)', async () => {
    const res = await w.mediator.post(`/api/cases/${group.id}/notices`, { all: true, filter: { status: 'representative' }, title: '代表会议', body: '请代表参加协商会。' });
    expect(res.statusCode, res.body).toBe(201);
    const repo = new OutboxRepository(w.t.database.db);
    const now = w.t.clock.now();
    const lease = new Date(now.getTime() + 5 * 60_000);
    const claimed = await repo.claimDue(now, lease, 100);
    expect(claimed.map((r) => r.subject)).toEqual(['代表会议']);
    expect(await repo.claimDue(now, lease, 100)).toEqual([]);
    w.t.clock.advanceMinutes(5);
    const again = await repo.claimDue(w.t.clock.now(), new Date(w.t.clock.now().getTime() + 5 * 60_000), 100);
    expect(again.map((r) => r.id)).toEqual(claimed.map((r) => r.id));
  });

  it('refuses an empty choice and households without a phone', async () => {
    expect((await w.mediator.post(`/api/cases/${group.id}/notices`, { title: '通知', body: '内容' })).statusCode).toBe(400);
    const noPhone = (await w.mediator.get(`/api/cases/${group.id}/households?cursor=4`)).json().items[0];
    const res = await w.mediator.post(`/api/cases/${group.id}/notices`, { householdIds: [noPhone.id], title: '通知', body: '内容' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.householdIds).toContain('无联系电话');
  });
});
