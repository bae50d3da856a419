import { z } from 'zod';
import { profileView } from './screening-schemas.js';

const member = z.object({
  id: z.string(),
  name: z.string(),
  relation: z.string(),
  idNumber: z.string().nullable().describe('masked'),
  phone: z.string().nullable().describe('masked'),
});

export const profileDetailView = profileView.extend({
  communityId: z.string(),
  members: z.array(member),
  notes: z.string().nullable(),
  createdAt: z.string(),
  history: z.object({
    assessments: z.array(
      z.object({
        id: z.string(),
        context: z.string().describe('screening | visit | manual'),
        score: z.number(),
        level: z.string(),
        checklistCode: z.string(),
        checklistVersion: z.number(),
        assessedAt: z.string(),
        assessedByName: z.string().nullable(),
      }),
    ),
    screenings: z.array(
      z.object({ id: z.string(), campaignId: z.string(), campaignName: z.string(), score: z.number(), level: z.string(), screenedAt: z.string(), screenedByName: z.string().nullable() }),
    ),
    plans: z.array(
      z.object({ id: z.string(), caseId: z.string().nullable(), level: z.string(), status: z.string(), startedAt: z.string(), endedAt: z.string().nullable(), endReason: z.string().nullable(), version: z.number() }),
    ),
    visits: z.array(
      z.object({
        id: z.string(),
        planId: z.string(),
        seq: z.number(),
        dueOn: z.string(),
        status: z.string(),
        doneAt: z.string().nullable(),
        mode: z.string().nullable(),
        stability: z.string().nullable(),
        levelBefore: z.string(),
        levelAfter: z.string().nullable(),
        doneByName: z.string().nullable(),
      }),
    ),
    cases: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), status: z.string(), category: z.string(), registeredAt: z.string() })),
    assistance: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        resourceName: z.string(),
        provider: z.string(),
        status: z.string(),
        reason: z.string(),
        outcome: z.string().nullable(),
        referredAt: z.string(),
        closedAt: z.string().nullable(),
      }),
    ),
  }),
});
