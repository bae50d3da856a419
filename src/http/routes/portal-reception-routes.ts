import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { book, cancelFromPortal } from '../../services/reception/bookings.js';
import { publicCalendar } from '../../services/reception/calendar.js';
import { rateLimiter } from '../rate-limit.js';
import { receptionDeps } from './reception-routes.js';
import { isoDay, mobile, publicBookingBody, publicCalendarResponse, receiptResponse } from './reception-schemas.js';

/** Themed reception days on the public portal (SPEC §3.11): the schedule, booking a slot, cancelling by code + phone. */
export function portalReceptionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = receptionDeps(ctx);
  const limit = rateLimiter(ctx.clock, 30, 60_000);
  return async (app) => {
    app.addHook('onRequest', async (req) => {
      if (req.method === 'POST') await limit(req);
    });

    app.get(
      '/api/portal/reception/calendar',
      {
        schema: {
          tags: ['portal'],
          summary: '主题接待日安排 / The reception days of the coming weeks with the places left (never who booked)',
          security: [],
          querystring: z.object({ centerId: z.uuid().optional(), from: isoDay.optional().describe('default: today'), to: isoDay.optional().describe('default: 27 days after `from`; at most 92 days') }),
          response: { 200: publicCalendarResponse },
        },
      },
      async (req) => publicCalendar(deps, req.query),
    );

    app.post(
      '/api/portal/reception/bookings',
      {
        schema: {
          tags: ['portal'],
          summary: '企业预约主题接待日 / An enterprise books a slot; the answer carries its booking code',
          description: '400 names the field (`uscc` with a wrong check character, `date` not a reception day / past / beyond 60 days, `slot`); 409 `slot_full`, `already_booked`.',
          security: [],
          body: publicBookingBody,
          response: { 201: receiptResponse },
        },
      },
      async (req, reply) => {
        const { id: _id, ...receipt } = await book(deps, null, req.body);
        return reply.status(201).send(receipt);
      },
    );

    app.post(
      '/api/portal/reception/bookings/cancel',
      {
        schema: {
          tags: ['portal'],
          summary: '取消预约 / Cancel a booking with its code and the contact’s phone, before the slot starts',
          security: [],
          body: z.object({ code: z.string().trim().min(5).max(30), phone: mobile }),
          response: { 200: receiptResponse },
        },
      },
      async (req) => cancelFromPortal(deps, req.body.code, req.body.phone),
    );
  };
}
