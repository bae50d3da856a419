// The lines under a timeline event, in the UI language, from its `data`.
import {
  FEEDBACK_SOURCES,
  OUTCOMES,
  REFERRAL_DESTINATIONS,
  SATISFACTIONS,
  type TimelineEvent,
} from '../../../api/caseTypes';
import type { TFunction } from '../../../i18n';
import {
  deadlineKey,
  destinationKey,
  escalationTargetKey,
  feedbackSourceKey,
  isOneOf,
  outcomeKey,
  satisfactionKey,
} from '../shared/caseLabels';

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

export function timelineDetails(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  const lines: string[] = [];
  switch (event.type) {
    case 'routed': {
      const target = [str(data.unitName), str(data.userName)].filter(Boolean).join(' · ');
      if (target) lines.push(t('timelineText.routedTo', { target }));
      const explanation = str(data.explanation);
      if (explanation) lines.push(t('timelineText.explanation', { text: explanation }));
      break;
    }
    case 'resolved':
      if (isOneOf(OUTCOMES, data.outcome)) lines.push(t('timelineText.outcome', { outcome: t(outcomeKey(data.outcome)) }));
      if (str(data.note)) lines.push(t('timelineText.note', { text: str(data.note) ?? '' }));
      break;
    case 'referred':
      if (isOneOf(REFERRAL_DESTINATIONS, data.destination)) {
        lines.push(t('timelineText.destination', { destination: t(destinationKey(data.destination)) }));
      }
      if (str(data.note)) lines.push(t('timelineText.note', { text: str(data.note) ?? '' }));
      break;
    case 'feedback': {
      const parts: string[] = [];
      if (isOneOf(FEEDBACK_SOURCES, data.source)) parts.push(t(feedbackSourceKey(data.source)));
      if (isOneOf(SATISFACTIONS, data.satisfaction)) parts.push(t(satisfactionKey(data.satisfaction)));
      if (typeof data.solved === 'boolean') parts.push(data.solved ? t('timelineText.solved') : t('timelineText.notSolved'));
      if (parts.length > 0) lines.push(parts.join(t('common.listSeparator')));
      if (str(data.note)) lines.push(t('timelineText.note', { text: str(data.note) ?? '' }));
      break;
    }
    case 'escalated': {
      const deadline = data.deadline === 'response' || data.deadline === 'handling' ? t(deadlineKey(data.deadline)) : '';
      const target = isOneOf(['handler', 'unit_lead', 'director'] as const, data.target) ? t(escalationTargetKey(data.target)) : '';
      lines.push(t('timelineText.escalated', { deadline, level: typeof data.level === 'number' ? data.level : '?', target }));
      break;
    }
    case 'attachment_added':
      if (str(data.filename)) lines.push(str(data.filename) ?? '');
      break;
    default:
      break;
  }
  if (event.reason) lines.push(t('timelineText.reason', { text: event.reason }));
  return lines;
}
