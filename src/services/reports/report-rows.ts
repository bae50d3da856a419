/**
 * The rows of the monthly report shared by the .xlsx and the .docx, so both files (and the
 * narrative) print the same figures with the same labels. Pure.
 */
import type { Kpis } from '../../domain/kpi/compute.js';
import type { KpiKey } from '../../domain/kpi/definitions.js';
import { type Change, changeText, countChange, percent, rateChange, yuan } from '../../domain/reports/monthly.js';
import type { MonthlyReport } from './monthly-report.js';

export type ValueKind = 'count' | 'rate' | 'minutes' | 'days' | 'fen';

export interface KpiRow {
  key: KpiKey;
  label: string;
  kind: ValueKind;
  current: number | null;
  previous: number | null;
  lastYear: number | null;
  /** 环比 */
  mom: Change;
  /** 同比 */
  yoy: Change;
}

const KPI_ROWS: { key: KpiKey; label: string; kind: ValueKind; value: (k: Kpis) => number | null }[] = [
  { key: 'registered', label: '登记量（件）', kind: 'count', value: (k) => k.registered },
  { key: 'accepted', label: '受理量（件）', kind: 'count', value: (k) => k.accepted },
  { key: 'concluded', label: '办结量（件）', kind: 'count', value: (k) => k.concluded },
  { key: 'resolved', label: '化解量（件）', kind: 'count', value: (k) => k.resolved },
  { key: 'closureRate', label: '办结率', kind: 'rate', value: (k) => k.closureRate },
  { key: 'resolutionRate', label: '化解成功率', kind: 'rate', value: (k) => k.resolutionRate },
  { key: 'onTimeResponseRate', label: '按时响应率', kind: 'rate', value: (k) => k.onTimeResponseRate },
  { key: 'responseMinutes', label: '响应时长中位数（工作分钟）', kind: 'minutes', value: (k) => k.responseMinutes.median },
  { key: 'durationDays', label: '办理时长中位数（天）', kind: 'days', value: (k) => k.durationDays.median },
  { key: 'durationDays', label: '办理时长90分位（天）', kind: 'days', value: (k) => k.durationDays.p90 },
  { key: 'satisfactionRate', label: '满意率', kind: 'rate', value: (k) => k.satisfactionRate },
  { key: 'reboundRate', label: '反弹率', kind: 'rate', value: (k) => k.reboundRate },
  { key: 'moneyRecoveredFen', label: '挽回金额（元）', kind: 'fen', value: (k) => k.moneyRecoveredFen },
  { key: 'followUpOnTimeRate', label: '回访按时率', kind: 'rate', value: (k) => k.followUpOnTimeRate },
  { key: 'screeningCoverage', label: '排查覆盖率', kind: 'rate', value: (k) => k.screeningCoverage },
];

function change(kind: ValueKind, cur: number | null, base: number | null): Change {
  if (kind === 'rate') return rateChange(cur, base);
  if (cur === null || base === null) return { kind: 'none' };
  return countChange(cur, base);
}

export function kpiRows(r: MonthlyReport): KpiRow[] {
  return KPI_ROWS.map((row) => {
    const current = row.value(r.current);
    const previous = row.value(r.previous);
    const lastYear = row.value(r.lastYear);
    return { key: row.key, label: row.label, kind: row.kind, current, previous, lastYear, mom: change(row.kind, current, previous), yoy: change(row.kind, current, lastYear) };
  });
}

/** The streets as both files list them: the ranked ones by closure rate (then sample), then those whose sample is too small to rank. */
export function streetRanking(r: MonthlyReport): { ranked: MonthlyReport['streets']; unranked: MonthlyReport['streets'] } {
  const ranked = r.streets.filter((s) => s.ranked).sort((a, b) => (b.kpis.closureRate ?? -1) - (a.kpis.closureRate ?? -1) || b.sample - a.sample);
  return { ranked, unranked: r.streets.filter((s) => !s.ranked) };
}

/** A value as printed in the .docx and the narrative. */
export function show(kind: ValueKind, v: number | null): string {
  if (v === null) return '—';
  switch (kind) {
    case 'rate':
      return percent(v);
    case 'fen':
      return yuan(v);
    case 'minutes':
    case 'days':
      return v.toFixed(1);
    default:
      return String(v);
  }
}

export const showChange = (c: Change) => changeText(c);

/** Share of a part in a whole, as a percentage with one decimal. */
export const share = (part: number, whole: number) => (whole > 0 ? percent(part / whole) : '—');

/** 2026-03 → 2026年3月 */
export function monthLabel(month: string): string {
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
}

/** 2026-03-15 → 2026年3月15日 */
export function dayLabel(day: string): string {
  return `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

/** An instant in Beijing time, 2026-03-02 09:05. */
export function beijingTime(iso: string | Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

export function reportTitle(r: MonthlyReport): string {
  return `${r.center.name}${monthLabel(r.periods.month)}矛盾纠纷多元化解工作月报`;
}
