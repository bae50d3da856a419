import { z } from 'zod';
import { assessmentReasons as reasons, checklistView, riskAnswers, riskLevel as level } from './followup-schemas.js';
import { isoDay } from './reception-schemas.js';

export const memberInput = z.object({
  id: z.uuid().optional().describe('an existing member: omitted idNumber / phone keep the stored ones'),
  name: z.string().max(30),
  relation: z.string().max(20).describe('spouse | child | parent | sibling | grandparent | grandchild | in_law | other'),
  idNumber: z.string().max(18).nullable().optional(),
  phone: z.string().max(20).nullable().optional(),
});

export const answers = riskAnswers.describe('item code → answer code of the checklist');

export const campaignBody = z.object({
  name: z.string().max(60),
  description: z.string().max(500).nullable().optional(),
  centerId: z.uuid().optional().describe('needed when the caller manages several centers (an admin)'),
  checklistId: z.uuid().optional().describe('default: the active family checklist'),
  startsOn: isoDay,
  endsOn: isoDay,
  gridIds: z.array(z.uuid()).max(2000).optional(),
  unitIds: z.array(z.uuid()).max(200).optional().describe('communities or streets: all their grids'),
  targets: z.record(z.uuid(), z.number().int()).optional().describe('target households per grid id (default: the grid’s registered households)'),
});

const totals = z.object({
  grids: z.number(),
  targetHouseholds: z.number(),
  screened: z.number(),
  flagged: z.number(),
  coverage: z.number().describe('0..1, capped at 1'),
  overdueGrids: z.number(),
  expectedProgress: z.number().describe('0..1, linear from startsOn to endsOn'),
  ended: z.boolean(),
});

export const campaignView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  centerId: z.string(),
  centerName: z.string(),
  checklist: z.object({ id: z.string(), code: z.string(), version: z.number(), name: z.string() }),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  version: z.number(),
  totals,
});

export const campaignDetailView = campaignView.extend({ checklist: checklistView, canManage: z.boolean(), canRecord: z.boolean() });

export const coverageRow = z.object({
  unitId: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  targetHouseholds: z.number(),
  screened: z.number(),
  flagged: z.number(),
  coverage: z.number(),
  overdue: z.boolean(),
  overdueGrids: z.number(),
  grids: z.number(),
});

export const coverageView = z.object({ campaignId: z.string(), by: z.enum(['grid', 'community', 'street']), day: z.string(), expectedProgress: z.number(), rows: z.array(coverageRow) });

export const screeningBody = z.object({
  clientId: z.uuid().describe('made on the device: the same clientId again replays the first result'),
  gridId: z.uuid(),
  address: z.string().max(200),
  headName: z.string().max(30),
  headPhone: z.string().max(20).nullable().optional(),
  members: z.array(memberInput).max(20).optional(),
  answers,
});

export const screeningView = z.object({
  id: z.string(),
  campaignId: z.string(),
  gridId: z.string(),
  gridName: z.string().nullable(),
  householdId: z.string().nullable(),
  address: z.string().describe('masked'),
  headName: z.string().nullable(),
  assessmentId: z.string(),
  score: z.number(),
  level,
  screenedAt: z.string(),
  screenedByName: z.string().nullable(),
});

export const profileView = z.object({
  id: z.string(),
  gridId: z.string(),
  gridName: z.string(),
  communityName: z.string(),
  address: z.string().describe('in full for the grid trio of its grid, masked for others'),
  headName: z.string(),
  headPhone: z.string().nullable().describe('masked'),
  memberCount: z.number(),
  level: level.nullable(),
  score: z.number().nullable(),
  lastAssessedAt: z.string().nullable(),
  plan: z.object({ id: z.string(), level: z.string().nullable(), nextDueOn: z.string().nullable() }).nullable(),
  updatedAt: z.string(),
  version: z.number(),
});

export { reasons };

export const screeningResult = z.object({ screening: screeningView, household: profileView.nullable(), reasons, replayed: z.boolean() });
