import { leadsOnAccept, successorLead, type TeamMember } from '../../domain/experts/team.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import type { ExpertDeps } from './deps.js';
import { canManageTeam, teamRules } from './proposals.js';
import { isOpenCase, replaceDeparted, staffRecipients, type TeamTx } from './seat.js';
import type { MemberRow } from './views.js';

const closed = () => new AppError(409, 'conflict', 'expert_case_closed');
const members = (team: readonly MemberRow[]): TeamMember[] =>
  team.map((m) => ({ expertId: m.expert_id, status: m.status, lead: m.lead, respondedAt: m.responded_at ? new Date(m.responded_at) : null }));

/** The rules, then one transaction that locks the case row: every change of a team is serialised per case. */
async function inTeamTx<T>(d: ExpertDeps, caseId: string, work: (x: TeamTx, team: MemberRow[]) => Promise<T>): Promise<T> {
  const existing = await d.cases.get(null, caseId);
  if (!existing) throw notFound('case_not_found');
  const rules = await teamRules(d, existing.category);
  const now = d.clock.now();
  return d.db.transaction().execute(async (trx) => {
    const c = (await d.cases.forUpdate(trx, caseId))!;
    return work({ d, trx, c, now, ...rules }, await d.experts.team(caseId, trx));
  });
}

/**
 * The expert answers an invitation (双向选择), from their own account only, while it
 * is pending and within its deadline (409 otherwise). Accepting joins the team — the
 * first to accept leads, unless staff designated another lead; declining needs a
 * reason and, with fallback on, invites the next best candidate in their place.
 */
export async function respondToInvitation(d: ExpertDeps, actor: Actor, caseId: string, expertId: string, input: { decision: 'accepted' | 'declined'; reason?: string | null }) {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'declined' && !reason) throw invalid({ reason: { 'zh-CN': '婉拒时请说明原因', en: 'Give a reason for declining' } });
  const expert = await d.experts.get(expertId);
  if (!expert) throw notFound();
  // Only the invited expert's own account answers (the refusal is audited with the request).
  if (expert.user_id !== actor.userId) throw forbidden();
  await inTeamTx(d, caseId, async (x, team) => {
    const mine = team.find((m) => m.expert_id === expertId);
    if (!mine) throw notFound();
    if (mine.status !== 'proposed' || !mine.respond_by || new Date(mine.respond_by) <= x.now) throw new AppError(409, 'conflict', 'expert_not_pending');
    if (!isOpenCase(x.c)) throw closed();
    if (input.decision === 'accepted') {
      const staff = await staffRecipients(x);
      const lead = leadsOnAccept(members(team), expertId);
      // The flag moves first: the unique index admits one accepted lead per case.
      if (lead) await x.d.experts.setLead(x.trx, caseId, expertId, { clearDesignated: false });
      await x.d.experts.transition(x.trx, caseId, expertId, ['proposed'], { status: 'accepted', lead, responded_at: x.now }, { openAt: x.now });
      await x.d.cases.appendEvent(x.trx, caseId, { type: 'expert_accepted', actorId: actor.userId, actorName: expert.name, at: x.now, data: { expertId, expertName: expert.name, lead } });
      await x.d.notifications.notify(x.trx, staff, { caseId, kind: 'expert_accepted', title: `案件 ${x.c.code}：${expert.name}已接受专家邀请`, body: lead ? `${expert.name}担任牵头专家` : x.c.title, at: x.now });
      return;
    }
    await x.d.experts.transition(x.trx, caseId, expertId, ['proposed'], { status: 'declined', lead: false, responded_at: x.now, decline_reason: reason }, { openAt: x.now });
    await x.d.cases.appendEvent(x.trx, caseId, { type: 'expert_declined', actorId: actor.userId, actorName: expert.name, at: x.now, reason, data: { expertId, expertName: expert.name } });
    await replaceDeparted(x, { expert_id: expertId, name: expert.name, kind: expert.kind }, '婉拒');
  });
}

/** Staff name the lead among the accepted experts (exactly one leads). */
export async function setTeamLead(d: ExpertDeps, actor: Actor, caseId: string, expertId: string) {
  const visible = await visibleCase(d, actor, caseId, 'case.experts.lead');
  if (!canManageTeam(actor, visible)) throw forbidden();
  await inTeamTx(d, caseId, async (x, team) => {
    if (!isOpenCase(x.c)) throw closed();
    const m = team.find((t) => t.expert_id === expertId);
    if (!m) throw notFound();
    if (m.status !== 'accepted') throw new AppError(409, 'conflict', 'expert_not_serving');
    if (m.lead) return;
    const previous = team.find((t) => t.status === 'accepted' && t.lead);
    await x.d.experts.setLead(x.trx, caseId, expertId, { clearDesignated: true });
    await x.d.cases.appendEvent(x.trx, caseId, {
      type: 'expert_lead',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: x.now,
      data: { expertId, expertName: m.name, previousName: previous?.name ?? null },
    });
    if (m.user_id) await x.d.notifications.notify(x.trx, [m.user_id], { caseId, kind: 'expert_lead', title: `您已担任案件 ${x.c.code} 的牵头专家`, body: x.c.title, at: x.now });
  });
}

/** Staff take an expert off the team (a pending invitation or a serving expert), with a reason; a leaving lead hands over to the longest-serving member. */
export async function withdrawExpert(d: ExpertDeps, actor: Actor, caseId: string, expertId: string, reason: string) {
  const visible = await visibleCase(d, actor, caseId, 'case.experts.withdraw');
  if (!canManageTeam(actor, visible)) throw forbidden();
  await inTeamTx(d, caseId, async (x, team) => {
    if (!isOpenCase(x.c)) throw closed();
    const m = team.find((t) => t.expert_id === expertId);
    if (!m) throw notFound();
    if (m.status !== 'proposed' && m.status !== 'accepted') throw new AppError(409, 'conflict', 'expert_not_seated');
    const wasLead = m.status === 'accepted' && m.lead;
    await x.d.experts.transition(x.trx, caseId, expertId, [m.status], { status: 'withdrawn', lead: false });
    await x.d.cases.appendEvent(x.trx, caseId, { type: 'expert_withdrawn', actorId: actor.userId, actorName: actor.displayName, at: x.now, reason, data: { expertId, expertName: m.name, wasLead } });
    if (m.user_id) await x.d.notifications.notify(x.trx, [m.user_id], { caseId, kind: 'expert_withdrawn', title: `案件 ${x.c.code} 已调整专家团队`, body: `您已不再参与本案：${reason}`, at: x.now });
    if (!wasLead) return;
    const next = successorLead(members(team), expertId);
    if (!next) return;
    const heir = team.find((t) => t.expert_id === next.expertId)!;
    await x.d.experts.setLead(x.trx, caseId, heir.expert_id, { clearDesignated: false });
    await x.d.cases.appendEvent(x.trx, caseId, { type: 'expert_lead', actorId: null, actorName: '系统', at: x.now, data: { expertId: heir.expert_id, expertName: heir.name, previousName: m.name } });
  });
}
