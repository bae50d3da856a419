import { z } from 'zod';

/** A 涉众 (mass-dispute) warning: signals with the cases the caller may see; the others only counted. */
export const massWarningView = z.object({
  warn: z.boolean(),
  settings: z.object({ windowDays: z.number(), minCases: z.number(), minPeople: z.number() }),
  compound: z.object({ id: z.string(), name: z.string() }).nullable(),
  signals: z.array(
    z.object({
      kind: z.enum(['respondent', 'compound']),
      key: z.string(),
      name: z.string(),
      reason: z.string(),
      reached: z.boolean(),
      warn: z.boolean(),
      by: z.array(z.enum(['cases', 'people'])),
      level: z.number(),
      caseCount: z.number(),
      peopleCount: z.number(),
      windowDays: z.number(),
      from: z.string(),
      to: z.string(),
      cases: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), status: z.string(), registeredAt: z.string(), peopleCount: z.number(), groupId: z.string().nullable() })),
      hiddenCount: z.number(),
      groups: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), status: z.string() })),
    }),
  ),
});

/** Optional hints of POST /api/intake/suggest that a mass-dispute warning is raised on; `{"text"}` alone still works. */
export const massHints = {
  respondent: z.object({ name: z.string().trim().min(1).max(100), uscc: z.string().trim().max(30).nullish() }).nullish(),
  compoundId: z.uuid().nullish(),
  peopleCount: z.number().int().min(1).max(100000).nullish(),
  category: z.string().trim().max(40).nullish(),
};
