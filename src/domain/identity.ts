/**
 * Identity rules: validation and masking of Chinese identifiers.
 *
 * Pure functions only (no clock, no I/O):
 * - resident ID numbers (GB 11643-1999, check character by ISO 7064 MOD 11-2);
 * - unified social credit codes (GB 32100-2015);
 * - mobile and landline phone numbers;
 * - default masking of ID numbers, phones and addresses (PIPL: sensitive personal
 *   information is masked unless a role needs it and the reveal is audited).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character by (weighted sum mod 11). */
const ID_CHECK_CHARS = '10X98765432';

const FIRST17_DIGITS = /^\d{17}$/;
const ID_NUMBER_SHAPE = /^\d{17}[\dXx]$/;

/** ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') of the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  if (!FIRST17_DIGITS.test(first17)) {
    throw new RangeError('idNumberCheckChar expects exactly 17 ASCII digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether `yyyymmdd` is a calendar date with a plausible birth year (1900–2099).
 * The upper bound is deliberately loose: "not in the future" needs a clock, which
 * belongs to the caller.
 */
export function isValidBirthDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || year > 2099) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether `s` is a valid 18-character resident ID number: 17 digits plus a check
 * character (a lowercase 'x' is accepted), a valid date of birth at positions 7–14
 * and a correct check character.
 */
export function isValidIdNumber(s: string): boolean {
  if (!ID_NUMBER_SHAPE.test(s)) return false;
  if (!isValidBirthDate(s.slice(6, 14))) return false;
  return idNumberCheckChar(s.slice(0, 17)) === s[17]!.toUpperCase();
}

/** GB 32100-2015 character set (no I, O, Z, S, V); a character's value is its index. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_FIRST17 = /^[0-9A-HJ-NP-RTUWXY]{17}$/;
const USCC_SHAPE = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

/** GB 32100-2015 check character of the first 17 characters of a unified social credit code. */
export function usccCheckChar(first17: string): string {
  if (!USCC_FIRST17.test(first17)) {
    throw new RangeError('usccCheckChar expects 17 characters of the GB 32100-2015 charset');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return USCC_CHARSET[check === 31 ? 0 : check]!;
}

/**
 * Whether `s` is a valid unified social credit code: 18 characters of the
 * GB 32100-2015 charset (upper case; normalise user input before calling) with a
 * correct check character.
 */
export function isValidUscc(s: string): boolean {
  if (!USCC_SHAPE.test(s)) return false;
  return usccCheckChar(s.slice(0, 17)) === s[17];
}

const MOBILE = /^1[3-9]\d{9}$/;
/** Area code (0 + 2 or 3 digits), optional hyphen, 7–8 digit local number not starting with 0/1. */
const LANDLINE = /^(0\d{2,3})(-?)([2-9]\d{6,7})$/;

/** Whether `s` is a mainland Chinese mobile number (11 digits, 1[3-9]…). */
export function isValidMobile(s: string): boolean {
  return MOBILE.test(s);
}

/**
 * Area-code length for a landline number written without a hyphen: the big-city
 * codes 010 and 020–029 have 3 digits, all others 4 (e.g. 0472 for Baotou).
 */
function areaCodeLength(digits: string): number {
  return digits[1] === '1' || digits[1] === '2' ? 3 : 4;
}

/** Splits a landline into area code, separator and local number, or null. */
function parseLandline(s: string): { area: string; sep: string; local: string } | null {
  const m = LANDLINE.exec(s);
  if (!m) return null;
  const sep = m[2]!;
  const digits = s.replace('-', '');
  const len = areaCodeLength(digits);
  const area = digits.slice(0, len);
  const local = digits.slice(len);
  // The regex split is ambiguous (3 or 4 digit area code): the numbering plan decides.
  if (sep === '-' && m[1] !== area) return null;
  if (!/^[2-9]\d{6,7}$/.test(local)) return null;
  return { area, sep, local };
}

/** Whether `s` is a landline number such as '0472-5123456' (hyphen optional). */
export function isValidLandline(s: string): boolean {
  return parseLandline(s) !== null;
}

/** Whether `s` is a mobile or a landline number. */
export function isValidPhone(s: string): boolean {
  return isValidMobile(s) || isValidLandline(s);
}

/** Replaces every character with '*'. */
function stars(n: number): string {
  return '*'.repeat(Math.max(0, n));
}

/**
 * Masks an ID number, keeping the first 6 (region) and last 4 characters:
 * '150203199001011234' → '150203********1234'. Strings of 10 characters or fewer
 * are masked completely.
 */
export function maskIdNumber(s: string): string {
  if (s.length <= 10) return stars(s.length);
  return s.slice(0, 6) + stars(s.length - 10) + s.slice(-4);
}

/**
 * Masks a phone number.
 * - mobile: first 3 and last 4 digits kept: '13812345678' → '138****5678';
 * - landline: area code and the last 2 digits kept: '0472-5123456' → '0472-*****56';
 * - anything else: only the last 2 characters kept.
 */
export function maskPhone(s: string): string {
  if (isValidMobile(s)) return s.slice(0, 3) + '****' + s.slice(7);
  const landline = parseLandline(s);
  if (landline) {
    const { area, sep, local } = landline;
    return area + sep + stars(local.length - 2) + local.slice(-2);
  }
  if (s.length <= 2) return stars(s.length);
  return stars(s.length - 2) + s.slice(-2);
}

const CN_NUMERAL = '[一二三四五六七八九十百零〇两]+';
/**
 * Where the house-level part of an address begins: the first ASCII or full-width
 * digit, a Chinese numeral followed by a building/unit/floor/room word, or a letter
 * building ('A座', 'B栋').
 */
const ADDRESS_DETAIL = new RegExp(
  `[0-9０-９]|${CN_NUMERAL}(?:号楼|栋|幢|座|单元|层|楼|室|户)|[A-Za-zＡ-Ｚａ-ｚ](?:号楼|栋|幢|座|区|单元)`,
);

/**
 * Masks an address by keeping everything up to the compound or street part and
 * hiding building, unit and room numbers:
 * '团结大街街道景泰花园3栋2单元501' → '团结大街街道景泰花园****'.
 * An address without such detail is returned unchanged.
 */
export function maskAddress(s: string): string {
  const m = ADDRESS_DETAIL.exec(s);
  if (!m) return s;
  return s.slice(0, m.index) + '****';
}
