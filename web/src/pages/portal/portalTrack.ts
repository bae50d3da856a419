// Tracking helpers: the router state handed over by the filing page, and the step of each status.
import type { CaseStatus } from '../../api/caseTypes';
import type { MessageKey } from '../../i18n';

/** Router state for /portal/track (kept in memory: the phone never goes into the URL). */
export interface TrackState {
  code?: string;
  phone?: string;
}

export const TRACK_STEPS: readonly MessageKey[] = [
  'portal.stepRegistered',
  'portal.stepRouted',
  'portal.stepAccepted',
  'portal.stepHandling',
  'portal.stepConcluded',
  'portal.stepArchived',
];

export const STATUS_STEP: Record<CaseStatus, number> = {
  registered: 0,
  routed: 1,
  accepted: 2,
  handling: 3,
  resolved: 4,
  referred: 4,
  withdrawn: 4,
  archived: 5,
};

/** What the status means for the resident, in plain words. */
export const STATUS_EXPLANATION: Record<CaseStatus, MessageKey> = {
  registered: 'portal.explain.registered',
  routed: 'portal.explain.routed',
  accepted: 'portal.explain.accepted',
  handling: 'portal.explain.handling',
  resolved: 'portal.explain.resolved',
  referred: 'portal.explain.referred',
  withdrawn: 'portal.explain.withdrawn',
  archived: 'portal.explain.archived',
};
