// The shipped guide content: sound as a tree, complete in both languages, and saying
// what the issue requires (the six types, the emergency path, time limits).
import { describe, expect, it } from 'vitest';
import { SHIPPED_CATEGORIES } from '../../../src/domain/case/taxonomy.js';
import { type Bi, checkGuide, GUIDE, GUIDE_MAX_DEPTH, type GuideLeaf, indexGuide, leafPaths, leaves, questions } from '../../../src/domain/guide/index.js';

const CODES = SHIPPED_CATEGORIES.map((c) => c.code);
const SIX = ['family', 'neighbour', 'property_management', 'tenancy', 'labour', 'consumer'];
const index = indexGuide(GUIDE);
const leaf = (id: string) => index.get(id) as GuideLeaf;
const both = (t: Bi) => `${t.zh}\n${t.en}`;
const allText = (l: GuideLeaf) =>
  [l.title, l.summary, ...l.law.map((r) => r.gist), ...l.selfHelp, ...l.options.flatMap((o) => [o.name, o.text, ...(o.timeLimit ? [o.timeLimit] : [])]), ...l.bring, ...l.urgent];

/** How many articles each cited law has: a cited article beyond it is a typo. */
const ARTICLE_COUNT: Record<string, number> = {
  civil_code: 1260,
  marriage_interpretation: 91,
  anti_dv: 38,
  elderly: 85,
  people_mediation: 35,
  labour_contract: 98,
  labour_disputes: 54,
  work_injury: 67,
  social_insurance: 98,
  consumer: 63,
  food_safety: 154,
};

