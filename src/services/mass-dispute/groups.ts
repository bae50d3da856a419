/**
 * 合并为涉众案件: gathering open cases of one center into a group case that is then
 * handled as one (the members stay open and point at it), adding later cases to it and
 * taking one out again. Each change is one transaction with events on both sides;
 * bad input is refused before anything is written.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { statusLabel } from '../../i18n/messages.js';
import { composeGroup, type GroupMemberFacts, type GroupMemberParty, groupDescription, groupTitle } from '../../domain/case/group-case.js';
import { CONCLUDED, type CaseStatus } from '../../domain/case/lifecycle.js';
import { hasRole } from '../../domain/roles.js';
import { AppError, type FieldMessage, forbidden, notFound } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import { MassDisputeRepository } from '../../repositories/mass-dispute-repository.js';
import type { Actor } from '../actor.js';
import { clockRules, syncDeadlines } from '../cases/deadline-sync.js';
import type { CaseDeps } from '../cases/deps.js';
import { visibleCase } from '../cases/visible-case.js';

const GATHER_ROLES = ['admin', 'director', 'dispatcher'] as const;

const closed = (status: string) => status === 'archived' || CONCLUDED.includes(status as CaseStatus);

class Problems {
  readonly bad: Record<string, FieldMessage> = {};
  readonly conflicts: Record<string, FieldMessage> = {};
  /** 400 for input that is wrong, else 409 for cases whose state forbids it. */
  throwIfAny(): void {
    if (Object.keys(this.bad).length) throw new AppError(400, 'validation_failed', 'validation_failed', {}, this.bad);
    if (Object.keys(this.conflicts).length) throw new AppError(409, 'group_conflict', 'group_conflict', {}, this.conflicts);
  }
}

function requireGatherRole(actor: Actor) {
  if (!hasRole(actor.scope.grants, ...GATHER_ROLES)) throw forbidden();
}

/**
 * The cases to gather, checked: each exists and is visible to the caller, is no group
 * case itself, belongs to the center, is open, and is in no group yet. Every fault is
 * named on its `caseIds.<i>` field.
 */
async function checkMembers(deps: CaseDeps, actor: Actor, caseIds: readonly string[], centerId: string | null, minimum: number): Promise<CaseRow[]> {
  const p = new Problems();
  const rows: CaseRow[] = [];
  const seen = new Set<string>();
  if (new Set(caseIds).size < minimum) {
    p.bad.caseIds = minimum > 1 ? { 'zh-CN': `至少选择 ${minimum} 件不同的案件`, en: `Choose at least ${minimum} different cases` } : { 'zh-CN': '请选择案件', en: 'Choose a case' };
  }
  for (const [i, id] of caseIds.entries()) {
    const field = `caseIds.${i}`;
    if (seen.has(id)) {
      p.bad[field] = { 'zh-CN': '重复选择了同一案件', en: 'The same case is listed twice' };
      continue;
    }
    seen.add(id);
    const c = await deps.cases.get(actor.scope, id);
    if (!c) {
      // Unknown or out of scope read the same: a refusal reveals nothing. Out of scope is audited.
      if (await deps.cases.get(null, id)) await deps.audit.record(actor, { action: 'case.gather', outcome: 'denied', targetType: 'case', targetId: id });
      p.bad[field] = { 'zh-CN': '案件不存在或无权查看', en: 'Unknown case, or not one you may see' };
      continue;
    }
    centerId ??= c.center_id;
    if (c.is_group) p.bad[field] = { 'zh-CN': `${c.code} 本身是涉众案件，不能作为成员`, en: `${c.code} is a group case itself` };
    else if (c.center_id !== centerId) p.bad[field] = { 'zh-CN': `${c.code} 不属于同一综治中心`, en: `${c.code} belongs to another center` };
    else if (closed(c.status)) p.conflicts[field] = { 'zh-CN': `${c.code} 已办结或归档（${statusLabel(c.status)}），不能合并`, en: `${c.code} is concluded or archived (${c.status})` };
    else if (c.group_case_id) {
      const g = await deps.cases.get(null, c.group_case_id);
      p.conflicts[field] = { 'zh-CN': `${c.code} 已合并至涉众案件 ${g?.code ?? ''}`.trim(), en: `${c.code} is already in group case ${g?.code ?? ''}`.trim() };
    }
    rows.push(c);
  }
  p.throwIfAny();
  return rows;
}

/** Locks the cases (in id order: no deadlock between two gatherings) and checks that nothing changed since they were read. */
async function lockMembers(deps: CaseDeps, trx: Kysely<DB>, rows: readonly CaseRow[], groupId: string | null): Promise<void> {
  const p = new Problems();
  for (const r of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    const now = await deps.cases.forUpdate(trx, r.id);
    if (!now || closed(now.status) || now.group_case_id !== groupId) p.conflicts[`caseIds.${rows.indexOf(r)}`] = { 'zh-CN': `${r.code} 已被他人修改，请刷新后重试`, en: `${r.code} was changed meanwhile; reload and retry` };
  }
  p.throwIfAny();
}

