// Number formats of the dashboard. Missing values (null) show as an em dash.
export const DASH = '—';

export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return DASH;
  return `${(rate * 100).toFixed(1)}%`;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Fen (integer) to yuan with exactly two decimals, without floating-point division. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return DASH;
  const whole = Math.trunc(fen);
  const negative = whole < 0;
  const abs = BigInt(Math.abs(whole));
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}
