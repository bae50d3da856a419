import { invalid } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { SessionDeps } from './deps.js';
import { renderSessions } from './view.js';

/** The longest span one calendar request may cover. */
export const MAX_CALENDAR_DAYS = 62;

export interface CalendarQuery {
  from: string;
  to: string;
  userId?: string;
  roomId?: string;
  communityId?: string;
  expertId?: string;
}

/**
 * GET /api/sessions: sessions overlapping [from, to) — of the cases the caller may see,
 * and those they are invited to — filtered by person, room, community or expert.
 */
export async function sessionCalendar(deps: SessionDeps, actor: Actor, q: CalendarQuery) {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (Number.isNaN(from.getTime())) throw invalid({ from: { 'zh-CN': '开始日期无效', en: 'Invalid start' } });
  if (Number.isNaN(to.getTime()) || to.getTime() <= from.getTime()) throw invalid({ to: { 'zh-CN': '结束日期应晚于开始日期', en: 'The end must be after the start' } });
  if (to.getTime() - from.getTime() > MAX_CALENDAR_DAYS * 86_400_000) throw invalid({ to: { 'zh-CN': `一次最多查询 ${MAX_CALENDAR_DAYS} 天`, en: `At most ${MAX_CALENDAR_DAYS} days at a time` } });
  const rows = await deps.repo.listed(actor.scope, { from, to, userId: q.userId, roomId: q.roomId, communityId: q.communityId, expertId: q.expertId });
  return { items: await renderSessions(deps.repo, deps.cases.db, rows) };
}
