import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkConditions,
  evaluateRules,
  inRange,
  isThemedDayCase,
  normalizeConditions,
  type RoutingConditions,
  type RoutingFacts,
  type RoutingRule,
} from '../../../src/domain/routing/rules.js';

const FACTS: RoutingFacts = {
  category: 'labour',
  subcategory: 'labour_wages',
  channel: 'enterprise_station',
  territoryUnitIds: ['street-a', 'community-a1', 'grid-a1-01'],
  amountFen: 12_000_000, // 12 万元
  peopleCount: 3,
  urgency: 'normal',
  requesterKinds: ['organization'],
  themeToday: 'labour',
};

let seq = 0;
function rule(conditions: RoutingConditions, over: Partial<RoutingRule> = {}): RoutingRule {
  seq += 1;
  return { id: `r${String(seq).padStart(3, '0')}`, name: `规则${seq}`, position: seq * 10, enabled: true, centerId: null, conditions, target: { unitId: 'u1', assign: 'unit' }, ...over };
}

/** The single check a one-condition rule produces. */
function only(c: RoutingConditions, facts: RoutingFacts = FACTS) {
  const checks = checkConditions(c, facts);
  expect(checks).toHaveLength(1);
  return checks[0]!;
}

describe('conditions', () => {
  it('absent, empty and unbounded conditions set nothing, so a rule without conditions always holds', () => {
    expect(checkConditions({}, FACTS)).toEqual([]);
    expect(checkConditions({ categories: [], channels: [], territoryUnitIds: [], amountFen: {}, peopleCount: { min: null, max: null }, themedDay: null }, FACTS)).toEqual([]);
    expect(evaluateRules([rule({})], FACTS).matched).not.toBeNull();
  });

  it('category, sub-category, channel and urgency: the case value must be one of the listed', () => {
    expect(only({ categories: ['labour', 'contract'] })).toMatchObject({ key: 'categories', held: true, actual: ['labour'] });
    expect(only({ categories: ['family'] }).held).toBe(false);
    expect(only({ subcategories: ['labour_wages'] }).held).toBe(true);
    expect(only({ subcategories: ['labour_wages'] }, { ...FACTS, subcategory: null })).toMatchObject({ held: false, actual: [] });
    expect(only({ channels: ['enterprise_station'] }).held).toBe(true);
    expect(only({ channels: ['window', 'hotline'] }).held).toBe(false);
    expect(only({ urgencies: ['urgent', 'critical'] }).held).toBe(false);
    expect(only({ urgencies: ['urgent', 'critical'] }, { ...FACTS, urgency: 'critical' }).held).toBe(true);
  });

  it('territory holds when the case lies in one of the listed streets, communities or grids', () => {
    expect(only({ territoryUnitIds: ['street-a'] }).held).toBe(true);
    expect(only({ territoryUnitIds: ['community-a1'] }).held).toBe(true);
    expect(only({ territoryUnitIds: ['grid-a1-01', 'grid-b'] }).held).toBe(true);
    expect(only({ territoryUnitIds: ['street-b', 'grid-a1-02'] }).held).toBe(false);
    expect(only({ territoryUnitIds: ['street-a'] }, { ...FACTS, territoryUnitIds: [] }).held).toBe(false);
  });

  it('amount and people: inclusive bounds; an unknown amount satisfies no bound', () => {
    expect(only({ amountFen: { min: 12_000_000 } }).held).toBe(true);
    expect(only({ amountFen: { min: 12_000_001 } }).held).toBe(false);
    expect(only({ amountFen: { max: 12_000_000 } }).held).toBe(true);
    expect(only({ amountFen: { min: 0, max: 11_999_999 } }).held).toBe(false);
    expect(only({ amountFen: { max: 100 } }, { ...FACTS, amountFen: null })).toMatchObject({ held: false, actual: null });
    expect(only({ peopleCount: { min: 30 } }).held).toBe(false);
    expect(only({ peopleCount: { min: 30 } }, { ...FACTS, peopleCount: 30 }).held).toBe(true);
    expect(only({ peopleCount: { min: 2, max: 5 } }).held).toBe(true);
    expect(inRange(5, {})).toBe(true);
    expect(inRange(null, {})).toBe(false);
  });

  it('requester kind holds when one of the applicants is of a listed kind', () => {
    expect(only({ requesterKinds: ['organization'] }).held).toBe(true);
    expect(only({ requesterKinds: ['person'] }).held).toBe(false);
    expect(only({ requesterKinds: ['person'] }, { ...FACTS, requesterKinds: ['organization', 'person'] }).held).toBe(true);
  });

  it('themed day: the category must belong to the theme hosted today; false asks for the opposite', () => {
    expect(only({ themedDay: true })).toMatchObject({ held: true, actual: { theme: 'labour', themed: true } });
    // the contract theme's day: a labour case is not its matter
    expect(only({ themedDay: true }, { ...FACTS, themeToday: 'contract' })).toMatchObject({ held: false, actual: { theme: 'contract', themed: false } });
    expect(only({ themedDay: true }, { ...FACTS, themeToday: null }).held).toBe(false);
    expect(only({ themedDay: false }, { ...FACTS, themeToday: null }).held).toBe(true);
    expect(only({ themedDay: false }).held).toBe(false);
    // rights protection serves consumer, damages and environment matters
    expect(isThemedDayCase({ category: 'consumer', themeToday: 'rights_protection' })).toBe(true);
    expect(isThemedDayCase({ category: 'business', themeToday: 'operations' })).toBe(true);
    expect(isThemedDayCase({ category: 'family', themeToday: 'rights_protection' })).toBe(false);
  });

  it('all conditions of a rule must hold (AND), each reported with expected and actual', () => {
    const checks = checkConditions({ categories: ['labour'], channels: ['window'], peopleCount: { min: 2 } }, FACTS);
    expect(checks.map((c) => [c.key, c.held])).toEqual([
      ['categories', true],
      ['channels', false],
      ['peopleCount', true],
    ]);
    expect(checks[1]).toMatchObject({ expected: ['window'], actual: ['enterprise_station'] });
    expect(evaluateRules([rule({ categories: ['labour'], channels: ['window'] })], FACTS).matched).toBeNull();
  });
});

