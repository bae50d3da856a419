import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_ID, auditRows, type CaseWorld, caseWorld, counts, getCase, ok, TINY_PDF, upload } from '../cases/helpers.js';
import { documentCase, generate, generatedText, RESPONDENT_ID, seedAgreement, seedSession } from './helpers.js';

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});
afterAll(() => w.t.close());

describe('generating documents from a case', () => {
  it('writes the application with every party in full, and numbers versions', async () => {
    const c = await documentCase(w);
    const { doc, text } = await generatedText(w.mediator, c.id, { kind: 'application' });
    expect(doc.version).toBe(1);
    expect(text).toContain('人民调解申请书');
    expect(text).toContain(`编号：${c.code}-申1`);
    for (const s of ['王建国', '李秀英', APPLICANT_ID, RESPONDENT_ID, '13812345678', '甲街道幸福里3号楼2单元501室', '1990年1月1日', '男', '女']) expect(text).toContain(s);
    expect(text).toContain('涉及金额¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分）');
    expect(text).toContain('楼上住户卫生间漏水');
    expect(text).toContain('测试区综治中心人民调解委员会');
    expect(text).toContain('二〇二六年三月二日');
    expect(text).not.toMatch(/undefined|\{|\}/);

    const again = await generatedText(w.mediator, c.id, { kind: 'application' });
    expect(again.doc.version).toBe(2);
    expect(again.text).toContain(`编号：${c.code}-申2`);

    const list = (await w.mediator.get(`/api/cases/${c.id}/documents`)).json() as { items: { kind: string; version: number }[] };
    expect(list.items.filter((i) => i.kind === 'application').map((i) => i.version)).toEqual([2, 1]);
    const view = await getCase(w.mediator, c.id);
    expect(view.attachments.filter((a) => a.kind === 'application')).toHaveLength(2);
    expect(view.timeline.filter((e) => e.type === 'document_generated').map((e) => e.data.version)).toEqual([1, 2]);
    const audits = await auditRows(w.t, 'document.generate');
    expect(audits.some((a) => a.target_id === c.id && a.outcome === 'ok')).toBe(true);
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain(APPLICANT_ID);
  });

  it('writes the agreement with terms in order, amounts in figures and capitals, deadlines and signatures', async () => {
    const c = await documentCase(w);
    const refused = await generate(w.mediator, c.id, { kind: 'agreement' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('no_agreement');

    await seedAgreement(w, c.id);
    const { doc, text } = await generatedText(w.mediator, c.id, { kind: 'agreement' });
    expect(doc.filename).toBe(`${c.code}-人民调解协议书-第1版.docx`);
    expect(text).toContain('人民调解协议书');
    expect(text).toContain(`公民身份号码${RESPONDENT_ID}`);
    const one = text.indexOf('一、李秀英于十日内修复卫生间防水层');
    const two = text.indexOf('二、李秀英向王建国：李秀英赔偿王建国房屋维修费，金额¥10,000.00（人民币壹万元整），于二〇二六年三月三十一日前履行完毕。');
    const three = text.indexOf('三、李秀英向王建国：李秀英补偿王建国误工费，金额¥2,345.67（人民币贰仟叁佰肆拾伍元陆角柒分），于二〇二六年四月三十日前履行完毕。');
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
    expect(three).toBeGreaterThan(two);
    expect(text).toContain('协议金额合计：¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分）');
    expect(text).toContain('本协议一式三份');
    expect(text).toContain('王建国：＿＿＿＿＿＿（已签字）');
    expect(text).toContain('二〇二六年三月五日');
    expect(text).toContain('测试区综治中心人民调解委员会（印）');
    // what archiving checks: the agreement is an attachment of kind agreement
    const view = await getCase(w.mediator, c.id);
    expect(view.attachments.some((a) => a.kind === 'agreement')).toBe(true);
  });

  it('writes the minutes of a session with its questions and answers', async () => {
    const c = await documentCase(w);
    expect((await generate(w.mediator, c.id, { kind: 'minutes' })).json().error.code).toBe('no_session');
    const party = (await w.t.database.db.selectFrom('case_parties').select('party_id').where('case_id', '=', c.id).where('role', '=', 'applicant').executeTakeFirstOrThrow()).party_id;
    const sessionId = await seedSession(w, c.id, party);
    const { doc, text } = await generatedText(w.mediator, c.id, { kind: 'minutes', sessionId });
    expect(doc.filename).toContain('调解笔录');
    expect(text).toContain('时间：2026年3月4日 09:30 至 11:00');
    expect(text).toContain('地点：综治中心第二调解室');
    expect(text).toContain('记录人：调解员乙');
    expect(text).toContain('调解员甲（人民调解员，到场）');
    const q = text.indexOf('问：申请人，请陈述你的请求。');
    expect(q).toBeGreaterThan(0);
    expect(text.indexOf('答：同意赔偿，希望分期支付。')).toBeGreaterThan(q);
    expect(text).toContain('调解结果：达成调解协议');
    expect(text).toContain('二〇二六年三月四日');
    // a session of another case is not this case's
    const other = await documentCase(w);
    expect((await generate(w.mediator, other.id, { kind: 'minutes', sessionId })).statusCode).toBe(409);
  });

  it('writes the follow-up form with the risk level and the obligations', async () => {
    const c = await documentCase(w);
    const bare = await generatedText(w.mediator, c.id, { kind: 'follow_up_record' });
    expect(bare.text).toContain('本案无书面协议约定的履行义务');
    await seedAgreement(w, c.id);
    const { text } = await generatedText(w.mediator, c.id, { kind: 'follow_up_record' });
    expect(text).toContain('回访记录');
    expect(text).toContain(c.code);
    expect(text).toContain('二、李秀英向王建国：李秀英赔偿王建国房屋维修费，金额¥10,000.00（人民币壹万元整）');
    expect(text).toContain('（当前：未履行）');
    expect(text).not.toContain('本案无书面协议约定的履行义务');
    expect(text).toContain('□电话');
  });

  it('writes the judicial-confirmation application addressed to the court', async () => {
    const c = await documentCase(w);
    const { agreementId } = await seedAgreement(w, c.id);
    const refused = await generate(w.mediator, c.id, { kind: 'judicial_confirmation_application' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('no_judicial_confirmation');
    const court = await w.t.ctx.repos.units.insert({ parentId: w.d.district.id, kind: 'department', name: '测试区人民法院', code: '990001-FY01', centerId: w.d.center.id }, w.t.clock.now(), w.d.district);
    await w.t.database.db
      .insertInto('judicial_confirmations')
      .values({ case_id: c.id, agreement_id: agreementId, court_unit_id: court.id, applied_on: '2026-03-10', created_at: w.t.clock.now(), created_by: w.ids.mediator })
      .execute();
    const { text } = await generatedText(w.mediator, c.id, { kind: 'judicial_confirmation_application' });
    expect(text).toContain('司法确认申请书');
    expect(text).toContain('申请人：王建国');
    expect(text).toContain('申请人：李秀英');
    expect(text).toContain('请求人民法院依法确认申请人于二〇二六年三月五日经测试区综治中心人民调解委员会主持调解达成的人民调解协议有效');
    expect(text).toContain('没有恶意串通、规避法律的行为');
    expect(text).toContain('愿意承担相应的民事责任和其他法律责任');
    expect(text).toContain('人民币壹万元整');
    expect(text).toContain('此致\n测试区人民法院');
    expect(text).toContain('二〇二六年三月十日');
  });

  it('refuses callers who do not handle the case, and archived cases, storing nothing', async () => {
    const c = await documentCase(w);
    const before = await counts(w.t, ['case_documents', 'attachments', 'attachment_blobs']);
    expect((await generate(w.grid, c.id, { kind: 'application' })).statusCode).toBe(403);
    expect((await generate(w.mediator, c.id, { kind: 'nonsense' })).statusCode).toBe(400);
    expect(await counts(w.t, ['case_documents', 'attachments', 'attachment_blobs'])).toEqual(before);

    // the dispatcher of the center may produce documents too
    expect((await generate(w.dispatcher, c.id, { kind: 'application' })).statusCode).toBe(201);

    await ok(w.mediator, c.id, { action: 'resolve', outcome: 'oral_agreement', note: '双方口头达成一致' });
    await ok(w.mediator, c.id, { action: 'feedback', satisfaction: 'satisfied', solved: true, note: '回访满意' });
    await ok(w.dispatcher, c.id, { action: 'archive' });
    const mid = await counts(w.t, ['case_documents', 'attachments']);
    const res = await generate(w.mediator, c.id, { kind: 'application' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('archived');
    expect(await counts(w.t, ['case_documents', 'attachments'])).toEqual(mid);
    const list = (await w.mediator.get(`/api/cases/${c.id}/documents`)).json() as { kinds: { kind: string; blockedBy: string | null }[] };
    expect(list.kinds.every((k) => k.blockedBy === 'archived')).toBe(true);
  });

  it('lets only those who work the case download files with full ID numbers; evidence stays open to all who see it', async () => {
    const c = await documentCase(w);
    // in grid1, so that its grid worker sees the case
    await w.t.database.db.updateTable('cases').set({ grid_id: w.d.grid1.id }).where('id', '=', c.id).execute();
    const { doc } = await generatedText(w.mediator, c.id, { kind: 'application' });
    expect((await getCase(w.grid, c.id)).id).toBe(c.id);
    const byGrid = await w.grid.get(`/api/cases/${c.id}/attachments/${doc.attachmentId}`);
    expect(byGrid.statusCode).toBe(403);
    expect(byGrid.body).not.toContain(APPLICANT_ID);
    expect(byGrid.json().error.message).toContain('仅承办人员可下载');
    expect((await w.mediator.get(`/api/cases/${c.id}/attachments/${doc.attachmentId}`)).statusCode).toBe(200);
    expect((await w.dispatcher.get(`/api/cases/${c.id}/attachments/${doc.attachmentId}`)).statusCode).toBe(200);
    const evidence = (await upload(w.mediator, c.id, 'evidence', '现场照片.pdf', TINY_PDF)).json() as { id: string };
    expect((await w.grid.get(`/api/cases/${c.id}/attachments/${evidence.id}`)).statusCode).toBe(200);
    const denied = await auditRows(w.t, 'attachment.read');
    expect(denied.some((a) => a.target_id === c.id && a.outcome === 'denied')).toBe(true);
  });

  it('numbers simultaneous generations one after the other', async () => {
    const c = await documentCase(w);
    const res = await Promise.all([1, 2, 3].map(() => generate(w.mediator, c.id, { kind: 'follow_up_record' })));
    expect(res.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(res.map((r) => (r.json() as { version: number }).version).sort()).toEqual([1, 2, 3]);
  });

  it('says per kind what is missing before anything is generated', async () => {
    const c = await documentCase(w);
    const list = (await w.mediator.get(`/api/cases/${c.id}/documents`)).json() as { kinds: { kind: string; blockedBy: string | null }[] };
    expect(Object.fromEntries(list.kinds.map((k) => [k.kind, k.blockedBy]))).toEqual({
      application: null,
      minutes: 'no_session',
      agreement: 'no_agreement',
      follow_up_record: null,
      judicial_confirmation_application: 'no_agreement',
    });
    // outside the caller's scope: not even the list
    expect((await w.grid.get(`/api/cases/${c.id}/documents`)).statusCode).toBe(403);
  });
});
