/**
 * 涉众案件 (group case): what a group case gathered from several cases is made of —
 * the members' most common category, the sum of the people involved, the common
 * respondent(s), every applicant, the territory they share, and its title. Pure.
 */
import { respondentKey } from './mass-dispute.js';

export interface GroupMemberParty {
  partyId: string;
  role: 'applicant' | 'respondent' | 'third_party';
  kind: 'person' | 'organization';
  name: string;
  uscc: string | null;
}

export interface GroupMemberFacts {
  id: string;
  code: string;
  category: string;
  channel: string;
  peopleCount: number;
  amountFen: number | null;
  riskLevel: string | null;
  urgency: string;
  districtId: string | null;
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
  compoundId: string | null;
  registeredAt: Date;
  parties: readonly GroupMemberParty[];
}

export interface GroupComposition {
  category: string;
  channel: string;
  peopleCount: number;
  amountFen: number | null;
  riskLevel: string | null;
  urgency: string;
  territory: { district_id: string | null; street_id: string | null; community_id: string | null; grid_id: string | null };
  compoundId: string | null;
  /** the respondents found in the most members (one party per respondent) */
  respondents: GroupMemberParty[];
  /** every applicant of the members, once each, in the members' order */
  applicants: GroupMemberParty[];
}

const RISK_ORDER = ['low', 'medium', 'high'];
const URGENCY_ORDER = ['normal', 'urgent', 'critical'];

/** The most frequent value; a tie goes to the value of the earliest member. */
function mostCommon(values: readonly string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const v of values) if (n.get(v)! > n.get(best)!) best = v;
  return best;
}

function highest(values: readonly (string | null)[], order: readonly string[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v !== null && order.indexOf(v) > (best === null ? -1 : order.indexOf(best))) best = v;
  return best;
}

const common = (values: readonly (string | null)[]) => (values.every((v) => v === values[0]) ? values[0] ?? null : null);

/** The group case of these members (at least one). Members are taken oldest first. */
export function composeGroup(members: readonly GroupMemberFacts[]): GroupComposition {
  if (members.length === 0) throw new RangeError('composeGroup needs at least one member');
  const ordered = [...members].sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.id.localeCompare(b.id));

  // Territory: the finest unit all members share; below a difference nothing is kept.
  const grid = common(ordered.map((m) => m.gridId));
  const community = common(ordered.map((m) => m.communityId));
  const street = common(ordered.map((m) => m.streetId));
  const territory = {
    district_id: common(ordered.map((m) => m.districtId)) ?? ordered.find((m) => m.districtId)?.districtId ?? null,
    street_id: street,
    community_id: street ? community : null,
    grid_id: street && community ? grid : null,
  };

  const byKey = new Map<string, { party: GroupMemberParty; members: Set<string> }>();
  for (const m of ordered) {
    for (const p of m.parties) {
      if (p.role !== 'respondent') continue;
      const key = respondentKey(p) ?? `party:${p.partyId}`;
      const entry = byKey.get(key) ?? { party: p, members: new Set<string>() };
      entry.members.add(m.id);
      byKey.set(key, entry);
    }
  }
  const most = Math.max(0, ...[...byKey.values()].map((e) => e.members.size));
  const respondents = [...byKey.values()].filter((e) => e.members.size === most).map((e) => e.party);

  const applicants: GroupMemberParty[] = [];
  const seen = new Set(respondents.map((r) => r.partyId));
  for (const m of ordered) {
    for (const p of m.parties) {
      if (p.role !== 'applicant' || seen.has(p.partyId)) continue;
      seen.add(p.partyId);
      applicants.push(p);
    }
  }

  const amounts = ordered.map((m) => m.amountFen).filter((a): a is number => a !== null);
  return {
    category: mostCommon(ordered.map((m) => m.category)),
    channel: mostCommon(ordered.map((m) => m.channel)),
    peopleCount: ordered.reduce((n, m) => n + Math.max(1, m.peopleCount), 0),
    amountFen: amounts.length ? amounts.reduce((a, b) => a + b, 0) : null,
    riskLevel: highest(ordered.map((m) => m.riskLevel), RISK_ORDER),
    urgency: highest(ordered.map((m) => m.urgency), URGENCY_ORDER) ?? 'normal',
    territory,
    compoundId: common(ordered.map((m) => m.compoundId)),
    respondents,
    applicants,
  };
}

/** How the applicants of a group are called in its title, by category. */
const APPLICANTS_WORD: Record<string, string> = {
  property_management: '业主',
  property_rights: '业主',
  tenancy: '租户',
  labour: '职工',
  consumer: '消费者',
  land: '村民',
};

/** A person is named surname + 某某 in titles; an organisation by its name. */
const titleName = (p: { kind: string; name: string }) => (p.kind === 'person' ? `${p.name.slice(0, 1)}某某` : p.name);

/** 「明德花园 业主与某物业公司物业纠纷（涉众，5 件）」 */
export function groupTitle(g: { place: string | null; category: string; categoryName: string; respondent: { kind: string; name: string } | null; count: number }): string {
  const who = APPLICANTS_WORD[g.category] ?? '群众';
  const against = g.respondent ? `与${titleName(g.respondent)}` : '';
  const tail = `（涉众，${g.count} 件）`;
  const head = `${g.place ? `${g.place} ` : ''}${who}${against}${g.categoryName}`;
  return head.slice(0, 100 - tail.length) + tail;
}

/** The account of a group case: which cases it gathers and why. */
export function groupDescription(codes: readonly string[], reason: string): string {
  const listed = codes.length > 50 ? `${codes.slice(0, 50).join('、')}等` : codes.join('、');
  return `本案由 ${codes.length} 件案件合并为涉众案件统一办理：${listed}。\n合并原因：${reason}`;
}
