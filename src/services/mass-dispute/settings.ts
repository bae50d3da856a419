import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type MassDisputeSettings, massSettingsProblems, resolveMassSettings } from '../../domain/case/mass-dispute.js';
import { hasRole } from '../../domain/roles.js';
import { conflict, forbidden, invalid } from '../../errors.js';
import { RulesRepository } from '../../repositories/rules-repository.js';
import type { Actor } from '../actor.js';

/** The policy row that holds the settings (rules as data, beside the case policy). */
export const MASS_POLICY_KEY = 'mass_dispute';
const CACHE_MS = 30_000;

const cache = new WeakMap<Kysely<DB>, { at: number; value: MassDisputeSettings; version: number }>();

/**
 * The mass-dispute warning settings, cached for a short while like the other rules:
 * another instance's edit is seen within CACHE_MS, this instance's own at once.
 */
export async function massSettings(db: Kysely<DB>): Promise<{ value: MassDisputeSettings; version: number }> {
  const hit = cache.get(db);
  if (hit && Math.abs(performance.now() - hit.at) < CACHE_MS) return hit;
  const row = await new RulesRepository(db).policy(MASS_POLICY_KEY);
  const fresh = { at: performance.now(), value: resolveMassSettings(row?.value), version: row?.version ?? 0 };
  cache.set(db, fresh);
  return fresh;
}

/** Replaces the settings (admin; send the version read, 0 while the shipped defaults apply). */
export async function putMassSettings(db: Kysely<DB>, actor: Actor, version: number, value: MassDisputeSettings, now: Date) {
  if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
  const problems = massSettingsProblems(value);
  if (Object.keys(problems).length) throw invalid(Object.fromEntries(Object.entries(problems).map(([k, v]) => [`value.${k}`, v])));
  const next = await new RulesRepository(db).putPolicy(MASS_POLICY_KEY, { ...value, excludedStatuses: [...new Set(value.excludedStatuses)] }, version, now, actor.userId);
  cache.delete(db);
  const current = await massSettings(db);
  if (next === null) throw conflict({ current: { version: current.version, value: current.value } });
  return current;
}