describe('evaluateRules', () => {
  it('takes the first matching rule in position order, not in list order, and traces the rules up to it', () => {
    const late = rule({ categories: ['labour'] }, { position: 50, name: '劳资纠纷' });
    const never = rule({ categories: ['family'] }, { position: 10, name: '婚恋家庭' });
    const early = rule({ channels: ['enterprise_station'] }, { position: 20, name: '驻企工作站' });
    const after = rule({}, { position: 90, name: '兜底' });
    const r = evaluateRules([after, late, never, early], FACTS);
    expect(r.matched?.name).toBe('驻企工作站');
    expect(r.trace.map((t) => [t.ruleName, t.matched])).toEqual([
      ['婚恋家庭', false],
      ['驻企工作站', true],
    ]);
  });

  it('a disabled rule never matches but is shown in the trace; the next one routes', () => {
    const off = rule({ categories: ['labour'] }, { enabled: false, position: 1 });
    const on = rule({ categories: ['labour'] }, { position: 2 });
    const r = evaluateRules([off, on], FACTS);
    expect(r.matched?.id).toBe(on.id);
    expect(r.trace[0]).toMatchObject({ ruleId: off.id, enabled: false, matched: false });
    expect(r.trace[0]!.checks.every((c) => c.held)).toBe(true);
  });

  it('no match: every rule traced, matched null (the case goes to the dispatcher queue)', () => {
    const rules = [rule({ categories: ['family'] }), rule({ amountFen: { min: 100_000_000 } }), rule({}, { enabled: false })];
    const r = evaluateRules(rules, FACTS);
    expect(r.matched).toBeNull();
    expect(r.trace).toHaveLength(3);
    expect(evaluateRules([], FACTS)).toEqual({ matched: null, trace: [] });
  });

  it('equal positions are broken by id, so the outcome never depends on list order', () => {
    const a = rule({}, { id: 'a', position: 5 });
    const b = rule({}, { id: 'b', position: 5 });
    expect(evaluateRules([b, a], FACTS).matched?.id).toBe('a');
    expect(evaluateRules([a, b], FACTS).matched?.id).toBe('a');
  });
});

