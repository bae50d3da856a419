// The settlement part of the case page: 调解协议, 司法确认 and, for a referred case, 转办回执 —
// one fetch of the agreement state shared by the cards.
import { useCallback, useEffect, useState } from 'react';
import { type AgreementState, agreementsApi } from '../../../api/agreements';
import type { Case } from '../../../api/caseTypes';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { AgreementCard } from './AgreementCard';
import { JudicialConfirmationCard } from './JudicialConfirmationCard';
import { ReferralReceiptCard } from './ReferralReceiptCard';

const WITH_AGREEMENT = ['accepted', 'handling', 'resolved', 'archived'];

export function AgreementSection({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const notify = useErrorNotice();
  const [state, setState] = useState<AgreementState | null>(null);

  const load = useCallback(async () => {
    try {
      setState(await agreementsApi.get(current.id));
    } catch (error) {
      notify(error);
    }
    // A new case version (an action, a timeline event) reloads the agreement too.
  }, [current.id, current.version, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!state) return null;
  const changed = (next?: AgreementState) => {
    if (next) setState(next);
    onChanged();
  };
  const showAgreement = state.agreement !== null || WITH_AGREEMENT.includes(current.status);

  return (
    <>
      {showAgreement && (state.agreement !== null || current.status !== 'archived') ? <AgreementCard current={current} state={state} onChanged={changed} /> : null}
      <JudicialConfirmationCard current={current} state={state} onChanged={changed} />
      {current.referral ? <ReferralReceiptCard current={current} canEdit={state.canEdit} onChanged={onChanged} /> : null}
    </>
  );
}
