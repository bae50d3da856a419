import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../../../src/domain/households/csv.js';

describe('parseCsv', () => {
  it('splits fields and rows (LF and CRLF)', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });
  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('"甲,乙","他说""好""","一\n二"\n')).toEqual([['甲,乙', '他说"好"', '一\n二']]);
  });
  it('keeps empty fields and a trailing empty field', () => {
    expect(parseCsv(',x,\n')).toEqual([['', 'x', '']]);
  });
  it('an empty text has no rows', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 and drops the BOM', () => {
    expect(decodeCsv(Buffer.from('\uFEFF姓名,身份证号', 'utf8'))).toBe('姓名,身份证号');
  });
  it('falls back to GBK when the bytes are not UTF-8', () => {
    // 姓名 in GBK
    expect(decodeCsv(Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x41]))).toBe('姓名,A');
  });
});