describe('normalizeConditions', () => {
  it('drops empty lists, unbounded ranges and an unset themed day; removes duplicates', () => {
    expect(
      normalizeConditions({ categories: ['labour', 'labour'], channels: [], amountFen: { min: null, max: 500 }, peopleCount: {}, themedDay: null, requesterKinds: ['person'] }),
    ).toEqual({ categories: ['labour'], amountFen: { max: 500 }, requesterKinds: ['person'] });
    expect(normalizeConditions({ themedDay: false })).toEqual({ themedDay: false });
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const CATS = ['family', 'labour', 'contract', 'consumer', 'business', 'neighbour'] as const;
const CHANNELS = ['window', 'online', 'enterprise_station'] as const;
const UNITS = ['s1', 'c1', 'g1', 's2', 'c2', 'g2'] as const;
const THEMES = ['labour', 'contract', 'property_rights', 'operations', 'rights_protection'] as const;

const rangeArb = (max: number) => fc.record({ min: fc.option(fc.integer({ min: 0, max }), { nil: undefined }), max: fc.option(fc.integer({ min: 0, max }), { nil: undefined }) });
const conditionsArb: fc.Arbitrary<RoutingConditions> = fc.record(
  {
    categories: fc.subarray([...CATS]),
    channels: fc.subarray([...CHANNELS]),
    territoryUnitIds: fc.subarray([...UNITS]),
    amountFen: rangeArb(1000),
    peopleCount: rangeArb(50),
    urgencies: fc.subarray(['normal', 'urgent', 'critical']),
    requesterKinds: fc.subarray(['person', 'organization'] as ('person' | 'organization')[]),
    themedDay: fc.boolean(),
  },
  { requiredKeys: [] },
);
const rulesArb = fc
  .array(fc.record({ conditions: conditionsArb, enabled: fc.boolean(), position: fc.integer({ min: 0, max: 20 }) }), { maxLength: 8 })
  .map((rs) => rs.map((r, i) => ({ id: `r${i}`, name: `rule ${i}`, centerId: null, target: { unitId: 'u', assign: 'unit' as const }, ...r })));
const factsArb: fc.Arbitrary<RoutingFacts> = fc.record({
  category: fc.constantFrom(...CATS),
  subcategory: fc.constant(null),
  channel: fc.constantFrom(...CHANNELS),
  territoryUnitIds: fc.constantFrom(['s1', 'c1', 'g1'], ['s2', 'c2', 'g2'], ['s1'], []),
  amountFen: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  peopleCount: fc.integer({ min: 1, max: 50 }),
  urgency: fc.constantFrom('normal', 'urgent', 'critical'),
  requesterKinds: fc.subarray(['person', 'organization']),
  themeToday: fc.option(fc.constantFrom(...THEMES), { nil: null }),
});

describe('properties', () => {
  it('a disabled rule never matches', () => {
    fc.assert(
      fc.property(rulesArb, factsArb, (rules, facts) => {
        const r = evaluateRules(rules, facts);
        return r.matched === null || r.matched.enabled;
      }),
    );
  });

  it('the match satisfies every one of its conditions, and every rule before it failed or was disabled', () => {
    fc.assert(
      fc.property(rulesArb, factsArb, (rules, facts) => {
        const r = evaluateRules(rules, facts);
        const last = r.trace.at(-1);
        if (r.matched) {
          expect(last?.ruleId).toBe(r.matched.id);
          expect(checkConditions(r.matched.conditions, facts).every((c) => c.held)).toBe(true);
        }
        for (const t of r.matched ? r.trace.slice(0, -1) : r.trace) expect(!t.enabled || t.checks.some((c) => !c.held)).toBe(true);
      }),
    );
  });

  it('order decides: of the enabled rules that hold, the one with the lowest position wins, whatever the list order', () => {
    fc.assert(
      fc.property(rulesArb, factsArb, fc.integer(), (rules, facts, seed) => {
        const holding = rules.filter((x) => x.enabled && checkConditions(x.conditions, facts).every((c) => c.held));
        const best = [...holding].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))[0];
        const shuffled = [...rules].sort((a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7));
        expect(evaluateRules(shuffled, facts).matched?.id).toBe(best?.id);
      }),
    );
  });

  it('normalizing conditions never changes what they match', () => {
    fc.assert(
      fc.property(conditionsArb, factsArb, (c, facts) => {
        const all = (x: RoutingConditions) => checkConditions(x, facts).every((k) => k.held);
        expect(all(normalizeConditions(c))).toBe(all(c));
      }),
    );
  });
});
