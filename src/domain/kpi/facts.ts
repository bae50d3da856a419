import type { Window } from './period.js';

/**
 * What the KPIs need to know about one case, derived from its row and its timeline
 * (SPEC §5: "KPIs are computed from these events"). The repository derives the same
 * facts in SQL for speed; deriveCaseFacts() is the definition, and a test checks that
 * both agree on the same fixtures.
 */

/** The events that conclude a case (SPEC §5: one conclusion). */
export const CONCLUSION_EVENTS = ['resolved', 'referred', 'withdrawn'] as const;
export type ConclusionType = (typeof CONCLUSION_EVENTS)[number];

/** The events that make or unmake a conclusion: the latest of them tells whether the case stands concluded. */
export const TURN_EVENTS = [...CONCLUSION_EVENTS, 'reopened'] as const;

/** Events that can put a case into a period's figures besides its registration. */
export const PERIOD_EVENTS = ['accepted', ...CONCLUSION_EVENTS, 'feedback'] as const;

export interface KpiFeedback {
  at: Date;
  /** 'satisfied' | 'neutral' | 'dissatisfied' */
  satisfaction: string;
}

/** The case row as the KPIs see it. */
export interface KpiCaseRow {
  id: string;
  registeredAt: Date;
  channel: string;
  category: string;
  /** current status (byStatus) */
  status: string;
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
  /** the current assignee */
  handlerId: string | null;
  moneyRecoveredFen: number;
}

export interface KpiCaseFacts extends KpiCaseRow {
  /** the first 'accepted' event: ends the response clock; a return and re-acceptance does not move it */
  firstAcceptedAt: Date | null;
  /**
   * The conclusion that stands now: the latest resolved/referred/withdrawn event, unless a
   * 'reopened' event came after it (then null: the case is being handled again). Archiving
   * does not change it: an archived case counts by the conclusion before archiving.
   */
  conclusion: { type: ConclusionType; at: Date } | null;
  /** feedback events carrying a rating, in timeline order */
  feedback: KpiFeedback[];
  /** registration times of the cases that link to this one (cases.linked_case_id): possible rebounds */
  linkedRegistrations: Date[];
}

export interface KpiEvent {
  seq: number;
  type: string;
  at: Date;
  data?: Record<string, unknown> | null;
}

const isConclusion = (t: string): t is ConclusionType => (CONCLUSION_EVENTS as readonly string[]).includes(t);

/**
 * The facts of one case from its row, its timeline and the registrations of the cases
 * linking to it. With `window`, only what that window can use is kept (feedback inside it,
 * linked cases registered from its start on), as the repository's query does.
 */
export function deriveCaseFacts(row: KpiCaseRow, events: readonly KpiEvent[], linkedRegistrations: readonly Date[] = [], window?: Window): KpiCaseFacts {
  const timeline = [...events].sort((a, b) => a.seq - b.seq);
  let firstAcceptedAt: Date | null = null;
  let conclusion: KpiCaseFacts['conclusion'] = null;
  const feedback: KpiFeedback[] = [];
  for (const e of timeline) {
    if (e.type === 'accepted' && (firstAcceptedAt === null || e.at < firstAcceptedAt)) firstAcceptedAt = e.at;
    else if (isConclusion(e.type)) conclusion = { type: e.type, at: e.at };
    else if (e.type === 'reopened') conclusion = null;
    else if (e.type === 'feedback') {
      const s = e.data?.satisfaction;
      if (typeof s === 'string' && (!window || (e.at >= window.from && e.at < window.to))) feedback.push({ at: e.at, satisfaction: s });
    }
  }
  return {
    ...row,
    firstAcceptedAt,
    conclusion,
    feedback,
    linkedRegistrations: linkedRegistrations.filter((d) => !window || d >= window.from).sort((a, b) => a.getTime() - b.getTime()),
  };
}
