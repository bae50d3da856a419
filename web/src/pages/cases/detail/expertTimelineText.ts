// The lines under an expert event of the timeline (专家智库: invitation, answer, expiry, replacement, lead).
import { EXPERT_KINDS, type Proposer } from '../../../api/experts';
import type { TimelineEvent } from '../../../api/caseTypes';
import type { TFunction } from '../../../i18n';
import { expertKindKey, proposerKey } from '../../experts/expertLabels';
import { isOneOf } from '../shared/caseLabels';
import { formatTime } from '../shared/format';

const PROPOSERS: readonly Proposer[] = ['party', 'dispatcher', 'fallback'];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function expertTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  const name = str(data.expertName);
  const kind = isOneOf(EXPERT_KINDS, data.kind) ? t(expertKindKey(data.kind)) : '';
  const time = typeof data.respondBy === 'string' ? formatTime(data.respondBy) : '—';
  switch (event.type) {
    case 'expert_proposed': {
      const by = isOneOf(PROPOSERS, data.proposedBy) ? t(proposerKey(data.proposedBy)) : '';
      const lines = [t('timelineText.expertProposed', { name, kind, by, time })];
      if (data.lead === true) lines.push(t('timelineText.expertProposedLead', { name }));
      return lines;
    }
    case 'expert_replaced':
      return [t('timelineText.expertReplaced', { name, kind, replaced: str(data.replacesName), time })];
    case 'expert_accepted':
      return [t(data.lead === true ? 'timelineText.expertAcceptedLead' : 'timelineText.expertAccepted', { name })];
    case 'expert_declined':
      return [t('timelineText.expertDeclined', { name })];
    case 'expert_expired':
      return [t('timelineText.expertExpired', { name })];
    case 'expert_withdrawn':
      return [t('timelineText.expertWithdrawn', { name })];
    case 'expert_lead':
      return [typeof data.previousName === 'string' ? t('timelineText.expertLeadFrom', { name, previous: data.previousName }) : t('timelineText.expertLead', { name })];
    default:
      return [];
  }
}
