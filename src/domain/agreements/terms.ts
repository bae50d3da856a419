import { isValidDate, yuan } from './dates.js';

export const TERM_KINDS = ['payment', 'action', 'refrain', 'other'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const AGREEMENT_STATUSES = ['draft', 'signing', 'signed', 'void'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface TermInput {
  obligorPartyId: string;
  obligeePartyId?: string | null;
  kind: TermKind;
  description: string;
  amountFen?: number | null;
  dueOn?: string | null;
}

export interface DraftInput {
  summary: string;
  totalFen: number;
  terms: readonly TermInput[];
}

export type Bilingual = { 'zh-CN': string; en: string };

/** The sum of the payment terms (other kinds carry no money). */
export function paymentSum(terms: readonly TermInput[]): number {
  return terms.reduce((s, t) => s + (t.kind === 'payment' ? t.amountFen ?? 0 : 0), 0);
}

/**
 * What is wrong with a draft agreement, field by field (empty when it may be saved):
 * at least one term, obligor and obligee parties of the case and not the same,
 * payment terms with a positive amount, other kinds with none, due dates from today on,
 * and the payment amounts adding up to the total.
 */
export function draftProblems(input: DraftInput, ctx: { partyIds: ReadonlySet<string>; today: string }): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = {};
  if (input.terms.length === 0) out.terms = { 'zh-CN': '请至少填写一项协议条款', en: 'Add at least one term' };
  input.terms.forEach((t, i) => {
    const at = `terms.${i}`;
    const n = i + 1;
    if (!ctx.partyIds.has(t.obligorPartyId)) out[`${at}.obligorPartyId`] = { 'zh-CN': `第 ${n} 项：义务人须为本案当事人`, en: `Term ${n}: the obligor must be a party of the case` };
    if (t.obligeePartyId) {
      if (!ctx.partyIds.has(t.obligeePartyId)) out[`${at}.obligeePartyId`] = { 'zh-CN': `第 ${n} 项：权利人须为本案当事人`, en: `Term ${n}: the obligee must be a party of the case` };
      else if (t.obligeePartyId === t.obligorPartyId) out[`${at}.obligeePartyId`] = { 'zh-CN': `第 ${n} 项：义务人与权利人不能是同一人`, en: `Term ${n}: obligor and obligee must differ` };
    }
    if (t.kind === 'payment') {
      if (t.amountFen === null || t.amountFen === undefined || t.amountFen <= 0) out[`${at}.amountFen`] = { 'zh-CN': `第 ${n} 项：给付条款须填写金额`, en: `Term ${n}: a payment term needs an amount` };
    } else if (t.amountFen) {
      out[`${at}.amountFen`] = { 'zh-CN': `第 ${n} 项：只有给付条款可以填写金额`, en: `Term ${n}: only payment terms carry an amount` };
    }
    if (t.dueOn) {
      if (!isValidDate(t.dueOn)) out[`${at}.dueOn`] = { 'zh-CN': `第 ${n} 项：履行期限不是有效日期`, en: `Term ${n}: the due date is not a valid date` };
      else if (t.dueOn < ctx.today) out[`${at}.dueOn`] = { 'zh-CN': `第 ${n} 项：履行期限不能早于今天`, en: `Term ${n}: the due date cannot be before today` };
    }
  });
  const sum = paymentSum(input.terms);
  if (input.terms.length > 0 && sum !== input.totalFen) {
    out.totalFen = { 'zh-CN': `各项给付金额合计 ${yuan(sum)} 与协议总额 ${yuan(input.totalFen)} 不一致`, en: `The payment terms add up to ${yuan(sum)}, not the agreement total ${yuan(input.totalFen)}` };
  }
  return out;
}
