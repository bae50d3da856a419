// 涉众预警 in the live intake panel: a red alert with the reasons when the account being
// typed would be one more case against the same respondent or at the same compound.
import { Alert, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { MassWarning } from '../../../api/massDispute';
import { useT } from '../../../i18n';

export function IntakeMassWarning({ warning }: { warning: MassWarning | undefined }) {
  const t = useT();
  const signals = warning?.signals.filter((s) => s.warn) ?? [];
  if (signals.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="intake-mass-warning"
      title={<Typography.Text strong>{t('massDispute.title')}</Typography.Text>}
      description={
        <Space orientation="vertical" size={4}>
          {signals.map((s) => (
            <div key={s.key}>
              <Typography.Text>{s.reason}</Typography.Text>
              {s.cases.length > 0 ? (
                <Typography.Text type="secondary">
                  {'：'}
                  {s.cases.slice(-5).map((c, i) => (
                    <span key={c.id}>
                      {i > 0 ? t('common.listSeparator') : ''}
                      <Link to={`/cases/${encodeURIComponent(c.id)}`} target="_blank" rel="noopener noreferrer">
                        {c.code}
                      </Link>
                    </span>
                  ))}
                </Typography.Text>
              ) : null}
              {s.hiddenCount > 0 ? <Typography.Text type="secondary">{`（${t('massDispute.hidden', { count: s.hiddenCount })}）`}</Typography.Text> : null}
            </div>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('massDispute.intakeHint')}
          </Typography.Text>
        </Space>
      }
    />
  );
}
