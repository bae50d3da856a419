// Client-side format checks that mirror the server (src/domain/identity.ts), and the
// exact yuan → fen conversion of typed amounts (string arithmetic, never floats).

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

function validBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** 18-character resident ID number: 17 digits, a valid birth date and the MOD 11-2 check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  if (!validBirthDate(value.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11] === value[17]!.toUpperCase();
}

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** 18-character unified social credit code (GB 32100-2015) with its check character. */
export function isValidUscc(value: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(value[i]!) * USCC_WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return USCC_CHARSET[check === 31 ? 0 : check] === value[17];
}

/** 11-digit mainland mobile number. */
export function isValidMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

/** A landline such as 0472-5123456 (hyphen optional), as the hotline often records. */
export function isValidLandline(value: string): boolean {
  const match = /^(0\d{2,3})(-?)([2-9]\d{6,7})$/.exec(value);
  if (!match) return false;
  const digits = value.replace('-', '');
  const areaLength = digits[1] === '1' || digits[1] === '2' ? 3 : 4;
  if (match[2] === '-' && match[1]!.length !== areaLength) return false;
  return /^[2-9]\d{6,7}$/.test(digits.slice(areaLength));
}

export function isValidPhone(value: string): boolean {
  return isValidMobile(value) || isValidLandline(value);
}

/** Upper-case and strip spaces: what the user means by a USCC or an ID number. */
export function normalizeCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

const MAX_YUAN_DIGITS = 12;

/**
 * "12,345.6" → 1234560 (fen). Accepts digits with an optional thousands separator and at
 * most two decimals; returns null for anything else (including negatives and empty input).
 */
export function parseYuanToFen(input: string): number | null {
  const text = input.replace(/[,，\s]/g, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_YUAN_DIGITS) return null;
  const cents = (match[2] ?? '').padEnd(2, '0');
  // Both parts are small integers, so this sum is exact.
  return Number(whole) * 100 + Number(cents);
}

/** 1234560 → "12,345.60" (integer arithmetic). */
export function formatFen(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}
