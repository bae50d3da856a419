// Small tags for a case's status (with 暂停中), urgency and risk level.
import { PauseCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { CaseStatus, RiskLevel, Urgency } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { riskKey, RISK_COLORS, statusKey, STATUS_COLORS, urgencyKey, URGENCY_COLORS } from './caseLabels';

export function StatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(statusKey(status))}
    </Tag>
  );
}

export function PausedTag({ reason }: { reason?: string | null }) {
  const t = useT();
  const tag = (
    <Tag icon={<PauseCircleOutlined />} color="default" data-testid="case-paused">
      {t('status.paused')}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

export function UrgencyTag({ urgency, hideNormal = false }: { urgency: Urgency; hideNormal?: boolean }) {
  const t = useT();
  if (hideNormal && urgency === 'normal') return null;
  return <Tag color={URGENCY_COLORS[urgency]}>{t(urgencyKey(urgency))}</Tag>;
}

export function RiskTag({ risk }: { risk: RiskLevel | null }) {
  const t = useT();
  if (!risk) return null;
  return <Tag color={RISK_COLORS[risk]}>{t(riskKey(risk))}</Tag>;
}
