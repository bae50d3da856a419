import { beijingDate, beijingDateTime, chineseDate, figureAmount, figureDate, rmbCapital } from './capital-numerals.js';
import type { DocumentKind } from './fields.js';

/**
 * What a document is filled with, from facts gathered by the service. Pure: the same
 * facts give the same data, so that the mapping is unit-tested without a database.
 * Documents are the one place where full personal data belongs (they are signed by
 * the parties and filed with a court), so ID numbers and phones are not masked here.
 */

export interface PartyFacts {
  role: 'applicant' | 'respondent' | 'third_party';
  kind: 'person' | 'organization';
  name: string;
  idNumber: string | null;
  uscc: string | null;
  phone: string | null;
  address: string | null;
}

export interface CaseFacts {
  code: string;
  title: string;
  categoryName: string;
  description: string;
  address: string | null;
  amountFen: number | null;
  riskLevel: string | null;
  registeredAt: Date;
  concludedAt: Date | null;
  centerName: string;
  handlingUnitName: string | null;
  mediatorName: string | null;
  parties: PartyFacts[];
}

export interface SessionFacts {
  mode: 'center' | 'circuit' | 'enterprise_station' | 'online';
  startsAt: Date;
  endsAt: Date;
  place: string;
  minutes: string | null;
  recorderName: string | null;
  outcome: 'agreement' | 'partial' | 'no_agreement' | 'adjourned' | null;
  participants: { kind: 'staff' | 'expert' | 'party'; name: string; role: string | null; attendance: 'invited' | 'present' | 'absent' }[];
}

export interface TermFacts {
  ordinal: number;
  kind: 'payment' | 'action' | 'refrain' | 'other';
  description: string;
  amountFen: number | null;
  dueOn: string | null;
  obligorName: string | null;
  obligeeName: string | null;
  fulfilled: boolean;
}

export interface AgreementFacts {
  summary: string;
  totalFen: number;
  concludedOn: string | null;
  terms: TermFacts[];
  signatures: { name: string; status: 'pending' | 'signed' | 'refused'; signedAt: Date | null }[];
}

export interface JudicialFacts {
  courtName: string;
  appliedOn: string;
}

export interface DocumentFacts {
  case: CaseFacts;
  session?: SessionFacts;
  agreement?: AgreementFacts;
  judicial?: JudicialFacts;
  /** the version this document will get, for its number */
  version: number;
  now: Date;
}

const ROLE = { applicant: '申请人', respondent: '被申请人', third_party: '第三人' } as const;
const TERM_KIND = { payment: '给付', action: '作为', refrain: '不作为', other: '其他' } as const;
const MODE = { center: '中心调解', circuit: '巡回调解', enterprise_station: '企业调解站调解', online: '线上调解' } as const;
const OUTCOME = { agreement: '达成调解协议', partial: '达成部分协议', no_agreement: '未达成协议', adjourned: '择期继续调解' } as const;
const ATTENDANCE = { present: '到场', absent: '缺席', invited: '已通知' } as const;
const SIGNATURE = { signed: '已签字', pending: '待签字', refused: '拒绝签字' } as const;
const RISK: Record<string, string> = { low: '低', medium: '中', high: '高' };
const ABBR: Record<DocumentKind, string> = { application: '申', minutes: '笔', agreement: '协', follow_up_record: '访', judicial_confirmation_application: '确' };
const ORDINALS = '一二三四五六七八九十';

/** 一 … 十, 十一 … 九十九: the numbering of agreement terms. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ORDINALS[tens - 1]}十${ones ? ORDINALS[ones - 1] : ''}`;
}

/** Birth date and sex from an 18-digit resident ID number (GB 11643), or nothing. */
export function fromIdNumber(idNumber: string | null): { gender: string; birthDate: string } {
  if (!idNumber || !/^\d{17}[\dXx]$/.test(idNumber)) return { gender: '', birthDate: '' };
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  return { gender: Number(idNumber[16]) % 2 === 1 ? '男' : '女', birthDate: figureDate(birth) };
}

