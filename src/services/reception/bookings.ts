import { maskPhone } from '../../domain/identity.js';
import { type BookingAction, bookingActions, bookingCode, type BookingRights, markProblem, mayAct, type StaffMark } from '../../domain/reception/bookings.js';
import { bookingWindowProblem, isDate, receptionDays } from '../../domain/reception/calendar.js';
import { RECEPTION_THEME_LABELS, type ReceptionTheme } from '../../domain/reception/themes.js';
import { isoWeekday } from '../../domain/routing/roster.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { ReceptionBookingRow } from '../../repositories/reception-repository.js';
import type { Actor } from '../actor.js';
import { hostedThemes, liaisonStations, managesCenter, readsCenter, requireCenter } from './access.js';
import { schedules, today } from './calendar.js';
import type { ReceptionDeps } from './deps.js';

export interface BookingInput {
  centerId?: string | null;
  date: string;
  slot: string;
  /** the theme the booker saw on the calendar; refused if the day now hosts another */
  theme?: ReceptionTheme | null;
  /** staff only: an enterprise of the registry (its name and credit code are taken from there) */
  enterpriseId?: string | null;
  organizationName?: string | null;
  uscc?: string | null;
  contactName: string;
  contactPhone: string;
  topic: string;
}

const field = (name: string, zh: string, en: string) => invalid({ [name]: { 'zh-CN': zh, en } });

const WINDOW_MESSAGES = {
  past: ['date', '不能预约已经过去的日期', 'That day has passed'],
  too_far: ['date', '只能预约 60 天内的接待日', 'Book at most 60 days ahead'],
  started: ['slot', '该时段已开始，请选择其他时段', 'That slot has already started; choose another'],
} as const;

/** The center a booking goes to: the one named, or the only center that holds reception days. */
async function bookingCenter(deps: ReceptionDeps, centerId: string | null | undefined) {
  if (centerId) return requireCenter(deps, centerId);
  const centers = await deps.repo.centersWithThemes();
  if (centers.length !== 1) throw field('centerId', '请选择综治中心', 'Choose a governance center');
  return (await deps.cases.units.get(null, centers[0]!.id))!;
}

/**
 * Books a place in a slot (主题接待日预约), from the portal (`actor` null) or by staff. Only a
 * slot of the day's theme, not started, within 60 days, with a place left. The theme row is
 * locked for the count and the insert, so two bookings for the last place cannot both win.
 */
