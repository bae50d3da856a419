import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, CORPUS, isHeldOut, TEST_SPLIT, TRAIN_SPLIT } from '../../../src/domain/intake/corpus/index.js';
import { SHIPPED_CATEGORIES } from '../../../src/domain/case/taxonomy.js';

describe('the shipped intake corpus', () => {
  it('covers exactly the 14 shipped categories, at least 60 texts each', () => {
    expect([...CATEGORY_CODES].sort()).toEqual(SHIPPED_CATEGORIES.map((c) => c.code).sort());
    for (const c of CATEGORY_CODES) expect(CORPUS.filter((e) => e.category === c).length, c).toBeGreaterThanOrEqual(60);
  });

  it('has no duplicate texts and every text is a real account', () => {
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
    for (const e of CORPUS) {
      expect(e.text.length, e.text).toBeGreaterThanOrEqual(15);
      expect(e.text.length, e.text).toBeLessThanOrEqual(200);
      expect(['low', 'medium', 'high']).toContain(e.risk);
    }
  });

  it('has at least 80 high-risk texts spread over the categories; most are low or medium', () => {
    const high = CORPUS.filter((e) => e.risk === 'high');
    expect(high.length).toBeGreaterThanOrEqual(80);
    for (const c of CATEGORY_CODES) expect(high.filter((e) => e.category === c).length, c).toBeGreaterThanOrEqual(5);
    expect(high.length / CORPUS.length).toBeLessThan(0.25);
  });

  it('splits about 80/20 by a hash of the text: disjoint, complete, deterministic', () => {
    expect(TRAIN_SPLIT.length + TEST_SPLIT.length).toBe(CORPUS.length);
    const train = new Set(TRAIN_SPLIT.map((e) => e.text));
    expect(TEST_SPLIT.some((e) => train.has(e.text))).toBe(false);
    expect(TEST_SPLIT.length / CORPUS.length).toBeGreaterThan(0.15);
    expect(TEST_SPLIT.length / CORPUS.length).toBeLessThan(0.25);
    for (const e of TEST_SPLIT) expect(isHeldOut(e.text)).toBe(true);
    for (const c of CATEGORY_CODES) expect(TEST_SPLIT.filter((e) => e.category === c).length, c).toBeGreaterThanOrEqual(5);
  });
});
