import { type AssignMode, normalizeConditions, type RoutingConditions } from '../../domain/routing/rules.js';
import { conflict, forbidden, type FieldMessage, invalid, notFound } from '../../errors.js';
import type { RoutingRuleRow, RuleFields } from '../../repositories/routing-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { canEdit, EDIT_ROLES, type RuleAccess, ruleAccess } from './access.js';
import { HANDLING_UNIT_KINDS } from './decide.js';
import { type CaseRoutingDeps, withRouting } from './deps.js';

export interface RuleTargetInput {
  unitId: string;
  userIds?: string[] | null;
  assign: AssignMode;
}

export interface RuleInput {
  centerId: string | null;
  name: string;
  enabled: boolean;
  conditions: RoutingConditions;
  target: RuleTargetInput;
  note?: string | null;
}

const TERRITORY_KINDS = ['street', 'town', 'community', 'grid'];
const iso = (d: Date | string) => new Date(d).toISOString();

/** The rules the caller reads, in order, with the names the editor shows. */
export async function listRules(baseDeps: CaseDeps, actor: Actor, centerId?: string) {
  const deps = withRouting(baseDeps);
  const access = await ruleAccess(deps, actor);
  if (centerId && !access.readCenters.some((c) => c.id === centerId)) throw forbidden();
  const rows = await deps.routing.repo.list(centerId ? [centerId] : access.readCenters.map((c) => c.id));
  return { items: await ruleViews(deps, access, rows), centers: access.readCenters, editableCenters: access.editCenters, canEditGlobal: access.editGlobal };
}

