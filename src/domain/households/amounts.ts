/**
 * Money of households: integer fen, written by people in 元 ("1,234.5", "1234.50元").
 * Pure; no floating-point arithmetic on amounts.
 */

/** Largest amount accepted for one household (一亿元): beyond it the figure is a typing error. */
export const MAX_HOUSEHOLD_FEN = 100_000_000_00;

/**
 * Fen from a figure in 元 with at most two decimals, ≥ 0, with optional thousands
 * separators and a trailing 元; null when it is not such a figure.
 */
export function yuanToFen(text: string): number | null {
  const s = text.trim().replace(/[,，]/g, '').replace(/元$/, '').trim();
  const m = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen <= MAX_HOUSEHOLD_FEN ? fen : null;
}

/** 元 with two decimals: 123456 → '1234.56'. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A ratio of a claim, rounded half up to the fen, computed on integers: the ratio is
 * taken to four decimals (e.g. 0.8 or 0.8535).
 */
export function ratioOf(claimFen: number, ratio: number): number {
  const basis = Math.round(ratio * 10_000);
  return Math.floor((claimFen * basis + 5_000) / 10_000);
}
