import { RECEPTION_THEME_LABELS, THEME_CATEGORIES, type ReceptionTheme } from '../../domain/reception/themes.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { registerCase } from '../cases/register-case.js';
import { mayAct, registrable } from '../../domain/reception/bookings.js';
import { bookingRights, viewBooking } from './bookings.js';
import { today } from './calendar.js';
import type { ReceptionDeps } from './deps.js';

/**
 * 登记 from a reception booking: the enterprise's request enters the same case engine
 * (channel enterprise_station, the organisation as applicant with its credit code, the
 * topic as the account) at the booking's center, and the booking points at the case. The
 * link is written inside the registration's transaction and only onto a booking without
 * a case: of two registrations at once, one commits and the other leaves nothing behind.
 */
export async function registerFromBooking(deps: ReceptionDeps, actor: Actor, id: string) {
  const b = await deps.repo.byId(id);
  if (!b) throw notFound();
  if (!mayAct(await bookingRights(deps, actor, b), 'register')) throw forbidden();
  if (b.case_id) throw new AppError(409, 'conflict', 'booking_already_registered', {}, undefined, { caseId: b.case_id });
  if (!registrable({ status: b.status, hasCase: false })) throw new AppError(409, 'conflict', 'booking_not_registrable');

  const theme = b.theme as ReceptionTheme;
  const categories = THEME_CATEGORIES[theme];
  // On the day itself or later, registering means the enterprise came.
  const attended = b.date <= (await today(deps)).today;
  const created = await registerCase(
    deps.cases,
    actor,
    {
      channel: 'enterprise_station',
      centerId: b.center_id,
      // A theme that serves one category gives it; otherwise the intake model guesses from the account (unconfirmed).
      category: categories.length === 1 ? categories[0]! : null,
      description: `${b.topic}\n（${RECEPTION_THEME_LABELS[theme]['zh-CN']}主题接待日预约 ${b.code}，${b.date} ${b.slot}，联系人 ${b.contact_name}）`,
      serviceMode: 'offline',
      parties: [{ role: 'applicant', kind: 'organization', name: b.organization_name, uscc: b.uscc, phone: b.contact_phone }],
    },
    {
      inTransaction: async (trx, c) => {
        if (!(await deps.repo.linkCase(trx, b.id, c.id, attended))) throw new AppError(409, 'conflict', 'booking_already_registered');
      },
    },
  );
  const row = (await deps.repo.byId(id))!;
  return { caseId: created.id, caseCode: created.code, booking: await viewBooking(deps, actor, { ...row, case_code: created.code }) };
}
