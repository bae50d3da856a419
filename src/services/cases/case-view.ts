import { allowedActions, type CaseStatus } from '../../domain/case/lifecycle.js';
import { escalationDueAt } from '../../domain/case/deadlines.js';
import { maskAddress, maskIdNumber, maskPhone } from '../../domain/identity.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { Actor } from '../actor.js';
import { callerFacts } from './caller.js';
import { clockRules, evaluateCaseDeadlines } from './deadline-sync.js';
import type { CaseDeps } from './deps.js';
import { visibleCase } from './visible-case.js';
import { gapsOf } from './case-actions.js';
import { caseGroupFields } from '../mass-dispute/group-view.js';
import { caseRouting } from '../routing/explain.js';
import type { Locale } from '../../i18n/messages.js';

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** Names of the units and people a set of cases refers to, fetched once. */
export async function nameLookup(deps: CaseDeps, rows: readonly CaseRow[]) {
  const unitIds = new Set<string>();
  const userIds = new Set<string>();
  for (const c of rows) {
    for (const id of [c.grid_id, c.community_id, c.street_id, c.handling_unit_id, c.referral_unit_id]) if (id) unitIds.add(id);
    if (c.assignee_id) userIds.add(c.assignee_id);
  }
  const [units, users, categories] = await Promise.all([
    deps.units.getMany([...unitIds]),
    userIds.size ? deps.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...userIds]).execute() : [],
    deps.rules.categories(),
  ]);
  const unit = new Map(units.map((u) => [u.id, u.name]));
  const user = new Map(users.map((u) => [u.id, u.display_name]));
  const category = new Map(categories.map((c) => [c.code, c]));
  return {
    unit: (id: string | null) => (id ? unit.get(id) ?? null : null),
    user: (id: string | null) => (id ? user.get(id) ?? null : null),
    category: (code: string) => category.get(code)?.name_zh ?? code,
  };
}

/** The fields shared by the list and the case page. */
export function caseSummary(c: CaseRow, names: Awaited<ReturnType<typeof nameLookup>>) {
  return {
    id: c.id,
    code: c.code,
    title: c.title,
    category: c.category,
    categoryName: names.category(c.category),
    channel: c.channel,
    status: c.status,
    paused: c.paused,
    urgency: c.urgency,
    riskLevel: c.risk_level,
    registeredAt: iso(c.registered_at)!,
    gridName: names.unit(c.grid_id),
    streetName: names.unit(c.street_id),
    handlingUnitName: names.unit(c.handling_unit_id),
    assigneeName: names.user(c.assignee_id),
    version: c.version,
  };
}

/** The case page (SPEC §6 GET /api/cases/{id}): masked parties, each clock and escalation step, the timeline, what the caller may do now. */
export async function viewCase(deps: CaseDeps, actor: Actor, caseId: string, locale: Locale = 'zh-CN') {
  return renderCase(deps, actor, await visibleCase(deps, actor, caseId), locale);
}

export async function renderCase(deps: CaseDeps, actor: Actor, c: CaseRow, locale: Locale = 'zh-CN') {
  const now = deps.clock.now();
  const rules = await clockRules(deps);
  const { cal, policy } = rules;
  const [names, parties, events, stored, attachments, annotations, gaps] = await Promise.all([
    nameLookup(deps, [c]),
    deps.cases.parties([c.id]),
    deps.cases.events(c.id),
    deps.cases.deadlines(c.id),
    deps.cases.attachments(c.id),
    deps.cases.annotations(c.id),
    gapsOf(deps, c, policy.value.archiveRules),
  ]);
  const clocks = evaluateCaseDeadlines(rules, c, events, now);
  const escalated = events.filter((e) => e.type === 'escalated');
  const deadlines = clocks.map((d) => {
    const level = stored.find((s) => s.kind === d.kind)?.escalation_level ?? 0;
    return {
      kind: d.kind,
      startedAt: iso(d.startedAt)!,
      dueAt: iso(d.dueAt),
      metAt: iso(d.stoppedAt),
      breached: d.breached,
      paused: d.paused,
      remainingWorkingMinutes: d.remainingWorkingMinutes,
      escalations: policy.value.escalation.map((step) => {
        const taken = escalated.find((e) => e.data.deadline === d.kind && e.data.level === step.level && new Date(e.at) >= d.startedAt);
        return {
          level: step.level,
          target: step.target,
          dueAt: d.dueAt && !d.stoppedAt ? iso(escalationDueAt(cal, step, d.dueAt)) : null,
          at: taken ? iso(taken.at) : level >= step.level ? iso(d.dueAt) : null,
        };
      }),
    };
  });
  return {
    ...caseSummary(c, names),
    centerId: c.center_id,
    subcategory: c.subcategory,
    description: c.description,
    address: c.address ? maskAddress(c.address) : null,
    gridId: c.grid_id,
    communityName: names.unit(c.community_id),
    amountFen: c.amount_fen,
    peopleCount: c.people_count,
    handlingUnitId: c.handling_unit_id,
    assigneeId: c.assignee_id,
    pauseReason: c.pause_reason,
    outcome: c.outcome,
    outcomeNote: c.outcome_note,
    referral: c.referral_destination
      ? { destination: c.referral_destination, note: c.referral_note, unitId: c.referral_unit_id, unitName: names.unit(c.referral_unit_id), receiptNo: c.referral_receipt_no, receivedAt: iso(c.referral_received_at) }
      : null,
    satisfaction: c.satisfaction,
    judicialConfirmation: c.judicial_confirmation,
    moneyRecoveredFen: c.money_recovered_fen,
    serviceMode: c.service_mode,
    acceptedAt: iso(c.accepted_at),
    concludedAt: iso(c.concluded_at),
    archivedAt: iso(c.archived_at),
    parties: parties.map((p) => ({
      partyId: p.party_id,
      role: p.role,
      kind: p.kind,
      name: p.name,
      idNumber: p.id_number ? maskIdNumber(p.id_number) : null,
      phone: p.phone ? maskPhone(p.phone) : null,
      uscc: p.uscc,
      address: p.address ? maskAddress(p.address) : null,
    })),
    deadlines,
    // 分流依据: why the case is routed where it is, in the caller's language.
    routing: caseRouting(events, locale),
    timeline: events.map((e) => ({ seq: e.seq, type: e.type, fromStatus: e.from_status, toStatus: e.to_status, actorName: e.actor_name, at: iso(e.at)!, reason: e.reason, data: e.data })),
    attachments: attachments.map((a) => ({ id: a.id, kind: a.kind, filename: a.filename, contentType: a.content_type, size: a.size, sha256: a.sha256, uploadedAt: iso(a.uploaded_at)!, uploadedByName: a.uploaded_by_name })),
    annotations: annotations.map((a) => ({ id: a.id, text: a.text, authorName: a.author_name, at: iso(a.at)! })),
    allowedActions: allowedActions(
      { status: c.status as CaseStatus, paused: c.paused, assigneeId: c.assignee_id, handlingUnitId: c.handling_unit_id, hasFeedback: c.satisfaction !== null },
      callerFacts(actor),
    ),
    archiveGaps: gaps,
    // 涉众: the group case of a member, or the members of a group case.
    ...(await caseGroupFields(deps, actor, c)),
  };
}

export type CaseView = Awaited<ReturnType<typeof renderCase>>;
