/**
 * Validation of a duty roster edit (值班表): one unit, a date range of at most
 * MAX_ROSTER_DAYS days, shifts of the unit's handlers inside that range, each
 * person at most once a day. Pure: the caller supplies who the handlers are.
 */
export const MAX_ROSTER_DAYS = 62;

const DAY_MS = 86_400_000;

export interface RosterShiftInput {
  userId: string;
  /** 'YYYY-MM-DD' */
  date: string;
  note?: string | null;
}

export interface RosterEdit {
  from: string;
  to: string;
  shifts: readonly RosterShiftInput[];
}

export type Localized = { 'zh-CN': string; en: string };

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The dates from `from` to `to`, both included ('YYYY-MM-DD'). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) out.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  return out;
}

/** Days in the range, both ends included (0 when `to` is before `from`). */
export function rangeDays(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/** The range alone: ordered and not longer than MAX_ROSTER_DAYS. Field → message, empty when valid. */
export function rangeErrors(from: string, to: string): Record<string, Localized> {
  if (to < from) return { to: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date is before the start date' } };
  if (rangeDays(from, to) > MAX_ROSTER_DAYS) {
    return { to: { 'zh-CN': `一次最多编排 ${MAX_ROSTER_DAYS} 天`, en: `At most ${MAX_ROSTER_DAYS} days at a time` } };
  }
  return {};
}

/** Every fault of an edit, by field ('to', 'shifts.3.userId', 'shifts.5.date'…); empty when valid. */
export function rosterErrors(edit: RosterEdit, handlerIds: ReadonlySet<string>): Record<string, Localized> {
  const errors: Record<string, Localized> = rangeErrors(edit.from, edit.to);
  const seen = new Set<string>();
  edit.shifts.forEach((s, i) => {
    if (!handlerIds.has(s.userId)) {
      errors[`shifts.${i}.userId`] = { 'zh-CN': '该人员不是本单位的承办人员（调解员或联络员）', en: 'This person does not handle cases in this unit' };
    }
    if (s.date < edit.from || s.date > edit.to) {
      errors[`shifts.${i}.date`] = { 'zh-CN': '日期不在本次排班范围内', en: 'The date is outside the range being saved' };
    } else if (seen.has(`${s.userId}|${s.date}`)) {
      errors[`shifts.${i}.date`] = { 'zh-CN': '同一人同一天重复排班', en: 'The same person is on the roster twice that day' };
    }
    seen.add(`${s.userId}|${s.date}`);
  });
  return errors;
}
