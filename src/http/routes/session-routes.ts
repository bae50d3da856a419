import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { MediationRepository } from '../../repositories/mediation-repository.js';
import { sessionCalendar } from '../../services/sessions/calendar.js';
import { cancelPlan, circuitMediators, createPlan, draftPlan, getPlan, listPlans } from '../../services/sessions/circuit-plans.js';
import type { SessionDeps } from '../../services/sessions/deps.js';
import { createRoom, listRooms, updateRoom } from '../../services/sessions/rooms.js';
import { cancelSession, caseSessions, recordSession, rescheduleSession, scheduleSession } from '../../services/sessions/sessions.js';
import { requireActor } from '../auth.js';
import { caseSessionsOut, draftBody, draftOut, isoDayQuery, planBody, planListOut, planOut, recordBody, roomBody, roomOut, sessionBody, sessionOut } from './session-schemas.js';

export function sessionDeps(ctx: AppContext): SessionDeps {
  return { cases: ctx.caseDeps, repo: new MediationRepository(ctx.database.db) };
}

const CONFLICT_NOTE = '409 `session_conflict` with `conflicts` [{kind: room|staff|expert, id, name, sessionId, caseCode, startsAt, endsAt}] when the room or an invitee is already booked; nothing is written.';

/** Mediation sessions, rooms, the session calendar and circuit-mediation plans (SPEC §3.3). */
export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps = sessionDeps(ctx);
  const caseParams = z.object({ id: z.uuid() });
  const sessionParams = z.object({ id: z.uuid(), sid: z.uuid() });
  return async (app) => {
    app.get(
      '/api/rooms',
      { schema: { tags: ['sessions'], summary: '调解室 / Mediation rooms (optionally of one center or station)', querystring: z.object({ unitId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(roomOut) }) } } },
      async (req) => listRooms(deps, requireActor(req), req.query.unitId),
    );
    app.post(
      '/api/rooms',
      { schema: { tags: ['sessions'], summary: '新增调解室 / Add a mediation room to a center or station (admin)', body: roomBody, response: { 201: roomOut } } },
      async (req, reply) => reply.status(201).send(await createRoom(deps, requireActor(req), req.body)),
    );
    app.patch(
      '/api/rooms/:id',
      { schema: { tags: ['sessions'], summary: '修改调解室 / Rename, resize or take a room out of use (admin)', params: caseParams, body: roomBody.omit({ unitId: true }).partial(), response: { 200: roomOut } } },
      async (req) => updateRoom(deps, requireActor(req), req.params.id, req.body),
    );

    app.get(
      '/api/sessions',
      {
        schema: {
          tags: ['sessions'],
          summary: '调解日历 / Sessions between two instants (at most 62 days) the caller may see, by person, room, community or expert',
          querystring: z.object({ from: z.string(), to: z.string(), userId: z.uuid().optional(), roomId: z.uuid().optional(), communityId: z.uuid().optional(), expertId: z.uuid().optional() }),
          response: { 200: z.object({ items: z.array(sessionOut) }) },
        },
      },
      async (req) => sessionCalendar(deps, requireActor(req), req.query),
    );

    app.get(
      '/api/cases/:id/sessions',
      { schema: { tags: ['sessions'], summary: '案件调解安排 / The sessions of a case, who may be invited, and what the caller may do', params: caseParams, response: { 200: caseSessionsOut } } },
      async (req) => caseSessions(deps, requireActor(req), req.params.id),
    );
    app.post(
      '/api/cases/:id/sessions',
      {
        schema: {
          tags: ['sessions'],
          summary: '安排调解 / Schedule a mediation session: at the center (room), circuit (community), enterprise station or online (https link)',
          description: `400 names the field (startsAt in the past, endsAt before start or over 8 h, roomId of another center, onlineUrl not https, participants.N not a party / accepted expert). ${CONFLICT_NOTE}`,
          params: caseParams,
          body: sessionBody,
          response: { 201: sessionOut },
        },
      },
      async (req, reply) => reply.status(201).send(await scheduleSession(deps, requireActor(req), req.params.id, req.body)),
    );
    app.patch(
      '/api/cases/:id/sessions/:sid',
      {
        schema: {
          tags: ['sessions'],
          summary: '调解改期 / Reschedule a session not yet started (same checks; 409 `conflict` if it changed since `version`)',
          description: CONFLICT_NOTE,
          params: sessionParams,
          body: sessionBody.extend({ version: z.number().int() }),
          response: { 200: sessionOut },
        },
      },
      async (req) => rescheduleSession(deps, requireActor(req), req.params.id, req.params.sid, req.body),
    );
    app.post(
      '/api/cases/:id/sessions/:sid/cancel',
      {
        schema: {
          tags: ['sessions'],
          summary: '取消调解 / Cancel a session that has not started, with the reason',
          params: sessionParams,
          body: z.object({ reason: z.string().trim().min(2).max(500), version: z.number().int().optional() }),
          response: { 200: sessionOut },
        },
      },
      async (req) => cancelSession(deps, requireActor(req), req.params.id, req.params.sid, req.body),
    );
    app.post(
      '/api/cases/:id/sessions/:sid/record',
      {
        schema: {
          tags: ['sessions'],
          summary: '记录调解 / Minutes, outcome and attendance of a session once it has started (marks it held)',
          params: sessionParams,
          body: recordBody,
          response: { 200: sessionOut },
        },
      },
      async (req) => recordSession(deps, requireActor(req), req.params.id, req.params.sid, req.body),
    );

    app.post(
      '/api/circuit-plans/draft',
      { schema: { tags: ['sessions'], summary: '巡回调解草案 / Propose a day’s stops from the open cases of the chosen communities (writes nothing)', body: draftBody, response: { 200: draftOut } } },
      async (req) => draftPlan(deps, requireActor(req), req.body),
    );
    app.post(
      '/api/circuit-plans',
      {
        schema: {
          tags: ['sessions'],
          summary: '创建巡回调解计划 / Create the plan and one circuit session per case in one transaction',
          description: CONFLICT_NOTE,
          body: planBody,
          response: { 201: planOut },
        },
      },
      async (req, reply) => reply.status(201).send(await createPlan(deps, requireActor(req), req.body)),
    );
    app.get(
      '/api/circuit-plans',
      { schema: { tags: ['sessions'], summary: '巡回调解计划 / Plans between two days', querystring: z.object({ from: isoDayQuery, to: isoDayQuery }), response: { 200: planListOut } } },
      async (req) => listPlans(deps, requireActor(req), req.query),
    );
    app.get(
      '/api/circuit-plans/mediators',
      {
        schema: {
          tags: ['sessions'],
          summary: '巡回调解随行人员 / Mediators of a center and its departments, to go on a circuit',
          querystring: z.object({ centerId: z.uuid() }),
          response: { 200: z.object({ items: z.array(z.object({ userId: z.string(), name: z.string(), unitName: z.string() })) }) },
        },
      },
      async (req) => circuitMediators(deps, requireActor(req), req.query.centerId),
    );
    app.get(
      '/api/circuit-plans/:id',
      { schema: { tags: ['sessions'], summary: '巡回调解计划详情 / A plan and its sessions', params: caseParams, response: { 200: planOut } } },
      async (req) => getPlan(deps, requireActor(req), req.params.id),
    );
    app.post(
      '/api/circuit-plans/:id/cancel',
      {
        schema: { tags: ['sessions'], summary: '取消巡回调解 / Cancel a plan and its sessions not yet started', params: caseParams, body: z.object({ reason: z.string().trim().min(2).max(500) }), response: { 200: planOut } },
      },
      async (req) => cancelPlan(deps, requireActor(req), req.params.id, req.body),
    );
  };
}