export async function book(deps: ReceptionDeps, actor: Actor | null, input: BookingInput) {
  const center = await bookingCenter(deps, input.centerId);
  const enterprise = input.enterpriseId ? await deps.repo.enterpriseById(input.enterpriseId) : input.uscc ? await deps.repo.enterpriseByUscc(input.uscc) : undefined;
  if (input.enterpriseId && !enterprise) throw field('enterpriseId', '企业不存在', 'Unknown enterprise');
  const organizationName = input.enterpriseId ? enterprise!.name : input.organizationName?.trim();
  const uscc = input.enterpriseId ? enterprise!.uscc : input.uscc;
  if (!organizationName) throw field('organizationName', '请填写企业名称', 'Enter the enterprise name');
  if (!uscc) throw field('uscc', '请填写统一社会信用代码', 'Enter the unified social credit code');
  if (!isDate(input.date)) throw field('date', '日期无效', 'Invalid date');

  const { cal, now, today: day } = await today(deps);
  const themes = await deps.repo.themes(center.id);
  // Staff with no tie to the center at all are refused before the booking is looked at.
  if (actor && !managesCenter(actor, center) && !hostedThemes(actor, themes).length && !liaisonStations(actor).length) throw forbidden();
  const reception = receptionDays(cal, schedules(themes), input.date, input.date)[0]!;
  if (!reception.theme) throw field('date', '该日没有主题接待（非接待日或节假日）', 'No themed reception on that day (not a reception day, or a holiday)');
  if (input.theme && input.theme !== reception.theme) {
    const label = RECEPTION_THEME_LABELS[reception.theme];
    throw field('theme', `该日的接待主题为“${label['zh-CN']}”`, `That day's theme is ${label.en}`);
  }
  if (!reception.slots.includes(input.slot)) throw field('slot', '该日没有这个接待时段', 'No such slot on that day');
  const windowProblem = bookingWindowProblem(cal, now, day, input.date, input.slot);
  if (windowProblem) {
    const [name, zh, en] = WINDOW_MESSAGES[windowProblem];
    throw field(name, zh, en);
  }
  if (actor) {
    const mayBook =
      managesCenter(actor, center) ||
      hostedThemes(actor, themes).includes(reception.theme) ||
      (!!enterprise?.station_id && liaisonStations(actor).includes(enterprise.station_id));
    if (!mayBook) throw forbidden();
  }

  const theme = reception.theme;
  const row = await deps.cases.db.transaction().execute(async (trx) => {
    const locked = await deps.repo.lockTheme(trx, center.id, theme);
    // The configuration may have changed since it was read: the day must still host this slot.
    if (!locked || locked.weekday !== isoWeekday(input.date) || !locked.slots.includes(input.slot)) throw new AppError(409, 'conflict', 'reception_changed');
    if ((await deps.repo.takenInSlot(trx, center.id, input.date, input.slot)) >= locked.capacity) throw new AppError(409, 'slot_full', 'slot_full');
    const same = await deps.repo.sameEnterpriseSameDay(trx, center.id, input.date, uscc);
    // The slot is not named: a credit code is public, the booking's time is not.
    if (same) throw new AppError(409, 'already_booked', 'already_booked');
    const seq = await deps.repo.nextSequence(trx, input.date);
    return deps.repo.insertBooking(trx, {
      code: bookingCode(input.date, seq),
      center_id: center.id,
      theme,
      date: input.date,
      slot: input.slot,
      enterprise_id: enterprise?.id ?? null,
      organization_name: organizationName,
      uscc,
      contact_name: input.contactName.trim(),
      contact_phone: input.contactPhone,
      topic: input.topic.trim(),
      booked_by: actor?.userId ?? null,
      booked_at: now,
    });
  });
  const host = reception.hostUnitId ? await deps.cases.units.get(null, reception.hostUnitId) : undefined;
  return { ...receipt(row, center.name, host?.name ?? null), id: row.id };
}

/** What the booker is told: no personal data beyond what they typed themselves. */
function receipt(b: ReceptionBookingRow, centerName: string, hostUnitName: string | null) {
  return { code: b.code, status: b.status, centerName, theme: b.theme as ReceptionTheme, date: b.date, slot: b.slot, hostUnitName, organizationName: b.organization_name };
}

/** The booking of `code` if `phone` is its contact's — else one answer for both mistakes, so nothing is learnt by guessing. */
async function matchBooking(deps: ReceptionDeps, code: string, phone: string) {
  const b = await deps.repo.byCode(code.trim().toUpperCase());
  if (!b || b.contact_phone !== phone) throw new AppError(404, 'not_found', 'booking_no_match');
  return b;
}

/** The portal's cancel: code + the contact's phone, before the slot starts. */
export async function cancelFromPortal(deps: ReceptionDeps, code: string, phone: string) {
  const b = await matchBooking(deps, code, phone);
  const { cal, now, today: day } = await today(deps);
  const problem = bookingWindowProblem(cal, now, day, b.date, b.slot);
  if (b.status !== 'booked' || problem === 'past' || problem === 'started') throw new AppError(409, 'conflict', 'booking_not_cancellable');
  const row = await deps.repo.setStatus(b.id, ['booked'], 'cancelled');
  if (!row) throw new AppError(409, 'conflict', 'booking_not_cancellable');
  const center = await deps.cases.units.get(null, row.center_id);
  return receipt(row, center?.name ?? '', null);
}

/** What ties the caller to a booking: they manage its center, host its theme, are the liaison of its enterprise, or booked it. */
export async function bookingRights(deps: ReceptionDeps, actor: Actor, b: ReceptionBookingRow): Promise<BookingRights> {
  const center = (await deps.cases.units.get(null, b.center_id))!;
  const themes = await deps.repo.themes(b.center_id);
  const enterprise = b.enterprise_id ? await deps.repo.enterpriseById(b.enterprise_id) : undefined;
  return {
    manages: managesCenter(actor, center),
    hosts: hostedThemes(actor, themes).includes(b.theme),
    liaison: !!enterprise?.station_id && liaisonStations(actor).includes(enterprise.station_id),
    own: b.booked_by === actor.userId,
  };
}

