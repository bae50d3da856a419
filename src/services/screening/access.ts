import { localDate } from '../../domain/calendar/index.js';
import { followupPaths } from '../../domain/screening/access.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { CampaignRow } from '../../repositories/screening-repository.js';
import type { Actor } from '../actor.js';
import type { ScreeningDeps } from './deps.js';

/** Today's local date in the service calendar (visits and campaigns are day-based). */
export async function todayOf(deps: ScreeningDeps): Promise<string> {
  return localDate(await deps.rules.calendar(), deps.clock.now());
}

/**
 * The campaign if the caller may see it: one of its grids lies in the caller's
 * territory (the grid trio: their grids; a center's staff: the district). One outside
 * is refused with 403 and the refusal audited; one that does not exist is 404.
 */
export async function visibleCampaign(deps: ScreeningDeps, actor: Actor, id: string, action = 'screening.read'): Promise<CampaignRow> {
  const c = await deps.screening.campaign(id);
  if (!c) throw notFound();
  if (await deps.screening.campaignTouches(id, followupPaths(actor.scope))) return c;
  await deps.audit.record(actor, { action, outcome: 'denied', targetType: 'screening_campaign', targetId: id });
  throw forbidden();
}

export function campaignClosed(): AppError {
  return new AppError(409, 'campaign_closed', 'screening_campaign_closed');
}
