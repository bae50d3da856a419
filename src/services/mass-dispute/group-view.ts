/** The group-case part of the case page: the group a member belongs to, or the members of a group case. */
import type { CaseRow } from '../../repositories/case-repository.js';
import { MassDisputeRepository } from '../../repositories/mass-dispute-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * `isGroup`, `group` (the group case of a member: its code and title are on the member's
 * own timeline anyway) and, for a group case, `members` — only those the caller may
 * see — with `memberCount` counting them all.
 */
export async function caseGroupFields(deps: CaseDeps, actor: Actor, c: CaseRow) {
  const repo = new MassDisputeRepository(deps.db);
  const [group] = c.group_case_id ? await repo.briefs(null, [c.group_case_id]) : [];
  const base = { isGroup: c.is_group, group: group ? { id: group.id, code: group.code, title: group.title } : null };
  if (!c.is_group) return base;
  const all = await repo.members(c.id);
  const visible = await repo.briefs(
    actor.scope,
    all.map((m) => m.id),
  );
  return {
    ...base,
    memberCount: all.length,
    members: visible.map((m) => ({ id: m.id, code: m.code, title: m.title, status: m.status, peopleCount: m.people_count, registeredAt: iso(m.registered_at) })),
  };
}
