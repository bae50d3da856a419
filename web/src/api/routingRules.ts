// 分流规则: ordered routing rules, their editor's options and the 试算 preview.
import { api } from './client';
import type { Channel, Urgency } from './caseTypes';

export type AssignMode = 'unit' | 'least_loaded';
export type RequesterKind = 'person' | 'organization';

export interface Range {
  min?: number | null;
  max?: number | null;
}

export interface RoutingConditions {
  categories?: string[];
  subcategories?: string[];
  channels?: Channel[];
  territoryUnitIds?: string[];
  amountFen?: Range;
  peopleCount?: Range;
  urgencies?: Urgency[];
  requesterKinds?: RequesterKind[];
  themedDay?: boolean | null;
}

export interface RoutingTarget {
  unitId: string;
  assign: AssignMode;
  userIds: string[];
}

export interface RoutingRule {
  id: string;
  centerId: string | null;
  centerName: string | null;
  name: string;
  position: number;
  enabled: boolean;
  conditions: RoutingConditions;
  target: RoutingTarget;
  note: string | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  editable: boolean;
  targetUnitName: string | null;
  team: { id: string; name: string | null }[];
  territory: { id: string; name: string | null }[];
}

export interface CenterRef {
  id: string;
  name: string;
}

export interface RuleList {
  items: RoutingRule[];
  centers: CenterRef[];
  editableCenters: CenterRef[];
  canEditGlobal: boolean;
}

export interface RuleInput {
  centerId: string | null;
  name: string;
  enabled: boolean;
  conditions: RoutingConditions;
  target: RoutingTarget;
  note: string | null;
}

export interface RuleOptions {
  units: { id: string; name: string; kind: string; centerId: string | null; departmentType: string | null; staffingTier: string | null; rosterWeekdays: number[] }[];
  users: { id: string; displayName: string; role: string; unitId: string }[];
}

export const CONDITION_KEYS = ['categories', 'subcategories', 'channels', 'territoryUnitIds', 'amountFen', 'peopleCount', 'urgencies', 'requesterKinds', 'themedDay'] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

export interface RoutingPreview {
  case: { id: string; code: string; status: string } | null;
  centerId: string;
  date: string;
  workingDay: boolean;
  themeToday: string | null;
  mode: 'rule' | 'unmatched';
  matched: { ruleId: string; ruleName: string; unitId: string; unitName: string; assign: AssignMode; userId: string | null; userName: string | null } | null;
  explanation: string;
  candidates: { userId: string; name: string; load: number; rostered: boolean }[];
  trace: { ruleId: string; ruleName: string; enabled: boolean; matched: boolean; checks: { key: ConditionKey; held: boolean; text: string }[] }[];
}

const rule = (id: string) => `/api/routing/rules/${encodeURIComponent(id)}`;

export const routingRulesApi = {
  list: (centerId?: string) => api.get<RuleList>('/api/routing/rules', { centerId }),
  options: (centerId?: string | null) => api.get<RuleOptions>('/api/routing/rule-options', { centerId: centerId ?? undefined }),
  create: (input: RuleInput) => api.post<RoutingRule>('/api/routing/rules', input),
  update: (id: string, version: number, patch: Partial<RuleInput>) => api.patch<RoutingRule>(rule(id), { version, ...patch }),
  remove: (id: string, version: number) => api.delete<void>(`${rule(id)}?version=${version}`),
  reorder: (ids: string[]) => api.post<RuleList>('/api/routing/rules/reorder', { ids }),
  previewCase: (caseCode: string) => api.post<RoutingPreview>('/api/routing/preview', { caseCode }),
};
