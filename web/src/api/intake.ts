// Live intake assistance (POST /api/intake/suggest): suggested category, risk, related cases.
import { request } from './client';
import type { PartyKind, PartyRole, RiskLevel } from './caseTypes';
import type { MassWarning } from './massDispute';

export interface SuggestPartyInput {
  name?: string;
  idNumber?: string;
  phone?: string;
  uscc?: string;
  kind?: PartyKind;
  role?: PartyRole;
}

export interface SuggestInput {
  /** Must not be empty (the server answers 400). */
  text: string;
  parties?: SuggestPartyInput[];
  address?: string;
  gridId?: string;
}

export type RelatedReason = 'same_party' | 'same_respondent' | 'same_address' | 'similar_text';

export interface RelatedCase {
  id: string;
  code: string;
  title: string;
  status: string;
  registeredAt: string;
  reason: RelatedReason;
  score: number;
}

export interface IntakeSuggestion {
  /** Top 3, best first; the scores of a text sum to at most 1. */
  categories: { code: string; score: number }[];
  risk: { level: RiskLevel; score: number; signs: string[] };
  related: RelatedCase[];
  truncated: boolean;
  /** 涉众预警: present when the request carried a respondent, compound or address. */
  massWarning?: MassWarning;
}

export const intakeApi = {
  suggest: (input: SuggestInput, signal?: AbortSignal) =>
    request<IntakeSuggestion>('POST', '/api/intake/suggest', { body: input, signal }),
};
