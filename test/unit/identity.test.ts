import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  USCC_CHARSET,
  idNumberCheckChar,
  isValidBirthDate,
  isValidIdNumber,
  isValidLandline,
  isValidMobile,
  isValidPhone,
  isValidUscc,
  maskAddress,
  maskIdNumber,
  maskPhone,
  usccCheckChar,
} from '../../src/domain/identity.js';

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));

/** A birth date YYYYMMDD between 1900 and 2099. */
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));

/** A valid ID number: area (6 digits) + birth date + sequence (3) + check char. */
const idNumber = fc
  .tuple(digits(6), birthDate, digits(3))
  .map(([area, birth, seq]) => area + birth + seq)
  .map((first17) => first17 + idNumberCheckChar(first17));

const usccChar = fc.constantFrom(...USCC_CHARSET);
const uscc = fc
  .array(usccChar, { minLength: 17, maxLength: 17 })
  .map((a) => a.join(''))
  .map((first17) => first17 + usccCheckChar(first17));

/** Replaces the character at `i` with `c`. */
const replaceAt = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1);

describe('ID numbers (ISO 7064 MOD 11-2)', () => {
  it('computes known check characters', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('15020319900101123')).toBe('2');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('accepts known valid numbers, lowercase x included', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('150203199001011232')).toBe(true);
    expect(isValidIdNumber('440524188001010014')).toBe(false); // born 1880
  });

  it('rejects wrong check characters, shapes and dates', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('150203199001011234')).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002XX')).toBe(false);
    expect(isValidIdNumber('1101051949123100２X')).toBe(false);
    expect(isValidIdNumber(' 11010519491231002X')).toBe(false);
    expect(isValidIdNumber('')).toBe(false);
    const withDate = (d: string): string => {
      const first17 = `150203${d}123`;
      return first17 + idNumberCheckChar(first17);
    };
    expect(isValidIdNumber(withDate('20000229'))).toBe(true);
    expect(isValidIdNumber(withDate('19000229'))).toBe(false);
    expect(isValidIdNumber(withDate('19990230'))).toBe(false);
    expect(isValidIdNumber(withDate('19991301'))).toBe(false);
    expect(isValidIdNumber(withDate('19990100'))).toBe(false);
    expect(isValidIdNumber(withDate('19990431'))).toBe(false);
  });

  it('validates birth dates on the Gregorian calendar', () => {
    expect(isValidBirthDate('20240229')).toBe(true);
    expect(isValidBirthDate('21000228')).toBe(false);
    expect(isValidBirthDate('18991231')).toBe(false);
    expect(isValidBirthDate('2024-2-1')).toBe(false);
  });

  it('refuses to compute a check character of malformed input', () => {
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idNumberCheckChar('1101051949123100A')).toThrow(RangeError);
  });

  it('property: generated numbers validate', () => {
    fc.assert(fc.property(idNumber, (s) => isValidIdNumber(s) && isValidIdNumber(s.toLowerCase())));
  });

  it('property: changing any one character invalidates', () => {
    const mutation = fc.tuple(idNumber, fc.nat(17), fc.constantFrom(...'0123456789X'));
    fc.assert(
      fc.property(mutation, ([s, i, c]) => {
        fc.pre(c !== s[i]!.toUpperCase());
        return !isValidIdNumber(replaceAt(s, i, c));
      }),
    );
  });
});

