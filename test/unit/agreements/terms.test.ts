import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isValidDate, shanghaiDate, yuan } from '../../../src/domain/agreements/dates.js';
import { draftProblems, paymentSum, type TermInput } from '../../../src/domain/agreements/terms.js';

const A = 'a0000000-0000-4000-8000-000000000001';
const B = 'b0000000-0000-4000-8000-000000000002';
const X = 'c0000000-0000-4000-8000-000000000003';
const ctx = { partyIds: new Set([A, B]), today: '2026-03-10' };
const pay = (amountFen: number, over: Partial<TermInput> = {}): TermInput => ({ obligorPartyId: B, obligeePartyId: A, kind: 'payment', description: '赔偿维修费', amountFen, ...over });

describe('agreement terms', () => {
  it('sums only payment terms', () => {
    expect(paymentSum([pay(100_00), pay(50_50), { obligorPartyId: B, kind: 'action', description: '修复防水层' }])).toBe(150_50);
    expect(paymentSum([])).toBe(0);
  });

  it('accepts a draft whose payments add up to the total', () => {
    expect(draftProblems({ summary: 's', totalFen: 3_000_00, terms: [pay(1_000_00, { dueOn: '2026-03-10' }), pay(2_000_00, { dueOn: '2026-04-10' })] }, ctx)).toEqual({});
  });

  it('accepts non-payment terms with a zero total', () => {
    expect(draftProblems({ summary: 's', totalFen: 0, terms: [{ obligorPartyId: B, obligeePartyId: null, kind: 'refrain', description: '不再在楼道堆放杂物' }] }, ctx)).toEqual({});
  });

  it('names totalFen with both figures when the sum differs', () => {
    const p = draftProblems({ summary: 's', totalFen: 3_000_00, terms: [pay(1_000_00), pay(1_500_50)] }, ctx);
    expect(Object.keys(p)).toEqual(['totalFen']);
    expect(p.totalFen!['zh-CN']).toBe('各项给付金额合计 ¥2,500.50 与协议总额 ¥3,000.00 不一致');
    expect(p.totalFen!.en).toContain('¥2,500.50');
  });

  it('needs at least one term', () => {
    expect(Object.keys(draftProblems({ summary: 's', totalFen: 0, terms: [] }, ctx))).toEqual(['terms']);
  });

  it('a payment term needs a positive amount; other kinds carry none', () => {
    const p = draftProblems({ summary: 's', totalFen: 0, terms: [pay(0), { obligorPartyId: B, kind: 'action', description: 'x', amountFen: 500 }, { ...pay(0), amountFen: null }] }, ctx);
    expect(Object.keys(p).sort()).toEqual(['terms.0.amountFen', 'terms.1.amountFen', 'terms.2.amountFen']);
  });

  it('parties must be parties of the case and differ', () => {
    const p = draftProblems({ summary: 's', totalFen: 200, terms: [pay(100, { obligorPartyId: X }), pay(100, { obligeePartyId: B })] }, ctx);
    expect(Object.keys(p).sort()).toEqual(['terms.0.obligorPartyId', 'terms.1.obligeePartyId']);
    expect(p['terms.1.obligeePartyId']!['zh-CN']).toContain('不能是同一人');
    expect(Object.keys(draftProblems({ summary: 's', totalFen: 100, terms: [pay(100, { obligeePartyId: X })] }, ctx))).toEqual(['terms.0.obligeePartyId']);
  });

  it('due dates not before today, and real dates', () => {
    expect(Object.keys(draftProblems({ summary: 's', totalFen: 100, terms: [pay(100, { dueOn: '2026-03-09' })] }, ctx))).toEqual(['terms.0.dueOn']);
    expect(Object.keys(draftProblems({ summary: 's', totalFen: 100, terms: [pay(100, { dueOn: '2026-02-30' })] }, ctx))).toEqual(['terms.0.dueOn']);
    expect(draftProblems({ summary: 's', totalFen: 100, terms: [pay(100, { dueOn: '2026-03-10' })] }, ctx)).toEqual({});
  });
});

describe('calendar dates', () => {
  it('today in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-03-09T15:59:59Z'))).toBe('2026-03-09');
    expect(shanghaiDate(new Date('2026-03-09T16:00:00Z'))).toBe('2026-03-10');
  });
  it('adds days across months and leap years', () => {
    expect(addDays('2026-01-31', 29)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-1-01')).toBe(false);
  });
  it('formats yuan', () => {
    expect(yuan(0)).toBe('¥0.00');
    expect(yuan(123_456_78)).toBe('¥123,456.78');
  });
});
