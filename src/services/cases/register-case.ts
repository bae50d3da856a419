import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Channel, PartyKind, PartyRole, Urgency } from '../../domain/case/taxonomy.js';
import { hasRole } from '../../domain/roles.js';
import { classify } from '../../domain/intake/classifier.js';
import { assessRisk } from '../../domain/intake/risk.js';
import { AppError, forbidden, invalid } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from './deps.js';
import { clockRules, syncDeadlines } from './deadline-sync.js';
import { autoRouteAfterRegistration } from '../routing/auto-route.js';
import { caseCompoundId, massWarningAfterRegistration } from '../mass-dispute/registration.js';

export interface PartyInput {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  uscc?: string | null;
  address?: string | null;
  partyId?: string | null;
}

export interface RegisterInput {
  channel: Channel;
  description: string;
  title?: string | null;
  category?: string | null;
  subcategory?: string | null;
  gridId?: string | null;
  streetId?: string | null;
  communityId?: string | null;
  address?: string | null;
  amountFen?: number | null;
  peopleCount?: number | null;
  urgency?: Urgency | null;
  serviceMode?: 'online' | 'offline' | null;
  /** the residential compound (小区); detected from the address when not given */
  compoundId?: string | null;
  /** the registering center when it is not the caller's (e.g. the center of a reception-day booking) */
  centerId?: string | null;
  parties: PartyInput[];
}

export interface RegisterHooks {
  /** runs in the registration's transaction after the case is written; throwing rolls the registration back */
  inTransaction?: (trx: Kysely<DB>, created: Awaited<ReturnType<CaseDeps['cases']['insert']>>) => Promise<void>;
}

const REGISTER_ROLES = ['admin', 'director', 'dispatcher', 'mediator', 'grid_worker', 'unit_head', 'building_head', 'department_liaison', 'enterprise_liaison', 'property_manager'] as const;

/** Names in titles are shortened to surname + 某某: lists and notifications carry no full names of people. */
export function shortName(p: { kind: string; name: string }): string {
  return p.kind === 'person' ? `${p.name.slice(0, 1)}某某` : p.name;
}

export function defaultTitle(parties: readonly { role: string; kind: string; name: string }[], categoryName: string): string {
  const applicant = parties.find((p) => p.role === 'applicant');
  const respondent = parties.find((p) => p.role === 'respondent');
  const who = [applicant, respondent].filter((p): p is NonNullable<typeof p> => !!p).map(shortName).join('与');
  return `${who}${categoryName}`.slice(0, 100);
}

/**
 * 登记: one use case for every channel. Validates references, matches parties to the
 * register (never entering a person twice), numbers the case per center and year,
 * writes the first timeline event and starts the response clock — all in one transaction.
 * `actor` is null for the public portal.
 */
export async function registerCase(deps: CaseDeps, actor: Actor | null, input: RegisterInput, hooks: RegisterHooks = {}) {
  if (actor && !hasRole(actor.scope.grants, ...REGISTER_ROLES)) throw forbidden();
  const now = deps.clock.now();

  // Without a category the intake model's best guess stands until a dispatcher confirms it.
  const categoryCode = input.category ?? classify(input.description)[0]?.code ?? 'other';
  const category = await deps.rules.category(categoryCode);
  const fields: Record<string, { 'zh-CN': string; en: string }> = {};
  if (!category || !category.active) fields.category = { 'zh-CN': '案件类别不存在或已停用', en: 'Unknown or inactive category' };
  if (input.subcategory) {
    const sub = await deps.rules.category(input.subcategory);
    if (!sub || sub.parent_code !== categoryCode) fields.subcategory = { 'zh-CN': '子类别不属于所选类别', en: 'Sub-category does not belong to the category' };
  }
  if (!input.parties.some((p) => p.role === 'applicant')) fields.parties = { 'zh-CN': '至少需要一名申请人', en: 'At least one applicant is required' };

  const territory = await resolveTerritory(deps, input, fields);
  const compoundId = await caseCompoundId(deps.db, input, territory, fields);
  if (Object.keys(fields).length) throw invalid(fields);

  const center = input.centerId ? await centerById(deps, input.centerId) : await resolveCenter(deps, actor);
  const intakeUnit = actor?.scope.grants.find((g) => ['station', 'enterprise_station', 'department'].includes(g.unitKind));

  const rules = await clockRules(deps);
  const created = await deps.db.transaction().execute(async (trx) => {
    const partyIds = await matchParties(deps, trx, input.parties, now);
    const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(now));
    const seq = await deps.cases.nextSequence(trx, center.id, year);
    const code = `${center.case_code_prefix ?? 'KDL'}-${year}-${String(seq).padStart(6, '0')}`;
    const title = input.title?.trim() || defaultTitle(input.parties, category!.name_zh);
    const row = await deps.cases.insert(trx, {
      code,
      center_id: center.id,
      intake_unit_id: intakeUnit?.unitId ?? null,
      channel: input.channel,
      category: categoryCode,
      subcategory: input.subcategory ?? null,
      title,
      description: input.description,
      address: input.address ?? null,
      ...territory,
      compound_id: compoundId,
      amount_fen: input.amountFen ?? null,
      people_count: input.peopleCount ?? 1,
      urgency: input.urgency ?? 'normal',
      // A first risk level from the signs in the account; follow-up assessments refine it.
      risk_level: assessRisk(input.description).level,
      status: 'registered',
      service_mode: input.serviceMode ?? null,
      registered_at: now,
      registered_by: actor?.userId ?? null,
      search_text: [title, input.description, ...input.parties.map((p) => p.name)].join(' '),
      updated_at: now,
    });
    for (const [i, p] of input.parties.entries()) await deps.parties.link(trx, row.id, partyIds[i]!, p.role, i);
    await deps.cases.appendEvent(trx, row.id, {
      type: 'registered',
      toStatus: 'registered',
      actorId: actor?.userId ?? null,
      actorName: actor?.displayName ?? '群众（网上申请）',
      at: now,
      data: { channel: input.channel, categoryConfirmed: input.category != null },
    });
    await syncDeadlines(deps, rules, trx, row, now);
    await hooks.inTransaction?.(trx, row);
    return row;
  });
  // After the commit: the routing rules route it, or say why not (never fails the registration).
  await autoRouteAfterRegistration(deps, created);
  await massWarningAfterRegistration(deps, created);
  return created;
}

