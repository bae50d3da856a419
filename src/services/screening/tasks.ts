import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { gridTrioPaths } from '../../domain/screening/access.js';
import { ScreeningRepository } from '../../repositories/screening-repository.js';
import type { Actor } from '../actor.js';

export interface ScreeningTask {
  campaignId: string;
  campaignName: string;
  gridId: string;
  gridName: string;
  targetHouseholds: number;
  screened: number;
  /** last day of the campaign, 'YYYY-MM-DD' */
  endsOn: string;
}

/**
 * The screening work of "today" (今日任务) for the grid trio: every open campaign that
 * runs on `day` (a local date 'YYYY-MM-DD') and covers one of the caller's grids, per
 * grid, with its target and how many households are screened so far. Staff without a
 * grid-trio role get none. Used by GET /api/followup/today.
 */
export async function screeningTasksFor(deps: { db: Kysely<DB> }, actor: Actor, day: string): Promise<ScreeningTask[]> {
  const rows = await new ScreeningRepository(deps.db).tasks(gridTrioPaths(actor.scope), day);
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    gridId: r.grid_id,
    gridName: r.grid_name,
    targetHouseholds: r.target_households,
    screened: r.screened,
    endsOn: r.ends_on,
  }));
}
