// The intake form's values and their translation into POST /api/cases.
import type { Channel, CreateCaseInput, PartyInput, PartyKind, PartyMatch, PartyRole, Urgency } from '../../../api/caseTypes';
import type { UnitValue } from '../../../components/UnitPicker';
import { normalizeCode, parseYuanToFen } from '../shared/validators';

export interface PartyValues {
  role: PartyRole;
  kind: PartyKind;
  name?: string;
  idNumber?: string;
  phone?: string;
  uscc?: string;
  address?: string;
  /** Set when an existing party was picked from the lookup. */
  partyId?: string;
  /** The picked party's masked identifiers, for display only. */
  linked?: Pick<PartyMatch, 'idNumber' | 'phone' | 'uscc' | 'caseCount'>;
}

export interface IntakeValues {
  channel: Channel;
  urgency: Urgency;
  title?: string;
  description?: string;
  category?: string;
  subcategory?: string;
  grid?: UnitValue | null;
  address?: string;
  amount?: string;
  peopleCount?: number | null;
  parties: PartyValues[];
}

/** Channels a staff member registers from (online filings come through the portal). */
export const STAFF_CHANNELS: readonly Channel[] = [
  'window',
  'hotline',
  'grid_report',
  'enterprise_station',
  'department_referral',
  'court_referral',
];

export function emptyParty(role: PartyRole): PartyValues {
  return { role, kind: 'person' };
}

export function initialIntakeValues(channel: Channel = 'window'): IntakeValues {
  return { channel, urgency: 'normal', peopleCount: null, parties: [emptyParty('applicant'), emptyParty('respondent')] };
}

const text = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

function toPartyInput(party: PartyValues): PartyInput {
  const base = { role: party.role, kind: party.kind, name: (party.name ?? '').trim() };
  if (party.partyId) return { ...base, partyId: party.partyId, address: text(party.address) };
  const idNumber = party.kind === 'person' && party.idNumber ? normalizeCode(party.idNumber) : undefined;
  const uscc = party.kind === 'organization' && party.uscc ? normalizeCode(party.uscc) : undefined;
  return {
    ...base,
    idNumber: idNumber || undefined,
    uscc: uscc || undefined,
    phone: party.phone ? party.phone.replace(/\s+/g, '') || undefined : undefined,
    address: text(party.address),
  };
}

export function toCreateInput(values: IntakeValues): CreateCaseInput {
  const amountFen = values.amount ? parseYuanToFen(values.amount) : null;
  return {
    channel: values.channel,
    urgency: values.urgency,
    description: (values.description ?? '').trim(),
    title: text(values.title),
    category: values.category || undefined,
    subcategory: values.subcategory || undefined,
    gridId: values.grid?.value || undefined,
    address: text(values.address),
    amountFen: amountFen ?? undefined,
    peopleCount: values.peopleCount ?? undefined,
    parties: values.parties.filter((party) => (party.name ?? '').trim() !== '').map(toPartyInput),
  };
}

/** Server field names → form names where they differ. */
const FIELD_ALIASES: Record<string, string> = { gridId: 'grid', amountFen: 'amount' };

export const INTAKE_FIELDS = [
  'channel',
  'urgency',
  'title',
  'description',
  'category',
  'subcategory',
  'grid',
  'address',
  'amount',
  'peopleCount',
  'parties',
] as const;

/** "parties.0.idNumber" → ['parties', 0, 'idNumber']; "gridId" → ['grid']. */
export function formNamePath(field: string): (string | number)[] {
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const head = parts[0];
  if (typeof head === 'string' && FIELD_ALIASES[head]) parts[0] = FIELD_ALIASES[head];
  return parts;
}
