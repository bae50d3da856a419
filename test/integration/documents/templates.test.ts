import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseWorld, caseWorld, counts, TINY_PDF } from '../cases/helpers.js';
import { docxText, documentCase, generatedText, seedAgreement, uploadTemplate } from './helpers.js';

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});
afterAll(() => w.t.close());

/** A .docx whose paragraphs are the given lines, as Word would save it. */
const docxOf = (lines: string[]) => Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));

type Kind = { kind: string; activeId: string | null; versions: { id: string; version: number; shipped: boolean; active: boolean }[] };
const templates = async () => ((await w.admin.get('/api/document-templates')).json() as { items: Kind[] }).items;
const kindOf = async (kind: string) => (await templates()).find((k) => k.kind === kind)!;

describe('document templates', () => {
  it('ships version 1 of the five kinds, downloadable and valid', async () => {
    const items = await templates();
    expect(items.map((k) => k.kind)).toEqual(['application', 'minutes', 'agreement', 'follow_up_record', 'judicial_confirmation_application']);
    for (const k of items) {
      expect(k.versions).toEqual([expect.objectContaining({ version: 1, shipped: true, active: true })]);
      expect(k.activeId).toBe(k.versions[0]!.id);
    }
    const agreement = items.find((k) => k.kind === 'agreement')!;
    const file = await w.admin.get(`/api/document-templates/${agreement.versions[0]!.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    const text = docxText(file.rawPayload);
    expect(text).toContain('人民调解协议书');
    expect(text).toContain('{#terms}');
    expect(text).toContain('{no}、{text}');
    // seeding twice changes nothing
    expect((await templates()).flatMap((k) => k.versions)).toHaveLength(5);
  });

  it('documents the placeholders of each kind in Chinese', async () => {
    const res = await w.mediator.get('/api/document-templates/fields?kind=agreement');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { fields: { name: string; zh: string; loop: { name: string }[] | null }[] };
    const terms = body.fields.find((f) => f.name === 'terms')!;
    expect(terms.zh).toContain('协议条款');
    expect(terms.loop!.map((f) => f.name)).toEqual(expect.arrayContaining(['amount', 'amountCapital', 'dueDate']));
    expect(body.fields.find((f) => f.name === 'parties')!.loop!.map((f) => f.name)).toEqual(expect.arrayContaining(['name', 'gender', 'ethnicity', 'birthDate', 'idNumber', 'address', 'phone']));
    expect((await w.admin.get('/api/document-templates/fields?kind=nope')).statusCode).toBe(400);
  });

  it('takes an uploaded version that replaces the output, and rolls back', async () => {
    const c = await documentCase(w);
    await seedAgreement(w, c.id);
    const content = await docxOf(['区调委会协议（自定义）{caseCode}', '{#terms}', '第{no}条 {description} {amount} {amountCapital} {dueDate}', '{/terms}', '{#parties}{name}{#phone}，电话{phone}{/phone}{/parties}']);
    const res = await uploadTemplate(w.admin, 'agreement', '协议书-区调委会.docx', content);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'agreement', version: 2, active: true });

    const { doc, text } = await generatedText(w.mediator, c.id, { kind: 'agreement' });
    expect((doc as unknown as { templateVersion: number }).templateVersion).toBe(2);
    expect(text).toContain(`区调委会协议（自定义）${c.code}`);
    expect(text).toContain('第一条 李秀英于十日内修复卫生间防水层');
    expect(text).toContain('第二条 李秀英赔偿王建国房屋维修费 ¥10,000.00 人民币壹万元整 二〇二六年三月三十一日');
    expect(text).toContain('王建国，电话13812345678');
    expect(text).not.toContain('人民调解协议书');

    const kind = await kindOf('agreement');
    expect(kind.versions.map((v) => [v.version, v.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    const back = await w.admin.post(`/api/document-templates/${kind.versions[1]!.id}/activate`);
    expect(back.statusCode, back.body).toBe(200);
    const again = await generatedText(w.mediator, c.id, { kind: 'agreement' });
    expect(again.doc.version).toBe(2);
    expect(again.text).toContain('人民调解协议书');
    expect((await kindOf('agreement')).activeId).toBe(kind.versions[1]!.id);
  });

  it('refuses bad uploads with the reason and stores nothing', async () => {
    const before = await counts(w.t, ['document_templates', 'attachment_blobs']);
    const notDocx = await uploadTemplate(w.admin, 'application', 'scan.pdf', TINY_PDF);
    expect(notDocx.statusCode).toBe(400);
    expect(notDocx.json().error).toMatchObject({ code: 'template_invalid', reason: 'not_docx' });

    const zip = await new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'nodebuffer' });
    expect((await uploadTemplate(w.admin, 'application', 'fake.docx', zip)).json().error.reason).toBe('not_docx');

    const unknown = await uploadTemplate(w.admin, 'application', 'bad.docx', await docxOf(['{caseCode} {applicantNmae}', '{#parties}{name}{gendr}{/parties}', '{totalAmount}']));
    expect(unknown.statusCode).toBe(400);
    const err = unknown.json().error;
    expect(err.reason).toBe('unknown_placeholders');
    expect(err.details).toEqual(['applicantNmae', 'parties.gendr', 'totalAmount']);
    expect(err.fields.file).toContain('{applicantNmae}');

    const syntax = await uploadTemplate(w.admin, 'agreement', 'open.docx', await docxOf(['{#terms}{no}', '没有结束标记']));
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().error.reason).toBe('syntax');
    expect(syntax.json().error.details).toEqual(['循环 {#terms} 缺少结束标记 {/terms}']);

    expect(await counts(w.t, ['document_templates', 'attachment_blobs'])).toEqual(before);
  });

  it('is for admins only', async () => {
    expect((await w.mediator.get('/api/document-templates')).statusCode).toBe(403);
    const { agreement } = Object.fromEntries((await templates()).map((k) => [k.kind, k]));
    expect((await w.director.get(`/api/document-templates/${agreement!.versions[0]!.id}/file`)).statusCode).toBe(403);
    expect((await w.mediator.post(`/api/document-templates/${agreement!.versions[0]!.id}/activate`)).statusCode).toBe(403);
    expect((await uploadTemplate(w.dispatcher, 'agreement', 'x.docx', await docxOf(['{caseCode}']))).statusCode).toBe(403);
  });
});
