/**
 * Intake suggestions (SPEC §3.1, §6 POST /api/intake/suggest): while a dispatcher types
 * an account, suggest the category, the risk level and earlier related cases — of the
 * same person or organisation, at the same address or compound, or with a similar
 * account — among the cases the caller may see. A dispatcher confirms; nothing is written.
 */
import { classify } from '../../domain/intake/classifier.js';
import type { CategoryCode, RiskLevel } from '../../domain/intake/corpus/types.js';
import { assessRisk } from '../../domain/intake/risk.js';
import { normalize } from '../../domain/intake/segment.js';
import { isValidIdNumber, isValidPhone, isValidUscc } from '../../domain/identity.js';
import type { CaseBrief, IntakeRepository } from '../../repositories/intake-repository.js';
import type { Actor } from '../actor.js';

/** Accounts longer than this are analysed on their first MAX_TEXT characters (code points). */
export const MAX_TEXT = 5000;
/**
 * pg_trgm compares the start of the account: similarity is shared / all trigrams of both
 * texts, so a query much longer than the stored accounts (about 120 characters) could
 * never reach the threshold; fewer trigrams also make the index read cheaper.
 */
const SIMILARITY_TEXT = 200;
/** Compound names are looked for in the address and this much of the account. */
const COMPOUND_TEXT = 500;
export const MAX_RELATED = 10;

export interface SuggestDeps {
  intake: Pick<IntakeRepository, 'related'>;
}

export interface SuggestParty {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  uscc?: string | null;
  kind?: 'person' | 'organization' | null;
  role?: 'applicant' | 'respondent' | 'third_party' | null;
}

export interface SuggestInput {
  text: string;
  parties?: SuggestParty[] | null;
  address?: string | null;
  gridId?: string | null;
}

export type RelatedReason = 'same_party' | 'same_respondent' | 'same_address' | 'similar_text';

export interface RelatedCase {
  id: string;
  code: string;
  title: string;
  status: string;
  registeredAt: string;
  reason: RelatedReason;
  /** 0–1: how strongly the earlier case is related */
  score: number;
}

