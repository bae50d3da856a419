import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, auditRows, type CaseJson, caseInHandling, type CaseWorld, caseWorld, count, counts, getCase, ok, register, TINY_PDF, upload } from './helpers.js';

/** The closed loop 登记—分流—处置—反馈—归档 through POST /api/cases/{id}/actions. */
describe('case lifecycle through the API', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.t.close());

  /** Runs an action and checks it wrote exactly one timeline event (plus `extra` system events). */
  async function step(agent: CaseWorld['mediator'], c: CaseJson, body: Record<string, unknown>, extra = 0): Promise<CaseJson> {
    const before = (await getCase(w.dispatcher, c.id)).timeline.length;
    const after = await ok(agent, c.id, body);
    expect(after.timeline).toHaveLength(before + 1 + extra);
    expect(after.version).toBeGreaterThan(c.version);
    return after;
  }

  it('runs the whole loop: register → route → accept → start → pause → resume → resolve → feedback → archive', async () => {
    let c = await register(w.dispatcher);
    expect(c).toMatchObject({ status: 'registered', version: 1 });
    expect(c.code).toMatch(/^KDL-2026-\d{6}$/);
    expect(c.timeline).toEqual([expect.objectContaining({ seq: 1, type: 'registered', toStatus: 'registered', actorName: '窗口登记员' })]);
    expect(c.allowedActions).toEqual(['route', 'withdraw']);

    c = await step(w.dispatcher, c, { action: 'route', version: c.version, unitId: w.d.department.id, userId: w.ids.mediator, reason: '属地司法所承办' });
    expect(c).toMatchObject({ status: 'routed', assigneeId: w.ids.mediator, handlingUnitId: w.d.department.id });
    expect(c.timeline.at(-1)).toMatchObject({ type: 'routed', fromStatus: 'registered', toStatus: 'routed', actorName: '窗口登记员', data: { userName: '调解员甲' } });

    // The mediator sees the case now and is the only handler (a colleague of the same unit is not).
    const mine = await getCase(w.mediator, c.id);
    expect(mine.allowedActions).toEqual(['accept', 'return', 'withdraw']);
    const notHandler = await act(w.colleague, c.id, { action: 'accept' });
    expect(notHandler.statusCode).toBe(403);

    c = await step(w.mediator, c, { action: 'accept', version: c.version });
    expect(c.status).toBe('accepted');
    expect(c.deadlines.map((d) => d.kind)).toEqual(['response', 'handling']);
    expect(c.deadlines[0]!.metAt).not.toBeNull();

    c = await step(w.mediator, c, { action: 'start' });
    expect(c.status).toBe('handling');

    c = await step(w.mediator, c, { action: 'pause', reason: '等待当事人补充维修票据' });
    expect(c).toMatchObject({ status: 'handling', paused: true, pauseReason: '等待当事人补充维修票据' });
    expect(c.timeline.at(-1)).toMatchObject({ type: 'paused', reason: '等待当事人补充维修票据', actorName: '调解员甲', fromStatus: null, toStatus: null });
    expect(c.deadlines.find((d) => d.kind === 'handling')).toMatchObject({ paused: true, dueAt: null });

    // A paused case cannot be resolved: 409 with the fresh case.
    const blocked = await act(w.mediator, c.id, { action: 'resolve', outcome: 'oral_agreement', note: '双方和解' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'invalid_transition', case: { id: c.id, status: 'handling', paused: true, version: c.version } });

    c = await step(w.mediator, c, { action: 'resume' });
    expect(c).toMatchObject({ paused: false, pauseReason: null });

    // 化解 also opens the follow-up plan (分级回访): a second event in the same transaction.
    c = await step(w.mediator, c, { action: 'resolve', outcome: 'oral_agreement', note: '楼上住户承担维修费用，双方达成口头协议' }, 1);
    expect(c).toMatchObject({ status: 'resolved', outcome: 'oral_agreement' });
    expect(c.timeline.at(-2)).toMatchObject({ type: 'resolved', fromStatus: 'handling', toStatus: 'resolved', data: { outcome: 'oral_agreement' } });
    expect(c.timeline.at(-1)).toMatchObject({ type: 'followup_planned' });
    expect(c.archiveGaps).toEqual(['feedback_missing']);

    c = await step(w.dispatcher, c, { action: 'feedback', satisfaction: 'satisfied', solved: true, note: '电话回访，当事人满意', source: 'phone' });
    expect(c).toMatchObject({ status: 'resolved', satisfaction: 'satisfied' });
    expect(c.timeline.at(-1)).toMatchObject({ type: 'feedback', data: { satisfaction: 'satisfied', source: 'phone' } });
    expect(c.archiveGaps).toEqual([]);

    c = await step(w.dispatcher, c, { action: 'archive' });
    expect(c.status).toBe('archived');
    expect(c.archivedAt).not.toBeNull();
    expect(c.allowedActions).toEqual([]);

    // Every transition is one event with actor and time, in order.
    expect(c.timeline.map((e) => e.type)).toEqual(['registered', 'routed', 'accepted', 'started', 'paused', 'resumed', 'resolved', 'followup_planned', 'feedback', 'archived']);
    expect(c.timeline.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const e of c.timeline) {
      expect(e.actorName).toBeTruthy();
      expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    expect(c.timeline.filter((e) => e.fromStatus).map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
      'registered>routed',
      'routed>accepted',
      'accepted>handling',
      'handling>resolved',
      'resolved>archived',
    ]);
  });

  it('refuses an action the status does not allow: 409 with error.case a fresh copy, nothing written', async () => {
    const c = await register(w.dispatcher);
    const events = await count(w.t, 'case_events');
    const res = await act(w.director, c.id, { action: 'accept' });
    expect(res.statusCode).toBe(409);
    const err = res.json().error;
    expect(err).toMatchObject({ code: 'invalid_transition', message: '案件当前状态“已登记”下不能执行“受理”' });
    expect(err.case).toMatchObject({ id: c.id, code: c.code, status: 'registered', version: 1 });
    expect(err.case.timeline).toHaveLength(1);
    expect(err.case.allowedActions).toEqual(['route', 'withdraw']);
    expect(await count(w.t, 'case_events')).toBe(events);

    const en = await w.director.request('POST', `/api/cases/${c.id}/actions`, { action: 'archive' }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toBe('Cannot archive a case in status "registered"');
  });

  it('refuses the wrong role with 403 and the unknown case with 404', async () => {
    const c = await register(w.dispatcher);
    expect((await act(w.mediator, c.id, { action: 'route', unitId: w.d.department.id })).statusCode).toBe(403); // not visible to the department yet
    expect((await act(w.centerMediator, c.id, { action: 'route', unitId: w.d.department.id })).statusCode).toBe(403); // visible, but no dispatch role
    expect((await act(w.dispatcher, '00000000-0000-4000-8000-000000000000', { action: 'accept' })).statusCode).toBe(404);
    expect((await getCase(w.dispatcher, c.id)).timeline).toHaveLength(1);
  });

  it('validates action bodies with the field named: route without a target, resolve without an outcome, unknown action', async () => {
    const c = await register(w.dispatcher);
    const noTarget = await act(w.dispatcher, c.id, { action: 'route' });
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.json().error.fields).toHaveProperty('unitId');
    const badUnit = await act(w.dispatcher, c.id, { action: 'route', unitId: w.d.grid1.id });
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json().error.fields.unitId).toBe('承办单位不存在');
    const unknown = await act(w.dispatcher, c.id, { action: 'teleport' });
    expect(unknown.statusCode).toBe(400);
    const h = await caseInHandling(w);
    const noOutcome = await act(w.mediator, h.id, { action: 'resolve', note: '无' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.fields).toHaveProperty('outcome');
    const noReason = await act(w.mediator, h.id, { action: 'pause' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');
    expect((await getCase(w.mediator, h.id)).status).toBe('handling');
  });

  it('optimistic concurrency: two people accepting at once with the same version → one 200, one 409 with the fresh case', async () => {
    const c = await register(w.dispatcher);
    const routed = await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    const [a, b] = await Promise.all([
      act(w.mediator, c.id, { action: 'accept', version: routed.version }),
      act(w.director, c.id, { action: 'accept', version: routed.version }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const err = loser.json().error;
    expect(['conflict', 'invalid_transition']).toContain(err.code);
    expect(err.case).toMatchObject({ id: c.id, status: 'accepted', version: routed.version + 1 });
    const after = await getCase(w.dispatcher, c.id);
    expect(after.timeline.filter((e) => e.type === 'accepted')).toHaveLength(1);
    expect(after.version).toBe(routed.version + 1);
  });

  it('a stale version is refused even when the action would be allowed', async () => {
    const c = await register(w.dispatcher);
    const routed = await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    // Re-routing (override) by someone else bumps the version…
    await ok(w.director, c.id, { action: 'route', version: routed.version, unitId: w.d.department.id, userId: w.ids.mediator, reason: '改派' });
    // …so the first dispatcher's view is stale.
    const res = await act(w.dispatcher, c.id, { action: 'route', version: routed.version, unitId: w.d.department.id, userId: w.ids.colleague });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', case: { version: routed.version + 1, assigneeId: w.ids.mediator } });
    expect((await getCase(w.dispatcher, c.id)).timeline.filter((e) => e.type === 'routed')).toHaveLength(2);
  });

  it('many simultaneous actions on one case: the timeline stays gapless and versions unique', async () => {
    const c = await caseInHandling(w);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => act(i % 2 ? w.director : w.mediator, c.id, { action: 'pause', reason: `等待材料${i}` })),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(5);
    const after = await getCase(w.dispatcher, c.id);
    expect(after.timeline.map((e) => e.seq)).toEqual(after.timeline.map((_, i) => i + 1));
    expect(after.timeline.filter((e) => e.type === 'paused')).toHaveLength(1);
  });

  it('return sends the case back to registered with the reason in the timeline; it can be routed again', async () => {
    const c = await register(w.dispatcher);
    await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    const returned = await step(w.mediator, await getCase(w.mediator, c.id), { action: 'return', reason: '不属于本所辖区，请改派' });
    expect(returned).toMatchObject({ status: 'registered', assigneeId: null, handlingUnitId: null });
    expect(returned.timeline.at(-1)).toMatchObject({ type: 'returned', fromStatus: 'routed', toStatus: 'registered', reason: '不属于本所辖区，请改派', actorName: '调解员甲' });
    // The reason is required.
    const again = await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.colleague });
    expect(again).toMatchObject({ status: 'routed', assigneeId: w.ids.colleague });
    expect(again.timeline.map((e) => e.type)).toEqual(['registered', 'routed', 'returned', 'routed']);
  });

  it('an accepted case can be returned too, and a handling one cannot', async () => {
    const c = await register(w.dispatcher);
    await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
    await ok(w.mediator, c.id, { action: 'accept' });
    const r = await ok(w.mediator, c.id, { action: 'return', reason: '案情涉及刑事，需公安处理' });
    expect(r.status).toBe('registered');
    const h = await caseInHandling(w);
    const res = await act(w.mediator, h.id, { action: 'return', reason: '晚了' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.case.status).toBe('handling');
  });

  it('feedback "dissatisfied" reopens the case: two events, back to handling, history kept, handler told', async () => {
    const c = await caseInHandling(w);
    const resolved = await ok(w.mediator, c.id, { action: 'resolve', outcome: 'oral_agreement', note: '双方口头和解' });
    const notesBefore = (await w.mediator.get('/api/notifications')).json().unreadCount as number;
    const after = await step(w.dispatcher, resolved, { action: 'feedback', satisfaction: 'dissatisfied', note: '维修未落实' }, 1);
    expect(after).toMatchObject({ status: 'handling', satisfaction: null });
    const [feedback, reopened] = after.timeline.slice(-2);
    expect(feedback).toMatchObject({ type: 'feedback', data: { satisfaction: 'dissatisfied' }, actorName: '窗口登记员' });
    expect(reopened).toMatchObject({ type: 'reopened', fromStatus: 'resolved', toStatus: 'handling', data: { trigger: 'feedback' } });
    expect(reopened!.reason).toContain('不满意');
    // History is kept: the earlier resolution is still in the timeline.
    expect(after.timeline.map((e) => e.type)).toEqual(['registered', 'routed', 'accepted', 'started', 'resolved', 'followup_planned', 'feedback', 'reopened']);
    // A fresh handling clock from the reopening.
    expect(after.deadlines.find((d) => d.kind === 'handling')).toMatchObject({ startedAt: reopened!.at, metAt: null });
    const notes = (await w.mediator.get('/api/notifications')).json();
    expect(notes.unreadCount).toBe(notesBefore + 1);
    expect(notes.items.filter((n: { kind: string; caseId: string }) => n.kind === 'case_reopened' && n.caseId === c.id)).toHaveLength(1);
    // It can be resolved again and then archived with a new, good rating.
    await ok(w.mediator, c.id, { action: 'resolve', outcome: 'oral_agreement', note: '已维修完毕' });
    await ok(w.dispatcher, c.id, { action: 'feedback', satisfaction: 'satisfied' });
    expect((await ok(w.dispatcher, c.id, { action: 'archive' })).status).toBe('archived');
  });

  it('a "not solved" reply reopens even with a neutral rating; a manual reopen needs a reason and a dispatcher', async () => {
    const c = await caseInHandling(w);
    await ok(w.mediator, c.id, { action: 'refer', destination: 'litigation', reason: '调解不成，引导诉讼' });
    const r = await ok(w.dispatcher, c.id, { action: 'feedback', satisfaction: 'neutral', solved: false });
    expect(r.status).toBe('handling');
    expect(r.timeline.at(-1)!.reason).toContain('未解决');

    const d = await caseInHandling(w);
    await ok(w.mediator, d.id, { action: 'resolve', outcome: 'other', note: '已解释政策' });
    expect((await act(w.mediator, d.id, { action: 'reopen', reason: '复查' })).statusCode).toBe(403);
    expect((await act(w.dispatcher, d.id, { action: 'reopen' })).statusCode).toBe(400);
    const reopened = await ok(w.dispatcher, d.id, { action: 'reopen', reason: '当事人来电反映问题复发' });
    expect(reopened.timeline.at(-1)).toMatchObject({ type: 'reopened', fromStatus: 'resolved', toStatus: 'handling', reason: '当事人来电反映问题复发', data: { trigger: 'manual' } });
  });

  it('withdraw ends the case; a withdrawn case archives without feedback', async () => {
    const c = await register(w.dispatcher);
    const wd = await ok(w.dispatcher, c.id, { action: 'withdraw', reason: '当事人自行和解，申请撤回' });
    expect(wd.status).toBe('withdrawn');
    expect(wd.archiveGaps).toEqual([]);
    expect(wd.deadlines[0]!.metAt).not.toBeNull();
    expect((await ok(w.dispatcher, c.id, { action: 'archive' })).status).toBe('archived');
  });

  describe('archive and the frozen dossier', () => {
    let c: CaseJson;

    it('is refused while the dossier is incomplete: outcome "agreement" without an agreement attachment', async () => {
      c = await caseInHandling(w);
      await ok(w.mediator, c.id, { action: 'resolve', outcome: 'agreement', note: '签订人民调解协议书' });
      const noFeedback = await act(w.dispatcher, c.id, { action: 'archive' });
      expect(noFeedback.statusCode).toBe(409);
      expect(noFeedback.json().error).toMatchObject({ code: 'archive_incomplete', gaps: ['feedback_missing', 'agreement_missing'], case: { status: 'resolved', archiveGaps: ['feedback_missing', 'agreement_missing'] } });

      await ok(w.dispatcher, c.id, { action: 'feedback', satisfaction: 'satisfied' });
      const events = await count(w.t, 'case_events');
      const res = await act(w.dispatcher, c.id, { action: 'archive' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.gaps).toEqual(['agreement_missing']);
      expect(res.json().error.message).toBe('卷宗不完整，暂不能归档');
      expect(await count(w.t, 'case_events')).toBe(events);
      expect((await getCase(w.dispatcher, c.id)).status).toBe('resolved');
    });

    it('an evidence upload does not count as the agreement; an agreement upload does', async () => {
      const evidence = await upload(w.mediator, c.id, 'evidence', '现场照片说明.pdf', TINY_PDF);
      expect(evidence.statusCode, evidence.body).toBe(201);
      expect((await act(w.dispatcher, c.id, { action: 'archive' })).statusCode).toBe(409);

      const res = await upload(w.mediator, c.id, 'agreement', '人民调解协议书.pdf', TINY_PDF);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ kind: 'agreement', filename: '人民调解协议书.pdf', contentType: 'application/pdf', size: TINY_PDF.length });
      const view = await getCase(w.dispatcher, c.id);
      expect(view.archiveGaps).toEqual([]);
      expect(view.attachments.map((a) => a.kind).sort()).toEqual(['agreement', 'evidence']);
      expect(view.timeline.filter((e) => e.type === 'attachment_added')).toHaveLength(2);
      // identical content is stored once
      expect(await count(w.t, 'attachment_blobs')).toBe(1);

      const download = await w.dispatcher.get(`/api/cases/${c.id}/attachments/${res.json().id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.rawPayload.equals(TINY_PDF)).toBe(true);

      const archived = await ok(w.dispatcher, c.id, { action: 'archive' });
      expect(archived.status).toBe('archived');
      expect(archived.timeline.at(-1)).toMatchObject({ type: 'archived', fromStatus: 'resolved', toStatus: 'archived', actorName: '窗口登记员' });
    });

    it('after archiving: every action 409, attachments 409, annotations 201', async () => {
      const before = await getCase(w.dispatcher, c.id);
      for (const body of [
        { action: 'reopen', reason: '复查' },
        { action: 'feedback', satisfaction: 'dissatisfied' },
        { action: 'archive' },
        { action: 'withdraw', reason: '撤回' },
        { action: 'route', unitId: w.d.department.id },
      ]) {
        const res = await act(w.director, c.id, body);
        expect(res.statusCode, String(body.action)).toBe(409);
        expect(res.json().error.case.status).toBe('archived');
      }
      const att = await upload(w.mediator, c.id, 'evidence', '补充材料.pdf', Buffer.from('%PDF-1.4\n% another\n%%EOF\n'));
      expect(att.statusCode).toBe(409);
      expect(att.json().error.message).toBe('案件已归档，卷宗已冻结，仅可添加批注');

      const note = await w.director.post(`/api/cases/${c.id}/annotations`, { text: '经复核，卷宗材料齐全。' });
      expect(note.statusCode).toBe(201);
      expect(note.json()).toMatchObject({ text: '经复核，卷宗材料齐全。', authorName: '中心主任' });

      const after = await getCase(w.dispatcher, c.id);
      expect(after.status).toBe('archived');
      expect(after.version).toBe(before.version);
      expect(after.timeline).toEqual(before.timeline);
      expect(after.attachments).toEqual(before.attachments);
      expect(after.annotations.map((a) => a.text)).toEqual(['经复核，卷宗材料齐全。']);
    });

    it('audits every action call, refused ones included', async () => {
      const rows = await auditRows(w.t, 'POST /api/cases/:id/actions');
      expect(rows.some((r) => r.target_id === c.id && r.outcome === 'failed' && (r.detail as { status: number }).status === 409)).toBe(true);
      expect(rows.some((r) => r.target_id === c.id && r.outcome === 'ok')).toBe(true);
    });
  });

  it('counts: registering and acting never leaves orphans', async () => {
    const tables = await counts(w.t, ['cases', 'case_deadlines']);
    // every case has its response clock stored
    expect(tables.case_deadlines).toBeGreaterThanOrEqual(tables.cases!);
  });
});
