import { daysBetween, isDate } from '../calendar/days.js';

/** Localized text of a field problem, as `invalid()` takes it. */
export type FieldText = { 'zh-CN': string; en: string };

/** The longest campaign: a year (a campaign is a drive, not a standing register). */
export const CAMPAIGN_MAX_DAYS = 366;
export const CAMPAIGN_MAX_GRIDS = 2000;
export const TARGET_MAX = 100_000;

export interface CampaignDraft {
  name: string;
  startsOn: string;
  endsOn: string;
  /** the grids after communities and streets were expanded, with their targets */
  grids: { gridId: string; targetHouseholds: number }[];
}

/**
 * Problems of a campaign about to be created, by field: a name, real dates in order,
 * not ended already, at most a year, at least one grid, whole non-negative targets.
 */
export function campaignProblems(c: CampaignDraft, today: string): Record<string, FieldText> {
  const out: Record<string, FieldText> = {};
  if (!c.name.trim()) out.name = { 'zh-CN': '请填写排查活动名称', en: 'Give the campaign a name' };
  const startOk = isDate(c.startsOn);
  const endOk = isDate(c.endsOn);
  if (!startOk) out.startsOn = { 'zh-CN': '开始日期无效', en: 'Invalid start date' };
  if (!endOk) out.endsOn = { 'zh-CN': '结束日期无效', en: 'Invalid end date' };
  if (startOk && endOk) {
    const span = daysBetween(c.startsOn, c.endsOn);
    if (span < 0) out.endsOn = { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' };
    else if (span + 1 > CAMPAIGN_MAX_DAYS) out.endsOn = { 'zh-CN': `排查活动最长 ${CAMPAIGN_MAX_DAYS} 天`, en: `A campaign lasts at most ${CAMPAIGN_MAX_DAYS} days` };
    else if (daysBetween(today, c.endsOn) < 0) out.endsOn = { 'zh-CN': '结束日期已过', en: 'The end date has passed' };
  }
  if (c.grids.length === 0) out.grids = { 'zh-CN': '请至少选择一个网格（或选择社区、街道）', en: 'Choose at least one grid (or a community or street)' };
  else if (c.grids.length > CAMPAIGN_MAX_GRIDS) out.grids = { 'zh-CN': `一次排查最多 ${CAMPAIGN_MAX_GRIDS} 个网格`, en: `At most ${CAMPAIGN_MAX_GRIDS} grids per campaign` };
  c.grids.forEach((g, i) => {
    if (!Number.isInteger(g.targetHouseholds) || g.targetHouseholds < 0 || g.targetHouseholds > TARGET_MAX) {
      out[`grids.${i}.targetHouseholds`] = { 'zh-CN': '目标户数须为 0 至 100000 的整数', en: 'Target households must be a whole number from 0 to 100000' };
    }
  });
  return out;
}

/** Target households of a grid: the one given, else the grid's registered households, else 0. */
export function targetFor(given: number | undefined, registered: number | null): number {
  return given ?? registered ?? 0;
}
