// 办理规则 as data: the case policy read and replaced by the admin, and the judicial-confirmation
// reminder's lead time taken from it by the reminder job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementRepository } from '../../src/repositories/agreement-repository.js';
import { runJudicialReminders } from '../../src/services/agreements/reminder-job.js';
import { type CaseWorld, caseInHandling, caseWorld } from './cases/helpers.js';
import { seedAgreement } from './documents/helpers.js';

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});
afterAll(() => w.t.close());

interface PolicyJson {
  version: number;
  value: { jcRemindDaysBefore?: number; archiveRules: Record<string, boolean> } & Record<string, unknown>;
}

describe('the case policy', () => {
  it('only the admin replaces it; a bad lead time names the field; a stale version is a conflict', async () => {
    const current = (await w.dispatcher.get('/api/policies/case')).json() as PolicyJson;
    expect(current.value.jcRemindDaysBefore).toBeUndefined();
    const put = (agent: CaseWorld['admin'], version: number, jcRemindDaysBefore: number) => agent.request('PUT', '/api/policies/case', { version, value: { ...current.value, jcRemindDaysBefore } });
    expect((await put(w.dispatcher, current.version, 3)).statusCode).toBe(403);
    const bad = await put(w.admin, current.version, 30);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).join()).toContain('jcRemindDaysBefore');
    const saved = await put(w.admin, current.version, 3);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as PolicyJson).value.jcRemindDaysBefore).toBe(3);
    expect((await put(w.admin, current.version, 4)).statusCode).toBe(409);
  });

  it('the reminder job uses the policy lead: 3 days before the window closes, not 5', async () => {
    const c = await caseInHandling(w);
    await seedAgreement(w, c.id); // signed, in effect 2026-03-05: the window closes on 2026-04-03
    const deps = { ...w.t.ctx.caseDeps, agreements: new AgreementRepository(w.t.database.db) };
    expect(await runJudicialReminders(deps, new Date('2026-03-30T10:00:00+08:00'))).toBe(0);
    expect(await runJudicialReminders(deps, new Date('2026-03-31T10:00:00+08:00'))).toBe(1);
    expect(await runJudicialReminders(deps, new Date('2026-04-01T10:00:00+08:00'))).toBe(0);
  });
});