async function memberFacts(deps: CaseDeps, rows: readonly CaseRow[]): Promise<GroupMemberFacts[]> {
  const parties = await deps.cases.parties(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    category: r.category,
    channel: r.channel,
    peopleCount: r.people_count,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    riskLevel: r.risk_level,
    urgency: r.urgency,
    districtId: r.district_id,
    streetId: r.street_id,
    communityId: r.community_id,
    gridId: r.grid_id,
    compoundId: r.compound_id,
    registeredAt: new Date(r.registered_at),
    parties: parties
      .filter((p) => p.case_id === r.id)
      .map((p): GroupMemberParty => ({ partyId: p.party_id, role: p.role, kind: p.kind, name: p.name, uscc: p.uscc })),
  }));
}

async function linkParties(deps: CaseDeps, trx: Kysely<DB>, groupId: string, parties: readonly GroupMemberParty[], role: 'applicant' | 'respondent', from: number): Promise<number> {
  let ordinal = from;
  for (const p of parties) await deps.parties.link(trx, groupId, p.partyId, role, ordinal++);
  return ordinal;
}

export interface GatherInput {
  caseIds: string[];
  title?: string | null;
  reason: string;
}

/** POST /api/cases/groups: a new group case of these cases (at least two). */
export async function gatherCases(deps: CaseDeps, actor: Actor, input: GatherInput): Promise<CaseRow> {
  requireGatherRole(actor);
  const rows = await checkMembers(deps, actor, input.caseIds, null, 2);
  const now = deps.clock.now();
  const facts = await memberFacts(deps, rows);
  const g = composeGroup(facts);
  const repo = new MassDisputeRepository(deps.db);
  const [category, compound, community, center, rules] = await Promise.all([
    deps.rules.category(g.category),
    g.compoundId ? repo.compound(g.compoundId) : undefined,
    g.territory.community_id ? deps.units.get(null, g.territory.community_id) : undefined,
    deps.units.get(null, rows[0]!.center_id),
    clockRules(deps),
  ]);
  const title =
    input.title?.trim() ||
    groupTitle({ place: compound?.name ?? community?.name ?? null, category: g.category, categoryName: category?.name_zh ?? g.category, respondent: g.respondents[0] ?? null, count: rows.length });
  const codes = rows.map((r) => r.code);

  return deps.db.transaction().execute(async (trx) => {
    await lockMembers(deps, trx, rows, null);
    const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(now));
    const seq = await deps.cases.nextSequence(trx, center!.id, year);
    const code = `${center!.case_code_prefix ?? 'KDL'}-${year}-${String(seq).padStart(6, '0')}`;
    const description = groupDescription(codes, input.reason);
    const group = await deps.cases.insert(trx, {
      code,
      center_id: center!.id,
      intake_unit_id: null,
      channel: g.channel,
      category: g.category,
      subcategory: null,
      title,
      description,
      address: null,
      ...g.territory,
      compound_id: g.compoundId,
      amount_fen: g.amountFen,
      people_count: g.peopleCount,
      urgency: g.urgency,
      risk_level: g.riskLevel,
      status: 'registered',
      is_group: true,
      registered_at: now,
      registered_by: actor.userId,
      search_text: [title, description, ...g.respondents.map((p) => p.name), ...g.applicants.map((p) => p.name)].join(' '),
      updated_at: now,
    });
    const next = await linkParties(deps, trx, group.id, g.respondents, 'respondent', 0);
    await linkParties(deps, trx, group.id, g.applicants, 'applicant', next);
    const who = { actorId: actor.userId, actorName: actor.displayName, at: now };
    await deps.cases.appendEvent(trx, group.id, { ...who, type: 'registered', toStatus: 'registered', data: { channel: g.channel, categoryConfirmed: true, group: true } });
    await deps.cases.appendEvent(trx, group.id, { ...who, type: 'group_formed', reason: input.reason, data: { memberIds: rows.map((r) => r.id), memberCodes: codes, count: rows.length, peopleCount: g.peopleCount } });
    for (const r of rows) {
      await deps.cases.update(trx, r.id, { group_case_id: group.id }, now);
      await deps.cases.appendEvent(trx, r.id, { ...who, type: 'gathered', reason: input.reason, data: { groupId: group.id, groupCode: code, groupTitle: title } });
    }
    await syncDeadlines(deps, rules, trx, group, now);
    return group;
  });
}

/** The group case, visible to the caller, and still taking changes. */
async function openGroup(deps: CaseDeps, actor: Actor, groupId: string, allowConcluded: boolean): Promise<CaseRow> {
  requireGatherRole(actor);
  const group = await visibleCase(deps, actor, groupId, 'case.gather');
  if (!group.is_group) throw new AppError(409, 'group_conflict', 'group_conflict', {}, { id: { 'zh-CN': `${group.code} 不是涉众案件`, en: `${group.code} is not a group case` } });
  if (group.status === 'archived' || (!allowConcluded && closed(group.status))) {
    throw new AppError(409, 'group_conflict', 'group_conflict', {}, { id: { 'zh-CN': `涉众案件 ${group.code} 已办结或归档`, en: `Group case ${group.code} is concluded or archived` } });
  }
  return group;
}

