import { THEME_CATEGORIES, type ReceptionTheme } from '../reception/themes.js';

/**
 * Routing rules as data (分流规则): ordered rules, each a set of conditions that must all
 * hold (absent conditions always hold) and a target. The first enabled rule, in
 * `position` order, whose conditions all hold routes the case. Pure: the service
 * gathers the facts and applies the decision.
 */
export interface Range {
  min?: number | null;
  max?: number | null;
}

export const REQUESTER_KINDS = ['person', 'organization'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

export interface RoutingConditions {
  categories?: readonly string[];
  subcategories?: readonly string[];
  channels?: readonly string[];
  /** street, community or grid ids: holds when the case lies in one of them */
  territoryUnitIds?: readonly string[];
  amountFen?: Range;
  peopleCount?: Range;
  urgencies?: readonly string[];
  /** kinds of the applicants: holds when one applicant is of such a kind */
  requesterKinds?: readonly RequesterKind[];
  /** true: the case's category belongs to the theme hosted today at the case's center; false: it does not */
  themedDay?: boolean | null;
}

export const ASSIGN_MODES = ['unit', 'least_loaded'] as const;
export type AssignMode = (typeof ASSIGN_MODES)[number];

export interface RoutingTarget {
  unitId: string;
  /** a team: least_loaded picks among these only */
  userIds?: readonly string[];
  /** 'unit': to the unit's queue; 'least_loaded': to the least loaded person on duty there */
  assign: AssignMode;
}

export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  centerId: string | null;
  conditions: RoutingConditions;
  target: RoutingTarget;
}

/** What the rules look at, gathered from the case, its parties and the day's theme. */
export interface RoutingFacts {
  category: string;
  subcategory: string | null;
  channel: string;
  /** the case's street, community and grid ids (those it has) */
  territoryUnitIds: readonly string[];
  amountFen: number | null;
  peopleCount: number;
  urgency: string;
  requesterKinds: readonly string[];
  /** the theme hosted today at the case's center, null when none (or not a working day) */
  themeToday: ReceptionTheme | null;
}

export const CONDITION_KEYS = ['categories', 'subcategories', 'channels', 'territoryUnitIds', 'amountFen', 'peopleCount', 'urgencies', 'requesterKinds', 'themedDay'] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

/** One condition of one rule against the case: what the rule wants, what the case has, and whether it held. */
export type ConditionCheck =
  | { key: 'categories' | 'subcategories' | 'channels' | 'territoryUnitIds' | 'urgencies' | 'requesterKinds'; expected: readonly string[]; actual: readonly string[]; held: boolean }
  | { key: 'amountFen' | 'peopleCount'; expected: Range; actual: number | null; held: boolean }
  | { key: 'themedDay'; expected: boolean; actual: { theme: ReceptionTheme | null; themed: boolean }; held: boolean };

export interface RuleTrace {
  ruleId: string;
  ruleName: string;
  enabled: boolean;
  /** every condition of the rule, in CONDITION_KEYS order */
  checks: ConditionCheck[];
  /** enabled and every check held */
  matched: boolean;
}

export interface Evaluation<R extends RoutingRule = RoutingRule> {
  matched: R | null;
  /** the rules considered, in order, up to and including the match */
  trace: RuleTrace[];
}

export function inRange(value: number | null, range: Range): boolean {
  if (value === null) return false; // an unknown amount satisfies no bound
  if (range.min !== undefined && range.min !== null && value < range.min) return false;
  if (range.max !== undefined && range.max !== null && value > range.max) return false;
  return true;
}

const hasBound = (r: Range | undefined): r is Range => !!r && ((r.min !== undefined && r.min !== null) || (r.max !== undefined && r.max !== null));
const listed = (l: readonly string[] | undefined): l is readonly string[] => !!l && l.length > 0;

