// The lines under the agreement, judicial-confirmation and referral-receipt events of a timeline.
import { formatYuan } from '../../../api/agreements';
import type { TimelineEvent } from '../../../api/caseTypes';
import type { TFunction } from '../../../i18n';
import { formatTime } from '../shared/format';

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

export function agreementTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  const lines: string[] = [];
  switch (event.type) {
    case 'agreement_drafted':
      if (typeof data.totalFen === 'number') lines.push(t('timelineText.agreementTotal', { amount: formatYuan(data.totalFen), count: typeof data.terms === 'number' ? data.terms : 0 }));
      break;
    case 'agreement_party_signed':
    case 'agreement_refused':
      if (str(data.partyName)) lines.push(t('timelineText.agreementParty', { name: str(data.partyName) ?? '' }));
      break;
    case 'agreement_signed':
      if (str(data.concludedOn)) lines.push(t('timelineText.agreementEffective', { date: str(data.concludedOn) ?? '' }));
      break;
    case 'agreement_term_fulfilled':
    case 'agreement_term_unfulfilled':
      lines.push(t('timelineText.agreementTerm', { ordinal: typeof data.ordinal === 'number' ? data.ordinal : '?', text: str(data.description) ?? '' }));
      break;
    case 'jc_applied':
      lines.push(t('timelineText.jcCourt', { court: str(data.courtName) ?? '', date: str(data.lastDay) ?? '' }));
      break;
    case 'jc_accepted':
      lines.push(t('timelineText.jcAccepted', { date: str(data.acceptedOn) ?? '' }));
      break;
    case 'jc_ruled':
      lines.push(t('timelineText.jcRuled', { result: t(data.result === 'confirmed' ? 'jc.result.confirmed' : 'jc.result.rejected'), number: str(data.rulingNumber) ?? '', date: str(data.ruledOn) ?? '' }));
      break;
    case 'referral_receipt':
      lines.push(t('timelineText.receipt', { no: str(data.receiptNo) ?? '', time: formatTime(str(data.receivedAt)) }));
      break;
    default:
      break;
  }
  return lines;
}
