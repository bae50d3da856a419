import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { MAX_ROSTER_DAYS } from '../../domain/routing/roster-rules.js';
import { routingBoard } from '../../services/staffing/board.js';
import { readableCenters } from '../../services/staffing/center-access.js';
import { staffingDeps } from '../../services/staffing/deps.js';
import { dutyToday } from '../../services/staffing/duty-today.js';
import { getRoster, replaceRoster } from '../../services/staffing/rosters.js';
import { requireActor } from '../auth.js';

const isoDate = z.iso.date();
const person = z.object({ userId: z.string(), name: z.string(), load: z.number(), rostered: z.boolean() });
const dutyUnit = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  departmentType: z.string().nullable(),
  staffingTier: z.string().nullable(),
  rosterWeekdays: z.array(z.number()),
  oncall: z.boolean(),
  tierOnDuty: z.boolean(),
  byRoster: z.boolean(),
  onDuty: z.boolean(),
  people: z.array(person),
  members: z.array(person),
});
const dayInfo = { date: z.string(), workingDay: z.boolean(), calendarName: z.string().nullable() };
const rosterView = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), departmentType: z.string().nullable(), staffingTier: z.string().nullable(), rosterWeekdays: z.array(z.number()), centerId: z.string().nullable(), centerName: z.string().nullable() }),
  from: z.string(),
  to: z.string(),
  version: z.number(),
  canManage: z.boolean(),
  handlers: z.array(z.object({ userId: z.string(), name: z.string(), load: z.number() })),
  days: z.array(z.object({ date: z.string(), weekday: z.number(), workingDay: z.boolean(), calendarKind: z.enum(['holiday', 'workday']).nullable(), calendarName: z.string().nullable(), unitOnDuty: z.boolean() })),
  shifts: z.array(z.object({ userId: z.string(), date: z.string(), note: z.string().nullable() })),
});

/** Staffing (驻点方式与值班): duty rosters, today's duty of a center, and the routing board. */
export function dutyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = staffingDeps(ctx.caseDeps, ctx.repos.duty, ctx.repos.rules);
  return async (app) => {
    app.get(
      '/api/duty/centers',
      {
        schema: {
          tags: ['staffing'],
          summary: '可查看的综治中心及其入驻单位 / Centers the caller may see, with their units and tiers',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  canManage: z.boolean(),
                  units: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), departmentType: z.string().nullable(), staffingTier: z.string().nullable(), rosterWeekdays: z.array(z.number()) })),
                }),
              ),
            }),
          },
        },
      },
      async (req) => {
        const centers = await readableCenters(deps, requireActor(req));
        const items = [];
        for (const { center, canManage } of centers) {
          const units = await deps.duty.centerUnits(center.id);
          items.push({
            id: center.id,
            name: center.name,
            canManage,
            units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, departmentType: u.department_type, staffingTier: u.staffing_tier, rosterWeekdays: u.roster_weekdays ?? [] })),
          });
        }
        return { items };
      },
    );

    app.get(
      '/api/duty/rosters',
      {
        schema: {
          tags: ['staffing'],
          summary: '值班表 / Duty roster of a unit for a date range (at most 62 days), with each day’s tier duty and working calendar',
          querystring: z.object({ unitId: z.uuid(), from: isoDate, to: isoDate }),
          response: { 200: rosterView },
        },
      },
      async (req) => getRoster(deps, requireActor(req), req.query.unitId, req.query.from, req.query.to),
    );

    app.put(
      '/api/duty/rosters/:unitId',
      {
        schema: {
          tags: ['staffing'],
          summary: '编排值班表 / Replace a unit’s roster between two dates (admin, director, dispatcher of its center; send the version you read)',
          params: z.object({ unitId: z.uuid() }),
          body: z.object({
            from: isoDate,
            to: isoDate,
            shifts: z.array(z.object({ userId: z.uuid(), date: isoDate, note: z.string().trim().max(100).nullish() })).max(MAX_ROSTER_DAYS * 50),
            version: z.number().int().min(0).optional(),
          }),
          response: { 200: rosterView },
        },
      },
      async (req) => replaceRoster(deps, requireActor(req), req.params.unitId, req.body),
    );

    app.get(
      '/api/duty/today',
      {
        schema: {
          tags: ['staffing'],
          summary: '今日值班 / Who is on duty at a center today, unit by unit, least loaded first',
          querystring: z.object({ centerId: z.uuid().optional() }),
          response: { 200: z.object({ center: z.object({ id: z.string(), name: z.string() }), ...dayInfo, units: z.array(dutyUnit) }) },
        },
      },
      async (req) => dutyToday(deps, requireActor(req), req.query.centerId),
    );

    app.get(
      '/api/routing/board',
      {
        schema: {
          tags: ['staffing'],
          summary: '分流调度台 / Routing board: cases waiting to be routed (oldest first), units and people on duty with their load, on-call bodies',
          querystring: z.object({ centerId: z.uuid().optional() }),
          response: {
            200: z.object({
              center: z.object({ id: z.string(), name: z.string() }),
              ...dayInfo,
              cases: z.object({ total: z.number(), items: z.array(z.looseObject({ id: z.string(), code: z.string(), status: z.string(), version: z.number(), registeredAt: z.string() })) }),
              units: z.array(dutyUnit),
              onCall: z.array(dutyUnit),
            }),
          },
        },
      },
      async (req) => routingBoard(deps, requireActor(req), req.query.centerId),
    );
  };
}
