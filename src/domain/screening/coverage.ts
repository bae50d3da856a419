import { daysBetween } from '../calendar/days.js';

/**
 * Screening coverage (排查覆盖率, SPEC §3.5) and the overdue rule, pure.
 *
 * Coverage of a grid = screened / target households, capped at 100% (a grid may hold
 * more households than its recorded target). A grid with no target has nothing to
 * screen: it counts as complete (100%) and is never overdue. A community or street sums
 * the targets of its grids and their screenings counted toward them (each grid's at most
 * its target: one over-screened grid does not make up for another), and takes the same
 * ratio; the dashboard's screening coverage counts the same way.
 *
 * **Overdue** (the one definition; highlighted in red): a unit with a target is overdue
 *  - when the campaign has ended (after its last day, or closed) below 100%, or
 *  - when the progress expected by today exceeds its coverage by more than
 *    OVERDUE_MARGIN_PERCENT points. Expected progress is linear over the campaign:
 *    0% on `startsOn`, 100% on `endsOn` ((today − startsOn) / (endsOn − startsOn) in
 *    days, clamped to 0..100%; a one-day campaign expects 100% on its day).
 * Compared in integers (cross-multiplied), so a boundary is never decided by rounding.
 */
export const OVERDUE_MARGIN_PERCENT = 10;

export interface CampaignWindow {
  startsOn: string;
  endsOn: string;
  /** closed by hand before or after its last day: counts as ended */
  closed?: boolean;
}

export interface Tally {
  targetHouseholds: number;
  screened: number;
  /** screenings that came out medium or high */
  flagged: number;
}

/** Expected progress by `today` as a fraction num / den (den > 0), clamped to 0..1. */
export function expectedProgress(w: CampaignWindow, today: string): { num: number; den: number } {
  const span = daysBetween(w.startsOn, w.endsOn);
  const elapsed = daysBetween(w.startsOn, today);
  if (span <= 0) return elapsed >= 0 ? { num: 1, den: 1 } : { num: 0, den: 1 };
  return { num: Math.min(Math.max(elapsed, 0), span), den: span };
}

/** Whether the campaign is over on `today`: closed, or after its last day. */
export function campaignEnded(w: CampaignWindow, today: string): boolean {
  return w.closed === true || daysBetween(w.endsOn, today) > 0;
}

/** A grid's screenings that count toward its target: at most the target. */
export function countedScreenings(t: Pick<Tally, 'targetHouseholds' | 'screened'>): number {
  return Math.min(Math.max(t.screened, 0), Math.max(t.targetHouseholds, 0));
}

/** Sums of targets, screenings (as recorded) and flags, with the screenings counted grid by grid. */
function summed(grids: readonly Tally[]): Tally & { counted: number } {
  const s = { targetHouseholds: 0, screened: 0, flagged: 0, counted: 0 };
  for (const g of grids) {
    s.targetHouseholds += g.targetHouseholds;
    s.screened += g.screened;
    s.flagged += g.flagged;
    s.counted += countedScreenings(g);
  }
  return s;
}

/** Coverage 0..1 (capped at 1; a zero target is complete). */
export function coverageOf(t: Pick<Tally, 'targetHouseholds' | 'screened'>): number {
  if (t.targetHouseholds <= 0) return 1;
  return Math.min(1, t.screened / t.targetHouseholds);
}

/** The overdue rule (see the module comment). */
export function isOverdue(t: Pick<Tally, 'targetHouseholds' | 'screened'>, w: CampaignWindow, today: string): boolean {
  const target = t.targetHouseholds;
  if (target <= 0) return false;
  const done = Math.min(Math.max(t.screened, 0), target);
  if (campaignEnded(w, today)) return done < target;
  const { num, den } = expectedProgress(w, today);
  // expected − coverage > margin  ⇔  100·num·target − 100·done·den > margin·den·target
  return 100 * num * target - 100 * done * den > OVERDUE_MARGIN_PERCENT * den * target;
}

export interface GridTally extends Tally {
  gridId: string;
  gridName: string;
  communityId: string;
  communityName: string;
  streetId: string;
  streetName: string;
}

export type CoverageLevel = 'grid' | 'community' | 'street';

export interface CoverageRow extends Tally {
  unitId: string;
  name: string;
  /** the community of a grid, the street of a community; null for a street */
  parentId: string | null;
  coverage: number;
  overdue: boolean;
  /** how many of its grids are overdue (1 or 0 for a grid) */
  overdueGrids: number;
  grids: number;
}

/** Rows per grid, community or street, in the order the grids came (grouping keeps first appearance). */
export function coverageRows(grids: readonly GridTally[], by: CoverageLevel, w: CampaignWindow, today: string): CoverageRow[] {
  const groups = new Map<string, GridTally[]>();
  for (const g of grids) {
    const key = by === 'grid' ? g.gridId : by === 'community' ? g.communityId : g.streetId;
    const group = groups.get(key);
    if (group) group.push(g);
    else groups.set(key, [g]);
  }
  return [...groups].map(([key, group]) => {
    const g = group[0]!;
    const { counted, ...sums } = summed(group);
    const asCounted = { targetHouseholds: sums.targetHouseholds, screened: counted };
    return {
      unitId: key,
      name: by === 'grid' ? g.gridName : by === 'community' ? g.communityName : g.streetName,
      parentId: by === 'grid' ? g.communityId : by === 'community' ? g.streetId : null,
      ...sums,
      coverage: coverageOf(asCounted),
      overdue: isOverdue(asCounted, w, today),
      overdueGrids: group.filter((x) => isOverdue(x, w, today)).length,
      grids: group.length,
    };
  });
}

/** Totals of a whole campaign. */
export function campaignTotals(grids: readonly GridTally[], w: CampaignWindow, today: string) {
  const { counted, ...t } = summed(grids);
  const expected = expectedProgress(w, today);
  return {
    ...t,
    grids: grids.length,
    coverage: coverageOf({ targetHouseholds: t.targetHouseholds, screened: counted }),
    overdueGrids: grids.filter((g) => isOverdue(g, w, today)).length,
    expectedProgress: expected.num / expected.den,
    ended: campaignEnded(w, today),
  };
}