export interface Suggestion {
  categories: { code: CategoryCode; score: number }[];
  risk: { level: RiskLevel; score: number; signs: string[] };
  related: RelatedCase[];
  /** the account was longer than MAX_TEXT characters and only its beginning was analysed */
  truncated: boolean;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Names that are surely organisations even when the caller did not say so. */
const ORGANIZATION_NAME = /(?:公司|有限|集团|厂|店|超市|酒店|宾馆|医院|诊所|卫生院|门诊|学校|幼儿园|中心|物业|合作社|银行|商行|工作室|事务所|俱乐部|会所|市场|驾校|机构)/u;

function partyKeys(parties: readonly SuggestParty[]) {
  const idNumbers = new Set<string>();
  const usccs = new Set<string>();
  const phones = new Set<string>();
  const organizationNames = new Set<string>();
  for (const p of parties) {
    const id = p.idNumber?.trim().toUpperCase();
    if (id && isValidIdNumber(id)) idNumbers.add(id);
    const uscc = p.uscc?.trim().toUpperCase();
    if (uscc && isValidUscc(uscc)) usccs.add(uscc);
    const phone = p.phone?.trim();
    if (phone && isValidPhone(phone)) phones.add(phone);
    const name = p.name?.trim();
    if (name && name.length >= 4 && (p.kind === 'organization' || (p.kind == null && ORGANIZATION_NAME.test(name)))) organizationNames.add(name);
  }
  return { idNumbers: [...idNumbers], usccs: [...usccs], phones: [...phones], organizationNames: [...organizationNames] };
}

/** How sure a party match is, by the identifier that matched. */
const PARTY_SCORE = { id_number: 1, uscc: 1, phone: 0.85, org_name: 0.8 } as const;

/** Administrative parts of an address, before the compound: 内蒙古 包头市 昆都仑区 团结大街街道 … 社区 */
const ADMIN_PART = /^(?:.*?(?:省|自治区|市|盟|(?<!小)区|旗|县|街道|镇|乡|苏木|社区|嘎查))+/u;
/** A road before the compound: 阿尔丁大街 (12号) 明德花园 */
const ROAD_PART = /^.{1,8}?(?:大街|大道|路|街)(?:\d+号)?/u;
const COMPOUND_NAME = /([\p{Script=Han}A-Za-z0-9]{2,12}?(?:小区|花园|家园|嘉园|新村|公寓|大厦|苑|庭|府|城|湾|园|村))(?=[\p{N}A-Za-z一二三四五六七八九十]|号|期|区|栋|幢|座|单元|$)/u;
const BUILDING = /^(.+?\d+\s*(?:栋|号楼|幢|座))/u;

/** The parts of an address that find the same place: the whole (no spaces), its building, its compound. */
export function addressKeys(address: string | null | undefined): { exact: string | null; building: string | null; compound: string | null } {
  const norm = address ? normalize(address).replace(/\s+/gu, '') : '';
  if (norm.length < 4) return { exact: null, building: null, compound: null };
  const building = BUILDING.exec(norm)?.[1] ?? null;
  const local = norm.replace(ADMIN_PART, '');
  const compound = COMPOUND_NAME.exec(local.replace(ROAD_PART, ''))?.[1] ?? COMPOUND_NAME.exec(local)?.[1] ?? null;
  return { exact: norm, building: building && building.length >= 6 && building !== norm ? building : null, compound: compound && compound.length >= 3 ? compound : null };
}

/** Category, risk and related earlier cases for an intake account. */
export async function suggest(deps: SuggestDeps, actor: Actor, input: SuggestInput): Promise<Suggestion> {
  const chars = [...input.text];
  const truncated = chars.length > MAX_TEXT;
  const text = truncated ? chars.slice(0, MAX_TEXT).join('') : input.text;

  const categories = classify(text)
    .slice(0, 3)
    .map((c) => ({ code: c.code, score: round(c.score) }));
  const risk = assessRisk(text);
  const related = await relatedCases(deps, actor, text, input);
  return { categories, risk, related, truncated };
}

async function relatedCases(deps: SuggestDeps, actor: Actor, text: string, input: SuggestInput): Promise<RelatedCase[]> {
  const addr = addressKeys(input.address);
  const keys = partyKeys(input.parties ?? []);
  const chars = [...normalize(text)];
  const similarityText = chars.slice(0, SIMILARITY_TEXT).join('');
  const rows = await deps.intake.related(actor.scope, {
    parties: keys,
    exactAddress: addr.exact,
    building: addr.building,
    compoundNames: addr.compound ? [addr.compound] : [],
    compoundText: `${input.address ?? ''} ${chars.slice(0, COMPOUND_TEXT).join('')}`,
    gridId: input.gridId ?? null,
    similarText: [...similarityText].length >= 4 ? similarityText : null,
  });

  const best = new Map<string, RelatedCase>();
  const offer = (c: CaseBrief, reason: RelatedReason, score: number) => {
    const prev = best.get(c.id);
    if (prev && (prev.score > score || (prev.score === score && REASON_RANK[prev.reason] <= REASON_RANK[reason]))) return;
    best.set(c.id, { id: c.id, code: c.code, title: c.title, status: c.status, registeredAt: new Date(c.registered_at).toISOString(), reason, score: round(score) });
  };

  for (const p of rows.party) {
    const matchedBy = p.id_number && keys.idNumbers.includes(p.id_number) ? 'id_number' : p.uscc && keys.usccs.includes(p.uscc) ? 'uscc' : p.phone && keys.phones.includes(p.phone) ? 'phone' : 'org_name';
    offer(p, p.role === 'respondent' && p.kind === 'organization' ? 'same_respondent' : 'same_party', PARTY_SCORE[matchedBy]);
  }
  for (const c of rows.place) {
    const address = c.address ? normalize(c.address).replace(/\s+/gu, '') : '';
    const score = addr.exact && address === addr.exact ? 0.9 : addr.building && address.startsWith(addr.building) ? 0.75 : c.in_named_compound ? 0.65 : 0.6;
    offer(c, 'same_address', score);
  }
  for (const c of rows.similar) offer(c, 'similar_text', Math.min(c.similarity, 0.95));

  return [...best.values()]
    .sort((a, b) => b.score - a.score || REASON_RANK[a.reason] - REASON_RANK[b.reason] || b.registeredAt.localeCompare(a.registeredAt) || a.id.localeCompare(b.id))
    .slice(0, MAX_RELATED);
}

const REASON_RANK: Record<RelatedReason, number> = { same_party: 0, same_respondent: 1, same_address: 2, similar_text: 3 };
