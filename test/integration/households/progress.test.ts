import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseJson, counts, getCase } from '../cases/helpers.js';
import type { MassWorld } from '../mass-dispute/helpers.js';
import { cells, groupInHandling, households, importFile, massWorld, xlsx } from './helpers.js';

interface HouseholdJson {
  id: string;
  rowNo: number;
  claimFen: number;
  agreedFen: number | null;
  paidFen: number;
  signedAt: string | null;
  paidAt: string | null;
  step: string | null;
  version: number;
  representative: boolean;
  note: string | null;
}

describe('households of the 531-household rent dispute driven to signed and paid', () => {
  let w: MassWorld;
  let group: CaseJson;
  let all: HouseholdJson[];
  const list = households(531);
  const claimOf = (i: number) => Math.round(Number(list[i]!.claim) * 100);
  const summary = async () => (await w.mediator.get(`/api/cases/${group.id}/households/summary`)).json();
  const progress = (body: Record<string, unknown>) => w.mediator.post(`/api/cases/${group.id}/households/progress`, body);
  const recovered = async () => ((await getCase(w.mediator, group.id)) as CaseJson & { moneyRecoveredFen?: number }).moneyRecoveredFen;
  const dbRecovered = async () => Number((await w.t.database.db.selectFrom('cases').select('money_recovered_fen').where('id', '=', group.id).executeTakeFirstOrThrow()).money_recovered_fen);

  beforeAll(async () => {
    w = await massWorld();
    group = await groupInHandling(w);
    const res = await importFile(w.mediator, group.id, '名单.xlsx', await xlsx(list.map(cells)));
    expect(res.statusCode, res.body).toBe(201);
    all = (await w.mediator.get(`/api/cases/${group.id}/households?limit=500`)).json().items;
    all.push(...(await w.mediator.get(`/api/cases/${group.id}/households?limit=500&cursor=500`)).json().items);
    expect(all).toHaveLength(531);
  });
  afterAll(() => w.t.close());

  it('signing before agreeing is refused for all, listing the households, and changes nothing', async () => {
    const before = await counts(w.t, ['case_events']);
    const res = await progress({ householdIds: all.slice(0, 3).map((h) => h.id), step: 'signed' });
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.error.code).toBe('households_not_ready');
    expect(body.error.refusedCount).toBe(3);
    expect(body.error.households.map((h: { rowNo: number; reason: string }) => [h.rowNo, h.reason])).toEqual([
      [1, 'not_agreed'],
      [2, 'not_agreed'],
      [3, 'not_agreed'],
    ]);
    expect(body.error.households[0].message['zh-CN']).toBe('尚未达成一致，不能签约');
    expect((await summary()).steps.signed).toBe(0);
    expect(await counts(w.t, ['case_events'])).toEqual(before);
  });

  it('records attendance of all, then one agreement for all at 90 % of each claim', async () => {
    expect((await progress({ all: true, step: 'attended' })).json()).toEqual({ step: 'attended', selected: 531, changed: 531 });
    const res = await w.mediator.post(`/api/cases/${group.id}/households/apply-agreement`, { mode: 'ratio', ratio: 0.9 });
    expect(res.statusCode, res.body).toBe(200);
    const expected = list.reduce((s, _h, i) => s + Math.floor((claimOf(i) * 9000 + 5000) / 10000), 0);
    expect(res.json()).toEqual({ applied: 531, skippedSigned: 0, agreedFen: expected });
    const s = await summary();
    expect(s.steps).toMatchObject({ attended: 531, agreed: 531, signed: 0 });
    expect(s.agreedFen).toBe(expected);
  });

  it('signs 480 households: 「480 / 531 已签约」', async () => {
    const res = await progress({ householdIds: all.slice(0, 480).map((h) => h.id), step: 'signed' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changed).toBe(480);
    const s = await summary();
    expect(s.total).toBe(531);
    expect(s.steps.signed).toBe(480);
    const unsigned = (await w.mediator.get(`/api/cases/${group.id}/households?status=not_signed&limit=500`)).json().items;
    expect(unsigned.map((h: HouseholdJson) => h.rowNo)).toEqual(Array.from({ length: 51 }, (_, i) => 481 + i));
  });

  it('an agreement is fixed once signed: applying again keeps the signed ones', async () => {
    const res = await w.mediator.post(`/api/cases/${group.id}/households/apply-agreement`, { mode: 'claim' });
    expect(res.json()).toMatchObject({ applied: 51, skippedSigned: 480 });
    const h = (await w.mediator.get(`/api/cases/${group.id}/households?limit=1`)).json().items[0] as HouseholdJson;
    expect(h.agreedFen).toBe(Math.floor((claimOf(0) * 9000 + 5000) / 10000));
    expect((await progress({ householdIds: [h.id], step: 'agreed', amountFen: 1 })).statusCode).toBe(409);
  });

  it('paying everybody is refused while 51 have not signed; nothing paid', async () => {
    const res = await progress({ all: true, step: 'paid' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.refusedCount).toBe(51);
    expect((await summary()).paidFen).toBe(0);
    expect(await dbRecovered()).toBe(0);
  });

  it('a partial payment, then more than agreed is 400 and changes nothing', async () => {
    const h = all[0]!;
    const r1 = await progress({ householdIds: [h.id], step: 'paid', amountFen: 50000 });
    expect(r1.statusCode, r1.body).toBe(200);
    let s = await summary();
    expect(s).toMatchObject({ paidFen: 50000, partiallyPaid: 1, moneyRecoveredFen: 50000 });
    expect(s.steps.paid).toBe(0);
    const agreed = Math.floor((claimOf(0) * 9000 + 5000) / 10000);
    const r2 = await progress({ householdIds: [h.id, all[1]!.id], step: 'paid', amountFen: agreed });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.households.map((x: { rowNo: number; reason: string }) => [x.rowNo, x.reason])).toEqual([[1, 'over_agreed']]);
    s = await summary();
    expect(s.paidFen).toBe(50000);
    expect(await dbRecovered()).toBe(50000);
  });

  it('pays the signed in full: money recovered is the sum paid, on the case too', async () => {
    const res = await progress({ all: true, filter: { status: 'signed' }, step: 'paid' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changed).toBe(480);
    // then the last 51 sign and are paid
    expect((await progress({ all: true, filter: { status: 'not_signed' }, step: 'signed' })).json().changed).toBe(51);
    expect((await progress({ all: true, filter: { status: 'not_paid' }, step: 'paid' })).json().changed).toBe(51);
    const s = await summary();
    expect(s.steps).toMatchObject({ signed: 531, paid: 531 });
    expect(s.partiallyPaid).toBe(0);
    expect(s.paidFen).toBe(s.agreedFen);
    expect(s.moneyRecoveredFen).toBe(s.paidFen);
    expect(await dbRecovered()).toBe(s.paidFen);
    expect(await recovered()).toBe(s.paidFen);
    const c = await getCase(w.mediator, group.id);
    const steps = c.timeline.filter((e) => e.type === 'households_progress').map((e) => [e.data.step, e.data.count]);
    expect(steps).toEqual([
      ['attended', 531],
      ['signed', 480],
      ['paid', 1],
      ['paid', 480],
      ['signed', 51],
      ['paid', 51],
    ]);
  });

  it('household ids of another case are refused', async () => {
    const res = await progress({ householdIds: ['00000000-0000-4000-8000-000000000000'], step: 'attended' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['householdIds.0']).toBe('该户不属于本案');
    expect((await progress({ step: 'attended' })).statusCode).toBe(400);
  });

  it('edits a household with the version read; a stale version is 409', async () => {
    const h = (await w.mediator.get(`/api/cases/${group.id}/households?limit=1&cursor=1`)).json().items[0] as HouseholdJson;
    const r1 = await w.mediator.patch(`/api/households/${h.id}`, { version: h.version, representative: true, note: '租户代表，负责联络本栋' });
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toMatchObject({ representative: true, note: '租户代表，负责联络本栋', version: h.version + 1 });
    const r2 = await w.mediator.patch(`/api/households/${h.id}`, { version: h.version, note: '过期' });
    expect(r2.statusCode).toBe(409);
    expect(r2.json().error.household.note).toBe('租户代表，负责联络本栋');
  });

  it('the grid worker of the compound may read but not change', async () => {
    const read = await w.grid.get(`/api/cases/${group.id}/households/summary`);
    expect(read.statusCode).toBe(200);
    expect(read.json().canEdit).toBe(false);
    expect((await w.grid.post(`/api/cases/${group.id}/households/progress`, { all: true, step: 'attended' })).statusCode).toBe(403);
    expect((await w.grid.post(`/api/cases/${group.id}/notices`, { all: true, title: '通知', body: '请到场' })).statusCode).toBe(403);
  });
});
