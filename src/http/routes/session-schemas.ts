import { z } from 'zod';
import { ATTENDANCES, SESSION_MODES, SESSION_OUTCOMES, SESSION_STATUSES } from '../../domain/sessions/rules.js';

const participantIn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), userId: z.uuid() }),
  z.object({ kind: z.literal('expert'), expertId: z.uuid() }),
  z.object({ kind: z.literal('party'), partyId: z.uuid() }),
]);

export const sessionBody = z.object({
  mode: z.enum(SESSION_MODES),
  roomId: z.uuid().nullish(),
  unitId: z.uuid().nullish(),
  place: z.string().trim().max(200).nullish(),
  onlineUrl: z.string().trim().max(500).nullish(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  participants: z.array(participantIn).min(1).max(40),
});

export const conflictItem = z.object({
  kind: z.enum(['room', 'staff', 'expert']),
  id: z.string(),
  name: z.string(),
  sessionId: z.string().nullable(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
});

export const sessionOut = z.object({
  id: z.string(),
  caseId: z.string(),
  caseCode: z.string(),
  caseTitle: z.string(),
  mode: z.enum(SESSION_MODES),
  roomId: z.string().nullable(),
  roomName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  communityId: z.string().nullable(),
  communityName: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  circuitPlanId: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(SESSION_STATUSES),
  outcome: z.enum(SESSION_OUTCOMES).nullable(),
  minutes: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  version: z.number(),
  participants: z.array(
    z.object({
      ordinal: z.number(),
      kind: z.enum(['staff', 'expert', 'party']),
      userId: z.string().nullable(),
      expertId: z.string().nullable(),
      partyId: z.string().nullable(),
      name: z.string(),
      role: z.string().nullable(),
      attendance: z.enum(ATTENDANCES),
    }),
  ),
});

export const caseSessionsOut = z.object({
  items: z.array(sessionOut),
  canSchedule: z.boolean(),
  canRecord: z.boolean(),
  centerId: z.string(),
  invitable: z.object({
    staff: z.array(z.object({ userId: z.string(), name: z.string() })),
    experts: z.array(z.object({ expertId: z.string(), name: z.string(), lead: z.boolean() })),
    parties: z.array(z.object({ partyId: z.string(), name: z.string(), role: z.string() })),
  }),
});

export const recordBody = z.object({
  minutes: z.string().trim().min(2).max(20000),
  outcome: z.enum(SESSION_OUTCOMES),
  attendance: z.array(z.object({ ordinal: z.number().int().min(1), attendance: z.enum(ATTENDANCES) })).max(40).optional(),
  version: z.number().int().optional(),
});

export const roomOut = z.object({ id: z.string(), unitId: z.string(), unitName: z.string(), name: z.string(), capacity: z.number(), equipment: z.string().nullable(), active: z.boolean() });
export const roomBody = z.object({
  unitId: z.uuid(),
  name: z.string().trim().min(1).max(40),
  capacity: z.number().int().min(1).max(200).optional(),
  equipment: z.string().trim().max(200).nullish(),
  active: z.boolean().optional(),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const draftCase = z.object({
  caseId: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.string(),
  category: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  isGroup: z.boolean(),
});

export const draftBody = z.object({ centerId: z.uuid(), date: isoDay, communityIds: z.array(z.uuid()).min(1).max(12) });
export const draftOut = z.object({
  centerId: z.string(),
  date: z.string(),
  stops: z.array(z.object({ communityId: z.string(), communityName: z.string(), startsAt: z.string(), endsAt: z.string(), cases: z.array(draftCase.extend({ startsAt: z.string(), endsAt: z.string() })) })),
  overflow: z.array(draftCase),
  emptyCommunityIds: z.array(z.string()),
});

export const planBody = z.object({
  centerId: z.uuid(),
  date: isoDay,
  title: z.string().trim().max(100).nullish(),
  note: z.string().trim().max(1000).nullish(),
  mediatorIds: z.array(z.uuid()).max(10),
  stops: z
    .array(
      z.object({
        communityId: z.uuid(),
        place: z.string().trim().max(200).nullish(),
        cases: z.array(z.object({ caseId: z.uuid(), startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) })).max(30),
      }),
    )
    .min(1)
    .max(12),
});

const planBase = z.object({
  id: z.string(),
  centerId: z.string(),
  centerName: z.string(),
  date: z.string(),
  title: z.string(),
  status: z.enum(['planned', 'done', 'cancelled']),
  note: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export const planOut = planBase.extend({ canManage: z.boolean(), sessions: z.array(sessionOut) });
export const planListOut = z.object({ items: z.array(planBase.extend({ sessionCount: z.number(), heldCount: z.number() })) });
export const isoDayQuery = isoDay;
