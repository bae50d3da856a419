// After registration: the case code, big, and the two ways on.
import { Button, Card, Result, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Case } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { formatTime } from '../shared/format';

export function IntakeSuccess({ created, onContinue }: { created: Case; onContinue: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const response = created.deadlines.find((deadline) => deadline.kind === 'response');
  return (
    <Card variant="borderless">
      <Result
        status="success"
        title={t('intake.successTitle')}
        subTitle={
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('intake.successCodeLabel')}</Typography.Text>
            <Typography.Text copyable={{ text: created.code }} className="intake-success-code" data-testid="intake-success-code">
              {created.code}
            </Typography.Text>
            {response?.dueAt ? (
              <Typography.Text type="secondary">{t('intake.successResponseDue', { time: formatTime(response.dueAt) })}</Typography.Text>
            ) : null}
            <Typography.Text type="secondary">{t('intake.successTellParty')}</Typography.Text>
          </Space>
        }
        extra={[
          <Button key="view" type="primary" autoFocus onClick={() => navigate(`/cases/${created.id}`)} data-testid="intake-view-case">
            {t('intake.viewCase')}
          </Button>,
          <Button key="again" onClick={onContinue} data-testid="intake-again">
            {t('intake.continue')}
          </Button>,
        ]}
      />
    </Card>
  );
}
