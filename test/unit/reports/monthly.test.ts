import { describe, expect, it } from 'vitest';
import { changeText, countChange, monthPeriods, parseMonth, percent, rateChange, yuan } from '../../../src/domain/reports/monthly.js';

describe('monthly report periods', () => {
  it('takes a past month whole, against the previous month and the same month a year before', () => {
    expect(monthPeriods('2026-03', '2026-05-10')).toEqual({
      month: '2026-03',
      current: { from: '2026-03-01', to: '2026-03-31' },
      previous: { from: '2026-02-01', to: '2026-02-28' },
      lastYear: { from: '2025-03-01', to: '2025-03-31' },
      partial: false,
    });
    expect(monthPeriods('2026-01', '2026-05-10')!.previous).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(monthPeriods('2024-02', '2026-05-10')!.current.to).toBe('2024-02-29');
    expect(monthPeriods('2024-02', '2026-05-10')!.lastYear.to).toBe('2023-02-28');
  });

  it('cuts a running month at today and compares the same days', () => {
    expect(monthPeriods('2026-03', '2026-03-31')).toMatchObject({ current: { to: '2026-03-31' }, previous: { to: '2026-02-28' }, partial: true });
    expect(monthPeriods('2026-03', '2026-03-05')).toMatchObject({
      current: { from: '2026-03-01', to: '2026-03-05' },
      previous: { from: '2026-02-01', to: '2026-02-05' },
      lastYear: { from: '2025-03-01', to: '2025-03-05' },
      partial: true,
    });
  });

  it('refuses a month after today’s and malformed months', () => {
    expect(monthPeriods('2026-04', '2026-03-31')).toBeNull();
    for (const bad of ['2026-13', '2026-00', '2026-3', '26-03', '2026-03-01']) expect(parseMonth(bad), bad).toBeNull();
  });
});

describe('monthly report comparisons', () => {
  it('gives changes of counts in percent and of rates in percentage points', () => {
    expect(changeText(countChange(4, 2))).toBe('上升100.0%');
    expect(changeText(countChange(3, 4))).toBe('下降25.0%');
    expect(changeText(countChange(5, 5))).toBe('持平');
    expect(changeText(countChange(0, 0))).toBe('持平');
    expect(changeText(countChange(3, 0))).toBe('上期为0');
    expect(changeText(rateChange(0.973, 0.951))).toBe('提高2.2个百分点');
    expect(changeText(rateChange(0.9, 0.95))).toBe('下降5.0个百分点');
    expect(changeText(rateChange(null, 0.9))).toBe('—');
    expect(changeText(countChange(4, 2), 'en')).toBe('+100.0%');
  });

  it('writes rates and money as a report does', () => {
    expect(percent(0.973)).toBe('97.3%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
    expect(yuan(5_000_000)).toBe('50,000.00');
    expect(yuan(123_456)).toBe('1,234.56');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-250)).toBe('-2.50');
  });
});