/** Does the case's category belong to the theme of the day? */
export function isThemedDayCase(facts: Pick<RoutingFacts, 'category' | 'themeToday'>): boolean {
  return facts.themeToday !== null && THEME_CATEGORIES[facts.themeToday].includes(facts.category);
}

/** Each condition the rule sets, checked against the facts. An empty list or an unbounded range sets no condition. */
export function checkConditions(c: RoutingConditions, f: RoutingFacts): ConditionCheck[] {
  const out: ConditionCheck[] = [];
  const oneOf = (key: 'categories' | 'subcategories' | 'channels' | 'urgencies', expected: readonly string[] | undefined, actual: string | null) => {
    if (listed(expected)) out.push({ key, expected, actual: actual === null ? [] : [actual], held: actual !== null && expected.includes(actual) });
  };
  const anyOf = (key: 'territoryUnitIds' | 'requesterKinds', expected: readonly string[] | undefined, actual: readonly string[]) => {
    if (listed(expected)) out.push({ key, expected, actual, held: actual.some((a) => expected.includes(a)) });
  };
  oneOf('categories', c.categories, f.category);
  oneOf('subcategories', c.subcategories, f.subcategory);
  oneOf('channels', c.channels, f.channel);
  anyOf('territoryUnitIds', c.territoryUnitIds, f.territoryUnitIds);
  if (hasBound(c.amountFen)) out.push({ key: 'amountFen', expected: c.amountFen, actual: f.amountFen, held: inRange(f.amountFen, c.amountFen) });
  if (hasBound(c.peopleCount)) out.push({ key: 'peopleCount', expected: c.peopleCount, actual: f.peopleCount, held: inRange(f.peopleCount, c.peopleCount) });
  oneOf('urgencies', c.urgencies, f.urgency);
  anyOf('requesterKinds', c.requesterKinds, f.requesterKinds);
  if (c.themedDay !== undefined && c.themedDay !== null) {
    const themed = isThemedDayCase(f);
    out.push({ key: 'themedDay', expected: c.themedDay, actual: { theme: f.themeToday, themed }, held: themed === c.themedDay });
  }
  return out;
}

export function byPosition<R extends Pick<RoutingRule, 'position' | 'id'>>(a: R, b: R): number {
  return a.position - b.position || a.id.localeCompare(b.id);
}

/**
 * The first enabled rule, in position order, whose conditions all hold, and the trace
 * of every rule considered on the way (disabled ones included, never matching): the
 * material of the explanation.
 */
export function evaluateRules<R extends RoutingRule>(rules: readonly R[], facts: RoutingFacts): Evaluation<R> {
  const trace: RuleTrace[] = [];
  for (const rule of [...rules].sort(byPosition)) {
    const checks = checkConditions(rule.conditions, facts);
    const matched = rule.enabled && checks.every((c) => c.held);
    trace.push({ ruleId: rule.id, ruleName: rule.name, enabled: rule.enabled, checks, matched });
    if (matched) return { matched: rule, trace };
  }
  return { matched: null, trace };
}

/** Drops empty lists and unbounded ranges, so that a stored rule only names the conditions it sets. */
export function normalizeConditions(c: RoutingConditions): RoutingConditions {
  const out: RoutingConditions = {};
  for (const key of ['categories', 'subcategories', 'channels', 'territoryUnitIds', 'urgencies'] as const) {
    const v = c[key];
    if (listed(v)) out[key] = [...new Set(v)];
  }
  if (listed(c.requesterKinds)) out.requesterKinds = [...new Set(c.requesterKinds)];
  for (const key of ['amountFen', 'peopleCount'] as const) {
    const r = c[key];
    if (hasBound(r)) out[key] = { ...(r.min !== undefined && r.min !== null ? { min: r.min } : {}), ...(r.max !== undefined && r.max !== null ? { max: r.max } : {}) };
  }
  if (c.themedDay !== undefined && c.themedDay !== null) out.themedDay = c.themedDay;
  return out;
}
