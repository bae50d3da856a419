/** Risk levels of an intake account (SPEC §3.1: intake suggests a risk level). */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The 14 shipped top-level category codes (SPEC §3.1), in taxonomy order. */
export const CATEGORY_CODES = [
  'family',
  'neighbour',
  'property_management',
  'tenancy',
  'property_rights',
  'labour',
  'contract',
  'business',
  'consumer',
  'damages',
  'medical',
  'land',
  'environment',
  'other',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** One labelled account of a dispute: what the classifier and the risk rules learn from and are measured on. */
export interface CorpusEntry {
  text: string;
  category: CategoryCode;
  risk: RiskLevel;
}

/** How the per-category files write their entries: `[risk, text]`. */
export type RawSample = readonly [RiskLevel, string];
