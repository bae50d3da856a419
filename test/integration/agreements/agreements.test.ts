import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../support/app.js';
import { bj, type CaseJson, caseInHandling, type CaseWorld, caseWorld, counts, getCase, iso, ok, register, relogin } from '../cases/helpers.js';

interface View {
  canEdit: boolean;
  agreement: null | {
    status: string;
    version: number;
    totalFen: number;
    concludedOn: string | null;
    enforceable: boolean;
    terms: { ordinal: number; kind: string; amountFen: number | null; fulfilledAt: string | null }[];
    signatures: { partyId: string; status: string }[];
    jcWindow: { lastDay: string; daysLeft: number; open: boolean } | null;
  };
  judicialConfirmation: null | { status: string; version: number; courtName: string; rulingNumber: string | null; appliedOn: string };
}

const TABLES = ['agreements', 'agreement_terms', 'agreement_signatures', 'judicial_confirmations', 'case_events'] as const;

/**
 * 调解协议 → 签署 → 司法确认, and 转办回执. The clock only moves forward: Monday 2026-03-02
 * 09:00 (+08:00), the agreements are signed that day, the windows close on 2026-03-31.
 */
describe('settlement agreements, signing, judicial confirmation and referral receipts', () => {
  let w: CaseWorld;
  let courtId: string;
  let main: CaseJson;

  beforeAll(async () => {
    w = await caseWorld({ now: '2026-03-02T09:00:00+08:00' });
    const now = w.t.ctx.clock.now();
    const court = await w.t.ctx.repos.units.insert(
      { parentId: w.d.center.id, kind: 'department', name: '测试区人民法院驻中心法庭', code: '990001-FY01', centerId: w.d.center.id, departmentType: 'court', staffingTier: 'rotating', rosterWeekdays: [2] },
      now,
      w.d.center,
    );
    courtId = court.id;
    main = await caseInHandling(w);
  });
  afterAll(() => w.t.close());

  const url = (c: CaseJson, rest = '') => `/api/cases/${c.id}/agreement${rest}`;
  const put = (agent: Agent, c: CaseJson, body: unknown) => agent.request('PUT', url(c), body);
  const view = async (c: CaseJson, agent: Agent = w.mediator) => (await agent.get(url(c))).json() as View;
  const applicant = (c: CaseJson) => c.parties.find((p) => p.role === 'applicant')!.partyId;
  const respondent = (c: CaseJson) => c.parties.find((p) => p.role === 'respondent')!.partyId;
  const draft = (c: CaseJson, over: Record<string, unknown> = {}) => ({
    summary: '被申请人赔偿申请人因漏水造成的装修损失，并修复卫生间防水层。',
    totalFen: 8_000_00,
    terms: [
      { obligorPartyId: respondent(c), obligeePartyId: applicant(c), kind: 'payment', description: '赔偿天花板及墙面修复费用', amountFen: 5_000_00, dueOn: '2026-03-10' },
      { obligorPartyId: respondent(c), obligeePartyId: applicant(c), kind: 'payment', description: '赔偿受损家具', amountFen: 3_000_00, dueOn: '2026-03-31' },
      { obligorPartyId: respondent(c), obligeePartyId: applicant(c), kind: 'action', description: '重新做卫生间防水层并闭水试验 48 小时', dueOn: '2026-03-15' },
    ],
    ...over,
  });
  /** Drafts, submits and has both parties sign; returns the view. */
  async function signed(c: CaseJson, over: Record<string, unknown> = {}): Promise<View> {
    expect((await put(w.mediator, c, draft(c, over))).statusCode).toBe(200);
    expect((await w.mediator.post(url(c, '/submit'))).statusCode).toBe(200);
    for (const p of [applicant(c), respondent(c)]) expect((await w.mediator.post(url(c, `/signatures/${p}`), { status: 'signed' })).statusCode).toBe(200);
    return view(c);
  }

  describe('drafting', () => {
    it('no agreement yet', async () => {
      expect(await view(main)).toEqual({ canEdit: true, today: '2026-03-02', agreement: null, judicialConfirmation: null });
      expect((await view(main, w.colleague)).canEdit).toBe(false);
    });

    it('refuses every bad draft with the field at fault and writes nothing', async () => {
      const before = await counts(w.t, [...TABLES]);
      const stranger = '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';
      const cases: [Record<string, unknown>, string][] = [
        [{ totalFen: 9_000_00 }, 'totalFen'],
        [{ terms: [] }, 'terms'],
        [{ totalFen: 0, terms: [{ obligorPartyId: respondent(main), kind: 'payment', description: '赔偿' }] }, 'terms.0.amountFen'],
        [{ totalFen: 100, terms: [{ obligorPartyId: stranger, kind: 'payment', description: '赔偿', amountFen: 100 }] }, 'terms.0.obligorPartyId'],
        [{ totalFen: 100, terms: [{ obligorPartyId: respondent(main), obligeePartyId: stranger, kind: 'payment', description: '赔偿', amountFen: 100 }] }, 'terms.0.obligeePartyId'],
        [{ totalFen: 100, terms: [{ obligorPartyId: respondent(main), kind: 'payment', description: '赔偿', amountFen: 100, dueOn: '2026-03-01' }] }, 'terms.0.dueOn'],
        [{ totalFen: 100, terms: [{ obligorPartyId: respondent(main), kind: 'payment', description: '赔偿', amountFen: 100, dueOn: '2026-02-30' }] }, 'terms.0.dueOn'],
        [{ totalFen: -1 }, 'totalFen'],
        [{ summary: '' }, 'summary'],
        [{ sessionId: stranger }, 'sessionId'],
      ];
      for (const [over, field] of cases) {
        const res = await put(w.mediator, main, draft(main, over));
        expect(res.statusCode, JSON.stringify(over)).toBe(400);
        expect(Object.keys(res.json().error.fields), JSON.stringify(over)).toContain(field);
      }
      const res = await put(w.mediator, main, draft(main, { totalFen: 7_000_00 }));
      expect(res.json().error.fields.totalFen).toBe('各项给付金额合计 ¥8,000.00 与协议总额 ¥7,000.00 不一致');
      expect(await counts(w.t, [...TABLES])).toEqual(before);
    });

    it('only the handler (or dispatcher/director/admin) drafts; others are refused', async () => {
      expect((await put(w.colleague, main, draft(main))).statusCode).toBe(403);
      expect((await put(w.grid, main, draft(main))).statusCode).toBe(403);
    });

    it('a case not yet accepted cannot have an agreement', async () => {
      const fresh = await register(w.dispatcher);
      const res = await put(w.dispatcher, fresh, draft(fresh));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('agreement_case_status');
    });

    it('saves the draft with its terms; an edit keeps one drafted event', async () => {
      const res = await put(w.mediator, main, draft(main));
      expect(res.statusCode, res.body).toBe(200);
      const v = res.json() as View;
      expect(v.agreement).toMatchObject({ status: 'draft', totalFen: 8_000_00, concludedOn: null, enforceable: false, signatures: [], jcWindow: null });
      expect(v.agreement!.terms.map((t) => [t.ordinal, t.kind, t.amountFen])).toEqual([[1, 'payment', 5_000_00], [2, 'payment', 3_000_00], [3, 'action', null]]);
      const edit = await put(w.mediator, main, { ...draft(main), version: v.agreement!.version });
      expect(edit.statusCode).toBe(200);
      const stale = await put(w.mediator, main, { ...draft(main), version: v.agreement!.version });
      expect(stale.statusCode).toBe(409);
      const c = await getCase(w.mediator, main.id);
      expect(c.timeline.filter((e) => e.type === 'agreement_drafted')).toHaveLength(1);
    });
  });

  describe('signing', () => {
    it('submit → one pending signature per applicant and respondent; the draft is locked', async () => {
      const res = await w.mediator.post(url(main, '/submit'));
      expect(res.statusCode, res.body).toBe(200);
      const v = res.json() as View;
      expect(v.agreement!.status).toBe('signing');
      expect(v.agreement!.signatures.map((s) => s.status)).toEqual(['pending', 'pending']);
      const again = await put(w.mediator, main, draft(main));
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('agreement_locked');
      expect((await w.mediator.post(url(main, '/submit'))).json().error.code).toBe('agreement_not_draft');
    });

    it('refuses signatures of strangers and refusals without a reason', async () => {
      const before = await counts(w.t, [...TABLES]);
      expect((await w.mediator.post(url(main, '/signatures/7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f'), { status: 'signed' })).statusCode).toBe(400);
      expect((await w.mediator.post(url(main, `/signatures/${respondent(main)}`), { status: 'refused' })).json().error.fields).toHaveProperty('reason');
      expect((await w.mediator.post(url(main, `/signatures/${respondent(main)}`), { status: 'maybe' })).statusCode).toBe(400);
      expect(await counts(w.t, [...TABLES])).toEqual(before);
    });

    it('a refusal sends the agreement back to draft with the reason on the timeline', async () => {
      await w.mediator.post(url(main, `/signatures/${applicant(main)}`), { status: 'signed' });
      const res = await w.mediator.post(url(main, `/signatures/${respondent(main)}`), { status: 'refused', reason: '家具赔偿金额过高' });
      expect(res.statusCode).toBe(200);
      expect((res.json() as View).agreement!.status).toBe('draft');
      const c = await getCase(w.mediator, main.id);
      expect(c.timeline.find((e) => e.type === 'agreement_refused')).toMatchObject({ reason: '家具赔偿金额过高' });
    });

    it('every party signs → signed, in effect today, with a 30-day window; then the case is resolved', async () => {
      const v = await signed(main);
      expect(v.agreement).toMatchObject({ status: 'signed', concludedOn: '2026-03-02', jcWindow: { lastDay: '2026-03-31', daysLeft: 30, open: true } });
      expect(v.agreement!.signatures.every((s) => s.status === 'signed')).toBe(true);
      const c = await getCase(w.mediator, main.id);
      expect(c.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['agreement_submitted', 'agreement_party_signed', 'agreement_signed']));
      expect((await w.mediator.post(url(main, `/signatures/${applicant(main)}`), { status: 'signed' })).json().error.code).toBe('agreement_not_signing');
      await ok(w.mediator, main.id, { action: 'resolve', outcome: 'agreement', note: '双方签订人民调解协议书' });
    });

    it('marks a term fulfilled (and back)', async () => {
      const res = await w.mediator.post(url(main, '/terms/1/fulfilled'));
      expect((res.json() as View).agreement!.terms[0]!.fulfilledAt).toBe(iso('2026-03-02T09:00:00'));
      const undo = await w.mediator.post(url(main, '/terms/1/fulfilled'), { fulfilled: false });
      expect((undo.json() as View).agreement!.terms[0]!.fulfilledAt).toBeNull();
      expect((await w.mediator.post(url(main, '/terms/9/fulfilled'))).statusCode).toBe(404);
    });
  });

  describe('judicial confirmation', () => {
    it('refuses a non-court unit and an unsigned agreement; nothing written', async () => {
      const before = await counts(w.t, [...TABLES]);
      const bad = await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation`, { courtUnitId: w.d.department.id });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toHaveProperty('courtUnitId');
      const other = await caseInHandling(w);
      const unsigned = await w.mediator.post(`/api/cases/${other.id}/judicial-confirmation`, { courtUnitId: courtId });
      expect(unsigned.statusCode).toBe(404);
      expect((await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation`, { courtUnitId: courtId, appliedOn: '2026-03-01' })).statusCode).toBe(400);
      expect((await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation`, { courtUnitId: courtId, appliedOn: '2026-03-03' })).statusCode).toBe(400);
      expect((await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation/accept`, { acceptedOn: '2026-03-02' })).json().error.code).toBe('jc_not_applied');
      const after = await counts(w.t, [...TABLES]);
      // the second case's own events were written by caseInHandling; nothing else changed
      expect({ ...after, case_events: 0 }).toEqual({ ...before, case_events: 0 });
    });

    it('apply → accepted → confirmed: enforceable, the case records the result', async () => {
      const res = await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation`, { courtUnitId: courtId });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as View).judicialConfirmation).toMatchObject({ status: 'applied', appliedOn: '2026-03-02', courtName: '测试区人民法院驻中心法庭' });
      expect((await getCase(w.mediator, main.id)) as unknown).toMatchObject({ judicialConfirmation: 'applied', archiveGaps: expect.arrayContaining(['judicial_result_missing']) });
      expect((await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation`, { courtUnitId: courtId })).json().error.code).toBe('jc_already_applied');
      // voiding is refused once the court has it
      expect((await w.mediator.post(url(main, '/void'), { reason: '重新协商' })).json().error.code).toBe('agreement_jc_pending');

      const v1 = (res.json() as View).judicialConfirmation!.version;
      expect((await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation/accept`, { acceptedOn: '2026-03-03' })).statusCode).toBe(400);
      expect((await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation/accept`, { acceptedOn: '2026-03-02', version: v1 + 5 })).statusCode).toBe(409);
      const acc = await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation/accept`, { acceptedOn: '2026-03-02', version: v1 });
      expect(acc.statusCode, acc.body).toBe(200);
      const v2 = (acc.json() as View).judicialConfirmation!.version;
      const rul = await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation/ruling`, { rulingNumber: '（2026）内0203民特12号', ruledOn: '2026-03-02', result: 'confirmed', note: '协议合法有效', version: v2 });
      expect(rul.statusCode, rul.body).toBe(200);
      const v = rul.json() as View;
      expect(v.judicialConfirmation).toMatchObject({ status: 'confirmed', rulingNumber: '（2026）内0203民特12号' });
      expect(v.agreement!.enforceable).toBe(true);
      const c = (await getCase(w.mediator, main.id)) as unknown as { judicialConfirmation: string; archiveGaps: string[] };
      expect(c.judicialConfirmation).toBe('confirmed');
      expect(c.archiveGaps).not.toContain('judicial_result_missing');
      expect((await w.mediator.post(`/api/cases/${main.id}/judicial-confirmation/ruling`, { rulingNumber: 'x', ruledOn: '2026-03-02', result: 'rejected' })).json().error.code).toBe('jc_status');
    });
  });

  describe('the 30-day window and its reminder (clock moves forward)', () => {
    let late: CaseJson;
    let lastDay: CaseJson;
    let noPayment: CaseJson;

    it('three more agreements signed on 2026-03-02', async () => {
      late = await caseInHandling(w);
      lastDay = await caseInHandling(w);
      noPayment = await caseInHandling(w);
      await signed(late);
      await signed(lastDay);
      await signed(noPayment, { totalFen: 0, terms: [{ obligorPartyId: respondent(noPayment), obligeePartyId: applicant(noPayment), kind: 'refrain', description: '不再在公共楼道堆放杂物' }] });
    });

    async function jumpTo(local: string): Promise<string[]> {
      w.t.clock.set(bj(local));
      await relogin(w);
      const res = await w.admin.post('/api/dev/clock', { now: `${local}+08:00` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().jobsRun as string[];
    }
    const reminders = async () => ((await w.mediator.get('/api/notifications?limit=100')).json().items as { kind: string; caseId: string }[]).filter((n) => n.kind === 'jc_window_closing');

    it('no reminder before day 25', async () => {
      expect(await jumpTo('2026-03-25T10:00:00')).toContain('judicial.remind');
      expect(await reminders()).toEqual([]);
    });

    it('5 days before the window closes the handler is reminded once per agreement with a payment term and no application', async () => {
      expect(await jumpTo('2026-03-26T10:00:00')).toContain('judicial.remind');
      const first = await reminders();
      expect(first.map((n) => n.caseId).sort()).toEqual([late.id, lastDay.id].sort());
      await w.t.ctx.scheduler.runDue({ force: true });
      await jumpTo('2026-03-27T11:00:00');
      expect(await reminders()).toHaveLength(2);
      const c = await getCase(w.mediator, late.id);
      expect(c.timeline.filter((e) => e.type === 'jc_reminded')).toHaveLength(1);
    });

    it('day 30 is still in time', async () => {
      await jumpTo('2026-03-31T16:00:00');
      const v = await view(lastDay);
      expect(v.agreement!.jcWindow).toEqual({ lastDay: '2026-03-31', daysLeft: 1, open: true });
      const res = await w.mediator.post(`/api/cases/${lastDay.id}/judicial-confirmation`, { courtUnitId: courtId });
      expect(res.statusCode, res.body).toBe(200);
    });

    it('day 31: jc_window_closed, nothing written', async () => {
      await jumpTo('2026-04-01T09:00:00');
      const before = await counts(w.t, [...TABLES]);
      const res = await w.mediator.post(`/api/cases/${late.id}/judicial-confirmation`, { courtUnitId: courtId });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('jc_window_closed');
      expect(res.json().error.message).toContain('2026-03-31');
      expect(await counts(w.t, [...TABLES])).toEqual(before);
      expect((await view(late)).agreement!.jcWindow).toEqual({ lastDay: '2026-03-31', daysLeft: 0, open: false });
    });

    it('an application not yet ruled on can be withdrawn with a reason; archiving then asks for no ruling', async () => {
      const jc = (await view(lastDay)).judicialConfirmation!;
      const url = `/api/cases/${lastDay.id}/judicial-confirmation/withdraw`;
      expect((await w.mediator.post(url, { reason: ' ', version: jc.version })).statusCode).toBe(400);
      expect((await w.mediator.post(url, { reason: '当事人已自动履行', version: jc.version + 3 })).statusCode).toBe(409);
      expect((await w.grid.post(url, { reason: '当事人已自动履行', version: jc.version })).statusCode).toBe(403);
      const res = await w.mediator.post(url, { reason: '当事人已自动履行', version: jc.version });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().judicialConfirmation.status).toBe('withdrawn');
      const c = await getCase(w.mediator, lastDay.id);
      expect(c.timeline.filter((e) => e.type === 'jc_withdrawn').map((e) => e.reason)).toEqual(['当事人已自动履行']);
      const row = await w.t.database.db.selectFrom('cases').select('judicial_confirmation').where('id', '=', lastDay.id).executeTakeFirstOrThrow();
      expect(row.judicial_confirmation).toBeNull();
      // withdrawn is final for this application; a new one is out of time (day 31)
      expect((await w.mediator.post(url, { reason: '再次撤回', version: res.json().judicialConfirmation.version })).json().error.code).toBe('jc_status');
      expect((await w.mediator.post(`/api/cases/${lastDay.id}/judicial-confirmation`, { courtUnitId: courtId })).json().error.code).toBe('jc_window_closed');
    });
  });

  describe('referral receipt (转办回执)', () => {
    it('refer with a destination unit, then record the receipt', async () => {
      const c = await caseInHandling(w);
      expect((await w.mediator.post(`/api/cases/${c.id}/referral-receipt`, { receiptNo: 'SJ-1', receivedAt: '2026-04-01T08:00:00+08:00' })).json().error.code).toBe('case_not_referred');
      expect((await w.mediator.post(`/api/cases/${c.id}/actions`, { action: 'refer', destination: 'litigation', unitId: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f', reason: '调解不成' })).statusCode).toBe(400);
      await ok(w.mediator, c.id, { action: 'refer', destination: 'litigation', unitId: courtId, note: '当事人坚持诉讼', reason: '调解不成' });
      const future = await w.mediator.post(`/api/cases/${c.id}/referral-receipt`, { receiptNo: 'SJ-1', receivedAt: '2027-01-01T00:00:00+08:00' });
      expect(future.statusCode).toBe(400);
      expect(future.json().error.fields).toHaveProperty('receivedAt');
      expect((await w.colleague.post(`/api/cases/${c.id}/referral-receipt`, { receiptNo: 'SJ-1', receivedAt: '2026-04-01T09:00:00+08:00' })).statusCode).toBe(403);
      const res = await w.mediator.post(`/api/cases/${c.id}/referral-receipt`, { receiptNo: '（2026）内0203民初588号', receivedAt: '2026-04-01T09:00:00+08:00' });
      expect(res.statusCode, res.body).toBe(200);
      const view = (await getCase(w.mediator, c.id)) as unknown as { referral: Record<string, unknown>; timeline: { type: string }[] };
      expect(view.referral).toMatchObject({ destination: 'litigation', unitId: courtId, unitName: '测试区人民法院驻中心法庭', receiptNo: '（2026）内0203民初588号', receivedAt: iso('2026-04-01T09:00:00') });
      expect(view.timeline.at(-1)!.type).toBe('referral_receipt');
      const dossier = await w.mediator.get(`/api/cases/${c.id}/dossier.docx`);
      const xml = await (await JSZip.loadAsync(dossier.rawPayload)).file('word/document.xml')!.async('string');
      expect(xml).toContain('回执编号：（2026）内0203民初588号');
      expect(xml).toContain('测试区人民法院驻中心法庭');
      expect(xml).toContain('登记转办回执');
    });
  });

  it('an archived case is frozen: every write is refused, the card is read-only', async () => {
    const c = await caseInHandling(w);
    await signed(c, { terms: draft(c).terms.map((t) => ({ ...t, dueOn: '2026-04-30' })) });
    // Archiving needs feedback and an agreement document; the freeze is what is tested here.
    await w.t.database.db.updateTable('cases').set({ status: 'archived' }).where('id', '=', c.id).execute();
    const before = await counts(w.t, [...TABLES]);
    const writes = [
      put(w.mediator, c, draft(c)),
      w.mediator.post(url(c, '/void'), { reason: '重新协商' }),
      w.mediator.post(url(c, '/terms/1/fulfilled')),
      w.mediator.post(`/api/cases/${c.id}/judicial-confirmation`, { courtUnitId: courtId }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('archived_readonly');
    }
    expect(await counts(w.t, [...TABLES])).toEqual(before);
    expect((await view(c)).canEdit).toBe(false);
  });

  it('void and redraft', async () => {
    const c = await caseInHandling(w);
    await signed(c, { terms: draft(c).terms.map((t) => ({ ...t, dueOn: '2026-04-30' })) });
    const res = await w.mediator.post(url(c, '/void'), { reason: '双方同意重新协商履行方式' });
    expect((res.json() as View).agreement!.status).toBe('void');
    const again = await put(w.mediator, c, draft(c, { terms: draft(c).terms.map((t) => ({ ...t, dueOn: null })) }));
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as View).agreement).toMatchObject({ status: 'draft', concludedOn: null, signatures: [] });
    expect((await getCase(w.mediator, c.id)).timeline.filter((e) => e.type === 'agreement_drafted')).toHaveLength(2);
  });
});
