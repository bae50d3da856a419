import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { fitsMode, hasCapacity, teamSize, unfitReasons, type Unfit } from '../../domain/experts/matching.js';
import type { ServiceMode } from '../../domain/experts/policy.js';
import { hasRole } from '../../domain/roles.js';
import { AppError, forbidden, invalid } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { ExpertWithLoad } from '../../repositories/expert-repository.js';
import type { Actor } from '../actor.js';
import { visibleCase } from '../cases/visible-case.js';
import type { ExpertDeps } from './deps.js';
import { expertPolicy } from './policy.js';
import { asCandidate } from './profiles.js';
import { isOpenCase, seat, type TeamTx } from './seat.js';
import { loadOf } from './views.js';

const UNFIT_TEXT: Record<Unfit, { 'zh-CN': string; en: string }> = {
  inactive: { 'zh-CN': '已退出专家智库', en: 'no longer in the pool' },
  unavailable: { 'zh-CN': '暂停接案', en: 'not available' },
  full: { 'zh-CN': '在办案件已满', en: 'at full capacity' },
  on_case: { 'zh-CN': '已在本案专家名单中', en: 'already on this case' },
  declined: { 'zh-CN': '已婉拒本案', en: 'declined this case' },
  mode: { 'zh-CN': '不提供所选服务方式', en: 'does not offer this service mode' },
  specialty: { 'zh-CN': '擅长领域不符', en: 'specialties do not cover the category' },
};

function expertIdsError(zh: string, en: string): never {
  throw invalid({ expertIds: { 'zh-CN': zh, en } });
}

function refuseUnfit(problems: { name: string; why: Unfit }[]): void {
  if (problems.length === 0) return;
  expertIdsError(
    `以下专家暂不能选择：${problems.map((p) => `${p.name}（${UNFIT_TEXT[p.why]['zh-CN']}）`).join('、')}`,
    `These experts cannot be chosen: ${problems.map((p) => `${p.name} (${UNFIT_TEXT[p.why].en})`).join(', ')}`,
  );
}

/** The rules a team change needs, read before its transaction. */
export async function teamRules(d: ExpertDeps, category: string) {
  const [cal, policy, cat] = await Promise.all([d.rules.calendar(), expertPolicy(d), d.rules.category(category)]);
  return { cal, policy: policy.value, categoryName: cat?.name_zh ?? category };
}

/** Those who shape a case's team: center staff, and the case's own handler. */
export function canManageTeam(actor: Actor, c: Pick<CaseRow, 'assignee_id'>): boolean {
  return hasRole(actor.scope.grants, 'admin', 'director', 'dispatcher') || c.assignee_id === actor.userId;
}

export interface PartyExpertPlan {
  experts: ExpertWithLoad[];
  cal: Awaited<ReturnType<ExpertDeps['rules']['calendar']>>;
  policy: Awaited<ReturnType<typeof expertPolicy>>['value'];
  categories: Awaited<ReturnType<ExpertDeps['rules']['categories']>>;
}

/**
 * The experts a resident picked on the portal, checked before anything is written:
 * at most the policy's number, each in the pool, available, with room for one more
 * case and offering the chosen service mode. Any problem refuses the whole filing.
 * The rules the invitations need are read here too, outside the registration's transaction.
 */
export async function planPartyExperts(d: ExpertDeps, ids: readonly string[], mode: ServiceMode): Promise<PartyExpertPlan> {
  const [policy, cal, categories] = await Promise.all([expertPolicy(d), d.rules.calendar(), d.rules.categories()]);
  const plan = { experts: [] as ExpertWithLoad[], cal, policy: policy.value, categories };
  if (ids.length === 0) return plan;
  if (new Set(ids).size !== ids.length) expertIdsError('同一位专家只能选择一次', 'Each expert can be chosen once');
  const max = policy.value.maxTeamPortal;
  if (ids.length > max) expertIdsError(`最多可选择 ${max} 位专家`, `Choose at most ${max} experts`);
  const found = await d.experts.byIds(ids);
  if (found.length !== ids.length) expertIdsError('所选专家不存在', 'Unknown expert');
  const problems: { name: string; why: Unfit }[] = [];
  for (const e of found) {
    const why: Unfit | null = !e.active ? 'inactive' : !e.available ? 'unavailable' : !hasCapacity({ load: loadOf(e), maxOpenCases: e.max_open_cases }) ? 'full' : !fitsMode(e.service_modes, mode) ? 'mode' : null;
    if (why) problems.push({ name: e.name, why });
  }
  refuseUnfit(problems);
  return { ...plan, experts: ids.map((id) => found.find((e) => e.id === id)!) };
}

/** Inside the registration's transaction: the party's picks become invitations (proposed by the party). */
export async function seatPartyExperts(d: ExpertDeps, trx: Kysely<DB>, c: CaseRow, plan: PartyExpertPlan, now: Date): Promise<void> {
  if (plan.experts.length === 0) return;
  const categoryName = plan.categories.find((x) => x.code === c.category)?.name_zh ?? c.category;
  const x: TeamTx = { d, trx, c, now, cal: plan.cal, policy: plan.policy, categoryName };
  for (const e of plan.experts) await seat(x, e, { by: 'party', actor: { id: null, name: '群众（网上申请）' } });
}

/**
 * Staff propose experts for a case (POST /api/cases/:id/experts): each must be in
 * the pool, available, with capacity and not already asked on this case; the team
 * (pending + accepted) stays within the policy's size. Staff may go beyond the
 * specialties and modes the ranking would suggest: they know the case.
 */
export async function proposeExperts(d: ExpertDeps, actor: Actor, caseId: string, input: { expertIds: string[]; lead?: string | null }) {
  const visible = await visibleCase(d, actor, caseId, 'case.experts.propose');
  if (!canManageTeam(actor, visible)) throw forbidden();
  const ids = input.expertIds;
  if (new Set(ids).size !== ids.length) expertIdsError('同一位专家只能选择一次', 'Each expert can be chosen once');
  if (input.lead && !ids.includes(input.lead)) throw invalid({ lead: { 'zh-CN': '牵头专家须在本次邀请的专家之中', en: 'The lead must be one of the experts proposed' } });
  const rules = await teamRules(d, visible.category);
  const now = d.clock.now();
  await d.db.transaction().execute(async (trx) => {
    const c = (await d.cases.forUpdate(trx, caseId))!;
    if (!isOpenCase(c)) throw new AppError(409, 'conflict', 'expert_case_closed');
    const team = await d.experts.team(caseId, trx);
    const found = await d.experts.byIds(ids, trx);
    if (found.length !== ids.length) expertIdsError('所选专家不存在', 'Unknown expert');
    const existing = team.map((m) => ({ expertId: m.expert_id, status: m.status }));
    const problems: { name: string; why: Unfit }[] = [];
    for (const e of found) {
      const why = unfitReasons(asCandidate(e), { category: c.category, serviceMode: null }, existing).filter((u) => u !== 'specialty' && u !== 'mode')[0];
      if (why) problems.push({ name: e.name, why });
    }
    refuseUnfit(problems);
    const max = rules.policy.maxTeamStaff;
    if (teamSize(existing) + ids.length > max) {
      expertIdsError(`每个案件最多 ${max} 位专家（含待答复），当前已有 ${teamSize(existing)} 位`, `At most ${max} experts per case (pending included); ${teamSize(existing)} already`);
    }
    const x: TeamTx = { d, trx, c, now, ...rules };
    for (const id of ids) await seat(x, found.find((e) => e.id === id)!, { by: 'dispatcher', actor: { id: actor.userId, name: actor.displayName }, lead: id === input.lead });
  });
}
