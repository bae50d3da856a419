// 风险热力图: GET /api/kpis/heatmap (units of a level with geometry and risk figures) and
// GET /api/kpis/heatmap/cases (the open cases behind a unit).
import type { CaseListItem } from './caseTypes';
import { api } from './client';

export const HEAT_LEVELS = ['street', 'community', 'grid'] as const;
export type HeatLevel = (typeof HEAT_LEVELS)[number];
export type HeatRisk = 'high' | 'medium' | 'low' | 'any';

/** A polygon in plane coordinates. */
export type Ring = [number, number][];

export interface HeatFigures {
  registered: number;
  open: { high: number; medium: number; low: number; unassessed: number };
  highRiskHouseholds: number;
  activePlans: number;
  activeHighPlans: number;
  overdueVisits: number;
}

export interface HeatUnit {
  id: string;
  name: string;
  code: string;
  kind: string;
  households: number | null;
  geometry: Ring[];
  figures: HeatFigures;
  score: number;
  perThousandHouseholds: number | null;
  childLevel: HeatLevel | null;
}

export interface HeatDefinition {
  zh: string;
  en: string;
  formula: string;
}

export interface UnitRef {
  id: string;
  name: string;
  kind: string;
}

export interface Heatmap {
  level: HeatLevel;
  parent: UnitRef | null;
  trail: UnitRef[];
  period: { from: string; to: string };
  asOf: string;
  definitions: Record<string, HeatDefinition>;
  units: HeatUnit[];
  maxScore: number;
  total: HeatFigures & { score: number };
}

export interface HeatCases {
  unit: UnitRef;
  riskLevel: HeatRisk;
  period: { from: string; to: string };
  total: number;
  items: CaseListItem[];
}

export const heatmapApi = {
  get: (q: { level: HeatLevel; parentId?: string; from?: string; to?: string }, signal?: AbortSignal) =>
    api.get<Heatmap>('/api/kpis/heatmap', { ...q }, signal),
  cases: (q: { unitId: string; riskLevel: HeatRisk; from?: string; to?: string }, signal?: AbortSignal) =>
    api.get<HeatCases>('/api/kpis/heatmap/cases', { ...q }, signal),
};
