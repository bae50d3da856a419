// 统计分析: GET /api/kpis — the KPI set over a period, optionally grouped.
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

export interface KpiQuery {
  from?: string;
  to?: string;
  groupBy?: KpiGroupBy;
}

export const kpisApi = {
  get: (query: KpiQuery, signal?: AbortSignal) =>
    api.get<KpiReport>('/api/kpis', { from: query.from, to: query.to, groupBy: query.groupBy }, signal),
};
