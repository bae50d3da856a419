import { rankCandidates, teamSize } from '../../domain/experts/matching.js';
import { EXPERT_KIND_LABELS, type ServiceMode } from '../../domain/experts/policy.js';
import { forbidden } from '../../errors.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import type { ExpertDeps } from './deps.js';
import { expertPolicy } from './policy.js';
import { asCandidate, ownProfile } from './profiles.js';
import { canManageTeam } from './proposals.js';
import { isOpenCase } from './seat.js';
import { iso, memberView, staffView } from './views.js';

const modeOf = (m: string | null): ServiceMode | null => (m === 'online' || m === 'offline' ? m : null);

/** 专家团队 on the case page: every engagement, newest state, what the caller may do. */
export async function caseTeam(d: ExpertDeps, actor: Actor, caseId: string) {
  const c = await visibleCase(d, actor, caseId, 'case.experts.read');
  const [team, policy] = await Promise.all([d.experts.team(caseId), expertPolicy(d)]);
  const existing = team.map((m) => ({ expertId: m.expert_id, status: m.status }));
  const manager = canManageTeam(actor, c);
  return {
    items: team.map((m) => memberView(m, actor.userId, manager)),
    canManage: manager && isOpenCase(c),
    seats: teamSize(existing),
    maxTeam: policy.value.maxTeamStaff,
    responseWorkingHours: policy.value.responseWorkingHours,
    fallback: policy.value.fallback,
  };
}

/** Ranked candidates for the case (specialty, service mode, availability, capacity; least loaded, most years first). */
export async function teamSuggestions(d: ExpertDeps, actor: Actor, caseId: string, limit: number) {
  const c = await visibleCase(d, actor, caseId, 'case.experts.suggest');
  if (!canManageTeam(actor, c)) throw forbidden();
  const [team, pool] = await Promise.all([d.experts.team(caseId), d.experts.pool()]);
  const ranked = rankCandidates(
    pool.map(asCandidate),
    { category: c.category, serviceMode: modeOf(c.service_mode) },
    team.map((m) => ({ expertId: m.expert_id, status: m.status })),
  );
  const byId = new Map(pool.map((e) => [e.id, e]));
  return {
    category: c.category,
    serviceMode: modeOf(c.service_mode),
    items: ranked.slice(0, limit).map((r, i) => ({ rank: i + 1, load: r.load, ...staffView(byId.get(r.id)!) })),
  };
}

/** 专家邀请: the caller's pending invitations and the cases they serve on, with each case's team at a glance. */
export async function myInvitations(d: ExpertDeps, actor: Actor) {
  const me = await ownProfile(d, actor);
  const rows = await d.experts.engagementsOf(me.id, ['proposed', 'accepted']);
  const [teams, categories] = await Promise.all([d.experts.teams(rows.map((r) => r.case_id)), d.rules.categories()]);
  const now = d.clock.now();
  return {
    profile: staffView(me),
    items: rows.map((r) => ({
      caseId: r.case_id,
      code: r.code,
      title: r.title,
      category: r.category,
      categoryName: categories.find((x) => x.code === r.category)?.name_zh ?? r.category,
      description: r.description,
      serviceMode: modeOf(r.service_mode),
      caseStatus: r.case_status,
      registeredAt: iso(r.registered_at)!,
      status: r.status,
      lead: r.status === 'accepted' && r.lead,
      designatedLead: r.status === 'proposed' && r.lead,
      proposedBy: r.proposed_by,
      proposedAt: iso(r.proposed_at),
      respondBy: iso(r.respond_by),
      respondedAt: iso(r.responded_at),
      // A pending invitation whose deadline passed waits for the expiry job: it can no longer be answered.
      canRespond: r.status === 'proposed' && !!r.respond_by && new Date(r.respond_by) > now && (['registered', 'routed', 'accepted', 'handling'] as string[]).includes(r.case_status),
      team: teams
        .filter((t) => t.case_id === r.case_id && (t.status === 'proposed' || t.status === 'accepted'))
        .map((t) => ({ expertId: t.expert_id, name: t.name, status: t.status, lead: t.status === 'accepted' && t.lead })),
    })),
  };
}

/**
 * The team as the resident sees it on the tracking page: who was asked, who accepted,
 * who declined or did not answer and who was invited in their place. Names and kinds
 * only; no reasons (a decline reason is between the expert and the center).
 */
export async function portalTeam(d: ExpertDeps, caseId: string) {
  const team = await d.experts.team(caseId);
  return team.map((m) => ({
    expertId: m.expert_id,
    name: m.name,
    kind: m.kind,
    kindName: EXPERT_KIND_LABELS[m.kind],
    organization: m.organization,
    status: m.status,
    lead: m.status === 'accepted' && m.lead,
    proposedBy: m.proposed_by,
    replacesName: m.replaces_name,
    replacementName: team.find((r) => r.replaces_expert_id === m.expert_id)?.name ?? null,
  }));
}

