import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { ReceptionRepository } from '../../repositories/reception-repository.js';
import { book, listBookings, markBooking, revealBookingPhone } from '../../services/reception/bookings.js';
import { staffCalendar } from '../../services/reception/calendar.js';
import { receptionCenters } from '../../services/reception/centers.js';
import type { ReceptionDeps } from '../../services/reception/deps.js';
import { registerFromBooking } from '../../services/reception/register.js';
import { getThemes, putThemes } from '../../services/reception/themes-config.js';
import { requireActor } from '../auth.js';
import { isoDay, staffBooking, staffBookingBody, staffCalendarResponse, themesBody, themesResponse } from './reception-schemas.js';

export function receptionDeps(ctx: AppContext): ReceptionDeps {
  return { cases: ctx.caseDeps, repo: new ReceptionRepository(ctx.database.db) };
}

/** Themed reception days for staff (SPEC §3.2, §3.6): configuration, calendar, bookings, registration as a case. */
export function receptionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = receptionDeps(ctx);
  const idParams = z.object({ id: z.uuid() });
  return async (app) => {
    app.get(
      '/api/reception/centers',
      {
        schema: {
          tags: ['reception'],
          summary: '主题接待日的综治中心 / Centers, whether they hold reception days, and what the caller may do there',
          response: {
            200: z.object({
              items: z.array(z.object({ id: z.string(), name: z.string(), configured: z.boolean(), canRead: z.boolean(), canManage: z.boolean(), canBook: z.boolean(), canConfigure: z.boolean() })),
            }),
          },
        },
      },
      async (req) => receptionCenters(deps, requireActor(req)),
    );

    app.get(
      '/api/reception/themes',
      {
        schema: {
          tags: ['reception'],
          summary: '主题接待日设置 / The five themes of a center: weekday, host department, slots, places per slot',
          querystring: z.object({ centerId: z.uuid() }),
          response: { 200: themesResponse },
        },
      },
      async (req) => getThemes(deps, requireActor(req), req.query.centerId),
    );

    app.put(
      '/api/reception/themes/:centerId',
      {
        schema: {
          tags: ['reception'],
          summary: '修改主题接待日设置 / Replace the five themes of a center at once (admin or the center’s director; each theme with the version read, 0 if new)',
          description: '400 names the field (e.g. `themes.1.weekday` when two themes share a weekday, `themes.0.slots.2` for a slot outside office hours or overlapping); 409 `conflict` with `current` when a theme changed meanwhile.',
          params: z.object({ centerId: z.uuid() }),
          body: themesBody,
          response: { 200: themesResponse },
        },
      },
      async (req) => putThemes(deps, requireActor(req), req.params.centerId, req.body.themes),
    );

    app.get(
      '/api/reception/calendar',
      {
        schema: {
          tags: ['reception'],
          summary: '主题接待日历 / Reception days of a center between two dates (at most 92): theme, host, places taken and left per slot',
          querystring: z.object({ centerId: z.uuid(), from: isoDay, to: isoDay }),
          response: { 200: staffCalendarResponse },
        },
      },
      async (req) => {
        requireActor(req);
        return staffCalendar(deps, req.query);
      },
    );

    app.get(
      '/api/reception/bookings',
      {
        schema: {
          tags: ['reception'],
          summary: '接待日预约 / Bookings of a center on one day (phones masked)',
          querystring: z.object({ centerId: z.uuid(), date: isoDay }),
          response: { 200: z.object({ items: z.array(staffBooking) }) },
        },
      },
      async (req) => listBookings(deps, requireActor(req), req.query.centerId, req.query.date),
    );

    app.post(
      '/api/reception/bookings',
      {
        schema: {
          tags: ['reception'],
          summary: '代企业预约 / Book a slot for an enterprise (center staff; an enterprise liaison for the enterprises of their station)',
          description: '409 `slot_full` when no place is left, `already_booked` when the enterprise already holds a place that day.',
          body: staffBookingBody,
          response: { 201: staffBooking.pick({ id: true, code: true, status: true, date: true, slot: true, theme: true }).extend({ centerName: z.string(), hostUnitName: z.string().nullable(), organizationName: z.string() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await book(deps, requireActor(req), req.body)),
    );

    app.post(
      '/api/reception/bookings/:id/status',
      {
        schema: {
          tags: ['reception'],
          summary: '登记到场情况 / Mark a booking attended or no-show (from its day on), or cancel it for the enterprise',
          params: idParams,
          body: z.object({ status: z.enum(['attended', 'no_show', 'cancelled']) }),
          response: { 200: staffBooking },
        },
      },
      async (req) => markBooking(deps, requireActor(req), req.params.id, req.body.status),
    );

    app.post(
      '/api/reception/bookings/:id/reveal',
      {
        schema: {
          tags: ['reception'],
          summary: '查看完整联系电话 / The full phone of a booking’s contact (audited, with a reason)',
          params: idParams,
          body: z.object({ reason: z.string().trim().min(2).max(200) }),
          response: { 200: z.object({ contactPhone: z.string() }) },
        },
      },
      async (req) => revealBookingPhone(deps, requireActor(req), req.params.id, req.body.reason),
    );

    app.post(
      '/api/reception/bookings/:id/register',
      {
        schema: {
          tags: ['reception'],
          summary: '登记为案件 / Register the booking’s request as a case (channel enterprise_station); 409 if already registered',
          params: idParams,
          response: { 201: z.object({ caseId: z.string(), caseCode: z.string(), booking: staffBooking }) },
        },
      },
      async (req, reply) => reply.status(201).send(await registerFromBooking(deps, requireActor(req), req.params.id)),
    );
  };
}
