import { AppError } from '../../errors.js';
import type { CaseDeps } from './deps.js';
import { actOnCase } from './case-actions.js';
import { registerCase } from './register-case.js';
import type { Satisfaction } from '../../domain/case/lifecycle.js';
import { expertDeps } from '../experts/deps.js';
import { planPartyExperts, seatPartyExperts } from '../experts/proposals.js';
import { portalTeam } from '../experts/team-views.js';

export interface PortalFiling {
  description: string;
  category?: string | null;
  serviceMode: 'online' | 'offline';
  address?: string | null;
  streetId?: string | null;
  communityId?: string | null;
  applicant: { name: string; phone: string; idNumber?: string | null };
  respondent?: { kind: 'person' | 'organization'; name: string; phone?: string | null; uscc?: string | null } | null;
  /** experts picked from the pool (双向选择): invited in the registration's transaction */
  expertIds?: string[] | null;
}

/** A resident files a dispute without an account; the case code and their phone let them follow it. */
export async function fileFromPortal(deps: CaseDeps, f: PortalFiling) {
  const experts = await planPartyExperts(expertDeps(deps), f.expertIds ?? [], f.serviceMode);
  const c = await registerCase(deps, null, {
    channel: 'online',
    description: f.description,
    category: f.category ?? null,
    address: f.address ?? null,
    streetId: f.communityId ? null : f.streetId ?? null,
    communityId: f.communityId ?? null,
    serviceMode: f.serviceMode,
    parties: [
      { role: 'applicant', kind: 'person', name: f.applicant.name, phone: f.applicant.phone, idNumber: f.applicant.idNumber ?? null },
      ...(f.respondent ? [{ role: 'respondent' as const, ...f.respondent }] : []),
    ],
  }, { inTransaction: (trx, row) => seatPartyExperts(expertDeps(deps), trx, row, experts, new Date(row.registered_at)) });
  return { code: c.code, status: c.status };
}

/** The case of `code` if `phone` is one of its applicants' — else one answer for both mistakes, so nothing is learnt by guessing. */
async function match(deps: CaseDeps, code: string, phone: string) {
  const c = await deps.cases.byCode(code.trim().toUpperCase());
  if (c) {
    const parties = await deps.cases.parties([c.id]);
    if (parties.some((p) => p.role === 'applicant' && p.phone === phone)) return c;
  }
  throw new AppError(404, 'not_found', 'portal_no_match');
}

const PUBLIC_EVENTS = new Set(['registered', 'routed', 'accepted', 'started', 'resolved', 'referred', 'withdrawn', 'feedback', 'archived', 'reopened']);

export async function trackFromPortal(deps: CaseDeps, code: string, phone: string) {
  const c = await match(deps, code, phone);
  const [events, category] = await Promise.all([deps.cases.events(c.id), deps.rules.category(c.category)]);
  return {
    code: c.code,
    status: c.status,
    category: c.category,
    categoryName: category?.name_zh ?? c.category,
    registeredAt: new Date(c.registered_at).toISOString(),
    concludedAt: c.concluded_at ? new Date(c.concluded_at).toISOString() : null,
    timeline: events.filter((e) => PUBLIC_EVENTS.has(e.type)).map((e) => ({ type: e.type, at: new Date(e.at).toISOString() })),
    canRate: (c.status === 'resolved' || c.status === 'referred') && c.satisfaction === null,
    satisfaction: c.satisfaction,
    experts: await portalTeam(expertDeps(deps), c.id),
  };
}

export async function rateFromPortal(deps: CaseDeps, r: { code: string; phone: string; satisfaction: Satisfaction; solved: boolean; note?: string | null }) {
  const c = await match(deps, r.code, r.phone);
  const updated = await actOnCase(deps, null, c.id, { action: 'feedback', satisfaction: r.satisfaction, solved: r.solved, note: r.note ?? null, source: 'portal' });
  return { code: updated.code, status: updated.status };
}

/** Streets and their communities, for the filing form. */
export async function portalTerritory(deps: CaseDeps) {
  const rows = await deps.db
    .selectFrom('org_units')
    .select(['id', 'name', 'kind', 'parent_id', 'code'])
    .where('kind', 'in', ['street', 'town', 'community'])
    .orderBy('code')
    .execute();
  return {
    streets: rows
      .filter((r) => r.kind !== 'community')
      .map((s) => ({ id: s.id, name: s.name, communities: rows.filter((c) => c.parent_id === s.id).map((c) => ({ id: c.id, name: c.name })) })),
  };
}