type ViewRow = ReceptionBookingRow & { case_code?: string | null; booked_by_name?: string | null };

export function staffView(b: ViewRow, actions: BookingAction[]) {
  return {
    id: b.id,
    code: b.code,
    centerId: b.center_id,
    theme: b.theme as ReceptionTheme,
    date: b.date,
    slot: b.slot,
    enterpriseId: b.enterprise_id,
    organizationName: b.organization_name,
    uscc: b.uscc,
    contactName: b.contact_name,
    // Masked by default (PIPL); the full number is a separate, audited reveal.
    contactPhone: maskPhone(b.contact_phone),
    topic: b.topic,
    status: b.status,
    caseId: b.case_id,
    caseCode: b.case_code ?? null,
    source: b.booked_by ? ('staff' as const) : ('portal' as const),
    bookedByName: b.booked_by_name ?? null,
    bookedAt: new Date(b.booked_at).toISOString(),
    /** what the caller can do with it now */
    actions,
  };
}

/** One booking as the caller sees it, with what they can do now. */
export async function viewBooking(deps: ReceptionDeps, actor: Actor, b: ViewRow) {
  const [rights, { today: day }] = await Promise.all([bookingRights(deps, actor, b), today(deps)]);
  return staffView(b, bookingActions(rights, { status: b.status, date: b.date, hasCase: !!b.case_id }, day));
}

/**
 * The bookings of a center on one day. Staff whose scope covers the center see all; a host
 * department's liaison those of its themes; an enterprise liaison those of the station's
 * enterprises and their own. Phones are masked; each booking says what the caller can do.
 */
export async function listBookings(deps: ReceptionDeps, actor: Actor, centerId: string, date: string) {
  const center = await requireCenter(deps, centerId);
  if (!isDate(date)) throw field('date', '日期无效', 'Invalid date');
  const themes = await deps.repo.themes(centerId);
  const hosted = hostedThemes(actor, themes);
  const stationIds = liaisonStations(actor);
  let filter = null;
  if (!readsCenter(actor, center)) {
    if (!hosted.length && !stationIds.length) throw forbidden();
    filter = { themes: hosted, stationIds, bookedBy: actor.userId };
  }
  const [rows, { today: day }] = await Promise.all([deps.repo.list(centerId, date, filter), today(deps)]);
  const manages = managesCenter(actor, center);
  return {
    items: rows.map((b) => {
      const rights = { manages, hosts: hosted.includes(b.theme), liaison: !!b.station_id && stationIds.includes(b.station_id), own: b.booked_by === actor.userId };
      return staffView(b, bookingActions(rights, { status: b.status, date: b.date, hasCase: !!b.case_id }, day));
    }),
  };
}

const MARK_MESSAGES = { status: 'booking_status_invalid', too_early: 'booking_too_early', too_late: 'booking_too_late' } as const;

/** Staff record whether the enterprise came (attended / no_show), or cancel for it before the day. */
export async function markBooking(deps: ReceptionDeps, actor: Actor, id: string, to: StaffMark) {
  const b = await deps.repo.byId(id);
  if (!b) throw notFound();
  if (!mayAct(await bookingRights(deps, actor, b), to)) throw forbidden();
  const { today: day } = await today(deps);
  const problem = markProblem(b.status, to, b.date, day);
  if (problem) throw new AppError(409, 'conflict', MARK_MESSAGES[problem]);
  const row = await deps.repo.setStatus(id, ['booked'], to);
  if (!row) throw new AppError(409, 'conflict', 'booking_status_invalid');
  return viewBooking(deps, actor, row);
}

/** The full phone of a booking's contact, for the staff who call them back; audited with the reason. */
export async function revealBookingPhone(deps: ReceptionDeps, actor: Actor, id: string, reason: string) {
  const b = await deps.repo.byId(id);
  if (!b) throw notFound();
  if (!mayAct(await bookingRights(deps, actor, b), 'reveal')) {
    await deps.cases.audit.record(actor, { action: 'reception_booking.reveal', outcome: 'denied', targetType: 'reception_booking', targetId: id });
    throw forbidden();
  }
  await deps.cases.audit.record(actor, { action: 'reception_booking.reveal', outcome: 'ok', targetType: 'reception_booking', targetId: id, detail: { reason } });
  return { contactPhone: b.contact_phone };
}