describe('the shipped guide', () => {
  it('passes its own integrity check', () => {
    expect(checkGuide(GUIDE, CODES)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = GUIDE.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ends every path at a leaf, at most four questions deep, and reaches every node', () => {
    const paths = leafPaths(GUIDE);
    expect(paths.length).toBeGreaterThanOrEqual(leaves(GUIDE).length);
    for (const path of paths) {
      expect(index.get(path.at(-1)!)?.kind, path.join(' → ')).toBe('leaf');
      expect(path.length - 1, path.join(' → ')).toBeLessThanOrEqual(GUIDE_MAX_DEPTH);
      expect(path.length - 1).toBeGreaterThanOrEqual(1);
    }
    const reached = new Set(paths.flat());
    expect(GUIDE.nodes.filter((n) => !reached.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('has no dead ends: every answer leads to an existing node', () => {
    for (const q of questions(GUIDE)) {
      expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
      for (const a of q.answers) expect(index.has(a.next), `${q.id} → ${a.next}`).toBe(true);
    }
  });

  it('writes every section of every leaf in Chinese and English', () => {
    for (const l of leaves(GUIDE)) {
      for (const section of ['law', 'selfHelp', 'options', 'bring', 'urgent'] as const) expect(l[section].length, `${l.id}.${section}`).toBeGreaterThan(0);
      for (const t of allText(l)) {
        expect(t.zh.trim(), l.id).not.toBe('');
        expect(t.en.trim(), l.id).not.toBe('');
        expect(t.zh, l.id).toMatch(/[\u4e00-\u9fff]/);
        expect(t.en, l.id).toMatch(/[A-Za-z]{3}/);
      }
    }
  });

  it('names a valid category code on every leaf and reaches all six common types', () => {
    for (const l of leaves(GUIDE)) expect(CODES, l.id).toContain(l.category);
    const reachable = new Set(leafPaths(GUIDE).map((p) => leaf(p.at(-1)!).category));
    for (const code of SIX) expect(reachable, code).toContain(code);
  });

  it('keeps each first answer’s branch inside its own category', () => {
    const start = questions(GUIDE).find((q) => q.id === GUIDE.rootId)!;
    const expected: Record<string, string> = { family: 'family', neighbour: 'neighbour', property: 'property_management', tenancy: 'tenancy', labour: 'labour', consumer: 'consumer', 'other.general': 'other' };
    expect(start.answers.map((a) => a.next).sort()).toEqual(Object.keys(expected).sort());
    for (const path of leafPaths(GUIDE)) expect(leaf(path.at(-1)!).category, path.join(' → ')).toBe(expected[path[1]!]);
  });

  it('gives an urgent notice with 110 and the center’s mediation on every leaf', () => {
    for (const l of leaves(GUIDE)) {
      expect(l.urgent.map(both).join('\n'), l.id).toMatch(/110[\s\S]*110/);
      expect(l.urgent.some((u) => u.zh.includes('高风险')), l.id).toBe(true);
      expect(l.options.some((o) => o.kind === 'mediation'), l.id).toBe(true);
    }
  });

  it('cites only article numbers the laws have', () => {
    for (const l of leaves(GUIDE)) {
      const refs = [...l.law.map((r) => ({ law: r.law, articles: r.articles })), ...l.options.flatMap((o) => (o.basis ? [o.basis] : []))];
      for (const r of refs) for (const a of r.articles ?? []) expect(a, `${l.id} ${r.law} ${a}`).toBeLessThanOrEqual(ARTICLE_COUNT[r.law] ?? 0);
    }
  });

  it('sends domestic violence down the emergency path: 110, the protection order, the Women’s Federation', () => {
    const path = leafPaths(GUIDE).find((p) => p.at(-1) === 'family.violence');
    expect(path).toEqual(['start', 'family', 'family.violence']);
    const dv = leaf('family.violence');
    expect(dv.emergency).toBe(true);
    expect(leaves(GUIDE).filter((l) => l.emergency).map((l) => l.id)).toEqual(['family.violence']);
    const text = allText(dv).map((t) => t.zh).join('\n');
    for (const must of ['110', '人身安全保护令', '妇联', '12338', '72 小时']) expect(text).toContain(must);
    expect(dv.law.some((r) => r.law === 'anti_dv' && r.articles?.includes(23))).toBe(true);
  });

  it('tells workers about labour inspection and the one-year arbitration limit', () => {
    for (const id of ['labour.wages', 'labour.wages_construction', 'labour.dismissal', 'labour.injury', 'labour.insurance']) {
      const l = leaf(id);
      expect(l.category).toBe('labour');
      const arbitration = l.options.find((o) => o.kind === 'arbitration');
      expect(arbitration?.timeLimit?.zh, id).toContain('1 年');
      expect(arbitration?.timeLimit?.en, id).toContain('1 year');
      expect(arbitration?.basis).toMatchObject({ law: 'labour_disputes' });
    }
    expect(leaf('labour.wages').law.some((r) => r.law === 'labour_disputes' && r.articles?.includes(27))).toBe(true);
    expect(leaf('labour.wages').options.map((o) => o.name.zh).join()).toContain('劳动保障监察');
  });

  it('covers the consumer essentials: 12315, seven-day returns, the three guarantees', () => {
    const text = ['consumer.goods', 'consumer.services', 'consumer.prepaid', 'consumer.online'].flatMap((id) => allText(leaf(id)).map((t) => t.zh)).join('\n');
    for (const must of ['12315', '7 日内退货', '三包', '预付款']) expect(text).toContain(must);
    expect(leaf('consumer.online').law.some((r) => r.law === 'consumer' && r.articles?.includes(25))).toBe(true);
  });

  it('tells owners that common-area income is theirs and that they may see the accounts', () => {
    const l = leaf('property.income');
    expect(l.law.map((r) => r.articles?.[0])).toEqual(expect.arrayContaining([282, 943]));
    expect(allText(l).map((t) => t.zh).join()).toContain('公共收益');
  });

  it('prefills no personal data', () => {
    for (const l of leaves(GUIDE)) {
      if (!l.prefill) continue;
      expect(both(l.prefill), l.id).not.toMatch(/\d{6,}/);
      expect(l.prefill.zh.length, l.id).toBeLessThanOrEqual(60);
    }
  });
});
