import { describe, expect, it } from 'vitest';
import { DOCUMENT_FIELDS, DOCUMENT_KINDS, unknownPlaceholders } from '../../../src/domain/documents/fields.js';
import { chineseOrdinal, type DocumentFacts, documentData, fromIdNumber } from '../../../src/domain/documents/template-data.js';

const facts = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
  version: 3,
  now: new Date('2026-11-29T02:00:00Z'),
  case: {
    code: 'KF-2026-000042',
    title: '租金拖欠',
    categoryName: '消费维权',
    description: '承租人拖欠三个月租金。',
    address: null,
    amountFen: 3000000,
    riskLevel: 'high',
    registeredAt: new Date('2026-11-20T16:30:00Z'),
    concludedAt: new Date('2026-11-27T02:00:00Z'),
    centerName: '开发区综治中心',
    handlingUnitName: null,
    mediatorName: '赵调解',
    parties: [
      { role: 'respondent', kind: 'organization', name: '某某物业有限公司', idNumber: null, uscc: '91150203MA0N12345X', phone: null, address: '开发区纬二路8号' },
      { role: 'applicant', kind: 'person', name: '张丽', idNumber: '150203199203154526', uscc: null, phone: '13600000000', address: null },
    ],
  },
  agreement: {
    summary: '拖欠租金。',
    totalFen: 3000000,
    concludedOn: '2026-11-27',
    terms: [
      { ordinal: 2, kind: 'payment', description: '支付剩余租金', amountFen: 1000000, dueOn: '2026-12-31', obligorName: '某某物业有限公司', obligeeName: '张丽', fulfilled: false },
      { ordinal: 1, kind: 'payment', description: '支付首期租金', amountFen: 2000000, dueOn: '2026-12-01', obligorName: '某某物业有限公司', obligeeName: '张丽', fulfilled: true },
    ],
    signatures: [{ name: '张丽', status: 'pending', signedAt: null }],
  },
  ...over,
});

