import { workingMinutesBetween } from '../../domain/calendar/working-calendar.js';
import { maskIdNumber, maskPhone } from '../../domain/identity.js';
import { hasRole } from '../../domain/roles.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { CaseListFilter, CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import { callerFacts } from './caller.js';
import { caseSummary, nameLookup } from './case-view.js';
import type { CaseDeps } from './deps.js';
import { visibleCase } from './visible-case.js';

export interface ListQuery {
  view?: 'mine' | 'center';
  status?: string;
  category?: string;
  channel?: string;
  streetId?: string;
  communityId?: string;
  gridId?: string;
  handlingUnitId?: string;
  assigneeId?: string;
  overdue?: boolean;
  group?: 'only' | 'none' | 'members';
  q?: string;
  limit: number;
  cursor?: string;
}

function decodeCursor(cursor: string): { registeredAt: Date; id: string } {
  try {
    const [t, id] = Buffer.from(cursor, 'base64url').toString().split('|');
    const registeredAt = new Date(t!);
    if (Number.isNaN(registeredAt.getTime()) || !id) throw new Error('bad cursor');
    return { registeredAt, id };
  } catch {
    throw new AppError(400, 'validation_failed', 'validation_failed', {}, { cursor: { 'zh-CN': '分页游标无效', en: 'Invalid cursor' } });
  }
}

/** The repository filter for a list query (shared by the queues and the export). */
export function listFilter(actor: Actor, q: ListQuery, now: Date): CaseListFilter {
  return {
    status: q.status ? q.status.split(',') : undefined,
    category: q.category,
    channel: q.channel,
    streetId: q.streetId,
    communityId: q.communityId,
    gridId: q.gridId,
    handlingUnitId: q.handlingUnitId,
    assigneeId: q.assigneeId === 'me' ? actor.userId : q.assigneeId,
    mine: q.view === 'mine' ? { userId: actor.userId, unitIds: [...callerFacts(actor).handlingUnitIds] } : undefined,
    overdueAt: q.overdue ? now : undefined,
    group: q.group,
    q: q.q,
    limit: q.limit + 1,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
  };
}

/** A page of the cases the caller may see, with the running clock of each for the queue's badges. */
export async function listCases(deps: CaseDeps, actor: Actor, q: ListQuery) {
  const now = deps.clock.now();
  const rows = await deps.cases.list(actor.scope, listFilter(actor, q, now));
  const page = rows.slice(0, q.limit);
  const items = await caseListItems(deps, page, now);
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last ? Buffer.from(`${new Date(last.registered_at).toISOString()}|${last.id}`).toString('base64url') : null;
  return { items, nextCursor };
}

/** The items of a case list (GET /api/cases, and the KPI drill-down): the summary and the running clock of each. */
export async function caseListItems(deps: CaseDeps, page: readonly CaseRow[], now: Date) {
  const [names, running] = await Promise.all([nameLookup(deps, page), deps.cases.runningDeadlines(page.map((c) => c.id))]);
  const cal = await deps.rules.calendar();

  // The clock a queue badge shows: handling once it runs, the response clock before.
  const badgeClock = new Map<string, (typeof running)[number]>();
  for (const r of running) if (r.kind === 'handling' || !badgeClock.has(r.case_id)) badgeClock.set(r.case_id, r);

  return page.map((c) => {
    const d = badgeClock.get(c.id);
    const dueAt = d?.due_at ? new Date(d.due_at) : null;
    return {
      ...caseSummary(c, names),
      deadline: d
        ? {
            kind: d.kind,
            dueAt: dueAt?.toISOString() ?? null,
            breached: dueAt !== null && dueAt <= now,
            paused: dueAt === null,
            remainingWorkingMinutes: dueAt === null ? 0 : dueAt > now ? workingMinutesBetween(cal, now, dueAt) : -workingMinutesBetween(cal, dueAt, now),
          }
        : null,
    };
  });
}

