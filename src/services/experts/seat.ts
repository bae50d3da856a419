import type { Kysely } from 'kysely';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import type { DB } from '../../db/schema.js';
import { pickReplacement, respondBy } from '../../domain/experts/matching.js';
import type { ExpertKind, ExpertPolicy, Proposer } from '../../domain/experts/policy.js';
import { type CaseRow } from '../../repositories/case-repository.js';
import { OPEN_CASE_STATUSES } from '../../repositories/expert-repository.js';
import type { ExpertDeps } from './deps.js';
import { asCandidate } from './profiles.js';

/** Everything a change of the team needs inside its transaction (rules read before it: PGlite has one connection). */
export interface TeamTx {
  d: ExpertDeps;
  trx: Kysely<DB>;
  c: CaseRow;
  now: Date;
  cal: WorkingCalendar;
  policy: ExpertPolicy;
  categoryName: string;
}

export const SYSTEM = { id: null, name: '系统' } as const;
export type Who = { id: string | null; name: string };

const MODE_LABEL: Record<string, string> = { online: '线上服务', offline: '线下服务' };

/** 'MM月DD日 HH:mm', Beijing time, for notification texts. */
export function beijingTime(d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

export const isOpenCase = (c: Pick<CaseRow, 'status'>) => (OPEN_CASE_STATUSES as readonly string[]).includes(c.status);

/** Who hears about the team on the staff side: the handler, and the dispatchers of the case's center. */
export async function staffRecipients(x: TeamTx): Promise<string[]> {
  const dispatchers = await x.d.experts.holders(['dispatcher'], [x.c.center_id], x.trx);
  return [...new Set([...(x.c.assignee_id ? [x.c.assignee_id] : []), ...dispatchers])];
}

/**
 * Invites one expert onto the case: the engagement with its answer deadline, the
 * timeline event (a proposal, or a replacement when it stands in for someone) and
 * the invitation in the expert's notifications.
 */
export async function seat(
  x: TeamTx,
  expert: { id: string; name: string; kind: ExpertKind; user_id: string | null },
  opts: { by: Proposer; actor: Who; lead?: boolean; replaces?: { id: string; name: string } },
): Promise<void> {
  const due = respondBy(x.cal, x.now, x.policy.responseWorkingHours);
  await x.d.experts.insertEngagement(x.trx, {
    case_id: x.c.id,
    expert_id: expert.id,
    lead: opts.lead ?? false,
    status: 'proposed',
    proposed_by: opts.by,
    proposed_at: x.now,
    respond_by: due,
    replaces_expert_id: opts.replaces?.id ?? null,
  });
  await x.d.cases.appendEvent(x.trx, x.c.id, {
    type: opts.replaces ? 'expert_replaced' : 'expert_proposed',
    actorId: opts.actor.id,
    actorName: opts.actor.name,
    at: x.now,
    data: {
      expertId: expert.id,
      expertName: expert.name,
      kind: expert.kind,
      proposedBy: opts.by,
      respondBy: due.toISOString(),
      lead: opts.lead ?? false,
      ...(opts.replaces ? { replacesExpertId: opts.replaces.id, replacesName: opts.replaces.name } : {}),
    },
  });
  if (expert.user_id) {
    await x.d.notifications.notify(x.trx, [expert.user_id], {
      caseId: x.c.id,
      kind: 'expert_invited',
      title: `专家邀请：案件 ${x.c.code}`,
      body: `${x.categoryName}（${MODE_LABEL[x.c.service_mode ?? ''] ?? '服务方式待定'}），请于 ${beijingTime(due)} 前答复是否接受`,
      at: x.now,
    });
  }
}

/**
 * 补位: after an expert declined or let the deadline pass, the best next candidate
 * is invited in their place — of the same kind when possible, so that the party's
 * choice is kept as far as it can be. With fallback off, or nobody left to ask,
 * staff are told to choose; on a closed case nothing happens.
 */
export async function replaceDeparted(x: TeamTx, departed: { expert_id: string; name: string; kind: ExpertKind }, why: '婉拒' | '超时未答复'): Promise<string | null> {
  if (!isOpenCase(x.c)) return null;
  const staff = await staffRecipients(x);
  // One query after the other: inside a transaction PGlite has a single connection.
  const team = x.policy.fallback ? await x.d.experts.team(x.c.id, x.trx) : [];
  const pool = x.policy.fallback ? await x.d.experts.pool(x.trx) : [];
  const pick = x.policy.fallback
    ? pickReplacement(
        pool.map(asCandidate),
        { category: x.c.category, serviceMode: x.c.service_mode === 'online' || x.c.service_mode === 'offline' ? x.c.service_mode : null },
        team.map((m) => ({ expertId: m.expert_id, status: m.status })),
        { kind: departed.kind },
      )
    : null;
  if (!pick) {
    await x.d.notifications.notify(x.trx, staff, {
      caseId: x.c.id,
      kind: 'expert_unmatched',
      title: `案件 ${x.c.code}：${departed.name}${why}`,
      body: x.policy.fallback ? '专家智库中暂无符合条件的专家可以补位，请人工选择' : '未开启自动补位，请另行选择专家',
      at: x.now,
    });
    return null;
  }
  const expert = pool.find((e) => e.id === pick.id)!;
  await seat(x, expert, { by: 'fallback', actor: SYSTEM, replaces: { id: departed.expert_id, name: departed.name } });
  await x.d.notifications.notify(x.trx, staff, {
    caseId: x.c.id,
    kind: 'expert_replaced',
    title: `案件 ${x.c.code} 专家已自动补位`,
    body: `${departed.name}${why}，已自动邀请${expert.name}（${x.categoryName}）`,
    at: x.now,
  });
  return expert.id;
}
