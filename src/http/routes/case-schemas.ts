import { z } from 'zod';
import { ATTACHMENT_KINDS } from '../../domain/attachment.js';
import { CASE_STATUSES, OUTCOMES, REFERRAL_DESTINATIONS, SATISFACTIONS } from '../../domain/case/lifecycle.js';
import { CHANNELS, PARTY_KINDS, PARTY_ROLES, URGENCIES } from '../../domain/case/taxonomy.js';
import { isValidIdNumber, isValidPhone, isValidUscc } from '../../domain/identity.js';
import { rule } from '../zod-i18n.js';

export const idNumber = z.string().trim().refine(isValidIdNumber, rule('身份证号码无效（18 位，末位校验码须正确）', 'Invalid ID number (18 characters with a valid check character)'));
export const phone = z.string().trim().refine(isValidPhone, rule('电话号码格式不正确', 'Invalid phone number'));
export const uscc = z.string().trim().toUpperCase().refine(isValidUscc, rule('统一社会信用代码无效', 'Invalid unified social credit code'));
const name = z.string().trim().min(1).max(60);
const reason = z.string().trim().min(1).max(500);

export const partyInput = z
  .object({
    role: z.enum(PARTY_ROLES),
    kind: z.enum(PARTY_KINDS),
    name,
    idNumber: idNumber.nullish(),
    phone: phone.nullish(),
    uscc: uscc.nullish(),
    address: z.string().trim().max(200).nullish(),
    partyId: z.uuid().nullish(),
  })
  .refine((p) => p.kind === 'organization' || !p.uscc, { path: ['uscc'], ...rule('个人当事人无统一社会信用代码', 'A person has no credit code') })
  .refine((p) => p.kind === 'person' || !p.idNumber, { path: ['idNumber'], ...rule('单位当事人无身份证号码', 'An organisation has no ID number') });

export const registerBody = z.object({
  channel: z.enum(CHANNELS),
  description: z.string().trim().min(5).max(5000),
  title: z.string().trim().max(100).nullish(),
  category: z.string().trim().max(40).nullish(),
  subcategory: z.string().trim().max(40).nullish(),
  gridId: z.uuid().nullish(),
  address: z.string().trim().max(200).nullish(),
  amountFen: z.number().int().min(0).max(1e13).nullish(),
  peopleCount: z.number().int().min(1).max(100000).nullish(),
  urgency: z.enum(URGENCIES).nullish(),
  serviceMode: z.enum(['online', 'offline']).nullish(),
  /** 小区: detected from the address when absent */
  compoundId: z.uuid().nullish(),
  parties: z.array(partyInput).min(1).max(50),
});

const version = z.number().int().min(1).optional();
export const actionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('route'), version, unitId: z.uuid().nullish(), userId: z.uuid().nullish(), reason: z.string().trim().max(500).nullish() }),
  z.object({ action: z.enum(['accept', 'start', 'resume', 'archive']), version }),
  z.object({ action: z.enum(['return', 'pause', 'withdraw', 'reopen']), version, reason }),
  // riskAnswers: the 风险评估 made at resolution (item → answer of the active checklist); it sets the follow-up plan's level.
  z.object({ action: z.literal('resolve'), version, outcome: z.enum(OUTCOMES), note: z.string().trim().min(1).max(2000), riskAnswers: z.record(z.string().max(60), z.string().max(60)).optional() }),
  z.object({ action: z.literal('refer'), version, destination: z.enum(REFERRAL_DESTINATIONS), note: z.string().trim().max(2000).nullish(), unitId: z.uuid().nullish(), reason }),
  z.object({
    action: z.literal('feedback'),
    version,
    satisfaction: z.enum(SATISFACTIONS),
    solved: z.boolean().optional(),
    note: z.string().trim().max(2000).nullish(),
    source: z.enum(['phone', 'staff']).optional(),
  }),
]);

const STATUS_LIST = new RegExp(`^(${CASE_STATUSES.join('|')})(,(${CASE_STATUSES.join('|')}))*$`);
export const listQuery = z.object({
  view: z.enum(['mine', 'center']).optional(),
  // refine, not regex(): only a custom issue carries rule()'s message in both languages
  status: z
    .string()
    .refine((s) => STATUS_LIST.test(s), rule('状态取值无效', 'Invalid status'))
    .optional(),
  category: z.string().max(40).optional(),
  channel: z.enum(CHANNELS).optional(),
  streetId: z.uuid().optional(),
  communityId: z.uuid().optional(),
  gridId: z.uuid().optional(),
  handlingUnitId: z.uuid().optional(),
  assigneeId: z.union([z.literal('me'), z.uuid()]).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** 涉众: `only` group cases, `members` cases gathered into one, `none` neither */
  group: z.enum(['only', 'none', 'members']).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  cursor: z.string().max(200).optional(),
});

export const attachmentKind = z.enum(ATTACHMENT_KINDS);

/** 涉众 on the case page: the group case of a member; the members (those the caller may see) of a group case. */
export const caseGroupView = {
  isGroup: z.boolean(),
  group: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  memberCount: z.number().int().optional(),
  members: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), status: z.string(), peopleCount: z.number().int(), registeredAt: z.string() })).optional(),
};

/** 分流依据 on the case page: from the latest routing event, the explanation in the request's language. */
export const caseRoutingView = z
  .object({ mode: z.enum(['rule', 'manual', 'unmatched']).nullable(), ruleId: z.string().nullable(), ruleName: z.string().nullable(), explanation: z.string(), at: z.string() })
  .nullable();