/** Whom a dispatcher can route to: the center's units and the people of them, with their open caseload. */
export async function routeOptions(deps: CaseDeps, actor: Actor, caseId?: string) {
  if (!hasRole(actor.scope.grants, 'admin', 'director', 'dispatcher')) throw forbidden();
  const c = caseId ? await deps.cases.get(actor.scope, caseId) : undefined;
  if (caseId && !c) throw notFound('case_not_found');
  const centerId = c?.center_id ?? actor.scope.grants.find((g) => g.unitKind === 'center')?.unitId;
  const units = centerId
    ? (await Promise.all(['department', 'station', 'enterprise_station'].map((k) => deps.units.byKind(null, k, centerId)))).flat()
    : [];
  const center = centerId ? await deps.units.get(null, centerId) : undefined;
  const allUnits = [...(center ? [center] : []), ...units];
  const staff = await deps.db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.display_name', 'r.role', 'r.unit_id'])
    .where('r.unit_id', 'in', allUnits.length ? allUnits.map((u) => u.id) : ['00000000-0000-0000-0000-000000000000'])
    .where('r.role', 'in', ['mediator', 'department_liaison', 'enterprise_liaison'])
    .where('u.active', '=', true)
    .orderBy('u.display_name')
    .execute();
  const load = new Map((await deps.cases.openCaseCounts(staff.map((s) => s.id))).map((r) => [r.assignee_id, Number(r.n)]));
  const unitName = new Map(allUnits.map((u) => [u.id, u.name]));
  return {
    units: allUnits.map((u) => ({ id: u.id, name: u.name, kind: u.kind, departmentType: u.department_type, staffingTier: u.staffing_tier })),
    users: staff.map((s) => ({ id: s.id, displayName: s.display_name, role: s.role, unitId: s.unit_id, unitName: unitName.get(s.unit_id) ?? '', openCases: load.get(s.id) ?? 0 })),
  };
}

const REVEAL_ROLES = ['admin', 'director', 'dispatcher', 'mediator'] as const;

/** The full ID number, phone and address of one party, for a role that needs them; every reveal is audited with its reason. */
export async function revealParty(deps: CaseDeps, actor: Actor, caseId: string, partyId: string, reason: string) {
  await visibleCase(deps, actor, caseId, 'party.reveal');
  if (!hasRole(actor.scope.grants, ...REVEAL_ROLES)) {
    await deps.audit.record(actor, { action: 'party.reveal', outcome: 'denied', targetType: 'party', targetId: partyId, detail: { caseId } });
    throw new AppError(403, 'forbidden', 'reveal_forbidden');
  }
  const party = (await deps.cases.parties([caseId])).find((p) => p.party_id === partyId);
  if (!party) throw notFound();
  await deps.audit.record(actor, { action: 'party.reveal', outcome: 'ok', targetType: 'party', targetId: partyId, detail: { caseId, reason } });
  return { idNumber: party.id_number, phone: party.phone, address: party.address };
}

/** Look-up of the party register while typing, for staff who register cases; identifiers stay masked. */
export async function lookupParties(deps: CaseDeps, actor: Actor, q: string) {
  if (!hasRole(actor.scope.grants, 'admin', 'director', 'dispatcher', 'mediator', 'grid_worker', 'department_liaison', 'enterprise_liaison')) throw forbidden();
  const rows = await deps.parties.lookup(q.trim(), 10);
  return {
    items: rows.map((p) => ({
      partyId: p.id,
      kind: p.kind,
      name: p.name,
      idNumber: p.id_number ? maskIdNumber(p.id_number) : null,
      phone: p.phone ? maskPhone(p.phone) : null,
      uscc: p.uscc,
      caseCount: Number(p.case_count),
    })),
  };
}

/** Annotations are the one change an archived dossier still takes. */
export async function annotateCase(deps: CaseDeps, actor: Actor, caseId: string, text: string) {
  await visibleCase(deps, actor, caseId, 'case.annotate');
  const now = deps.clock.now();
  const a = await deps.cases.addAnnotation(caseId, { authorId: actor.userId, authorName: actor.displayName, text, at: now });
  return { id: a.id, text: a.text, authorName: a.author_name, at: new Date(a.at).toISOString() };
}
