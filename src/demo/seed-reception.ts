import type { Insertable, Kysely } from 'kysely';
import type { DB, ReceptionBookingTable } from '../db/schema.js';
import { createWorkingCalendar, localDate } from '../domain/calendar/working-calendar.js';
import { SHIPPED_CALENDAR } from '../domain/calendar/holidays.js';
import { isValidMobile } from '../domain/identity.js';
import { bookingCode, type BookingStatus } from '../domain/reception/bookings.js';
import { addDays, receptionDays } from '../domain/reception/calendar.js';
import type { ReceptionTheme } from '../domain/reception/themes.js';
import { DEMO_KEYS, type DemoDistrict } from './district.js';
import { personName } from './names.js';
import { createRng } from './random.js';

const SLOTS = ['09:00-10:00', '10:00-11:00', '14:30-15:30', '15:30-16:30'];

/** The development-zone center's week: each theme hosted by the department that knows it best. */
const THEMES: readonly { theme: ReceptionTheme; weekday: number; hostKey: string; note: string }[] = [
  { theme: 'labour', weekday: 1, hostKey: 'dept-devzone-hr', note: '人社工作站坐班，劳动用工、社保、工伤咨询与调解' },
  { theme: 'contract', weekday: 2, hostKey: 'dept-devzone-law-1', note: '律师事务所律师坐班，合同审查与履约纠纷调解' },
  { theme: 'property_rights', weekday: 3, hostKey: 'dept-devzone-court', note: '开发区法庭法官坐班，产权与知识产权保护' },
  { theme: 'operations', weekday: 4, hostKey: 'dept-devzone-market', note: '市场监管所坐班，登记许可、经营合规' },
  { theme: 'rights_protection', weekday: 5, hostKey: 'dept-devzone-judicial', note: '司法所坐班，企业维权与法律援助' },
];

const TOPICS: Record<ReceptionTheme, readonly string[]> = {
  labour: [
    '生产线员工对加班费计算方式有异议，想了解协商和调解途径',
    '劳务派遣员工在厂区受伤，工伤认定和费用由谁承担需要咨询',
    '新招录一批外地员工，社保转移接续和用工合同签订需要指导',
  ],
  contract: [
    '上游供应商延迟交付硅料，合同违约金如何主张',
    '设备采购合同约定的验收标准与供货方存在分歧，希望调解',
    '厂房扩建工程尾款结算有争议，想在诉讼前先行调解',
  ],
  property_rights: [
    '厂区部分土地使用权证与实际用地范围不一致，需要咨询处理办法',
    '自主研发的工艺被离职员工带到同行企业使用，如何保护',
    '新购置厂房的不动产登记迟迟未办结，想了解原因',
  ],
  operations: [
    '营业执照经营范围变更及配套手续办理咨询',
    '股东之间就年度利润分配方式产生分歧，希望居中协调',
    '园区配套食堂经营许可到期续办流程咨询',
  ],
  rights_protection: [
    '外地客户长期拖欠货款且拒不对账，如何依法维权',
    '网络上出现关于本企业的不实信息，影响商誉，咨询处理途径',
    '厂区车辆被周边施工单位损坏，赔偿协商未果',
  ],
};

/**
 * 主题接待日 at the development-zone center: the five themes and their slots, and a few
 * bookings by the park's enterprises — attended or missed in the last two weeks, booked
 * for the coming five weeks. Dates are relative to `now`; everything else is fixed.
 */
export async function seedReception(trx: Kysely<DB>, d: DemoDistrict, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const centerId = ids.get(DEMO_KEYS.centerDevzone)!;
  const themes = THEMES.map((t) => ({ theme: t.theme, weekday: t.weekday, hostUnitId: ids.get(t.hostKey)!, slots: SLOTS, capacity: 2 }));
  await trx
    .insertInto('reception_themes')
    .values(THEMES.map((t, i) => ({ center_id: centerId, theme: t.theme, weekday: t.weekday, host_unit_id: themes[i]!.hostUnitId, slots: SLOTS, capacity: 2, note: t.note })))
    .execute();

  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const today = localDate(cal, now);
  const rng = createRng(20261129).fork('reception');
  const days = receptionDays(cal, themes, addDays(today, -14), addDays(today, 35)).filter((x) => x.theme);
  const past = days.filter((x) => x.date < today).slice(-3);
  const coming = days.filter((x) => x.date > today);
  // Ten upcoming bookings spread over the coming reception days, every other day first.
  const upcoming = [...coming.filter((_, i) => i % 2 === 0), ...coming.filter((_, i) => i % 2 === 1)].slice(0, 10);

  const enterprises = d.enterprises;
  const seq = new Map<string, number>();
  const rows: Insertable<ReceptionBookingTable>[] = [];
  const plan: { day: (typeof days)[number]; status: BookingStatus; slot: string; ent: number }[] = [
    ...past.map((day, i) => ({ day, status: (i === 1 ? 'no_show' : 'attended') as BookingStatus, slot: SLOTS[i % SLOTS.length]!, ent: i })),
    ...upcoming.map((day, i) => ({ day, status: 'booked' as BookingStatus, slot: SLOTS[(i * 3) % SLOTS.length]!, ent: past.length + i })),
  ];
  // The first coming reception day has one slot fully booked (2 places, two enterprises).
  if (upcoming[0]) plan.push({ day: upcoming[0], status: 'booked', slot: SLOTS[0]!, ent: past.length + 5 });
  plan.forEach(({ day, status, slot, ent }, i) => {
    const e = enterprises[ent % enterprises.length]!;
    const n = (seq.get(day.date) ?? 0) + 1;
    seq.set(day.date, n);
    let phone = '';
    while (!isValidMobile(phone)) phone = `1${rng.pick(['39', '51', '58', '86', '87'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    // The Meike liaison books for their enterprise; the window books some by phone; the rest come from the portal.
    const bookedBy = e.stationKey === DEMO_KEYS.stationMeike ? ids.get('user:enterprise') : i % 3 === 0 ? ids.get('user:dispatcher-03') : undefined;
    rows.push({
      code: bookingCode(day.date, n),
      center_id: centerId,
      theme: day.theme!,
      date: day.date,
      slot,
      enterprise_id: ids.get(e.key) ?? null,
      organization_name: e.name,
      uscc: e.uscc,
      contact_name: personName(rng),
      contact_phone: phone,
      topic: rng.pick(TOPICS[day.theme!]),
      status,
      booked_by: bookedBy ?? null,
      // Booked a few days before the reception day, never after now.
      booked_at: new Date(Math.min(Date.parse(`${day.date}T09:00:00+08:00`) - (3 + (i % 5)) * 86_400_000, now.getTime() - (i + 1) * 3_600_000)),
    });
  });
  if (rows.length) await trx.insertInto('reception_bookings').values(rows).execute();
  if (seq.size) await trx.insertInto('reception_booking_sequences').values([...seq].map(([day, last]) => ({ day, last }))).execute();
}