describe('document data', () => {
  it('reads sex and birth date from an ID number, nothing from anything else', () => {
    expect(fromIdNumber('150203199203154526')).toEqual({ gender: '女', birthDate: '1992年3月15日' });
    expect(fromIdNumber('15020319900101123X')).toEqual({ gender: '男', birthDate: '1990年1月1日' });
    expect(fromIdNumber(null)).toEqual({ gender: '', birthDate: '' });
    expect(fromIdNumber('12345')).toEqual({ gender: '', birthDate: '' });
  });

  it('numbers terms in Chinese', () => {
    expect([1, 2, 10, 11, 20, 21, 99].map(chineseOrdinal)).toEqual(['一', '二', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('maps parties: people with sex and birth, organisations with their credit code', () => {
    const d = documentData('application', facts()) as { parties: Record<string, string>[]; applicants: Record<string, string>[]; respondents: Record<string, string>[]; claims: string; category: string; docNumber: string; registeredDate: string };
    expect(d.docNumber).toBe('KF-2026-000042-申3');
    // 16:30 UTC on the 20th is the 21st in Beijing
    expect(d.registeredDate).toBe('二〇二六年十一月二十一日');
    expect(d.category).toBe('消费维权纠纷');
    expect(d.applicants).toEqual([expect.objectContaining({ no: '1', name: '张丽', gender: '女', birthDate: '1992年3月15日', idNumber: '150203199203154526', ethnicity: '' })]);
    expect(d.respondents[0]).toMatchObject({ name: '某某物业有限公司', gender: '', idNumber: '91150203MA0N12345X' });
    expect(d.respondents[0]!.line).toBe('被申请人：某某物业有限公司，统一社会信用代码91150203MA0N12345X，住所地：开发区纬二路8号。');
    expect(d.applicants[0]!.line).toBe('申请人：张丽，女，1992年3月15日出生，公民身份号码150203199203154526，联系电话：13600000000。');
    expect(d.claims).toBe('请求人民调解委员会依法调解申请人张丽与被申请人某某物业有限公司之间的消费维权纠纷，涉及金额¥30,000.00（人民币叁万元整）。');
  });

  it('orders agreement terms by ordinal with amounts in figures and capitals', () => {
    const d = documentData('agreement', facts()) as { terms: Record<string, string>[]; copiesCapital: string; performance: string; concludedDate: string; signatures: Record<string, string>[] };
    expect(d.terms.map((t) => [t.no, t.description, t.amount, t.amountCapital, t.dueDate])).toEqual([
      ['一', '支付首期租金', '¥20,000.00', '人民币贰万元整', '二〇二六年十二月一日'],
      ['二', '支付剩余租金', '¥10,000.00', '人民币壹万元整', '二〇二六年十二月三十一日'],
    ]);
    expect(d.copiesCapital).toBe('三');
    expect(d.concludedDate).toBe('二〇二六年十一月二十七日');
    expect(d.performance).toBe('某某物业有限公司支付¥20,000.00（人民币贰万元整），于二〇二六年十二月一日前履行完毕；某某物业有限公司支付¥10,000.00（人民币壹万元整），于二〇二六年十二月三十一日前履行完毕。');
    expect(d.signatures).toEqual([{ name: '张丽', status: '待签字', signedDate: '' }]);
  });

  it('fills the follow-up form with or without an agreement', () => {
    const d = documentData('follow_up_record', facts()) as { riskLevel: string; hasObligations: boolean; terms: Record<string, string>[]; resolvedDate: string };
    expect(d).toMatchObject({ riskLevel: '高', hasObligations: true, resolvedDate: '二〇二六年十一月二十七日' });
    expect(d.terms.map((t) => t.fulfilled)).toEqual(['已履行', '未履行']);
    const bare = documentData('follow_up_record', facts({ agreement: undefined })) as { hasObligations: boolean; terms: unknown[] };
    expect(bare).toMatchObject({ hasObligations: false, terms: [] });
  });

  it('makes every party an applicant of the judicial confirmation', () => {
    const d = documentData('judicial_confirmation_application', facts({ judicial: { courtName: '开发区人民法院', appliedOn: '2026-12-02' } })) as { parties: Record<string, string>[]; appliedDate: string; claims: string };
    expect(d.parties.map((p) => p.line!.split('：')[0])).toEqual(['申请人', '申请人']);
    expect(d.appliedDate).toBe('二〇二六年十二月二日');
    expect(d.claims).toContain('于二〇二六年十一月二十七日经开发区综治中心人民调解委员会主持调解');
  });

  it('writes minutes line by line and says so when none were recorded', () => {
    const session = { mode: 'online' as const, startsAt: new Date('2026-11-25T06:00:00Z'), endsAt: new Date('2026-11-25T07:15:00Z'), place: '线上视频调解', minutes: '问：是否同意？\r\n\r\n答：同意。', recorderName: null, outcome: 'partial' as const, participants: [{ kind: 'expert' as const, name: '钱律师', role: null, attendance: 'absent' as const }] };
    const d = documentData('minutes', facts({ session })) as { minutesLines: { text: string }[]; sessionTime: string; sessionMode: string; participants: Record<string, string>[]; outcome: string; staffNames: string };
    expect(d.minutesLines).toEqual([{ text: '问：是否同意？' }, { text: '答：同意。' }]);
    expect(d.sessionTime).toBe('2026年11月25日 14:00 至 15:15');
    expect(d).toMatchObject({ sessionMode: '线上调解', outcome: '达成部分协议', staffNames: '钱律师' });
    expect(d.participants).toEqual([{ name: '钱律师', role: '专家', attendance: '缺席' }]);
    const none = documentData('minutes', facts({ session: { ...session, minutes: null } })) as { minutesLines: { text: string }[] };
    expect(none.minutesLines).toEqual([{ text: '（本次调解未录入笔录）' }]);
  });

  it('gives every declared placeholder a value and nothing undeclared', () => {
    const full = facts({ judicial: { courtName: '法院', appliedOn: '2026-12-02' }, session: { mode: 'center', startsAt: new Date(), endsAt: new Date(), place: 'x', minutes: 'a', recorderName: null, outcome: null, participants: [] } });
    for (const kind of DOCUMENT_KINDS) {
      const data = documentData(kind, full);
      expect(Object.keys(data).sort(), kind).toEqual(DOCUMENT_FIELDS[kind].map((f) => f.name).sort());
    }
  });
});

describe('placeholder check', () => {
  it('accepts loop fields, outer fields inside loops and conditions; names what is unknown', () => {
    expect(unknownPlaceholders('agreement', { caseCode: {}, terms: { no: {}, amountCapital: {}, caseCode: {} }, parties: { phone: { phone: {} } } })).toEqual([]);
    expect(unknownPlaceholders('agreement', { terms: { gendr: {} }, foo: {}, caseCode: { bar: {} } })).toEqual(['terms.gendr', 'foo', 'caseCode.bar']);
    // the agreement's fields are not the application's
    expect(unknownPlaceholders('application', { terms: {} })).toEqual(['terms']);
  });
});
