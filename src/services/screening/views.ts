import { type CampaignWindow, campaignTotals, type GridTally } from '../../domain/screening/coverage.js';
import { maskAddress } from '../../domain/identity.js';
import type { CampaignGridRow, CampaignListRow, ScreeningRow } from '../../repositories/screening-repository.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export const windowOf = (c: { starts_on: string; ends_on: string; status: string }): CampaignWindow => ({ startsOn: c.starts_on, endsOn: c.ends_on, closed: c.status === 'closed' });

export function tallies(rows: readonly CampaignGridRow[]): GridTally[] {
  return rows.map((r) => ({
    gridId: r.grid_id,
    gridName: r.grid_name,
    communityId: r.community_id,
    communityName: r.community_name,
    streetId: r.street_id,
    streetName: r.street_name,
    targetHouseholds: r.target_households,
    screened: r.screened,
    flagged: r.flagged,
  }));
}

/** A campaign as listed: its checklist version and the totals over the grids the caller sees. */
export function campaignJson(c: CampaignListRow, grids: readonly CampaignGridRow[], today: string) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    centerId: c.center_id,
    centerName: c.center_name,
    checklist: { id: c.checklist_id, code: c.checklist_code, version: c.checklist_version, name: c.checklist_name },
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    status: c.status as 'open' | 'closed',
    createdAt: iso(c.created_at)!,
    version: c.version,
    totals: campaignTotals(tallies(grids), windowOf(c), today),
  };
}

/** A screening as the API shows it: the address masked (the household's profile holds it). */
export function screeningJson(s: ScreeningRow & { grid_name?: string; screened_by_name?: string | null }) {
  return {
    id: s.id,
    campaignId: s.campaign_id,
    gridId: s.grid_id,
    gridName: s.grid_name ?? null,
    householdId: s.household_id,
    address: maskAddress(s.address),
    headName: s.head_name,
    assessmentId: s.assessment_id,
    score: s.score,
    level: s.level as 'low' | 'medium' | 'high',
    screenedAt: iso(s.screened_at)!,
    screenedByName: s.screened_by_name ?? null,
  };
}
