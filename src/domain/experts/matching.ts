import { addWorkingMinutes, type WorkingCalendar } from '../calendar/working-calendar.js';
import { type EngagementStatus, type ExpertKind, SEATED, type ServiceMode } from './policy.js';

/**
 * Two-way matching (双向选择): which experts fit a case, best first, and when an
 * invitation must be answered. Pure: the caller passes the pool with its loads.
 */

export interface PoolExpert {
  id: string;
  name: string;
  kind: ExpertKind;
  specialties: readonly string[];
  serviceModes: readonly string[];
  active: boolean;
  available: boolean;
  years: number | null;
  maxOpenCases: number;
  /** seats held now: accepted engagements on open cases plus pending invitations */
  load: number;
}

export interface MatchCase {
  category: string;
  serviceMode: ServiceMode | null;
}

/** An expert's engagement already on the case, whatever its state. */
export interface ExistingEngagement {
  expertId: string;
  status: EngagementStatus;
}

export type Unfit = 'inactive' | 'unavailable' | 'full' | 'on_case' | 'declined' | 'mode' | 'specialty';

/** 'other' is the catch-all category: no expert lists it, so every specialty covers it. */
const GENERAL_CATEGORY = 'other';

export function coversCategory(specialties: readonly string[], category: string): boolean {
  return category === GENERAL_CATEGORY || specialties.includes(category);
}

export function fitsMode(serviceModes: readonly string[], mode: ServiceMode | null): boolean {
  return mode === null || serviceModes.includes(mode);
}

export function hasCapacity(e: Pick<PoolExpert, 'load' | 'maxOpenCases'>): boolean {
  return e.load < e.maxOpenCases;
}

/**
 * Why an expert cannot be proposed for the case (empty when they can). An expert
 * who was ever on the case — pending, serving, declined, timed out or withdrawn —
 * is not offered again: the party and the expert have already had their say.
 */
export function unfitReasons(e: PoolExpert, c: MatchCase, existing: readonly ExistingEngagement[]): Unfit[] {
  const out: Unfit[] = [];
  if (!e.active) out.push('inactive');
  if (!e.available) out.push('unavailable');
  if (!hasCapacity(e)) out.push('full');
  const mine = existing.find((x) => x.expertId === e.id);
  if (mine) out.push(mine.status === 'declined' ? 'declined' : 'on_case');
  if (!fitsMode(e.serviceModes, c.serviceMode)) out.push('mode');
  if (!coversCategory(e.specialties, c.category)) out.push('specialty');
  return out;
}

/** Least loaded first, then the most years of practice; ties by name and id, so the order is reproducible. */
export function compareCandidates(a: PoolExpert, b: PoolExpert): number {
  return a.load - b.load || (b.years ?? 0) - (a.years ?? 0) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
}

/** The experts who fit the case, best first. */
export function rankCandidates(pool: readonly PoolExpert[], c: MatchCase, existing: readonly ExistingEngagement[]): PoolExpert[] {
  return pool.filter((e) => unfitReasons(e, c, existing).length === 0).sort(compareCandidates);
}

/**
 * The replacement (补位) for an expert who declined or never answered: the best
 * candidate of the same kind when there is one — the party asked for, say, a
 * psychologist and should get a psychologist — else the best candidate of any kind.
 */
export function pickReplacement(pool: readonly PoolExpert[], c: MatchCase, existing: readonly ExistingEngagement[], replaced: Pick<PoolExpert, 'kind'>): PoolExpert | null {
  const ranked = rankCandidates(pool, c, existing);
  return ranked.find((e) => e.kind === replaced.kind) ?? ranked[0] ?? null;
}

/** Seats the team holds now: pending invitations and accepted experts. */
export function teamSize(existing: readonly ExistingEngagement[]): number {
  return existing.filter((x) => SEATED.includes(x.status)).length;
}

/** The answer is due `hours` working hours after the invitation (office hours of working days only). */
export function respondBy(cal: WorkingCalendar, proposedAt: Date, hours: number): Date {
  return addWorkingMinutes(cal, proposedAt, hours * 60);
}