describe('unified social credit codes (GB 32100-2015)', () => {
  it('computes known check characters', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('maps a check value of 31 to 0', () => {
    // An all-zero body has a weighted sum of 0: 31 - 0 = 31, written '0'.
    expect(usccCheckChar('00000000000000000')).toBe('0');
    expect(isValidUscc('000000000000000000')).toBe(true);
  });

  it('rejects wrong check characters, lowercase and excluded letters', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100m000100Y43')).toBe(false);
    expect(isValidUscc('91350100I000100Y43')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(() => usccCheckChar('91350100O000100Y4')).toThrow(RangeError);
  });

  it('property: generated codes validate', () => {
    fc.assert(fc.property(uscc, (s) => isValidUscc(s)));
  });

  it('property: changing any one character invalidates', () => {
    fc.assert(
      fc.property(fc.tuple(uscc, fc.nat(17), usccChar), ([s, i, c]) => {
        fc.pre(c !== s[i]);
        return !isValidUscc(replaceAt(s, i, c));
      }),
    );
  });
});

describe('phone numbers', () => {
  it('accepts mainland mobiles 1[3-9] + 9 digits', () => {
    for (const s of ['13812345678', '15012345678', '18912345678', '19912345678', '16612345678']) {
      expect(isValidMobile(s)).toBe(true);
    }
    for (const s of ['12812345678', '1381234567', '138123456789', '+8613812345678', '138-1234-5678', '']) {
      expect(isValidMobile(s)).toBe(false);
    }
  });

  it('accepts landlines with a 3- or 4-digit area code', () => {
    for (const s of ['0472-5123456', '04725123456', '010-62345678', '01062345678', '0471-6912345']) {
      expect(isValidLandline(s)).toBe(true);
      expect(isValidPhone(s)).toBe(true);
    }
    for (const s of ['0472-0123456', '472-5123456', '047-25123456', '0472-512345', '0472-512345678', '13812345678']) {
      expect(isValidLandline(s)).toBe(false);
    }
    expect(isValidPhone('13812345678')).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
  });
});

describe('masking', () => {
  it('keeps the first 6 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('150203199001011234')).toBe('150203********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('1234567890')).toBe('**********');
  });

  it('masks mobiles and landlines', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0472-5123456')).toBe('0472-*****56');
    expect(maskPhone('04725123456')).toBe('0472*****56');
    expect(maskPhone('010-62345678')).toBe('010-******78');
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone('1')).toBe('*');
  });

  it('keeps the street and compound of an address, hides building, unit and room', () => {
    expect(maskAddress('团结大街街道景泰花园3栋2单元501')).toBe('团结大街街道景泰花园****');
    expect(maskAddress('昆北街道明德花园十二号楼三单元六〇一室')).toBe('昆北街道明德花园****');
    expect(maskAddress('包头市昆都仑区钢铁大街４５号')).toBe('包头市昆都仑区钢铁大街****');
    expect(maskAddress('沼潭街道神鹿小区B座1201')).toBe('沼潭街道神鹿小区****');
    expect(maskAddress('阿尔丁十号街坊第一社区')).toBe('阿尔丁十号街坊第一社区');
    expect(maskAddress('景泰花园')).toBe('景泰花园');
  });

  it('property: masked ID numbers keep only region and tail', () => {
    fc.assert(
      fc.property(idNumber, (s) => {
        const m = maskIdNumber(s);
        return m.length === 18 && m.startsWith(s.slice(0, 6)) && m.endsWith(s.slice(-4)) && m.slice(6, 14) === '********';
      }),
    );
  });

  it('property: masked mobiles hide the middle four digits', () => {
    const mobile = fc
      .tuple(fc.constantFrom(...'3456789'), digits(9))
      .map(([second, rest]) => `1${second}${rest}`);
    fc.assert(
      fc.property(mobile, (s) => {
        const m = maskPhone(s);
        return m === `${s.slice(0, 3)}****${s.slice(7)}`;
      }),
    );
  });

  it('property: a masked address never shows a house number', () => {
    const address = fc
      .tuple(fc.constantFrom('团结大街街道景泰花园', '昆北街道明德花园', '钢苑小区'), fc.nat(40), fc.nat(9), fc.nat(3000))
      .map(([compound, b, u, r]) => `${compound}${b + 1}栋${u + 1}单元${r + 100}`);
    fc.assert(fc.property(address, (s) => !/\d/.test(maskAddress(s)) && maskAddress(s).endsWith('****')));
  });
});