/** POST /api/cases/groups/:id/members: later cases join an open group case. */
export async function addGroupMembers(deps: CaseDeps, actor: Actor, groupId: string, input: { caseIds: string[]; reason: string }): Promise<CaseRow> {
  const group = await openGroup(deps, actor, groupId, false);
  const rows = await checkMembers(deps, actor, input.caseIds, group.center_id, 1);
  const now = deps.clock.now();
  const facts = await memberFacts(deps, rows);
  const onGroup = new Set((await deps.cases.parties([group.id])).map((p) => p.party_id));
  const applicants = composeGroup(facts).applicants.filter((p) => !onGroup.has(p.partyId));
  const people = facts.reduce((n, m) => n + Math.max(1, m.peopleCount), 0);
  const repo = new MassDisputeRepository(deps.db);

  return deps.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.forUpdate(trx, group.id);
    if (!locked || closed(locked.status)) throw new AppError(409, 'group_conflict', 'group_conflict', {}, { id: { 'zh-CN': `涉众案件 ${group.code} 已办结或归档`, en: `Group case ${group.code} is concluded or archived` } });
    await lockMembers(deps, trx, rows, null);
    await linkParties(deps, trx, group.id, applicants, 'applicant', (await repo.maxPartyOrdinal(trx, group.id)) + 1);
    const who = { actorId: actor.userId, actorName: actor.displayName, at: now };
    for (const r of rows) {
      await deps.cases.update(trx, r.id, { group_case_id: group.id }, now);
      await deps.cases.appendEvent(trx, r.id, { ...who, type: 'gathered', reason: input.reason, data: { groupId: group.id, groupCode: group.code, groupTitle: group.title } });
    }
    await deps.cases.appendEvent(trx, group.id, { ...who, type: 'group_member_added', reason: input.reason, data: { memberIds: rows.map((r) => r.id), memberCodes: rows.map((r) => r.code), count: rows.length } });
    return deps.cases.update(trx, group.id, { people_count: locked.people_count + people }, now);
  });
}

/** DELETE /api/cases/groups/:id/members/:caseId: a member leaves the group (with a reason), taking its own applicants along. */
export async function removeGroupMember(deps: CaseDeps, actor: Actor, groupId: string, caseId: string, reason: string): Promise<CaseRow> {
  const group = await openGroup(deps, actor, groupId, true);
  const member = await deps.cases.get(null, caseId);
  if (!member || member.group_case_id !== group.id) throw notFound('group_member_not_found');
  await visibleCase(deps, actor, caseId, 'case.gather');
  const repo = new MassDisputeRepository(deps.db);
  const now = deps.clock.now();

  return deps.db.transaction().execute(async (trx) => {
    const locked = await deps.cases.forUpdate(trx, group.id);
    const current = await deps.cases.forUpdate(trx, member.id);
    if (!locked || locked.status === 'archived' || current?.group_case_id !== group.id) throw notFound('group_member_not_found');
    const remaining = (await repo.members(group.id, trx)).filter((m) => m.id !== member.id);
    if (!remaining.length) {
      throw new AppError(409, 'group_conflict', 'group_conflict', {}, { caseId: { 'zh-CN': '涉众案件至少保留一件成员案件', en: 'A group case keeps at least one member' } });
    }
    // The member's applicants leave with it unless another member or the group's respondents still hold them.
    const [own, kept, onGroup] = await Promise.all([deps.cases.parties([member.id], trx), deps.cases.parties(remaining.map((m) => m.id), trx), deps.cases.parties([group.id], trx)]);
    const keep = new Set([...kept.filter((p) => p.role === 'applicant').map((p) => p.party_id), ...onGroup.filter((p) => p.role === 'respondent').map((p) => p.party_id)]);
    await repo.unlinkParties(
      trx,
      group.id,
      own.filter((p) => p.role === 'applicant' && !keep.has(p.party_id)).map((p) => p.party_id),
    );
    const who = { actorId: actor.userId, actorName: actor.displayName, at: now };
    await deps.cases.update(trx, member.id, { group_case_id: null }, now);
    await deps.cases.appendEvent(trx, member.id, { ...who, type: 'ungathered', reason, data: { groupId: group.id, groupCode: group.code, groupTitle: group.title } });
    await deps.cases.appendEvent(trx, group.id, { ...who, type: 'group_member_removed', reason, data: { memberIds: [member.id], memberCodes: [member.code], count: 1 } });
    return deps.cases.update(trx, group.id, { people_count: Math.max(1, locked.people_count - Math.max(1, current.people_count)) }, now);
  });
}
