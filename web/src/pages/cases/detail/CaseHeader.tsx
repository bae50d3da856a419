// The case header: code, title, status and level tags, the allowed actions and 导出卷宗.
import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Case, CaseAction } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { actionKey, channelKey } from '../shared/caseLabels';
import { PausedTag, RiskTag, StatusTag, UrgencyTag } from '../shared/CaseTags';
import { formatTime } from '../shared/format';
import { useCategories } from '../shared/useCategories';
import { DANGER_ACTIONS, PRIMARY_ACTIONS } from './actionForms';

interface CaseHeaderProps {
  current: Case;
  onAction: (action: CaseAction) => void;
}

export function CaseHeader({ current, onAction }: CaseHeaderProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const categories = useCategories();
  const [exporting, setExporting] = useState(false);

  const exportDossier = async () => {
    setExporting(true);
    try {
      await casesApi.downloadDossier(current.id, current.code);
      void message.success(t('caseDetail.exported'));
    } catch (error) {
      notify(error);
    } finally {
      setExporting(false);
    }
  };

  // One primary button (the usual next step), the rest default; danger ones last.
  const primary = current.allowedActions.find((action) => PRIMARY_ACTIONS.includes(action));
  const ordered = [...current.allowedActions].sort(
    (a, b) => Number(DANGER_ACTIONS.includes(a)) - Number(DANGER_ACTIONS.includes(b)),
  );

  return (
    <Card variant="borderless" className="case-header">
      <div className="case-header-top">
        <div className="case-header-main">
          <Space size={8} wrap align="center">
            <Typography.Text copyable className="case-header-code" data-testid="case-code">
              {current.code}
            </Typography.Text>
            <StatusTag status={current.status} testId="case-status" />
            {current.paused ? <PausedTag reason={current.pauseReason} /> : null}
            <UrgencyTag urgency={current.urgency} hideNormal />
            <RiskTag risk={current.riskLevel} />
          </Space>
          <Typography.Title level={4} className="case-header-title">
            {current.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {categories.nameOf(current.category, current.categoryName)} · {t(channelKey(current.channel))} · {t('caseDetail.registeredAt', { time: formatTime(current.registeredAt) })}
          </Typography.Text>
        </div>
        <Space wrap className="case-header-actions">
          {ordered.map((action) => (
            <Button
              key={action}
              type={action === primary ? 'primary' : 'default'}
              danger={DANGER_ACTIONS.includes(action)}
              onClick={() => onAction(action)}
              data-testid={`action-${action}`}
            >
              {t(actionKey(action))}
            </Button>
          ))}
          <Button icon={<FileWordOutlined />} loading={exporting} onClick={exportDossier} data-testid="case-export">
            {t('caseDetail.exportDossier')}
          </Button>
        </Space>
      </div>
    </Card>
  );
}
