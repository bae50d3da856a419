import { isValidIdNumber, isValidPhone } from '../identity.js';
import type { RiskLevel } from '../risk/checklist.js';
import type { FieldText } from './campaign.js';

/**
 * Household profiles (重点家庭档案): which screened households get one, their members
 * and the address that identifies a household within its grid. Pure.
 */

/** Medium and high households are kept on file (and followed up); low ones only counted. */
export function needsProfile(level: RiskLevel): boolean {
  return level === 'medium' || level === 'high';
}

export const RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'in_law', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, FieldText> = {
  spouse: { 'zh-CN': '配偶', en: 'Spouse' },
  child: { 'zh-CN': '子女', en: 'Child' },
  parent: { 'zh-CN': '父母', en: 'Parent' },
  sibling: { 'zh-CN': '兄弟姐妹', en: 'Sibling' },
  grandparent: { 'zh-CN': '祖父母/外祖父母', en: 'Grandparent' },
  grandchild: { 'zh-CN': '孙子女/外孙子女', en: 'Grandchild' },
  in_law: { 'zh-CN': '姻亲', en: 'In-law' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const MAX_MEMBERS = 20;

/** A member as stored (in household_profiles.members). */
export interface Member {
  id: string;
  name: string;
  relation: Relation;
  idNumber: string | null;
  phone: string | null;
}

/**
 * A member as sent. For an existing member (`id`), an omitted `idNumber` / `phone` keeps
 * the stored one (the client only ever saw it masked), `null` clears it.
 */
export interface MemberInput {
  id?: string;
  name: string;
  relation: string;
  idNumber?: string | null;
  phone?: string | null;
}

/** Problems of the head of household's name and phone, by field (a field left out is not checked). */
export function headProblems(h: { headName?: string; headPhone?: string | null }): Record<string, FieldText> {
  const out: Record<string, FieldText> = {};
  if (h.headName !== undefined) {
    const name = h.headName.trim();
    if (!name || name.length > 30) out.headName = { 'zh-CN': '请填写户主姓名（不超过 30 字）', en: 'Give the head of household (at most 30 characters)' };
  }
  if (h.headPhone && !isValidPhone(h.headPhone.trim())) out.headPhone = { 'zh-CN': '联系电话无效（手机或座机号码）', en: 'Invalid phone number (mobile or landline)' };
  return out;
}

/** Problems of a members list, by field (`members.<i>.<field>`). */
export function memberProblems(members: readonly MemberInput[], prefix = 'members'): Record<string, FieldText> {
  const out: Record<string, FieldText> = {};
  if (members.length > MAX_MEMBERS) out[prefix] = { 'zh-CN': `家庭成员最多 ${MAX_MEMBERS} 人`, en: `At most ${MAX_MEMBERS} members` };
  const seenIds = new Map<string, number>();
  members.forEach((m, i) => {
    const f = `${prefix}.${i}`;
    const name = m.name.trim();
    if (!name || name.length > 30) out[`${f}.name`] = { 'zh-CN': '请填写成员姓名（不超过 30 字）', en: 'Give the member a name (at most 30 characters)' };
    if (!(RELATIONS as readonly string[]).includes(m.relation)) out[`${f}.relation`] = { 'zh-CN': '与户主关系无效', en: 'Invalid relation to the head of household' };
    if (typeof m.idNumber === 'string') {
      const id = m.idNumber.trim().toUpperCase();
      if (!isValidIdNumber(id)) out[`${f}.idNumber`] = { 'zh-CN': '身份证号码无效（请核对校验位和出生日期）', en: 'Invalid ID number (check the check digit and the date of birth)' };
      else if (seenIds.has(id)) out[`${f}.idNumber`] = { 'zh-CN': `身份证号码与第 ${seenIds.get(id)! + 1} 位成员重复`, en: `Same ID number as member ${seenIds.get(id)! + 1}` };
      else seenIds.set(id, i);
    }
    if (typeof m.phone === 'string' && !isValidPhone(m.phone.trim())) out[`${f}.phone`] = { 'zh-CN': '联系电话无效（手机或座机号码）', en: 'Invalid phone number (mobile or landline)' };
  });
  return out;
}

/**
 * The members to store: inputs applied over the stored list (by id), with fresh ids for
 * new members. Validate with `memberProblems` first; unknown ids count as new members.
 */
export function mergeMembers(stored: readonly Member[], inputs: readonly MemberInput[], newId: () => string): Member[] {
  const byId = new Map(stored.map((m) => [m.id, m]));
  return inputs.map((m) => {
    const old = m.id ? byId.get(m.id) : undefined;
    const keep = <T>(v: T | null | undefined, was: T | null): T | null => (v === undefined ? was : v);
    return {
      id: old?.id ?? newId(),
      name: m.name.trim(),
      relation: m.relation as Relation,
      idNumber: normalizeOptional(keep(m.idNumber, old?.idNumber ?? null), true),
      phone: normalizeOptional(keep(m.phone, old?.phone ?? null), false),
    };
  });
}

function normalizeOptional(v: string | null, upper: boolean): string | null {
  if (v === null) return null;
  const t = v.trim();
  return t ? (upper ? t.toUpperCase() : t) : null;
}

/**
 * The address as the key of a household within its grid: Unicode-normalized (full-width
 * digits and letters become ASCII), spaces removed, so that '景泰花园 ３栋' and
 * '景泰花园3栋' are the same household.
 */
export function normalizeAddress(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').trim();
}

export function addressProblem(s: string): FieldText | null {
  const a = normalizeAddress(s);
  if (a.length < 4) return { 'zh-CN': '请填写详细住址（小区、楼栋、门牌号）', en: 'Give the full address (compound, building, door number)' };
  if (a.length > 120) return { 'zh-CN': '住址不超过 120 字', en: 'Address at most 120 characters' };
  return null;
}
