/**
 * 涉众预警 as the API shows it: the signals of a case (or of an account being typed at
 * intake), each with the cases behind it as far as the caller may see them — cases
 * outside the caller's scope are only counted, never shown.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DAY_MS, type MassCaseFacts, type MassDisputeSettings, type MassRespondent, type MassSignal, massDisputeSignals, signalReason } from '../../domain/case/mass-dispute.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import { MassDisputeRepository } from '../../repositories/mass-dispute-repository.js';
import type { Actor } from '../actor.js';
import { detectCompoundFor } from './compound.js';
import { massSettings } from './settings.js';

type Locale = 'zh-CN' | 'en';
const iso = (d: Date | string) => new Date(d).toISOString();

/** The signals of a subject: its candidates read over the widest window that can contain it. */
async function signalsOf(repo: MassDisputeRepository, settings: MassDisputeSettings, subject: MassCaseFacts, compoundName: string | null) {
  const window = settings.windowDays * DAY_MS;
  const partyIds = await repo.respondentPartyIds(subject.respondents);
  const candidates = await repo.candidates({
    from: new Date(subject.registeredAt.getTime() - window),
    to: new Date(subject.registeredAt.getTime() + window),
    compoundId: subject.compoundId,
    partyIds,
  });
  return massDisputeSignals({ subject, compoundName, candidates, settings });
}

/** The signals of a stored case. */
export async function caseSignals(db: Kysely<DB>, c: CaseRow) {
  const repo = new MassDisputeRepository(db);
  const { value: settings } = await massSettings(db);
  const [respondents, applicants, compound] = await Promise.all([repo.respondents([c.id]), repo.applicantIds([c.id]), c.compound_id ? repo.compound(c.compound_id) : undefined]);
  const subject: MassCaseFacts = {
    id: c.id,
    registeredAt: new Date(c.registered_at),
    status: c.status,
    category: c.category,
    peopleCount: c.people_count,
    compoundId: c.compound_id,
    isGroup: c.is_group,
    groupCaseId: c.group_case_id,
    respondents: respondents.get(c.id) ?? [],
    applicantIds: applicants.get(c.id) ?? [],
  };
  return { settings, compound: compound ? { id: compound.id, name: compound.name } : null, signals: await signalsOf(repo, settings, subject, compound?.name ?? null) };
}

/** Signals as the caller may see them. */
async function present(repo: MassDisputeRepository, actor: Actor, settings: MassDisputeSettings, compound: { id: string; name: string } | null, signals: MassSignal[], locale: Locale) {
  const ids = [...new Set(signals.flatMap((s) => s.caseIds))];
  const groupIds = [...new Set(signals.flatMap((s) => s.groupIds))];
  const [visible, groups] = await Promise.all([repo.briefs(actor.scope, ids), repo.briefs(actor.scope, groupIds)]);
  const brief = new Map(visible.map((b) => [b.id, b]));
  const group = new Map(groups.map((g) => [g.id, g]));
  return {
    warn: signals.some((s) => s.warn),
    settings: { windowDays: settings.windowDays, minCases: settings.minCases, minPeople: settings.minPeople },
    compound,
    signals: signals.map((s) => {
      const cases = s.caseIds.map((id) => brief.get(id)).filter((b): b is NonNullable<typeof b> => !!b);
      return {
        kind: s.kind,
        key: s.key,
        name: s.name,
        reason: signalReason(s, locale),
        reached: s.reached,
        warn: s.warn,
        by: s.by,
        level: s.level,
        caseCount: s.caseCount,
        peopleCount: s.peopleCount,
        windowDays: s.windowDays,
        from: iso(s.from),
        to: iso(s.to),
        cases: cases.map((b) => ({ id: b.id, code: b.code, title: b.title, status: b.status, registeredAt: iso(b.registered_at), peopleCount: b.people_count, groupId: b.group_case_id })),
        // Cases of the signal the caller may not open: counted, never shown.
        hiddenCount: s.caseIds.length - cases.length,
        groups: s.groupIds.map((id) => group.get(id)).filter((g): g is NonNullable<typeof g> => !!g).map((g) => ({ id: g.id, code: g.code, title: g.title, status: g.status })),
      };
    }),
  };
}

