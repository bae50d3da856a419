import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDateTime, capitalAmount, chineseDate, figureAmount, figureDate, MAX_CAPITAL_FEN, rmbCapital } from '../../../src/domain/documents/capital-numerals.js';

const DIGIT: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const SMALL: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/** Reference parser, written independently: up to 9999 from 仟/佰/拾 groups. */
function parseSection(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in SMALL) {
      total += digit * SMALL[ch]!;
      digit = 0;
    } else throw new Error(`unexpected ${ch} in ${s}`);
  }
  return total + digit;
}
function parseWan(s: string): number {
  const i = s.indexOf('万');
  return i < 0 ? parseSection(s) : parseSection(s.slice(0, i)) * 10_000 + parseSection(s.slice(i + 1));
}
function parseYuan(s: string): number {
  const i = s.indexOf('亿');
  return i < 0 ? parseWan(s) : parseWan(s.slice(0, i)) * 100_000_000 + parseWan(s.slice(i + 1));
}
/** Capital amount → fen. */
function parseCapital(text: string): number {
  let s = text.replace(/^人民币/, '');
  if (s === '零元整') return 0;
  s = s.replace(/整$/, '');
  let fen = 0;
  const yuanAt = s.indexOf('元');
  if (yuanAt >= 0) {
    fen += parseYuan(s.slice(0, yuanAt)) * 100;
    s = s.slice(yuanAt + 1);
  }
  s = s.replace(/^零/, '');
  const jiao = /^(.)角/.exec(s);
  if (jiao) {
    fen += DIGIT[jiao[1]!]! * 10;
    s = s.slice(2);
  }
  const cents = /^(.)分$/.exec(s);
  if (cents) fen += DIGIT[cents[1]!]!;
  else if (s) throw new Error(`unparsed tail ${s} of ${text}`);
  return fen;
}

describe('capital amounts (banking practice)', () => {
  it.each([
    [12345678, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [1000500, '壹万零伍元整'],
    [10000000, '壹拾万元整'],
    [1000, '壹拾元整'],
    [1500, '壹拾伍元整'],
    [100, '壹元整'],
    [0, '零元整'],
    [50, '伍角整'],
    [5, '伍分'],
    [55, '伍角伍分'],
    [140950, '壹仟肆佰零玖元伍角整'],
    [600714, '陆仟零柒元壹角肆分'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [10700053, '壹拾万柒仟元伍角叁分'],
    [1640902, '壹万陆仟肆佰零玖元零贰分'],
    [32504, '叁佰贰拾伍元零肆分'],
    [101000, '壹仟零壹拾元整'],
    [10000500, '壹拾万零伍元整'],
    [100000000, '壹佰万元整'],
    [10000000000, '壹亿元整'],
    [10000000500, '壹亿零伍元整'],
    [10001000000, '壹亿零壹万元整'],
    [11000000000, '壹亿壹仟万元整'],
  ])('%i fen → %s', (fen, text) => expect(capitalAmount(fen)).toBe(text));

  it('writes zero sections of 万 and 亿 once', () => {
    // 20,003,004,000 yuan: 贰佰亿 | 0300 万 | 4000
    expect(capitalAmount(2000300400000)).toBe('贰佰亿零叁佰万肆仟元整');
    expect(capitalAmount(100000010000)).toBe('壹拾亿零壹佰元整');
  });

  it('prefixes 人民币 and formats figures', () => {
    expect(rmbCapital(12345678)).toBe('人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分');
    expect(rmbCapital(1000500)).toBe('人民币壹万零伍元整');
    expect(figureAmount(12345678)).toBe('¥123,456.78');
    expect(figureAmount(5)).toBe('¥0.05');
    expect(figureAmount(100000000)).toBe('¥1,000,000.00');
  });

  it('refuses what cannot be an amount', () => {
    for (const bad of [-1, 0.5, Number.NaN, MAX_CAPITAL_FEN + 1]) {
      expect(() => capitalAmount(bad)).toThrow(RangeError);
      expect(() => figureAmount(bad)).toThrow(RangeError);
    }
  });

  it('round-trips through an independent parser for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CAPITAL_FEN }), (fen) => {
        const text = capitalAmount(fen);
        expect(parseCapital(text)).toBe(fen);
        // one 零 at a time, never before a section mark or at the end of the integer part
        if (fen > 0) expect(text).not.toMatch(/零零|零[万亿元]|^零/);
        // 整 exactly when there are no 分
        expect(text.endsWith('整')).toBe(fen % 10 === 0);
        // a leading ten is always 壹拾
        expect(text).not.toMatch(/^拾/);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips small and sparse amounts', () => {
    const sparse = fc.array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 14 }).map((ds) => Number(ds.join('')) % (MAX_CAPITAL_FEN + 1));
    fc.assert(fc.property(fc.oneof(fc.integer({ min: 0, max: 100_000 }), sparse), (fen) => {
          expect(parseCapital(capitalAmount(fen))).toBe(fen);
        }), { numRuns: 3000 });
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-29', '二〇二六年十一月二十九日'],
    ['2026-01-01', '二〇二六年一月一日'],
    ['2026-10-10', '二〇二六年十月十日'],
    ['2020-12-31', '二〇二〇年十二月三十一日'],
    ['2000-02-20', '二〇〇〇年二月二十日'],
    ['2026-03-15', '二〇二六年三月十五日'],
  ])('%s → %s', (d, text) => expect(chineseDate(d)).toBe(text));

  it('figures and Beijing dates', () => {
    expect(figureDate('2026-03-02')).toBe('2026年3月2日');
    // 16:30 UTC is already the next day in Beijing
    expect(beijingDate(new Date('2026-11-28T16:30:00Z'))).toBe('2026-11-29');
    expect(beijingDateTime(new Date('2026-11-28T16:30:00Z'))).toBe('2026年11月29日 00:30');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['2026-13-01', '2026-00-10', '26-1-1', '2026-01-32']) expect(() => chineseDate(bad)).toThrow(RangeError);
  });

  it('every day of a year reads back', () => {
    const back = (text: string) => {
      const m = /^(.{4})年(.+)月(.+)日$/.exec(text)!;
      const small = (s: string) => {
        const n = (c: string) => '〇一二三四五六七八九'.indexOf(c);
        if (!s.includes('十')) return n(s);
        const [a, b] = s.split('十');
        return (a ? n(a) : 1) * 10 + (b ? n(b) : 0);
      };
      return `${[...m[1]!].map((c) => '〇一二三四五六七八九'.indexOf(c)).join('')}-${String(small(m[2]!)).padStart(2, '0')}-${String(small(m[3]!)).padStart(2, '0')}`;
    };
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      expect(back(chineseDate(d))).toBe(d);
    }
  });
});
