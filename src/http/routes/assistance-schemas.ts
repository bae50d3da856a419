import { z } from 'zod';
import { ASSISTANCE_KINDS } from '../../domain/assistance/kinds.js';
import { REFERRAL_STATUSES, REFERRAL_TARGETS } from '../../domain/assistance/referral.js';

const localized = z.object({ zh: z.string(), en: z.string() });

export const resourceOut = z.object({
  id: z.string(),
  centerId: z.string().nullable(),
  centerName: z.string().nullable(),
  kind: z.enum(ASSISTANCE_KINDS),
  kindLabel: localized,
  name: z.string(),
  provider: z.string(),
  providerUnitId: z.string().nullable(),
  providerUnitName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  description: z.string().nullable(),
  active: z.boolean(),
  openReferrals: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
});

const text = (max: number) => z.string().max(max);

/** Fields of a resource as created or edited; the service trims them and checks what zod cannot (units, phone). */
export const resourceFields = {
  centerId: z.uuid().nullable().optional(),
  kind: z.enum(ASSISTANCE_KINDS),
  name: text(60),
  provider: text(80),
  providerUnitId: z.uuid().nullable().optional(),
  contactPhone: text(30).nullable().optional(),
  description: text(1000).nullable().optional(),
  active: z.boolean().optional(),
};

export const referralOut = z.object({
  id: z.string(),
  resource: z.object({ id: z.string(), kind: z.enum(ASSISTANCE_KINDS), name: z.string(), provider: z.string(), providerUnitId: z.string().nullable() }),
  caseId: z.string().nullable(),
  case: z.object({ id: z.string(), code: z.string(), title: z.string(), status: z.string() }).nullable(),
  householdId: z.string().nullable(),
  household: z.object({ id: z.string(), headName: z.string(), address: z.string(), gridId: z.string().nullable(), gridName: z.string().nullable() }).nullable(),
  visitId: z.string().nullable(),
  reason: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  outcome: z.string().nullable(),
  referredById: z.string().nullable(),
  referredByName: z.string().nullable(),
  referredAt: z.string(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
  /** the statuses the caller may set now */
  next: z.array(z.enum(REFERRAL_TARGETS)),
});
