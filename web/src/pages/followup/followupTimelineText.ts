// The lines under the follow-up events (回访, 风险评估) of a case timeline.
import type { TimelineEvent } from '../../api/caseTypes';
import type { MessageKey, TFunction } from '../../i18n';
import { isRiskLevel } from './riskLevel';

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const num = (value: unknown): number | string => (typeof value === 'number' ? value : '?');
const level = (t: TFunction, value: unknown) => (isRiskLevel(value) ? t(`risk.${value}` as MessageKey) : '—');

export function followupTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  const lines: string[] = [];
  switch (event.type) {
    case 'followup_planned':
      lines.push(t('timelineText.followupPlanned', { level: level(t, data.level), day: str(data.firstDueOn) ?? '—' }));
      break;
    case 'followup_visit': {
      const mode = data.mode === 'phone' || data.mode === 'in_person' ? t(`followup.mode.${data.mode}`) : '—';
      const stability = data.stability === 'stable' || data.stability === 'unstable' || data.stability === 'worsened' ? t(`followup.stability.${data.stability}`) : '—';
      lines.push(t('timelineText.followupVisit', { seq: num(data.seq), mode, stability, level: level(t, data.level) }));
      if (data.onTime === false && str(data.dueOn)) lines.push(t('timelineText.followupLate', { day: str(data.dueOn) ?? '' }));
      if (str(data.reboundCaseCode)) lines.push(t('timelineText.followupRebound', { code: str(data.reboundCaseCode) ?? '' }));
      if (data.ended === true) lines.push(t('timelineText.followupEnded'));
      else if (str(data.nextDueOn)) lines.push(t('timelineText.followupNext', { day: str(data.nextDueOn) ?? '' }));
      break;
    }
    case 'followup_overdue':
      lines.push(t('timelineText.followupOverdue', { seq: num(data.seq), days: num(data.lateDays), step: num(data.step) }));
      break;
    case 'risk_assessed':
      lines.push(t('timelineText.riskAssessed', { level: level(t, data.level), score: num(data.score), version: num(data.version) }));
      break;
    default:
      break;
  }
  return lines;
}
