import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblems, assess, type Checklist, checklistProblems, levelRank, maxLevel, RISK_LEVELS } from '../../../src/domain/risk/checklist.js';
import { FAMILY_CHECKLIST_V1 as F, FAMILY_NO_RISK_ANSWERS as none } from '../../../src/domain/risk/family-checklist.js';

/** Any complete, valid set of answers of the family checklist. */
const answers = fc.tuple(...F.items.map((i) => fc.constantFrom(...i.answers.map((a) => a.code)))).map((codes) => Object.fromEntries(F.items.map((i, n) => [i.code, codes[n]!])));

describe('answer problems (refused with 400 naming answers.<item>)', () => {
  it('none for complete valid answers', () => {
    expect(answerProblems(F, none)).toEqual([]);
  });

  it('an answer that does not exist, an item not on the list, an item left out', () => {
    const { custody: _left, ...rest } = none;
    expect(answerProblems(F, { ...rest, violence: 'sometimes', pets: 'yes' })).toEqual([
      { item: 'violence', problem: 'unknown_answer' },
      { item: 'pets', problem: 'unknown_item' },
      { item: 'custody', problem: 'missing' },
    ]);
    expect(() => assess(F, { ...none, violence: 'sometimes' })).toThrow(RangeError);
  });
});

describe('assessment: score, level, reasons', () => {
  it('nothing found: low, score 0, no reasons', () => {
    expect(assess(F, none)).toEqual({ score: 0, level: 'low', reasons: [] });
  });

  it('by the thresholds: medium from 20, high from 45', () => {
    expect(assess(F, { ...none, separation: 'long', hardship: 'yes' })).toMatchObject({ score: 18, level: 'low' });
    expect(assess(F, { ...none, separation: 'long', property: 'serious' })).toMatchObject({ score: 24, level: 'medium' });
    expect(assess(F, { ...none, separation: 'long', property: 'serious', custody: 'yes', addiction: 'yes' })).toMatchObject({ score: 46, level: 'high' });
  });

  it('floors: violence signs and threats are never low', () => {
    expect(assess(F, { ...none, violence: 'suspected' })).toMatchObject({ score: 15, level: 'medium' });
    expect(assess(F, { ...none, violence: 'confirmed' })).toMatchObject({ score: 25, level: 'high' });
    expect(assess(F, { ...none, threats: 'yes' })).toMatchObject({ level: 'high' });
    expect(assess(F, { ...none, police_calls: 'repeated' })).toMatchObject({ score: 12, level: 'medium' });
  });

  it('reasons: the items that weighed, heaviest first', () => {
    const r = assess(F, { ...none, hardship: 'yes', threats: 'yes', separation: 'short' });
    expect(r.reasons.map((x) => x.item)).toEqual(['threats', 'hardship', 'separation']);
  });

  it('properties: the score is the sum of the weights; one more sign never lowers the level', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = assess(F, a);
        const sum = F.items.reduce((s, i) => s + i.answers.find((x) => x.code === a[i.code])!.weight, 0);
        expect(r.score).toBe(sum);
        for (const item of F.items) {
          for (const other of item.answers) {
            const current = item.answers.find((x) => x.code === a[item.code])!;
            if (other.weight >= current.weight && levelRank(other.floor ?? 'low') >= levelRank(current.floor ?? 'low')) {
              expect(levelRank(assess(F, { ...a, [item.code]: other.code }).level)).toBeGreaterThanOrEqual(levelRank(r.level));
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('levels', () => {
  it('maxLevel is the higher of two', () => {
    for (const a of RISK_LEVELS) for (const b of RISK_LEVELS) expect(levelRank(maxLevel(a, b))).toBe(Math.max(levelRank(a), levelRank(b)));
  });
});

describe('checklist definitions (an admin publishing a version)', () => {
  const ok: Pick<Checklist, 'items' | 'thresholds'> = { items: F.items, thresholds: F.thresholds };

  it('the shipped checklist is valid', () => {
    expect(checklistProblems(ok)).toEqual([]);
  });

  it('names each problem', () => {
    expect(checklistProblems({ items: [], thresholds: F.thresholds })).toEqual(['items']);
    expect(checklistProblems({ ...ok, thresholds: { medium: 20, high: 20 } })).toEqual(['thresholds']);
    expect(checklistProblems({ ...ok, thresholds: { medium: 0, high: 20 } })).toEqual(['thresholds']);
    const items = structuredClone(F.items);
    items[1]!.code = items[0]!.code;
    items[2]!.answers = [items[2]!.answers[0]!];
    items[3]!.answers[1]!.code = items[3]!.answers[0]!.code;
    items[4]!.answers[1]!.weight = -1;
    expect(checklistProblems({ items, thresholds: F.thresholds })).toEqual(['items.1.code', 'items.2.answers', 'items.3.answers', 'items.4.answers']);
  });
});
