import type { Updateable } from 'kysely';
import type { ExpertTable } from '../../db/schema.js';
import { compareCandidates, coversCategory, fitsMode } from '../../domain/experts/matching.js';
import type { ExpertKind, ServiceMode } from '../../domain/experts/policy.js';
import { hasRole } from '../../domain/roles.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../errors.js';
import type { ExpertFilter, ExpertWithLoad } from '../../repositories/expert-repository.js';
import type { Actor } from '../actor.js';
import type { ExpertDeps } from './deps.js';
import { expertPolicy } from './policy.js';
import { loadOf, portalView, staffView } from './views.js';

export interface ProfileInput {
  name: string;
  gender: 'M' | 'F' | null;
  kind: ExpertKind;
  organization: string | null;
  specialties: string[];
  serviceModes: ServiceMode[];
  years: number | null;
  bio: string | null;
  active: boolean;
  available: boolean;
  availabilityNote: string | null;
  maxOpenCases: number;
  /** the expert's staff account (admin only) */
  userId: string | null;
}

export type ProfilePatch = Partial<ProfileInput> & { version: number };
export type OwnPatch = { version: number; available?: boolean; availabilityNote?: string | null; serviceModes?: ServiceMode[] };

/** Who maintains the pool: admins fully, directors the profiles (not the accounts). */
const EDITORS = ['admin', 'director'] as const;

const isAdmin = (actor: Actor) => hasRole(actor.scope.grants, 'admin');

/** Staff read the pool; an expert's own account reads it too (they are part of it). */
export async function listExperts(d: ExpertDeps, actor: Actor, f: ExpertFilter) {
  // Retired profiles are only listed for those who maintain the pool.
  const active = hasRole(actor.scope.grants, ...EDITORS) ? f.active : true;
  const { rows, total } = await d.experts.list({ ...f, active });
  return { items: await withAccounts(d, actor, rows), total };
}

export async function getExpert(d: ExpertDeps, actor: Actor, id: string) {
  const e = await d.experts.get(id);
  if (!e || (!e.active && !hasRole(actor.scope.grants, ...EDITORS))) throw notFound();
  return (await withAccounts(d, actor, [e]))[0]!;
}

async function withAccounts(d: ExpertDeps, actor: Actor, rows: ExpertWithLoad[]) {
  if (!isAdmin(actor)) return rows.map((e) => staffView(e));
  const names = await d.experts.usernames(rows.flatMap((e) => (e.user_id ? [e.user_id] : [])));
  return rows.map((e) => staffView(e, { username: e.user_id ? names.get(e.user_id) ?? null : null }));
}

async function checkProfile(d: ExpertDeps, p: Partial<ProfileInput>) {
  const fields: Record<string, { 'zh-CN': string; en: string }> = {};
  if (p.specialties) {
    const codes = new Set((await d.rules.categories()).filter((c) => !c.parent_code).map((c) => c.code));
    if (p.specialties.some((s) => !codes.has(s))) fields.specialties = { 'zh-CN': '擅长领域须为纠纷类别', en: 'Specialties must be dispute categories' };
  }
  if (p.serviceModes && p.serviceModes.length === 0) fields.serviceModes = { 'zh-CN': '至少选择一种服务方式', en: 'Choose at least one service mode' };
  if (p.userId && !(await d.experts.userExists(p.userId))) fields.userId = { 'zh-CN': '账号不存在', en: 'Unknown account' };
  if (Object.keys(fields).length) throw invalid(fields);
}

function toColumns(p: Partial<ProfileInput>): Updateable<ExpertTable> {
  const out: Updateable<ExpertTable> = {};
  if (p.name !== undefined) out.name = p.name;
  if (p.gender !== undefined) out.gender = p.gender;
  if (p.kind !== undefined) out.kind = p.kind;
  if (p.organization !== undefined) out.organization = p.organization;
  if (p.specialties !== undefined) out.specialties = [...new Set(p.specialties)];
  if (p.serviceModes !== undefined) out.service_modes = [...new Set(p.serviceModes)];
  if (p.years !== undefined) out.years = p.years;
  if (p.bio !== undefined) out.bio = p.bio;
  if (p.active !== undefined) out.active = p.active;
  if (p.available !== undefined) out.available = p.available;
  if (p.availabilityNote !== undefined) out.availability_note = p.availabilityNote;
  if (p.maxOpenCases !== undefined) out.max_open_cases = p.maxOpenCases;
  if (p.userId !== undefined) out.user_id = p.userId;
  return out;
}

export async function createExpert(d: ExpertDeps, actor: Actor, p: ProfileInput) {
  if (!isAdmin(actor)) throw forbidden();
  await checkProfile(d, p);
  const row = await d.experts.insert({ ...(toColumns(p) as Required<Pick<ExpertTable, 'name' | 'kind'>>), specialties: p.specialties, service_modes: p.serviceModes });
  return getExpert(d, actor, row.id);
}

export async function updateExpert(d: ExpertDeps, actor: Actor, id: string, p: ProfilePatch) {
  if (!hasRole(actor.scope.grants, ...EDITORS)) throw forbidden();
  if (p.userId !== undefined && !isAdmin(actor)) throw forbidden();
  if (!(await d.experts.get(id))) throw notFound();
  await checkProfile(d, p);
  const { version, ...rest } = p;
  if (!(await d.experts.update(id, version, toColumns(rest)))) throw conflict({ current: await getExpert(d, actor, id) });
  return getExpert(d, actor, id);
}

/** The caller's own profile in the pool (403 for an account that is not an expert's). */
export async function ownProfile(d: ExpertDeps, actor: Actor): Promise<ExpertWithLoad> {
  const e = await d.experts.byUser(actor.userId);
  if (!e) throw new AppError(403, 'forbidden', 'expert_account_required');
  return e;
}

export async function myProfile(d: ExpertDeps, actor: Actor) {
  return staffView(await ownProfile(d, actor));
}

/** An expert sets their own availability (出差、休假) and how they serve; the rest of the profile is the pool's. */
export async function updateMyProfile(d: ExpertDeps, actor: Actor, p: OwnPatch) {
  const me = await ownProfile(d, actor);
  await checkProfile(d, p);
  const { version, ...rest } = p;
  if (!(await d.experts.update(me.id, version, toColumns(rest)))) throw conflict({ current: staffView((await d.experts.get(me.id))!) });
  return staffView((await d.experts.get(me.id))!);
}

/** The portal's picker (no login): active experts fitting the category and mode, those who can be picked now first. */
export async function portalExperts(d: ExpertDeps, q: { category?: string; mode?: ServiceMode }) {
  const pool = await d.experts.pool();
  const fit = pool.filter((e) => (!q.category || coversCategory(e.specialties, q.category)) && (!q.mode || fitsMode(e.service_modes, q.mode)));
  const views = fit
    .map((e) => ({ e, view: portalView(e) }))
    .sort((a, b) => Number(b.view.available) - Number(a.view.available) || compareCandidates(asCandidate(a.e), asCandidate(b.e)));
  return { items: views.map((x) => x.view), maxPick: (await expertPolicy(d)).value.maxTeamPortal };
}

export function asCandidate(e: ExpertWithLoad) {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    specialties: e.specialties,
    serviceModes: e.service_modes,
    active: e.active,
    available: e.available,
    years: e.years,
    maxOpenCases: e.max_open_cases,
    load: loadOf(e),
  };
}
