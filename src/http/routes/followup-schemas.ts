import { z } from 'zod';
import { PHOTO_TYPES } from '../../domain/followup/photo.js';
import { STABILITIES } from '../../domain/followup/schedule.js';
import { RISK_LEVELS } from '../../domain/risk/checklist.js';
import { rule } from '../zod-i18n.js';

export const riskLevel = z.enum(RISK_LEVELS);
/** item code → answer code of the active checklist (checked against it by the service, which names `<field>.<item>`) */
export const riskAnswers = z.record(z.string().max(60), z.string().max(60));

const localized = z.object({ zh: z.string(), en: z.string() });
/** the items that weighed, labelled from the assessment's own checklist version */
export const assessmentReasons = z.array(z.object({ item: z.string(), answer: z.string(), weight: z.number(), itemLabel: localized, answerLabel: localized }));
export const assessmentView = z.object({
  id: z.string(),
  checklistId: z.string(),
  version: z.number(),
  context: z.string(),
  answers: z.record(z.string(), z.string()),
  score: z.number(),
  level: z.string(),
  reasons: assessmentReasons,
  assessedAt: z.string(),
  assessedByName: z.string().nullable(),
});

const answerDef = z.object({ code: z.string(), label: localized, weight: z.number(), floor: riskLevel.optional() });
const itemDef = z.object({ code: z.string(), label: localized, answers: z.array(answerDef) });
export const checklistView = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number(),
  name: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  items: z.array(itemDef),
  thresholds: z.object({ medium: z.number(), high: z.number() }),
  createdAt: z.string(),
});

// refine, not regex(): only a custom issue carries rule()'s message in both languages
const code = z.string().trim().refine((s) => /^[a-z][a-z0-9_]{0,39}$/.test(s), rule('代码须为小写字母开头的字母、数字或下划线', 'A code is lower-case letters, digits or underscores, starting with a letter'));
const labelInput = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(160) });
export const publishBody = z.object({
  code,
  name: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(100),
  items: z
    .array(
      z.object({
        code,
        label: labelInput,
        answers: z.array(z.object({ code, label: labelInput, weight: z.number().int().min(0).max(1000), floor: riskLevel.exclude(['low']).optional() })).max(10),
      }),
    )
    .max(50),
  thresholds: z.object({ medium: z.number().int(), high: z.number().int() }),
});

export const visitView = z.object({
  id: z.string(),
  planId: z.string(),
  seq: z.number(),
  dueOn: z.string(),
  status: z.string(),
  overdueDays: z.number(),
  doneAt: z.string().nullable(),
  doneOn: z.string().nullable(),
  onTime: z.boolean().nullable(),
  doneByName: z.string().nullable(),
  mode: z.string().nullable(),
  stability: z.string().nullable(),
  notes: z.string().nullable(),
  hasPhoto: z.boolean(),
  levelBefore: z.string(),
  levelAfter: z.string().nullable(),
  assessmentId: z.string().nullable(),
  reboundCaseId: z.string().nullable(),
  escalationLevel: z.number(),
  version: z.number(),
});

