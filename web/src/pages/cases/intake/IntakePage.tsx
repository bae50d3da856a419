// 登记受理 (/cases/new): the intake form, then the success panel with the case code.
import { useState } from 'react';
import type { Case, Channel } from '../../../api/caseTypes';
import { PageContainer } from '../../../components/PageContainer';
import { useT } from '../../../i18n';
import { IntakeForm } from './IntakeForm';
import { IntakeSuccess } from './IntakeSuccess';
import './intake.css';

export default function IntakePage() {
  const t = useT();
  const [created, setCreated] = useState<Case | null>(null);
  // The next form keeps the channel of the last one (a hotline clerk stays on the hotline).
  const [channel, setChannel] = useState<Channel>('window');
  const [formKey, setFormKey] = useState(0);

  return (
    <PageContainer title={t('menu.cases.register')} description={t('menuDesc.cases.register')}>
      {created ? (
        <IntakeSuccess
          created={created}
          onContinue={() => {
            setCreated(null);
            setFormKey((key) => key + 1);
          }}
        />
      ) : (
        <IntakeForm
          key={formKey}
          channel={channel}
          onCreated={(next) => {
            setChannel(next.channel);
            setCreated(next);
          }}
        />
      )}
    </PageContainer>
  );
}
