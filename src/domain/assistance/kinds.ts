import type { Localized } from '../risk/checklist.js';

/**
 * The kinds of assistance (帮扶, SPEC §3.5) a resolved dispute or a flagged household can
 * be referred to. Codes are stable API values; the labels are the words the offices use.
 */
export const ASSISTANCE_KINDS = ['counselling', 'employment', 'family_education', 'legal_aid'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

export const ASSISTANCE_KIND_LABELS: Readonly<Record<AssistanceKind, Localized>> = {
  counselling: { zh: '心理疏导', en: 'Counselling' },
  employment: { zh: '就业帮扶与技能培训', en: 'Employment help and training' },
  family_education: { zh: '家庭教育指导', en: 'Family-education guidance' },
  legal_aid: { zh: '法律援助', en: 'Legal aid' },
};

export function isAssistanceKind(s: string): s is AssistanceKind {
  return (ASSISTANCE_KINDS as readonly string[]).includes(s);
}
