import { followupPaths } from '../../domain/screening/access.js';
import { type CoverageLevel, coverageRows, expectedProgress } from '../../domain/screening/coverage.js';
import type { Actor } from '../actor.js';
import { todayOf, visibleCampaign } from './access.js';
import { parseCursor } from './campaigns.js';
import type { ScreeningDeps } from './deps.js';
import { screeningJson, tallies, windowOf } from './views.js';

/**
 * 排查覆盖率 of a campaign per grid, community or street, over the grids the caller
 * sees, with the overdue flag of the one rule (src/domain/screening/coverage.ts).
 */
export async function campaignCoverage(deps: ScreeningDeps, actor: Actor, id: string, by: CoverageLevel) {
  const c = await visibleCampaign(deps, actor, id);
  const [grids, today] = await Promise.all([deps.screening.campaignGrids([c.id], followupPaths(actor.scope)), todayOf(deps)]);
  const w = windowOf(c);
  const expected = expectedProgress(w, today);
  return { campaignId: c.id, by, day: today, expectedProgress: expected.num / expected.den, rows: coverageRows(tallies(grids), by, w, today) };
}

/** The screenings of a campaign in the caller's grids, newest first (addresses masked). */
export async function campaignScreenings(deps: ScreeningDeps, actor: Actor, id: string, q: { gridId?: string; level?: string; cursor?: string; limit: number }) {
  const c = await visibleCampaign(deps, actor, id);
  const rows = await deps.screening.screenings(c.id, followupPaths(actor.scope), { gridId: q.gridId, level: q.level, after: parseCursor(q.cursor) }, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return { items: page.map(screeningJson), nextCursor: rows.length > q.limit && last ? `${new Date(last.screened_at).toISOString()}|${last.id}` : null };
}
