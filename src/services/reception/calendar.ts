import { localDate, type WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { addDays, bookingWindowProblem, CALENDAR_MAX_DAYS, daysBetween, isDate, receptionDays, remainingPlaces } from '../../domain/reception/calendar.js';
import type { ReceptionTheme } from '../../domain/reception/themes.js';
import { invalid } from '../../errors.js';
import type { ReceptionThemeRow } from '../../repositories/reception-repository.js';
import type { ReceptionDeps } from './deps.js';
import { requireCenter } from './access.js';

/** The public calendar's default span: four weeks from today. */
const DEFAULT_DAYS = 28;

export function schedules(rows: readonly ReceptionThemeRow[]) {
  return rows.map((r) => ({ theme: r.theme as ReceptionTheme, weekday: r.weekday, hostUnitId: r.host_unit_id, slots: r.slots, capacity: r.capacity }));
}

/** Today's local date and the calendar, read once per request. */
export async function today(deps: ReceptionDeps): Promise<{ cal: WorkingCalendar; now: Date; today: string }> {
  const cal = await deps.cases.rules.calendar();
  const now = deps.cases.clock.now();
  return { cal, now, today: localDate(cal, now) };
}

/** A checked date range: both real dates, in order, at most CALENDAR_MAX_DAYS days. */
export function checkRange(from: string, to: string) {
  if (!isDate(from)) throw invalid({ from: { 'zh-CN': '日期无效', en: 'Invalid date' } });
  if (!isDate(to)) throw invalid({ to: { 'zh-CN': '日期无效', en: 'Invalid date' } });
  const span = daysBetween(from, to) + 1;
  if (span < 1) throw invalid({ to: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date is before the start date' } });
  if (span > CALENDAR_MAX_DAYS) throw invalid({ to: { 'zh-CN': `一次最多查询 ${CALENDAR_MAX_DAYS} 天`, en: `At most ${CALENDAR_MAX_DAYS} days at a time` } });
}

/**
 * The reception days of some centers: each day with its theme and host, and per slot the
 * places left (non-cancelled bookings count) and whether it can still be booked. Staff
 * also see the places taken; nobody sees here who booked.
 */
async function calendarOf(deps: ReceptionDeps, centers: readonly { id: string; name: string }[], from: string, to: string, staff: boolean) {
  checkRange(from, to);
  const { cal, now, today: day } = await today(deps);
  const taken = await deps.repo.taken(centers.map((c) => c.id), from, to);
  const takenOf = new Map(taken.map((t) => [`${t.center_id}|${t.date}|${t.slot}`, t.n]));
  const out = [];
  for (const center of centers) {
    const rows = await deps.repo.themes(center.id);
    const hosts = await deps.cases.units.getMany(rows.map((r) => r.host_unit_id).filter((id): id is string => !!id));
    const hostName = new Map(hosts.map((h) => [h.id, h.name]));
    const days = receptionDays(cal, schedules(rows), from, to).map((d) => ({
      date: d.date,
      weekday: d.weekday,
      working: d.working,
      dayName: d.dayName,
      makeUpDay: d.makeUpDay,
      theme: d.theme,
      ...(staff ? { hostUnitId: d.hostUnitId } : {}),
      hostUnitName: d.hostUnitId ? hostName.get(d.hostUnitId) ?? null : null,
      slots: d.slots.map((slot) => {
        const n = takenOf.get(`${center.id}|${d.date}|${slot}`) ?? 0;
        const remaining = remainingPlaces(d.capacity, n);
        return {
          slot,
          capacity: d.capacity,
          ...(staff ? { taken: n } : {}),
          remaining,
          bookable: remaining > 0 && bookingWindowProblem(cal, now, day, d.date, slot) === null,
        };
      }),
    }));
    out.push({ center: { id: center.id, name: center.name }, days });
  }
  return { today: day, from, to, centers: out };
}

/** GET /api/reception/calendar: one center, for any signed-in staff member. */
export async function staffCalendar(deps: ReceptionDeps, q: { centerId: string; from: string; to: string }) {
  const center = await requireCenter(deps, q.centerId);
  const result = await calendarOf(deps, [{ id: center.id, name: center.name }], q.from, q.to, true);
  return { today: result.today, from: result.from, to: result.to, center: result.centers[0]!.center, days: result.centers[0]!.days };
}

/** GET /api/portal/reception/calendar: every center that holds reception days (or the one asked for), from today by default. */
export async function publicCalendar(deps: ReceptionDeps, q: { centerId?: string; from?: string; to?: string }) {
  const { today: day } = await today(deps);
  const from = q.from ?? day;
  const to = q.to ?? (isDate(from) ? addDays(from, DEFAULT_DAYS - 1) : from);
  const centers = q.centerId ? [await requireCenter(deps, q.centerId)] : await deps.repo.centersWithThemes();
  return calendarOf(deps, centers.map((c) => ({ id: c.id, name: c.name })), from, to, false);
}
