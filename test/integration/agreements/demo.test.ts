import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict } from '../../../src/demo/district.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { paymentSum } from '../../../src/domain/agreements/terms.js';
import { createTestApp, type TestApp } from '../../support/app.js';

/** The demo's agreements: behind the recent cases resolved with a written agreement, consistent with their judicial confirmation. */
describe('demo settlement agreements', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-27T10:00:00+08:00' });
    await seedDemo(t.database.db, generateDistrict(), t.clock.now());
  });
  afterAll(() => t.close());

  it('every recent written-agreement case has a signed agreement whose payments add up, signed by both sides', async () => {
    const db = t.database.db;
    const agreements = await db.selectFrom('agreements as a').innerJoin('cases as c', 'c.id', 'a.case_id').select(['a.id', 'a.total_fen', 'a.status', 'a.concluded_on', 'a.enforceable', 'c.outcome', 'c.judicial_confirmation', 'c.concluded_at']).execute();
    expect(agreements.length).toBeGreaterThan(3);
    for (const a of agreements) {
      expect(a.outcome).toBe('agreement');
      expect(a.status).toBe('signed');
      const terms = await db.selectFrom('agreement_terms').selectAll().where('agreement_id', '=', a.id).execute();
      expect(paymentSum(terms.map((x) => ({ obligorPartyId: x.obligor_party_id!, kind: x.kind, description: x.description, amountFen: x.amount_fen === null ? null : Number(x.amount_fen) })))).toBe(Number(a.total_fen));
      const sigs = await db.selectFrom('agreement_signatures').select('status').where('agreement_id', '=', a.id).execute();
      expect(sigs.map((s) => s.status)).toEqual(['signed', 'signed']);
      expect(a.enforceable).toBe(a.judicial_confirmation === 'confirmed');
    }
  });

  it('judicial confirmations follow the case: a court of the district, a ruling when confirmed or rejected, applied within the window', async () => {
    const db = t.database.db;
    const rows = await db
      .selectFrom('judicial_confirmations as j')
      .innerJoin('cases as c', 'c.id', 'j.case_id')
      .innerJoin('agreements as a', 'a.id', 'j.agreement_id')
      .innerJoin('org_units as o', 'o.id', 'j.court_unit_id')
      .select(['j.status', 'j.applied_on', 'j.ruling_number', 'a.concluded_on', 'c.judicial_confirmation', 'o.department_type'])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.department_type).toBe('court');
      expect(r.status === 'accepted' ? 'applied' : r.status).toBe(r.judicial_confirmation);
      expect(r.ruling_number !== null).toBe(r.status === 'confirmed' || r.status === 'rejected');
      expect(r.applied_on >= r.concluded_on!).toBe(true);
    }
  });
});
