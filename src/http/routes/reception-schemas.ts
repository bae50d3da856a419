import { z } from 'zod';
import { isValidMobile } from '../../domain/identity.js';
import { BOOKING_STATUSES } from '../../domain/reception/bookings.js';
import { RECEPTION_THEMES } from '../../domain/reception/themes.js';
import { rule } from '../zod-i18n.js';
import { uscc } from './case-schemas.js';

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, rule('日期格式应为 YYYY-MM-DD', 'Expected a date YYYY-MM-DD'));
export const slotLabel = z.string().trim().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, rule('时段格式应为 HH:MM-HH:MM', 'Expected a slot HH:MM-HH:MM'));
export const mobile = z.string().trim().refine(isValidMobile, rule('请输入 11 位手机号码', 'Enter an 11-digit mobile number'));
const theme = z.enum(RECEPTION_THEMES);

export const themesBody = z.object({
  themes: z
    .array(
      z.object({
        theme,
        weekday: z.number().int(),
        hostUnitId: z.uuid(),
        slots: z.array(z.string().trim().max(20)).max(24),
        capacity: z.number().int().min(1).max(50),
        note: z.string().trim().max(200).nullish(),
        version: z.number().int().min(0),
      }),
    )
    .max(10),
});

export const themesResponse = z.object({
  center: z.object({ id: z.string(), name: z.string() }),
  canConfigure: z.boolean(),
  canManage: z.boolean(),
  themes: z.array(
    z.object({
      theme,
      weekday: z.number().nullable(),
      hostUnitId: z.string().nullable(),
      hostUnitName: z.string().nullable(),
      slots: z.array(z.string()),
      capacity: z.number(),
      note: z.string().nullable(),
      version: z.number(),
    }),
  ),
  hostOptions: z.array(z.object({ id: z.string(), name: z.string(), departmentType: z.string().nullable() })),
});

const slotState = z.object({ slot: z.string(), capacity: z.number(), taken: z.number().optional(), remaining: z.number(), bookable: z.boolean() });
export const calendarDay = z.object({
  date: z.string(),
  weekday: z.number(),
  working: z.boolean(),
  dayName: z.string().nullable().describe('the holiday or make-up working day (调休上班) of the date, if any'),
  makeUpDay: z.boolean(),
  theme: theme.nullable(),
  hostUnitId: z.string().nullable().optional(),
  hostUnitName: z.string().nullable(),
  slots: z.array(slotState),
});

export const staffCalendarResponse = z.object({ today: z.string(), from: z.string(), to: z.string(), center: z.object({ id: z.string(), name: z.string() }), days: z.array(calendarDay) });
export const publicCalendarResponse = z.object({
  today: z.string(),
  from: z.string(),
  to: z.string(),
  centers: z.array(z.object({ center: z.object({ id: z.string(), name: z.string() }), days: z.array(calendarDay.omit({ hostUnitId: true })) })),
});

const bookingFields = {
  date: isoDay,
  slot: slotLabel,
  theme: theme.nullish().describe('the theme shown on the calendar; 400 if the day now hosts another'),
  contactName: z.string().trim().min(1).max(40),
  contactPhone: mobile,
  topic: z.string().trim().min(5).max(500),
};

export const publicBookingBody = z.object({
  centerId: z.uuid().nullish().describe('default: the only center that holds reception days'),
  organizationName: z.string().trim().min(2).max(100),
  uscc,
  ...bookingFields,
});

export const staffBookingBody = z.object({
  centerId: z.uuid(),
  enterpriseId: z.uuid().nullish().describe('an enterprise of the registry; its name and credit code are used'),
  organizationName: z.string().trim().min(2).max(100).nullish(),
  uscc: uscc.nullish(),
  ...bookingFields,
});

export const receiptResponse = z.object({
  code: z.string(),
  status: z.enum(BOOKING_STATUSES),
  centerName: z.string(),
  theme,
  date: z.string(),
  slot: z.string(),
  hostUnitName: z.string().nullable(),
  organizationName: z.string(),
});

export const staffBooking = z.object({
  id: z.string(),
  code: z.string(),
  centerId: z.string(),
  theme,
  date: z.string(),
  slot: z.string(),
  enterpriseId: z.string().nullable(),
  organizationName: z.string(),
  uscc: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string().describe('masked; POST …/reveal for the full number (audited)'),
  topic: z.string(),
  status: z.enum(BOOKING_STATUSES),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  source: z.enum(['portal', 'staff']),
  bookedByName: z.string().nullable(),
  bookedAt: z.string(),
  actions: z.array(z.enum(['attended', 'no_show', 'cancelled', 'register', 'reveal'])).describe('what the caller can do with the booking now'),
});
