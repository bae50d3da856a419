// 风险评估 in the 化解 dialog (optional): its level sets the follow-up plan the resolution opens.
import { Divider, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { ActiveRiskChecklistForm } from './RiskChecklistForm';

export function ResolveRiskSection() {
  const t = useT();
  const [on, setOn] = useState(false);
  return (
    <div data-testid="resolve-risk-section">
      <Divider titlePlacement="start" style={{ margin: '8px 0 12px' }}>
        {t('followup.resolve.section')}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('followup.resolve.hint')}
      </Typography.Paragraph>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12 }}>
        <Switch checked={on} onChange={setOn} data-testid="resolve-risk-toggle" />
        <span>{t('followup.resolve.enable')}</span>
      </div>
      {/* Unmounted items leave the form (preserve=false): no answers are sent unless shown. */}
      {on ? <ActiveRiskChecklistForm name="riskAnswers" /> : null}
    </div>
  );
}
