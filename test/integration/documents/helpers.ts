import PizZip from 'pizzip';
import { expect } from 'vitest';
import type { Agent } from '../../support/app.js';
import { type CaseWorld, caseInHandling, idNo, multipart } from '../cases/helpers.js';

/** The text of a .docx: word/document.xml with one line per paragraph and the tags stripped. */
export function docxText(content: Buffer): string {
  const xml = new PizZip(content).file('word/document.xml')!.asText();
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export const RESPONDENT_ID = idNo('15020319851215242');

/** A case in handling with full party data: 王建国 (applicant) and 李秀英 (respondent). */
export async function documentCase(w: CaseWorld) {
  return caseInHandling(w, {
    amountFen: 1234567,
    parties: [
      { role: 'applicant', kind: 'person', name: '王建国', idNumber: idNo('15020319900101123'), phone: '13812345678', address: '甲街道幸福里3号楼2单元501室' },
      { role: 'respondent', kind: 'person', name: '李秀英', idNumber: RESPONDENT_ID, phone: '13900001111', address: '甲街道幸福里3号楼2单元601室' },
    ],
  });
}

/** A settlement agreement with two payment terms and signatures, written straight to the tables (slice C owns the API). */
export async function seedAgreement(w: CaseWorld, caseId: string) {
  const db = w.t.database.db;
  const parties = await db.selectFrom('case_parties').select(['party_id', 'role']).where('case_id', '=', caseId).orderBy('ordinal').execute();
  const applicant = parties.find((p) => p.role === 'applicant')!.party_id;
  const respondent = parties.find((p) => p.role === 'respondent')!.party_id;
  const now = w.t.clock.now();
  const a = await db
    .insertInto('agreements')
    .values({ case_id: caseId, summary: '因楼上卫生间防水层破损渗漏，致楼下天花板及墙面受损。', total_fen: 1234567, status: 'signed', concluded_on: '2026-03-05', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agreement_terms')
    .values([
      { agreement_id: a.id, ordinal: 2, obligor_party_id: respondent, obligee_party_id: applicant, kind: 'payment', description: '李秀英赔偿王建国房屋维修费', amount_fen: 1000000, due_on: '2026-03-31' },
      { agreement_id: a.id, ordinal: 1, obligor_party_id: respondent, obligee_party_id: null, kind: 'action', description: '李秀英于十日内修复卫生间防水层', amount_fen: null, due_on: '2026-03-15' },
      { agreement_id: a.id, ordinal: 3, obligor_party_id: respondent, obligee_party_id: applicant, kind: 'payment', description: '李秀英补偿王建国误工费', amount_fen: 234567, due_on: '2026-04-30' },
    ])
    .execute();
  await db
    .insertInto('agreement_signatures')
    .values([
      { agreement_id: a.id, party_id: applicant, status: 'signed', signed_at: now },
      { agreement_id: a.id, party_id: respondent, status: 'signed', signed_at: now },
    ])
    .execute();
  return { agreementId: a.id, applicant, respondent };
}

export async function seedSession(w: CaseWorld, caseId: string, partyId: string) {
  const db = w.t.database.db;
  const s = await db
    .insertInto('mediation_sessions')
    .values({
      case_id: caseId,
      mode: 'center',
      place: '综治中心第二调解室',
      starts_at: new Date('2026-03-04T01:30:00Z'),
      ends_at: new Date('2026-03-04T03:00:00Z'),
      status: 'held',
      outcome: 'agreement',
      minutes: '问：申请人，请陈述你的请求。\n答：要求对方赔偿维修费一万元。\n问：被申请人，你对此有何意见？\n答：同意赔偿，希望分期支付。',
      minutes_recorded_by: w.ids.colleague,
      created_by: w.ids.mediator,
      created_at: w.t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('session_participants')
    .values([
      { session_id: s.id, ordinal: 1, kind: 'staff', user_id: w.ids.mediator, role: '人民调解员', attendance: 'present' },
      { session_id: s.id, ordinal: 2, kind: 'party', party_id: partyId, role: '申请人', attendance: 'present' },
    ])
    .execute();
  return s.id;
}

export async function generate(agent: Agent, caseId: string, body: Record<string, unknown>) {
  return agent.post(`/api/cases/${caseId}/documents`, body);
}

/** Generates a document that must succeed and returns its text. */
export async function generatedText(agent: Agent, caseId: string, body: Record<string, unknown>) {
  const res = await generate(agent, caseId, body);
  expect(res.statusCode, res.body).toBe(201);
  const doc = res.json() as { attachmentId: string; version: number; filename: string };
  const file = await agent.get(`/api/cases/${caseId}/attachments/${doc.attachmentId}`);
  expect(file.statusCode).toBe(200);
  return { doc, text: docxText(file.rawPayload) };
}

export function uploadTemplate(agent: Agent, kind: string, filename: string, content: Buffer) {
  const { payload, headers } = multipart({}, { filename, content });
  return agent.request('POST', `/api/document-templates/${kind}`, payload, headers);
}
