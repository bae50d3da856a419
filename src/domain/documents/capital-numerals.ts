/**
 * Amounts and dates as written on the documents of people's mediation.
 *
 * Capital numerals follow the banking practice of 《支付结算办法》(正确填写票据和结算凭证的基本规定):
 * - 壹拾 for a leading ten (壹拾万元整, never 拾万元整), so that nothing can be written before it;
 * - zeros between digits are written as one 零 (壹万零伍元整, 陆仟零柒元), also across the 万/亿
 *   sections (壹亿零伍元整); a zero at the end of a section before a non-zero 仟 is not written
 *   (壹拾万柒仟元整) — the rules allow either form, this one is chosen throughout;
 * - 整 after 元 or 角 when there are no 分; 元零X分 when 角 is zero and 分 is not;
 *   no 零 between 元 and a non-zero 角 (壹仟陆佰捌拾元叁角贰分);
 * - below one yuan no 元 is written (伍角整, 伍分); zero is 零元整.
 * Pure functions: no clock, no I/O.
 */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const SECTION_UNITS = ['', '万', '亿'] as const;
/** Below 1 万亿 yuan: far beyond any agreement, and exact in a double. */
export const MAX_CAPITAL_FEN = 10 ** 14 - 1;

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_CAPITAL_FEN) throw new RangeError(`amount out of range: ${fen}`);
}

/** One section of up to four digits (1–9999) with 零 between non-zero digits. */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[pos]!;
  }
  return out;
}

/** Whole yuan in capitals without the 元 (0 → ''). */
function integerPart(yuan: number): string {
  const sections: number[] = [];
  for (let v = yuan; v > 0; v = Math.floor(v / 10_000)) sections.push(v % 10_000);
  let out = '';
  let pendingZero = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i]!;
    if (s === 0) {
      if (out) pendingZero = true;
      continue;
    }
    // a higher section was written and this one starts below 仟: the gap is read as 零
    if (out && (pendingZero || s < 1000)) out += '零';
    pendingZero = false;
    out += section(s) + SECTION_UNITS[i]!;
  }
  return out;
}

/** 壹拾贰万叁仟肆佰伍拾陆元柒角捌分 / 壹万零伍元整 / 伍角整 / 零元整. */
export function capitalAmount(fen: number): string {
  assertFen(fen);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const whole = integerPart(yuan);
  if (!whole && !jiao && !cents) return '零元整';
  let out = whole ? `${whole}元` : '';
  if (jiao) out += `${DIGITS[jiao]}角`;
  else if (cents && whole) out += '零';
  if (cents) out += `${DIGITS[cents]}分`;
  else out += '整';
  return out;
}

/** 人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分 */
export function rmbCapital(fen: number): string {
  return `人民币${capitalAmount(fen)}`;
}

/** ¥123,456.78 */
export function figureAmount(fen: number): string {
  assertFen(fen);
  const yuan = Math.floor(fen / 100);
  const rest = String(fen % 100).padStart(2, '0');
  return `¥${String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${rest}`;
}

/** 123456.78 元 style without the sign, for inline text (123,456.78). */
export function plainYuan(fen: number): string {
  return figureAmount(fen).slice(1);
}

const DATE_DIGITS = '〇一二三四五六七八九';

/** 1–31 the way months and days are written: 一, 十, 十一, 二十, 二十九, 三十一. */
function smallNumber(n: number): string {
  if (n < 10) return DATE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DATE_DIGITS[tens]}十${ones ? DATE_DIGITS[ones] : ''}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-11-29' → 二〇二六年十一月二十九日 (the form of signatures and court documents). */
export function chineseDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not a date: ${isoDate}`);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new RangeError(`not a date: ${isoDate}`);
  const year = [...m[1]!].map((d) => DATE_DIGITS[Number(d)]).join('');
  return `${year}年${smallNumber(month)}月${smallNumber(day)}日`;
}

/** '2026-11-29' → 2026年11月29日 (figures, for running text). */
export function figureDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not a date: ${isoDate}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The Beijing calendar date of an instant (China keeps UTC+8 all year). */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The Beijing wall time of an instant: 2026年11月29日 14:30. */
export function beijingDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
  return `${figureDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}