function partyData(p: PartyFacts, i: number) {
  const person = p.kind === 'person';
  const { gender, birthDate } = person ? fromIdNumber(p.idNumber) : { gender: '', birthDate: '' };
  const idNumber = (person ? p.idNumber : (p.uscc ?? p.idNumber)) ?? '';
  const parts = [`${ROLE[p.role]}：${p.name}`];
  if (gender) parts.push(gender);
  if (birthDate) parts.push(`${birthDate}出生`);
  if (idNumber) parts.push(person ? `公民身份号码${idNumber}` : `统一社会信用代码${idNumber}`);
  if (p.address) parts.push(`${person ? '住址' : '住所地'}：${p.address}`);
  if (p.phone) parts.push(`联系电话：${p.phone}`);
  return { no: String(i + 1), role: ROLE[p.role], name: p.name, gender, ethnicity: '', birthDate, idNumber, address: p.address ?? '', phone: p.phone ?? '', line: `${parts.join('，')}。` };
}

function termData(t: TermFacts, i: number) {
  const amount = t.amountFen !== null ? figureAmount(t.amountFen) : '';
  const amountCapital = t.amountFen !== null ? rmbCapital(t.amountFen) : '';
  const dueDate = t.dueOn ? chineseDate(t.dueOn) : '';
  let text = t.description;
  if (t.amountFen !== null) text += `，金额${amount}（${amountCapital}）`;
  if (t.obligorName && t.kind === 'payment') text = `${t.obligorName}${t.obligeeName ? `向${t.obligeeName}` : ''}：${text}`;
  if (dueDate) text += `，于${dueDate}前履行完毕`;
  return { no: chineseOrdinal(i + 1), description: t.description, kind: TERM_KIND[t.kind], obligor: t.obligorName ?? '', obligee: t.obligeeName ?? '', amount, amountCapital, dueDate, fulfilled: t.fulfilled ? '已履行' : '未履行', text: `${text}。` };
}

/** 邻里纠纷 stays, 消费维权 becomes 消费维权纠纷: the 案由 always names a dispute. */
const dispute = (category: string) => (category.endsWith('纠纷') ? category : `${category}纠纷`);

function caseData(f: DocumentFacts, kind: DocumentKind) {
  const c = f.case;
  const parties = c.parties.map(partyData);
  const names = (roles: PartyFacts['role'][]) => c.parties.filter((p) => roles.includes(p.role)).map((p) => p.name).join('、');
  const committee = c.centerName.endsWith('委员会') ? c.centerName : `${c.centerName}人民调解委员会`;
  return {
    docNumber: `${c.code}-${ABBR[kind]}${f.version}`,
    caseCode: c.code,
    caseTitle: c.title,
    category: dispute(c.categoryName),
    description: c.description,
    caseAddress: c.address ?? '',
    disputeAmount: c.amountFen !== null ? figureAmount(c.amountFen) : '',
    disputeAmountCapital: c.amountFen !== null ? rmbCapital(c.amountFen) : '',
    registeredDate: chineseDate(beijingDate(c.registeredAt)),
    centerName: c.centerName,
    committeeName: committee,
    handlingUnitName: c.handlingUnitName ?? '',
    mediatorName: c.mediatorName ?? '',
    today: chineseDate(beijingDate(f.now)),
    applicantNames: names(['applicant']),
    respondentNames: names(['respondent', 'third_party']),
    parties,
    applicants: parties.filter((_p, i) => c.parties[i]!.role === 'applicant').map((p, i) => ({ ...p, no: String(i + 1) })),
    respondents: parties.filter((_p, i) => c.parties[i]!.role !== 'applicant').map((p, i) => ({ ...p, no: String(i + 1) })),
  };
}

function agreementData(a: AgreementFacts, partyCount: number) {
  const terms = [...a.terms].sort((x, y) => x.ordinal - y.ordinal).map(termData);
  const copies = partyCount + 1;
  return {
    agreementSummary: a.summary,
    terms,
    totalAmount: figureAmount(a.totalFen),
    totalAmountCapital: rmbCapital(a.totalFen),
    concludedDate: a.concludedOn ? chineseDate(a.concludedOn) : '',
    copies: String(copies),
    copiesCapital: chineseOrdinal(copies),
    signatures: a.signatures.map((s) => ({ name: s.name, status: SIGNATURE[s.status], signedDate: s.signedAt ? chineseDate(beijingDate(s.signedAt)) : '' })),
  };
}