async function ruleViews(deps: CaseRoutingDeps, access: RuleAccess, rows: readonly (RoutingRuleRow & { updated_by_name?: string | null })[]) {
  const unitIds = new Set<string>();
  const userIds = new Set<string>();
  for (const r of rows) {
    const t = r.target as { unitId?: string; userIds?: string[] };
    if (t.unitId) unitIds.add(t.unitId);
    for (const u of t.userIds ?? []) userIds.add(u);
    for (const u of (r.conditions as RoutingConditions).territoryUnitIds ?? []) unitIds.add(u);
    if (r.center_id) unitIds.add(r.center_id);
  }
  const [units, users] = await Promise.all([deps.units.getMany([...unitIds]), deps.routing.repo.activeUsers([...userIds])]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const userName = new Map(users.map((u) => [u.id, u.display_name]));
  return rows.map((r) => {
    const conditions = r.conditions as RoutingConditions;
    const target = r.target as unknown as RuleTargetInput;
    return {
      id: r.id,
      centerId: r.center_id,
      centerName: r.center_id ? unitName.get(r.center_id) ?? null : null,
      name: r.name,
      position: r.position,
      enabled: r.enabled,
      conditions: r.conditions,
      target: { unitId: target.unitId, assign: target.assign, userIds: target.userIds ?? [] },
      note: r.note,
      version: r.version,
      updatedAt: iso(r.updated_at),
      updatedByName: r.updated_by_name ?? null,
      editable: canEdit(access, r.center_id),
      // Names for the editor (null: the unit or person no longer exists).
      targetUnitName: unitName.get(target.unitId) ?? null,
      team: (target.userIds ?? []).map((id) => ({ id, name: userName.get(id) ?? null })),
      territory: (conditions.territoryUnitIds ?? []).map((id) => ({ id, name: unitName.get(id) ?? null })),
    };
  });
}

async function viewOf(deps: CaseRoutingDeps, access: RuleAccess, id: string) {
  const row = (await deps.routing.repo.list(null)).find((r) => r.id === id);
  if (!row) throw notFound();
  return (await ruleViews(deps, access, [row]))[0]!;
}

/**
 * Checks a rule against the taxonomy and the org tree before it is stored: every
 * reference must exist and be in use, ranges must be ranges, and a team must be
 * people who handle cases in the target unit. 400 naming the field otherwise.
 */
async function validate(deps: CaseRoutingDeps, input: RuleInput): Promise<RuleFields> {
  const fields: Record<string, FieldMessage> = {};
  const say = (field: string, zh: string, en: string) => (fields[field] ??= { 'zh-CN': zh, en });
  const c = normalizeConditions(input.conditions);

  if (input.centerId) {
    const center = await deps.units.get(null, input.centerId);
    if (!center || center.kind !== 'center') say('centerId', '综治中心不存在', 'Unknown governance center');
  }
  for (const code of c.categories ?? []) {
    const cat = await deps.rules.category(code);
    if (!cat || !cat.active || cat.parent_code) say('conditions.categories', `类别“${code}”不存在或已停用`, `Unknown or inactive category "${code}"`);
  }
  for (const code of c.subcategories ?? []) {
    const cat = await deps.rules.category(code);
    if (!cat || !cat.active || !cat.parent_code) say('conditions.subcategories', `子类别“${code}”不存在或已停用`, `Unknown or inactive sub-category "${code}"`);
  }
  if (c.territoryUnitIds?.length) {
    const units = await deps.units.getMany(c.territoryUnitIds);
    if (units.length !== c.territoryUnitIds.length || units.some((u) => !TERRITORY_KINDS.includes(u.kind))) {
      say('conditions.territoryUnitIds', '属地须为存在的街道（镇）、社区或网格', 'Territory must be existing streets, towns, communities or grids');
    }
  }
  for (const [key, zh, en] of [['amountFen', '争议金额', 'amount'], ['peopleCount', '涉及人数', 'people count']] as const) {
    const r = c[key];
    if (r?.min !== undefined && r.min !== null && r.max !== undefined && r.max !== null && r.min > r.max) say(`conditions.${key}`, `${zh}下限不能大于上限`, `The minimum ${en} exceeds the maximum`);
  }

  const unit = await deps.units.get(null, input.target.unitId);
  if (!unit || !(HANDLING_UNIT_KINDS as readonly string[]).includes(unit.kind)) say('target.unitId', '承办单位不存在', 'Unknown handling unit');
  const team = [...new Set(input.target.userIds ?? [])];
  if (team.length && input.target.assign !== 'least_loaded') say('target.userIds', '指定团队时请选择“值班人员中在办最少”', 'A team needs the "least loaded on duty" assignment');
  if (team.length && unit) {
    const users = await deps.routing.repo.activeUsers(team);
    const handlers = await deps.routing.repo.handlersIn(unit.id, team);
    if (users.length !== team.length || users.some((u) => !u.active)) say('target.userIds', '团队成员不存在或已停用', 'Unknown or disabled team member');
    else if (team.some((id) => !handlers.has(id))) say('target.userIds', '团队成员须在承办单位担任调解员或联络员', 'Every team member must handle cases in the target unit');
  }
  if (Object.keys(fields).length) throw invalid(fields);
  return {
    center_id: input.centerId,
    name: input.name.trim(),
    enabled: input.enabled,
    conditions: c as Record<string, unknown>,
    target: { unitId: input.target.unitId, assign: input.target.assign, ...(team.length ? { userIds: team } : {}) },
    note: input.note?.trim() || null,
  };
}

function requireEdit(actor: Actor, access: RuleAccess, centerId: string | null) {
  if (!actor.scope.grants.some((g) => EDIT_ROLES.includes(g.role)) || !canEdit(access, centerId)) throw forbidden();
}

export async function createRule(baseDeps: CaseDeps, actor: Actor, input: RuleInput) {
  const deps = withRouting(baseDeps);
  const access = await ruleAccess(deps, actor);
  if (!actor.scope.grants.some((g) => EDIT_ROLES.includes(g.role))) throw forbidden();
  const f = await validate(deps, input);
  requireEdit(actor, access, input.centerId);
  const row = await deps.db.transaction().execute((trx) => deps.routing.repo.insert(trx, f, deps.clock.now(), actor.userId));
  return viewOf(deps, access, row.id);
}

/** Changes a rule the caller read at `version`: 409 with the current rule when someone changed it since. */
export async function updateRule(baseDeps: CaseDeps, actor: Actor, id: string, version: number, patch: Partial<RuleInput>) {
  const deps = withRouting(baseDeps);
  const access = await ruleAccess(deps, actor);
  const current = await deps.routing.repo.get(id);
  if (!current) throw notFound();
  requireEdit(actor, access, current.center_id);
  const centerId = patch.centerId !== undefined ? patch.centerId : current.center_id;
  const f = await validate(deps, {
    centerId,
    name: patch.name ?? current.name,
    enabled: patch.enabled ?? current.enabled,
    conditions: patch.conditions ?? (current.conditions as RoutingConditions),
    target: patch.target ?? (current.target as unknown as RuleTargetInput),
    note: patch.note !== undefined ? patch.note : current.note,
  });
  if (centerId !== current.center_id) requireEdit(actor, access, centerId);
  const row = await deps.db.transaction().execute((trx) => deps.routing.repo.update(trx, id, version, f, deps.clock.now(), actor.userId));
  if (!row) throw conflict({ current: await viewOf(deps, access, id).catch(() => null) });
  return viewOf(deps, access, id);
}

export async function deleteRule(baseDeps: CaseDeps, actor: Actor, id: string, version: number): Promise<void> {
  const deps = withRouting(baseDeps);
  const access = await ruleAccess(deps, actor);
  const current = await deps.routing.repo.get(id);
  if (!current) throw notFound();
  requireEdit(actor, access, current.center_id);
  const done = await deps.db.transaction().execute((trx) => deps.routing.repo.delete(trx, id, version));
  if (!done) throw conflict({ current: await viewOf(deps, access, id).catch(() => null) });
}

/**
 * Puts the given rules in the given order. They keep the positions they held between
 * them, so rules of other centers interleaved with them stay where they are.
 */
export async function reorderRules(baseDeps: CaseDeps, actor: Actor, ids: readonly string[], centerId?: string) {
  const deps = withRouting(baseDeps);
  const access = await ruleAccess(deps, actor);
  if (new Set(ids).size !== ids.length) throw invalid({ ids: { 'zh-CN': '规则重复', en: 'A rule is listed twice' } });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const rows = await deps.routing.repo.lockMany(trx, ids);
    if (rows.length !== ids.length) throw invalid({ ids: { 'zh-CN': '规则不存在', en: 'Unknown rule' } });
    for (const r of rows) requireEdit(actor, access, r.center_id);
    const slots = rows.map((r) => r.position).sort((a, b) => a - b);
    for (let i = 1; i < slots.length; i++) if (slots[i]! <= slots[i - 1]!) slots[i] = slots[i - 1]! + 1;
    for (const [i, id] of ids.entries()) {
      const row = rows.find((r) => r.id === id)!;
      if (row.position !== slots[i]) await deps.routing.repo.setPosition(trx, id, slots[i]!, now, actor.userId);
    }
  });
  return listRules(deps, actor, centerId);
}
