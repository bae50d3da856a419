// The rule drawer's form values and how they become the API's rule (元 in the form, fen in the API).
import type { Channel, Urgency } from '../../../api/caseTypes';
import type { AssignMode, RequesterKind, RoutingRule, RuleInput } from '../../../api/routingRules';

export type ThemedChoice = 'any' | 'yes' | 'no';

export interface UnitOption {
  value: string;
  label: string;
}

export interface RuleValues {
  /** '' = every center */
  centerId: string;
  name: string;
  enabled: boolean;
  conditions: {
    categories: string[];
    subcategories: string[];
    channels: Channel[];
    territory: UnitOption[];
    amountYuan: { min: number | null; max: number | null };
    peopleCount: { min: number | null; max: number | null };
    urgencies: Urgency[];
    requesterKinds: RequesterKind[];
    themedDay: ThemedChoice;
  };
  target: { unitId: string | undefined; assign: AssignMode; userIds: string[] };
  note: string;
}

const nil = (value: number | null | undefined) => (value === undefined || value === null ? null : value);
const toFen = (yuan: number | null) => (yuan === null ? null : Math.round(yuan * 100));
const toYuan = (fen: number | null | undefined) => (fen === undefined || fen === null ? null : fen / 100);

export function emptyValues(centerId: string): RuleValues {
  return {
    centerId,
    name: '',
    enabled: true,
    conditions: {
      categories: [],
      subcategories: [],
      channels: [],
      territory: [],
      amountYuan: { min: null, max: null },
      peopleCount: { min: null, max: null },
      urgencies: [],
      requesterKinds: [],
      themedDay: 'any',
    },
    target: { unitId: undefined, assign: 'least_loaded', userIds: [] },
    note: '',
  };
}

export function valuesOf(rule: RoutingRule): RuleValues {
  const c = rule.conditions;
  return {
    centerId: rule.centerId ?? '',
    name: rule.name,
    enabled: rule.enabled,
    conditions: {
      categories: c.categories ?? [],
      subcategories: c.subcategories ?? [],
      channels: c.channels ?? [],
      territory: rule.territory.map((unit) => ({ value: unit.id, label: unit.name ?? unit.id })),
      amountYuan: { min: toYuan(c.amountFen?.min), max: toYuan(c.amountFen?.max) },
      peopleCount: { min: nil(c.peopleCount?.min), max: nil(c.peopleCount?.max) },
      urgencies: c.urgencies ?? [],
      requesterKinds: c.requesterKinds ?? [],
      themedDay: c.themedDay === true ? 'yes' : c.themedDay === false ? 'no' : 'any',
    },
    target: { unitId: rule.target.unitId, assign: rule.target.assign, userIds: rule.target.userIds },
    note: rule.note ?? '',
  };
}

export function toInput(v: RuleValues): RuleInput {
  const c = v.conditions;
  return {
    centerId: v.centerId || null,
    name: v.name.trim(),
    enabled: v.enabled,
    conditions: {
      categories: c.categories,
      subcategories: c.subcategories,
      channels: c.channels,
      territoryUnitIds: c.territory.map((unit) => unit.value),
      amountFen: { min: toFen(nil(c.amountYuan.min)), max: toFen(nil(c.amountYuan.max)) },
      peopleCount: { min: nil(c.peopleCount.min), max: nil(c.peopleCount.max) },
      urgencies: c.urgencies,
      requesterKinds: c.requesterKinds,
      themedDay: c.themedDay === 'yes' ? true : c.themedDay === 'no' ? false : null,
    },
    target: { unitId: v.target.unitId ?? '', assign: v.target.assign, userIds: v.target.assign === 'least_loaded' ? v.target.userIds : [] },
    note: v.note.trim() || null,
  };
}

/** Where each of the API's field names sits in the form. */
export function formPathOf(field: string): (string | number)[] | null {
  const map: Record<string, (string | number)[]> = {
    centerId: ['centerId'],
    name: ['name'],
    note: ['note'],
    'conditions.categories': ['conditions', 'categories'],
    'conditions.subcategories': ['conditions', 'subcategories'],
    'conditions.channels': ['conditions', 'channels'],
    'conditions.territoryUnitIds': ['conditions', 'territory'],
    'conditions.amountFen': ['conditions', 'amountYuan', 'min'],
    'conditions.peopleCount': ['conditions', 'peopleCount', 'min'],
    'conditions.urgencies': ['conditions', 'urgencies'],
    'conditions.requesterKinds': ['conditions', 'requesterKinds'],
    'target.unitId': ['target', 'unitId'],
    'target.userIds': ['target', 'userIds'],
    'target.assign': ['target', 'assign'],
  };
  return map[field] ?? null;
}