const planBase = {
  id: z.string(),
  caseId: z.string().nullable(),
  householdId: z.string().nullable(),
  centerId: z.string().nullable(),
  gridId: z.string().nullable(),
  level: z.string(),
  status: z.string(),
  stableRun: z.number(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  endReason: z.string().nullable(),
  version: z.number(),
};
const idName = z.object({ id: z.string(), name: z.string() });
const caseRef = z.object({ id: z.string(), code: z.string(), title: z.string() });
const householdRef = z.object({ id: z.string(), headName: z.string(), address: z.string() });

export const planListItem = z.object({
  ...planBase,
  grid: idName.nullable(),
  case: caseRef.nullable(),
  household: householdRef.nullable(),
  nextVisit: z.object({ id: z.string(), seq: z.number(), dueOn: z.string(), overdueDays: z.number(), escalationLevel: z.number() }).nullable(),
  visitsDone: z.number(),
});

const perLevel = z.object({ high: z.number(), medium: z.number(), low: z.number() });
export const planView = z.object({
  ...planBase,
  day: z.string(),
  grid: idName.nullable(),
  case: caseRef.extend({ status: z.string(), riskLevel: z.string().nullable() }).nullable(),
  household: householdRef.extend({ riskLevel: z.string().nullable() }).nullable(),
  intervalDays: perLevel,
  stableVisitsToEnd: perLevel,
  visits: z.array(visitView),
  assessments: z.array(assessmentView),
  referrals: z.array(
    z.object({
      id: z.string(),
      resourceId: z.string(),
      resourceName: z.string(),
      resourceKind: z.string(),
      provider: z.string(),
      visitId: z.string().nullable(),
      reason: z.string(),
      status: z.string(),
      outcome: z.string().nullable(),
      referredAt: z.string(),
      closedAt: z.string().nullable(),
    }),
  ),
  events: z.array(z.object({ id: z.number(), type: z.string(), actorName: z.string().nullable(), at: z.string(), reason: z.string().nullable(), data: z.record(z.string(), z.unknown()) })),
  canRecord: z.boolean(),
  canChangeLevel: z.boolean(),
  canEnd: z.boolean(),
});

export const planListQuery = z.object({
  status: z.enum(['active', 'ended']).optional(),
  level: riskLevel.optional(),
  gridId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  householdId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(30),
  cursor: z.string().max(200).optional(),
});

const reason = z.string().trim().min(1).max(500);
export const levelBody = z.object({ level: riskLevel, reason, version: z.number().int().min(1) });
export const endBody = z.object({ reason, version: z.number().int().min(1) });

/** Base64 of a 2 MB picture is ~2.8 M characters; what is longer is refused by the service as `photo` too large. */
const PHOTO_BASE64_MAX = 4_000_000;
export const recordBody = z.object({
  clientId: z.uuid(),
  mode: z.enum(['in_person', 'phone']),
  stability: z.enum(STABILITIES),
  notes: z.string().trim().max(2000),
  riskAnswers: riskAnswers.optional(),
  level: riskLevel.optional(),
  photo: z.object({ contentType: z.enum(PHOTO_TYPES), base64: z.string().min(1).max(PHOTO_BASE64_MAX) }).optional(),
  assistance: z.array(z.object({ resourceId: z.uuid(), reason: z.string().trim().min(1).max(1000) })).max(10).optional(),
  rebound: z.object({ description: z.string().trim().min(5).max(5000), category: z.string().trim().max(40).nullish() }).optional(),
});
/** The JSON body of a visit with a photo is larger than the default request limit. */
export const RECORD_BODY_LIMIT = PHOTO_BASE64_MAX + 256 * 1024;

export const recordResponse = z.object({
  visit: visitView,
  plan: z.object({ ...planBase, nextVisit: visitView.nullable() }),
  replayed: z.boolean(),
});

export const todayResponse = z.object({
  day: z.string(),
  visits: z.array(
    z.object({
      id: z.string(),
      planId: z.string(),
      seq: z.number(),
      dueOn: z.string(),
      overdueDays: z.number(),
      level: z.string(),
      escalationLevel: z.number(),
      case: caseRef.nullable(),
      household: householdRef.nullable(),
      grid: idName,
    }),
  ),
  screenings: z.array(
    z.object({ campaignId: z.string(), campaignName: z.string(), gridId: z.string(), gridName: z.string(), targetHouseholds: z.number(), screened: z.number(), endsOn: z.string() }),
  ),
});

const perLevelInt = z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int() });
export const followupPolicyValue = z.object({ intervalDays: perLevelInt, stableVisitsToEnd: perLevelInt, escalateAfterDays: z.tuple([z.number().int(), z.number().int(), z.number().int()]) });
export const followupPolicyView = z.object({ version: z.number(), value: followupPolicyValue });