async function resolveTerritory(deps: CaseDeps, input: RegisterInput, fields: Record<string, { 'zh-CN': string; en: string }>) {
  const none = { district_id: null, street_id: null, community_id: null, grid_id: null } as Record<string, string | null>;
  const unitId = input.gridId ?? input.communityId ?? input.streetId;
  const field = input.gridId ? 'gridId' : input.communityId ? 'communityId' : 'streetId';
  const expected = input.gridId ? ['grid'] : input.communityId ? ['community'] : ['street', 'town'];
  if (!unitId) {
    const district = (await deps.units.byKind(null, 'district'))[0];
    return { ...none, district_id: district?.id ?? null };
  }
  const unit = await deps.units.get(null, unitId);
  if (!unit || !expected.includes(unit.kind)) {
    fields[field] = { 'zh-CN': '所选网格/社区/街道不存在', en: 'Unknown grid, community or street' };
    return none;
  }
  const chain = [...(await deps.units.ancestors(unit)), { id: unit.id, kind: unit.kind }];
  const of = (...kinds: string[]) => chain.find((u) => kinds.includes(u.kind))?.id ?? null;
  return { district_id: of('district'), street_id: of('street', 'town'), community_id: of('community'), grid_id: of('grid') };
}

/** The center named by the caller of registerCase (not by the request). */
async function centerById(deps: CaseDeps, id: string) {
  const unit = await deps.units.get(null, id);
  if (!unit || unit.kind !== 'center') throw invalid({ centerId: { 'zh-CN': '综治中心不存在', en: 'Unknown governance center' } });
  return unit;
}

/** The center that registers the case: the caller's own, their station's or department's, else the district's first. */
async function resolveCenter(deps: CaseDeps, actor: Actor | null) {
  const own = actor?.scope.grants.find((g) => g.unitKind === 'center');
  if (own) return (await deps.units.get(null, own.unitId))!;
  for (const g of actor?.scope.grants ?? []) {
    const unit = await deps.units.get(null, g.unitId);
    if (unit?.center_id) return (await deps.units.get(null, unit.center_id))!;
  }
  const centers = await deps.units.byKind(null, 'center');
  if (!centers[0]) throw new AppError(409, 'conflict', 'invalid_unit');
  return centers[0];
}

async function matchParties(deps: CaseDeps, trx: Kysely<DB>, parties: readonly PartyInput[], now: Date): Promise<string[]> {
  const ids: string[] = [];
  const fields: Record<string, { 'zh-CN': string; en: string }> = {};
  for (const [i, p] of parties.entries()) {
    const norm = { ...p, idNumber: p.idNumber?.toUpperCase() ?? null, uscc: p.uscc?.toUpperCase() ?? null, phone: p.phone ?? null, address: p.address ?? null };
    let existing = p.partyId ? await deps.parties.byId(p.partyId, trx) : await deps.parties.match(trx, norm);
    if (p.partyId && !existing) fields[`parties.${i}.partyId`] = { 'zh-CN': '当事人不存在', en: 'Unknown party' };
    if (existing) {
      await deps.parties.complete(trx, existing.id, norm, now);
    } else if (!p.partyId) {
      existing = await deps.parties.insert(trx, { kind: p.kind, name: p.name, idNumber: norm.idNumber, phone: norm.phone, uscc: norm.uscc, address: norm.address }, now);
    }
    if (existing) ids.push(existing.id);
  }
  if (Object.keys(fields).length) throw invalid(fields);
  return ids;
}
