// 统计分析: GET /api/kpis — the KPI set over a period, optionally filtered and grouped.
import type { CaseListItem } from './caseTypes';
import { api } from './client';

export const KPI_GROUP_BYS = ['none', 'month', 'week', 'category', 'channel', 'street', 'community', 'grid', 'handler'] as const;
export type KpiGroupBy = (typeof KPI_GROUP_BYS)[number];

export interface Distribution {
  median: number | null;
  p90: number | null;
}

export interface Kpis {
  registered: number;
  accepted: number;
  concluded: number;
  resolved: number;
  /** Rates are 0..1, null when there is nothing to divide by. */
  closureRate: number | null;
  resolutionRate: number | null;
  onTimeResponseRate: number | null;
  responseMinutes: Distribution;
  durationDays: Distribution;
  durationWorkingDays?: Distribution;
  satisfactionRate: number | null;
  reboundRate: number | null;
  moneyRecoveredFen: number;
  followUpOnTimeRate: number | null;
  screeningCoverage: number | null;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  byStatus: Record<string, number>;
  /** The denominators and counts behind the rates (what GET /api/kpis/cases lists; see KPI_DRILL_METRICS). */
  bases?: KpiBases;
}

export interface KpiBases {
  responded: number;
  respondedOnTime: number;
  concludedInPeriod: number;
  resolvedInPeriod: number;
  rebounded: number;
  rated: number;
  satisfied: number;
  dissatisfied: number;
  /** cases entering any figure: the group's sample */
  cases: number;
  visitsDue: number;
  visitsOnTime: number;
  followUpLateCases: number;
  screeningTarget: number;
  screeningDone: number;
}

export interface KpiDefinition {
  zh: string;
  en: string;
  formula: string;
  unit?: string;
  available?: boolean;
}

export interface KpiGroup {
  key: string;
  label: string;
  kpis: Kpis;
  sample: number;
  /** false: too few cases to take part in the ranking. */
  ranked: boolean;
  period?: { from: string; to: string };
}

export interface KpiReport {
  period: { from: string; to: string };
  groupBy: KpiGroupBy;
  definitions: Record<string, KpiDefinition>;
  total: Kpis;
  groups: KpiGroup[];
}

/** The filters GET /api/kpis and GET /api/kpis/cases take besides the period. */
export interface KpiFilters {
  category?: string;
  channel?: string;
  streetId?: string;
  communityId?: string;
  gridId?: string;
  handlerId?: string;
  departmentId?: string;
}

export const KPI_FILTER_KEYS = ['category', 'channel', 'streetId', 'communityId', 'gridId', 'handlerId', 'departmentId'] as const satisfies readonly (keyof KpiFilters)[];

export interface KpiQuery extends KpiFilters {
  from?: string;
  to?: string;
  groupBy?: KpiGroupBy;
}

export const kpisApi = {
  get: (query: KpiQuery, signal?: AbortSignal) => api.get<KpiReport>('/api/kpis', { ...query }, signal),
};

// 指标明细 (drill-down): GET /api/kpis/cases — the cases behind one figure.

/** Figures one can drill into; `total` of the answer equals the figure. */
export const KPI_DRILL_METRICS = [
  'registered',
  'accepted',
  'concluded',
  'resolved',
  'responded',
  'respondedOnTime',
  'respondedLate',
  'concludedInPeriod',
  'resolvedInPeriod',
  'rebounded',
  'rated',
  'satisfied',
  'notSatisfied',
  'dissatisfied',
  'followUpLate',
] as const;
/** A figure, or one entry of a breakdown: `byChannel:<code>`, `byCategory:<code>`, `byStatus:<code>`. */
export type KpiDrillMetric = (typeof KPI_DRILL_METRICS)[number] | `byChannel:${string}` | `byCategory:${string}` | `byStatus:${string}`;
/** The `groupKey` of a group whose `key` is null. */
export const KPI_NULL_GROUP_KEY = '~';

export interface KpiDrillQuery extends KpiFilters {
  metric: KpiDrillMetric;
  from?: string;
  to?: string;
  /** with groupKey: only that group of the report with the same groupBy */
  groupBy?: KpiGroupBy;
  /** a group's `key`, or KPI_NULL_GROUP_KEY for the group whose key is null */
  groupKey?: string;
  cursor?: string;
  limit?: number;
}

export interface KpiDrillPage {
  items: CaseListItem[];
  nextCursor: string | null;
  /** equals the figure drilled into */
  total: number;
  /** of `total`, cases outside the caller's case scope: counted, not listed */
  notListed: number;
}

export const kpiDrillApi = {
  cases: (query: KpiDrillQuery, signal?: AbortSignal) => api.get<KpiDrillPage>('/api/kpis/cases', { ...query }, signal),
};