/** Which facts each kind cannot do without (the service answers 409 when one is missing). */
export const REQUIRED_FACTS: Record<DocumentKind, readonly ('session' | 'agreement' | 'judicial')[]> = {
  application: [],
  minutes: ['session'],
  agreement: ['agreement'],
  follow_up_record: [],
  judicial_confirmation_application: ['agreement', 'judicial'],
};

/** The data a template of `kind` is rendered with. */
export function documentData(kind: DocumentKind, f: DocumentFacts): Record<string, unknown> {
  const base = caseData(f, kind);
  const partyCount = f.case.parties.length;
  switch (kind) {
    case 'application': {
      const amount = f.case.amountFen !== null ? `，涉及金额${figureAmount(f.case.amountFen)}（${rmbCapital(f.case.amountFen)}）` : '';
      return {
        ...base,
        claims: `请求人民调解委员会依法调解申请人${base.applicantNames}与被申请人${base.respondentNames || '—'}之间的${base.category}${amount}。`,
        facts: f.case.description,
      };
    }
    case 'minutes': {
      const s = f.session!;
      const lines = (s.minutes ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      return {
        ...base,
        sessionTime: `${beijingDateTime(s.startsAt)} 至 ${beijingDateTime(s.endsAt).slice(-5)}`,
        sessionDate: chineseDate(beijingDate(s.startsAt)),
        sessionPlace: s.place,
        sessionMode: MODE[s.mode],
        recorderName: s.recorderName ?? '',
        outcome: s.outcome ? OUTCOME[s.outcome] : '',
        staffNames: s.participants.filter((p) => p.kind !== 'party').map((p) => p.name).join('、'),
        participants: s.participants.map((p) => ({ name: p.name, role: p.role ?? (p.kind === 'expert' ? '专家' : p.kind === 'staff' ? '调解员' : '当事人'), attendance: ATTENDANCE[p.attendance] })),
        minutesLines: lines.length ? lines.map((text) => ({ text })) : [{ text: '（本次调解未录入笔录）' }],
      };
    }
    case 'agreement': {
      const a = agreementData(f.agreement!, partyCount);
      const due = a.terms.filter((t) => t.dueDate || t.amount);
      const performance = due.length
        ? due.map((t) => `${t.obligor || '义务人'}${t.amount ? `支付${t.amount}（${t.amountCapital}）` : `履行第${t.no}项`}${t.dueDate ? `，于${t.dueDate}前履行完毕` : ''}`).join('；') + '。'
        : '各方当事人于本协议签订之日起自觉履行。';
      return { ...base, ...a, performance };
    }
    case 'follow_up_record': {
      const a = f.agreement ? agreementData(f.agreement, partyCount) : undefined;
      return {
        ...base,
        riskLevel: f.case.riskLevel ? (RISK[f.case.riskLevel] ?? f.case.riskLevel) : '',
        resolvedDate: f.case.concludedAt ? chineseDate(beijingDate(f.case.concludedAt)) : '',
        hasObligations: (a?.terms.length ?? 0) > 0,
        agreementSummary: a?.agreementSummary ?? '',
        terms: a?.terms ?? [],
        totalAmount: a?.totalAmount ?? '',
        totalAmountCapital: a?.totalAmountCapital ?? '',
        concludedDate: a?.concludedDate ?? '',
        copies: a?.copies ?? '',
        copiesCapital: a?.copiesCapital ?? '',
      };
    }
    case 'judicial_confirmation_application': {
      const a = agreementData(f.agreement!, partyCount);
      const j = f.judicial!;
      const on = a.concludedDate || '　年　月　日';
      return {
        ...base,
        ...a,
        // both sides apply together: every party is an 申请人 here
        parties: base.parties.map((p) => ({ ...p, role: '申请人', line: p.line.replace(/^[^：]+：/, '申请人：') })),
        courtName: j.courtName,
        appliedDate: chineseDate(j.appliedOn),
        claims: `请求人民法院依法确认申请人于${on}经${base.committeeName}主持调解达成的人民调解协议有效。`,
        facts: `申请人之间因${base.category}发生争议，经${base.committeeName}主持调解，于${on}自愿达成人民调解协议。${a.agreementSummary}协议内容如下：${a.terms.map((t) => `${t.no}、${t.text}`).join('')}`,
      };
    }
  }
}
