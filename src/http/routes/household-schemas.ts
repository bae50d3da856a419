import { z } from 'zod';
import { MANUAL_STEPS } from '../../domain/households/progress.js';
import { HOUSEHOLD_FILTERS } from '../../repositories/household-repository.js';

const filter = z.object({ status: z.enum(HOUSEHOLD_FILTERS).optional(), q: z.string().trim().max(60).optional() });
const selection = {
  householdIds: z.array(z.uuid()).min(1).max(5000).optional(),
  all: z.literal(true).optional(),
  filter: filter.optional(),
};
/** Either `householdIds`, or `all: true` (optionally narrowed by `filter`). */
const oneOf = (b: { all?: true; householdIds?: string[] }) => (b.all === true) !== (b.householdIds !== undefined);
const oneOfMessage = { message: 'householdIds 或 all 二选一 / give either householdIds or all', path: ['householdIds'] };

export const householdListQuery = filter.extend({ cursor: z.string().max(20).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) });

export const householdView = z.object({
  id: z.string(),
  rowNo: z.number(),
  partyId: z.string().nullable(),
  name: z.string(),
  idNumber: z.string().nullable().describe('masked'),
  phone: z.string().nullable().describe('masked'),
  address: z.string().nullable().describe('masked'),
  representative: z.boolean(),
  claimFen: z.number(),
  agreedFen: z.number().nullable(),
  paidFen: z.number(),
  notifiedAt: z.string().nullable(),
  attendedAt: z.string().nullable(),
  agreedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  step: z.enum(['notified', 'attended', 'agreed', 'signed', 'paid']).nullable().describe('the last step reached'),
  note: z.string().nullable(),
  version: z.number(),
});

export const summaryView = z.object({
  total: z.number(),
  representatives: z.number(),
  withPhone: z.number(),
  steps: z.object({ notified: z.number(), attended: z.number(), agreed: z.number(), signed: z.number(), paid: z.number() }),
  partiallyPaid: z.number(),
  claimFen: z.number(),
  agreedFen: z.number(),
  paidFen: z.number(),
  moneyRecoveredFen: z.number(),
  canEdit: z.boolean(),
});

export const progressBody = z.object({ ...selection, step: z.enum(MANUAL_STEPS), amountFen: z.number().int().min(0).max(100_000_000_00).optional() }).refine(oneOf, oneOfMessage);
export const noticeBody = z.object({ ...selection, title: z.string().trim().min(1).max(60), body: z.string().trim().min(1).max(500) }).refine(oneOf, oneOfMessage);

export const batchView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  total: z.number(),
  pending: z.number(),
  sent: z.number(),
  failed: z.number(),
});

export const deliveryView = z.object({
  id: z.string(),
  householdId: z.string().nullable(),
  rowNo: z.number().nullable(),
  name: z.string().nullable(),
  phone: z.string().describe('masked'),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
});