export type MassWarningView = Awaited<ReturnType<typeof present>>;

/** GET /api/cases/:id/mass-warning for a case the caller may see (the service checked it). */
export async function caseMassWarning(db: Kysely<DB>, actor: Actor, c: CaseRow, locale: Locale): Promise<MassWarningView> {
  const { settings, compound, signals } = await caseSignals(db, c);
  return present(new MassDisputeRepository(db), actor, settings, compound, signals, locale);
}

export interface IntakeMassHints {
  parties?: { name?: string | null; idNumber?: string | null; uscc?: string | null; kind?: 'person' | 'organization' | null; role?: string | null }[] | null;
  respondent?: { name: string; uscc?: string | null } | null;
  address?: string | null;
  compoundId?: string | null;
  gridId?: string | null;
  peopleCount?: number | null;
  category?: string | null;
}

/** Whether an intake body says anything a warning can be raised on (respondent, compound, address). */
export function hasMassHints(h: IntakeMassHints): boolean {
  return !!(h.respondent?.name?.trim() || h.compoundId || h.address?.trim() || h.parties?.some((p) => p.role === 'respondent' && p.name?.trim()));
}

/**
 * The warning the account being typed would raise, counting itself: its respondents
 * (the `respondent` hint and the parties typed as respondents) and its compound (given,
 * or detected from the address), over the last `windowDays` days up to now.
 */
export async function intakeMassWarning(db: Kysely<DB>, actor: Actor, h: IntakeMassHints, now: Date, locale: Locale): Promise<MassWarningView> {
  const repo = new MassDisputeRepository(db);
  const { value: settings } = await massSettings(db);
  const respondents: (MassRespondent & { idNumber?: string | null })[] = [];
  if (h.respondent?.name?.trim()) respondents.push({ partyId: null, kind: 'organization', name: h.respondent.name.trim(), uscc: h.respondent.uscc?.trim().toUpperCase() || null });
  for (const p of h.parties ?? []) {
    const name = p.name?.trim();
    if (p.role !== 'respondent' || !name) continue;
    const kind = p.kind ?? (p.uscc ? 'organization' : 'person');
    // A person is only the same respondent by ID number: names of people are not unique.
    if (kind === 'person' && !p.idNumber) continue;
    respondents.push({ partyId: null, kind, name, uscc: p.uscc?.trim().toUpperCase() || null, idNumber: p.idNumber ?? null });
  }
  // People are matched through the register by ID number: their party ids stand for them in the rule.
  const subjectRespondents: MassRespondent[] = [];
  for (const { idNumber, ...r } of respondents) {
    if (r.kind === 'organization') subjectRespondents.push(r);
    else for (const partyId of await repo.respondentPartyIds([{ ...r, idNumber }])) subjectRespondents.push({ ...r, partyId });
  }
  const compound = h.compoundId ? await repo.compound(h.compoundId) : await detectCompoundFor(repo, { address: h.address, gridId: h.gridId });
  const subject: MassCaseFacts = {
    id: null,
    registeredAt: now,
    status: 'registered',
    category: h.category ?? null,
    peopleCount: Math.max(1, h.peopleCount ?? 1),
    compoundId: compound?.id ?? null,
    isGroup: false,
    groupCaseId: null,
    respondents: subjectRespondents,
    applicantIds: [],
  };
  const signals = await signalsOf(repo, settings, subject, compound?.name ?? null);
  return present(repo, actor, settings, compound ? { id: compound.id, name: compound.name } : null, signals, locale);
}

/**
 * A suggestion with its `massWarning` when the body carries hints (respondent, compound,
 * address); without them the suggestion is returned as it is (SPEC §6 `{"text"}`).
 */
export async function withMassWarning<S extends { categories: { code: string }[] }>(db: Kysely<DB>, actor: Actor, body: IntakeMassHints, suggestion: S, now: Date, locale: Locale): Promise<S & { massWarning?: MassWarningView }> {
  if (!hasMassHints(body)) return suggestion;
  // Without a chosen category the account's best-guess category decides what counts at the same compound.
  const category = body.category ?? suggestion.categories[0]?.code ?? null;
  return { ...suggestion, massWarning: await intakeMassWarning(db, actor, { ...body, category }, now, locale) };
}
