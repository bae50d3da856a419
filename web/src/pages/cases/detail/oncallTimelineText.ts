// The lines under the on-call events (随驻请求) of a timeline.
import type { TimelineEvent } from '../../../api/caseTypes';
import type { TFunction } from '../../../i18n';
import { formatTime } from '../shared/format';

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

export function oncallTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  const unit = str(data.unitName) ?? '';
  const lines: string[] = [];
  switch (event.type) {
    case 'oncall_requested':
      if (unit) lines.push(t('timelineText.oncallTo', { unit }));
      if (str(data.message)) lines.push(t('timelineText.oncallMessage', { text: str(data.message) ?? '' }));
      if (str(data.respondBy)) lines.push(t('timelineText.oncallDue', { time: formatTime(str(data.respondBy)) }));
      break;
    case 'oncall_answered':
      lines.push(t(data.decision === 'accepted' ? 'timelineText.oncallAccepted' : 'timelineText.oncallDeclined', { unit }));
      // A refusal's reason is the event's reason; an acceptance's note is shown here.
      if (data.decision === 'accepted' && str(data.note)) lines.push(t('timelineText.note', { text: str(data.note) ?? '' }));
      break;
    case 'oncall_completed':
    case 'oncall_cancelled':
    case 'oncall_expired':
      if (unit) lines.push(t('timelineText.oncallTo', { unit }));
      break;
    default:
      break;
  }
  return lines;
}
