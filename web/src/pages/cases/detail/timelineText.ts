// The lines under a timeline event, in the UI language, from its `data`.
import {
  FEEDBACK_SOURCES,
  OUTCOMES,
  REFERRAL_DESTINATIONS,
  SATISFACTIONS,
  type TimelineEvent,
} from '../../../api/caseTypes';
import { getLocale, type TFunction } from '../../../i18n';
import {
  deadlineKey,
  destinationKey,
  escalationTargetKey,
  feedbackSourceKey,
  isOneOf,
  outcomeKey,
  satisfactionKey,
} from '../shared/caseLabels';
import { expertTimelineLines } from './expertTimelineText';
import { massTimelineLines } from './massTimelineText';
import { documentTimelineLines } from './documentTimelineText';
import { householdTimelineLines } from './mass/householdTimelineText';
import { oncallTimelineLines } from './oncallTimelineText';
import { agreementTimelineLines } from './agreementTimelineText';
import { sessionTimelineLines } from './sessionTimelineText';
import { followupTimelineLines } from '../../followup/followupTimelineText';

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** Routing events carry their explanation in both languages (older ones in Chinese only). */
const routingExplanation = (data: Record<string, unknown>): string | null =>
  (getLocale() === 'en' ? str(data.explanationEn) : null) ?? str(data.explanation);

export function timelineDetails(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  const lines: string[] = [];
  switch (event.type) {
    case 'routed': {
      const target = [str(data.unitName), str(data.userName)].filter(Boolean).join(' · ');
      if (target) lines.push(t('timelineText.routedTo', { target }));
      const explanation = routingExplanation(data);
      if (explanation) lines.push(t('timelineText.explanation', { text: explanation }));
      break;
    }
    case 'routing_unmatched': {
      const explanation = routingExplanation(data);
      if (explanation) lines.push(explanation);
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
    case 'mass_warning':
    case 'gathered':
    case 'ungathered':
    case 'group_formed':
    case 'group_member_added':
    case 'group_member_removed':
      lines.push(...massTimelineLines(t, event));
      break;
    case 'expert_proposed':
    case 'expert_replaced':
    case 'expert_accepted':
    case 'expert_declined':
    case 'expert_expired':
    case 'expert_withdrawn':
    case 'expert_lead':
      lines.push(...expertTimelineLines(t, event));
      break;
    case 'oncall_requested':
    case 'oncall_answered':
    case 'oncall_completed':
    case 'oncall_cancelled':
    case 'oncall_expired':
      lines.push(...oncallTimelineLines(t, event));
      break;
    case 'households_imported':
    case 'households_progress':
    case 'households_agreement_applied':
    case 'households_notified':
      lines.push(...householdTimelineLines(t, event));
      break;
    case 'agreement_drafted':
    case 'agreement_party_signed':
    case 'agreement_refused':
    case 'agreement_signed':
    case 'agreement_term_fulfilled':
    case 'agreement_term_unfulfilled':
    case 'jc_applied':
    case 'jc_accepted':
    case 'jc_ruled':
    case 'jc_withdrawn':
    case 'referral_receipt':
      lines.push(...agreementTimelineLines(t, event));
      break;
    case 'document_generated':
      lines.push(...documentTimelineLines(t, event));
      break;
    case 'session_scheduled':
    case 'session_rescheduled':
    case 'session_cancelled':
    case 'session_held':
      lines.push(...sessionTimelineLines(t, event));
      break;
    case 'followup_planned':
    case 'followup_visit':
    case 'followup_overdue':
    case 'risk_assessed':
      lines.push(...followupTimelineLines(t, event));
      break;
    case 'attachment_added':
      if (str(data.filename)) lines.push(str(data.filename) ?? '');
      break;
    default:
      break;
  }
  if (event.reason) lines.push(t('timelineText.reason', { text: event.reason }));
  return lines;
}
