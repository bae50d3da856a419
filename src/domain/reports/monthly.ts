/**
 * The periods and comparisons of a monthly report (月报). Pure.
 * A month still running is reported up to today, and compared with the same days of the
 * previous month (环比) and of the same month a year before (同比), so that a half month is
 * never set against a whole one.
 */
import type { DayPeriod } from '../kpi/period.js';

export interface MonthPeriods {
  month: string;
  current: DayPeriod;
  previous: DayPeriod;
  lastYear: DayPeriod;
  /** true while the month is still running (current ends today) */
  partial: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** 'YYYY-MM' with a real month, else null. */
export function parseMonth(s: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= 1970 && month >= 1 && month <= 12 ? { year, month } : null;
}

function monthPeriod(year: number, month: number, uptoDay: number): DayPeriod {
  const last = Math.min(daysIn(year, month), uptoDay);
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

/** The periods of the report of `month` seen on `today` ('YYYY-MM-DD'); null for a month after today's. */
export function monthPeriods(month: string, today: string): MonthPeriods | null {
  const p = parseMonth(month);
  if (!p) return null;
  const thisMonth = today.slice(0, 7);
  if (month > thisMonth) return null;
  const partial = month === thisMonth;
  const upto = partial ? Number(today.slice(8, 10)) : 31;
  const prev = p.month === 1 ? { year: p.year - 1, month: 12 } : { year: p.year, month: p.month - 1 };
  return {
    month,
    current: monthPeriod(p.year, p.month, upto),
    previous: monthPeriod(prev.year, prev.month, upto),
    lastYear: monthPeriod(p.year - 1, p.month, upto),
    partial,
  };
}

export type Change =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'pct'; value: number }
  | { kind: 'points'; value: number };

/** Change of a count against its base, in percent with one decimal; 'new' from 0, 'none' when both are missing. */
export function countChange(current: number, base: number): Change {
  if (base === 0) return current === 0 ? { kind: 'pct', value: 0 } : { kind: 'new' };
  return { kind: 'pct', value: Math.round(((current - base) / base) * 1000) / 10 };
}

/** Change of a rate (0..1) against its base, in percentage points with one decimal; 'none' when either is null. */
export function rateChange(current: number | null, base: number | null): Change {
  if (current === null || base === null) return { kind: 'none' };
  return { kind: 'points', value: Math.round((current - base) * 1000) / 10 };
}

/** A change as a report writes it: 上升12.5% / 下降3.0% / 持平 / 提高1.2个百分点 / 上期为0 / —. */
export function changeText(c: Change, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  switch (c.kind) {
    case 'none':
      return zh ? '—' : '—';
    case 'new':
      return zh ? '上期为0' : 'none before';
    case 'pct':
      if (c.value === 0) return zh ? '持平' : 'unchanged';
      return zh ? `${c.value > 0 ? '上升' : '下降'}${Math.abs(c.value).toFixed(1)}%` : `${c.value > 0 ? '+' : '−'}${Math.abs(c.value).toFixed(1)}%`;
    case 'points':
      if (c.value === 0) return zh ? '持平' : 'unchanged';
      return zh ? `${c.value > 0 ? '提高' : '下降'}${Math.abs(c.value).toFixed(1)}个百分点` : `${c.value > 0 ? '+' : '−'}${Math.abs(c.value).toFixed(1)} pp`;
  }
}

/** A rate as a percentage with one decimal (97.3%), '—' when null. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Fen as yuan with two decimals and thousands separators, from integers only. */
export function yuan(fen: number): string {
  const neg = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}
