// The portal filing form's values and their translation into POST /api/portal/cases.
import type { PartyKind } from '../../api/caseTypes';
import type { PortalFileInput, ServiceMode } from '../../api/portal';
import { normalizeCode } from '../cases/shared/validators';

export interface PortalFileValues {
  name?: string;
  phone?: string;
  idNumber?: string;
  respondentKind: PartyKind;
  respondentName?: string;
  respondentPhone?: string;
  respondentUscc?: string;
  category?: string;
  streetId?: string;
  communityId?: string;
  address?: string;
  description?: string;
  serviceMode: ServiceMode;
  /** 选择专家（双向选择） */
  expertIds?: string[];
  consent?: boolean;
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

export function toPortalInput(values: PortalFileValues): PortalFileInput {
  const respondentName = text(values.respondentName);
  return {
    description: (values.description ?? '').trim(),
    category: values.category || undefined,
    serviceMode: values.serviceMode,
    address: text(values.address),
    streetId: values.streetId || undefined,
    communityId: values.communityId || undefined,
    expertIds: values.expertIds?.length ? values.expertIds : undefined,
    applicant: {
      name: (values.name ?? '').trim(),
      phone: (values.phone ?? '').replace(/\s+/g, ''),
      idNumber: values.idNumber ? normalizeCode(values.idNumber) || undefined : undefined,
    },
    respondent: respondentName
      ? {
          kind: values.respondentKind,
          name: respondentName,
          phone: values.respondentPhone ? values.respondentPhone.replace(/\s+/g, '') || undefined : undefined,
          uscc: values.respondentKind === 'organization' && values.respondentUscc ? normalizeCode(values.respondentUscc) || undefined : undefined,
        }
      : undefined,
  };
}

/** Server field names → form names. */
const ALIASES: Record<string, string> = {
  'applicant.name': 'name',
  'applicant.phone': 'phone',
  'applicant.idNumber': 'idNumber',
  'respondent.kind': 'respondentKind',
  'respondent.name': 'respondentName',
  'respondent.phone': 'respondentPhone',
  'respondent.uscc': 'respondentUscc',
};

export const PORTAL_FIELDS: readonly string[] = [
  'name',
  'phone',
  'idNumber',
  'respondentKind',
  'respondentName',
  'respondentPhone',
  'respondentUscc',
  'category',
  'streetId',
  'communityId',
  'address',
  'description',
  'serviceMode',
  'expertIds',
];

export function portalFieldName(field: string): string | null {
  const name = ALIASES[field] ?? field;
  return PORTAL_FIELDS.includes(name) ? name : null;
}
