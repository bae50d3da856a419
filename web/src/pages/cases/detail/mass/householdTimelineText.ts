// Timeline lines of 涉众户 events: import, progress steps, one agreement for all, batch notices.
import type { TimelineEvent } from '../../../../api/caseTypes';
import type { MessageKey, TFunction } from '../../../../i18n';
import { formatFen } from '../../shared/validators';

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const STEP_KEYS: Record<string, MessageKey> = {
  attended: 'households.action.attended',
  agreed: 'households.action.agreed',
  signed: 'households.action.signed',
  paid: 'households.action.paid',
};

export function householdTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  switch (event.type) {
    case 'households_imported':
      return [t('timelineText.householdsImported', { count: num(data.count), total: num(data.total), amount: formatFen(num(data.claimFen)) })];
    case 'households_progress': {
      const key = typeof data.step === 'string' ? STEP_KEYS[data.step] : undefined;
      return key ? [t('timelineText.householdsProgress', { step: t(key), count: num(data.count) })] : [];
    }
    case 'households_agreement_applied': {
      const basis =
        data.mode === 'ratio' ? t('timelineText.householdsAgreementRatio', { percent: Math.round(num(data.ratio) * 10000) / 100 }) : t('timelineText.householdsAgreementClaim');
      return [t('timelineText.householdsAgreement', { count: num(data.count), amount: formatFen(num(data.agreedFen)), basis })];
    }
    case 'households_notified':
      return [t('timelineText.householdsNotified', { title: typeof data.title === 'string' ? data.title : '', count: num(data.recipients) })];
    default:
      return [];
  }
}
