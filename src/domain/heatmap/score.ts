/**
 * The risk score of the heat map (风险指数), defined once here: the API returns this
 * definition with the figures, the map colours units by the score, and the monthly
 * report ranks its top risk grids by it. Pure.
 *
 * The score is a weighted count of what needs attention in a unit now, so that a unit
 * with one open high-risk dispute outweighs one with a few low-risk ones:
 *   5 × open high-risk cases + 2 × open medium-risk cases + 1 × open low-risk (or
 *   unassessed) cases + 3 × high-risk households + 2 × overdue follow-up visits.
 * Open cases are those registered in the period and not concluded now. Active follow-up
 * plans are shown beside it but not weighted: a plan is the response to a risk already
 * counted (its case or household), not a risk of its own.
 * Because units differ in size, the score per 1,000 households is given too (null when
 * the unit's household count is unknown); the colours use the score itself, which is
 * what a director acts on.
 */

export interface OpenCasesByRisk {
  high: number;
  medium: number;
  low: number;
  /** risk_level not set (cases from before the risk assessment) */
  unassessed: number;
}

export interface UnitRiskFigures {
  /** cases registered in the period (any status) */
  registered: number;
  open: OpenCasesByRisk;
  highRiskHouseholds: number;
  activePlans: number;
  /** of which at high level */
  activeHighPlans: number;
  /** visits still due whose day has passed */
  overdueVisits: number;
}

export const RISK_WEIGHTS = Object.freeze({ openHigh: 5, openMedium: 2, openLow: 1, highRiskHousehold: 3, overdueVisit: 2 });

export const EMPTY_FIGURES: Readonly<UnitRiskFigures> = Object.freeze({
  registered: 0,
  open: Object.freeze({ high: 0, medium: 0, low: 0, unassessed: 0 }),
  highRiskHouseholds: 0,
  activePlans: 0,
  activeHighPlans: 0,
  overdueVisits: 0,
});

/** The weighted score of a unit (an integer ≥ 0). */
export function riskScore(f: UnitRiskFigures): number {
  const w = RISK_WEIGHTS;
  return (
    w.openHigh * f.open.high +
    w.openMedium * f.open.medium +
    w.openLow * (f.open.low + f.open.unassessed) +
    w.highRiskHousehold * f.highRiskHouseholds +
    w.overdueVisit * f.overdueVisits
  );
}

/** The score per 1,000 households, one decimal; null without a household count. */
export function scorePerThousandHouseholds(score: number, households: number | null): number | null {
  if (households === null || !(households > 0)) return null;
  return Math.round((score * 10_000) / households) / 10;
}

/** Sums figures (a street's from its grids, for example). */
export function addFigures(a: UnitRiskFigures, b: UnitRiskFigures): UnitRiskFigures {
  return {
    registered: a.registered + b.registered,
    open: { high: a.open.high + b.open.high, medium: a.open.medium + b.open.medium, low: a.open.low + b.open.low, unassessed: a.open.unassessed + b.open.unassessed },
    highRiskHouseholds: a.highRiskHouseholds + b.highRiskHouseholds,
    activePlans: a.activePlans + b.activePlans,
    activeHighPlans: a.activeHighPlans + b.activeHighPlans,
    overdueVisits: a.overdueVisits + b.overdueVisits,
  };
}

/**
 * The units with the highest scores, highest first (ties: more open high-risk cases,
 * then the unit code), leaving out units with a score of 0: a ranking of counts, so a
 * small unit is not favoured or penalised by a small denominator.
 */
export function topRiskUnits<T extends { code: string; score: number; figures: UnitRiskFigures }>(units: readonly T[], n: number): T[] {
  return units
    .filter((u) => u.score > 0)
    .sort((a, b) => b.score - a.score || b.figures.open.high - a.figures.open.high || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, Math.max(0, n));
}

export interface HeatDefinition {
  zh: string;
  en: string;
  formula: string;
}

const W = RISK_WEIGHTS;

/** The definitions shown beside the heat map's figures. */
export const HEAT_DEFINITIONS: Readonly<Record<'riskScore' | 'perThousandHouseholds' | 'open' | 'highRiskHouseholds' | 'activePlans' | 'overdueVisits' | 'registered', HeatDefinition>> = Object.freeze({
  riskScore: {
    zh: `风险指数 = ${W.openHigh}×高风险未办结案件 + ${W.openMedium}×中风险未办结案件 + ${W.openLow}×低风险（含未评估）未办结案件 + ${W.highRiskHousehold}×高风险家庭户 + ${W.overdueVisit}×逾期未回访次数。未办结案件指统计期内登记、目前尚未办结（未化解、转办、撤回或归档）的案件；高风险家庭户和逾期回访按当前状态统计。在访计划只展示、不计分。`,
    en: `Risk score = ${W.openHigh}×open high-risk cases + ${W.openMedium}×open medium-risk cases + ${W.openLow}×open low-risk (or unassessed) cases + ${W.highRiskHousehold}×high-risk households + ${W.overdueVisit}×overdue follow-up visits. Open cases: registered in the period and not concluded now (not resolved, referred, withdrawn or archived); households and overdue visits as they stand now. Active follow-up plans are shown but not scored.`,
    formula: `${W.openHigh}·openHigh + ${W.openMedium}·openMedium + ${W.openLow}·(openLow + unassessed) + ${W.highRiskHousehold}·highRiskHouseholds + ${W.overdueVisit}·overdueVisits`,
  },
  perThousandHouseholds: {
    zh: '每千户风险指数 = 风险指数 ÷ 户数 × 1000，便于比较规模不同的单元；户数未知时不显示。',
    en: 'Risk score per 1,000 households = score ÷ households × 1000, to compare units of different size; not shown when the household count is unknown.',
    formula: 'score / households × 1000',
  },
  open: {
    zh: '未办结案件：统计期内登记、目前仍处于登记、分流、受理或处置中的案件，按登记时的风险等级分列。',
    en: 'Open cases: registered in the period and now registered, routed, accepted or in handling, by their risk level.',
    formula: "count(registered ∈ period, status ∈ {registered, routed, accepted, handling}) by risk_level",
  },
  highRiskHouseholds: {
    zh: '高风险家庭户：网格内家庭档案当前风险等级为"高"的户数。',
    en: 'High-risk households: household profiles of the grids whose current risk level is high.',
    formula: "count(household_profiles: risk_level = 'high')",
  },
  activePlans: {
    zh: '在访计划：当前处于执行中的回访计划数（其中高风险计划单列）。',
    en: 'Active plans: follow-up plans now active (high-level plans shown separately).',
    formula: "count(followup_plans: status = 'active')",
  },
  overdueVisits: {
    zh: '逾期未回访：在访计划中应回访日期已过、仍未完成的回访次数。',
    en: 'Overdue visits: visits of active plans still due after their day.',
    formula: "count(followup_visits: status = 'due', due_on < today)",
  },
  registered: {
    zh: '登记量：统计期内登记的案件数（任何状态）。',
    en: 'Registered: cases registered in the period (any status).',
    formula: 'count(registered_at ∈ period)',
  },
});

/** Case statuses that count as open (not concluded, not archived). */
export const OPEN_CASE_STATUSES = ['registered', 'routed', 'accepted', 'handling'] as const;
