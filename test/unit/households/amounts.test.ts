import { describe, expect, it } from 'vitest';
import { fenToYuan, MAX_HOUSEHOLD_FEN, ratioOf, yuanToFen } from '../../../src/domain/households/amounts.js';

describe('yuanToFen', () => {
  it.each([
    ['0', 0],
    ['12', 1200],
    ['12.5', 1250],
    ['12.05', 1205],
    ['12.', 1200],
    ['1,234.56', 123456],
    ['1，234', 123400],
    ['  88.80元 ', 8880],
    ['3200元', 320000],
  ])('%j → %i fen', (text, fen) => expect(yuanToFen(text)).toBe(fen));

  it.each(['', '-1', '1.234', 'abc', '1e3', '.5', '１２', '12 34', '1.2.3'])('refuses %j', (text) => expect(yuanToFen(text)).toBeNull());

  it('refuses amounts above the ceiling, accepts it exactly', () => {
    expect(yuanToFen('100000000')).toBe(MAX_HOUSEHOLD_FEN);
    expect(yuanToFen('100000000.01')).toBeNull();
  });
});

describe('fenToYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123456, '1234.56'],
    [-250, '-2.50'],
  ])('%i → %s', (fen, text) => expect(fenToYuan(fen)).toBe(text));
});

describe('ratioOf', () => {
  it('rounds half up to the fen on integers', () => {
    expect(ratioOf(10000, 0.8)).toBe(8000);
    expect(ratioOf(333, 0.5)).toBe(167);
    expect(ratioOf(100, 0.3333)).toBe(33);
    expect(ratioOf(320000, 1)).toBe(320000);
    expect(ratioOf(0, 0.5)).toBe(0);
    // 0.1 + 0.2 style float noise in the ratio does not move a fen
    expect(ratioOf(100000, 0.1 + 0.2)).toBe(30000);
  });
});
