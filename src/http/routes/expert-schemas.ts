import { z } from 'zod';
import { ENGAGEMENT_STATUSES, EXPERT_KINDS, PROPOSERS, SERVICE_MODES } from '../../domain/experts/policy.js';

/** Request and response shapes of the expert pool (专家智库) and two-way matching (双向选择). */

const category = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/);
const text = (max: number) => z.string().trim().max(max);
const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const expertView = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(['M', 'F']).nullable(),
  kind: z.enum(EXPERT_KINDS),
  kindName: z.string(),
  organization: z.string().nullable(),
  specialties: z.array(z.string()),
  serviceModes: z.array(z.string()),
  years: z.number().nullable(),
  bio: z.string().nullable(),
  active: z.boolean(),
  available: z.boolean(),
  availabilityNote: z.string().nullable(),
  maxOpenCases: z.number(),
  openCases: z.number().describe('accepted engagements on open cases'),
  pendingInvitations: z.number().describe('invitations waiting for an answer'),
  hasAccount: z.boolean(),
  userId: z.string().nullable().optional().describe('admin only'),
  username: z.string().nullable().optional().describe('admin only'),
  version: z.number(),
});

export const listQuery = z.object({
  kind: z.enum(EXPERT_KINDS).optional(),
  specialty: category.optional(),
  mode: z.enum(SERVICE_MODES).optional(),
  available: boolParam.optional(),
  active: boolParam.optional().describe('admin and director only; others see active experts'),
  q: text(50).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const profileFields = {
  name: z.string().trim().min(1).max(40),
  gender: z.enum(['M', 'F']).nullable(),
  kind: z.enum(EXPERT_KINDS),
  organization: text(100).nullable(),
  specialties: z.array(category).min(1).max(14),
  serviceModes: z.array(z.enum(SERVICE_MODES)).min(1).max(2),
  years: z.number().int().min(0).max(70).nullable(),
  bio: text(1000).nullable(),
  active: z.boolean(),
  available: z.boolean(),
  availabilityNote: text(200).nullable(),
  maxOpenCases: z.number().int().min(1).max(50),
  userId: z.uuid().nullable(),
};

export const createBody = z.object({
  ...profileFields,
  gender: profileFields.gender.default(null),
  organization: profileFields.organization.default(null),
  years: profileFields.years.default(null),
  bio: profileFields.bio.default(null),
  active: profileFields.active.default(true),
  available: profileFields.available.default(true),
  availabilityNote: profileFields.availabilityNote.default(null),
  maxOpenCases: profileFields.maxOpenCases.default(5),
  userId: profileFields.userId.default(null),
});

export const patchBody = z.object(profileFields).partial().extend({ version: z.number().int().min(1) });

export const ownPatchBody = z.object({
  version: z.number().int().min(1),
  available: z.boolean().optional(),
  availabilityNote: text(200).nullable().optional(),
  serviceModes: z.array(z.enum(SERVICE_MODES)).min(1).max(2).optional(),
});

export const portalExpert = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(EXPERT_KINDS),
  kindName: z.string(),
  organization: z.string().nullable(),
  specialties: z.array(z.string()),
  serviceModes: z.array(z.string()),
  years: z.number().nullable(),
  bio: z.string(),
  available: z.boolean().describe('can be picked now (in the pool, available, with capacity)'),
});

export const member = z.object({
  expertId: z.string(),
  name: z.string(),
  kind: z.enum(EXPERT_KINDS),
  kindName: z.string(),
  organization: z.string().nullable(),
  specialties: z.array(z.string()),
  serviceModes: z.array(z.string()),
  years: z.number().nullable(),
  status: z.enum(ENGAGEMENT_STATUSES),
  lead: z.boolean(),
  designatedLead: z.boolean().describe('a pending expert whom staff chose to lead once they accept'),
  proposedBy: z.enum(PROPOSERS),
  proposedAt: z.string().nullable(),
  respondBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  replacesExpertId: z.string().nullable(),
  replacesName: z.string().nullable(),
  isMe: z.boolean(),
});

export const teamView = z.object({
  items: z.array(member),
  canManage: z.boolean(),
  seats: z.number().describe('pending and accepted experts'),
  maxTeam: z.number(),
  responseWorkingHours: z.number(),
  fallback: z.boolean(),
});

export const proposeBody = z.object({
  expertIds: z.array(z.uuid()).min(1).max(10),
  lead: z.uuid().nullish().describe('one of expertIds, to lead once they accept'),
});

export const respondBody = z.object({
  decision: z.enum(['accepted', 'declined']),
  reason: text(500).nullish().describe('required when declining'),
});

export const withdrawBody = z.object({ reason: z.string().trim().min(2).max(500) });

export const invitation = z.object({
  caseId: z.string(),
  code: z.string(),
  title: z.string(),
  category: z.string(),
  categoryName: z.string(),
  description: z.string(),
  serviceMode: z.enum(SERVICE_MODES).nullable(),
  caseStatus: z.string(),
  registeredAt: z.string(),
  status: z.enum(ENGAGEMENT_STATUSES),
  lead: z.boolean(),
  designatedLead: z.boolean(),
  proposedBy: z.enum(PROPOSERS),
  proposedAt: z.string().nullable(),
  respondBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  canRespond: z.boolean(),
  team: z.array(z.object({ expertId: z.string(), name: z.string(), status: z.enum(ENGAGEMENT_STATUSES), lead: z.boolean() })),
});

export const policyValue = z.object({
  responseWorkingHours: z.number().int().min(1).max(72).describe('working hours an expert has to answer'),
  maxTeamPortal: z.number().int().min(1).max(5).describe('experts a party may pick on the portal'),
  maxTeamStaff: z.number().int().min(1).max(10).describe('experts per case (pending + accepted) when staff propose'),
  fallback: z.boolean().describe('replace an expert who declines or never answers automatically'),
});
