// The lines under the session events (调解安排) of a timeline.
import type { TimelineEvent } from '../../../api/caseTypes';
import type { MessageKey, TFunction } from '../../../i18n';
import { formatTime } from '../shared/format';

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const MODES = ['center', 'circuit', 'enterprise_station', 'online'];
const OUTCOMES = ['agreement', 'partial', 'no_agreement', 'adjourned'];

export function sessionTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  const mode = typeof data.mode === 'string' && MODES.includes(data.mode) ? t(`sessions.mode.${data.mode}` as MessageKey) : '';
  const lines: string[] = [];
  switch (event.type) {
    case 'session_scheduled':
      lines.push(t('timelineText.sessionAt', { mode, time: formatTime(str(data.startsAt)), place: str(data.place) ?? '—' }));
      break;
    case 'session_rescheduled':
      lines.push(t('timelineText.sessionMoved', { from: formatTime(str(data.from)), to: formatTime(str(data.startsAt)) }));
      if (str(data.place)) lines.push(t('timelineText.sessionAt', { mode, time: formatTime(str(data.startsAt)), place: str(data.place) ?? '' }));
      break;
    case 'session_cancelled':
      if (str(data.startsAt)) lines.push(t('timelineText.sessionOf', { time: formatTime(str(data.startsAt)) }));
      break;
    case 'session_held':
      if (typeof data.outcome === 'string' && OUTCOMES.includes(data.outcome)) lines.push(t('timelineText.sessionOutcome', { outcome: t(`sessions.outcome.${data.outcome}` as MessageKey) }));
      break;
    default:
      break;
  }
  return lines;
}
