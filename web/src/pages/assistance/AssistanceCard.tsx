// 帮扶转介 on a case or a household: the referrals with their status and outcome, the steps the
// caller may take, and 转介帮扶 for whoever may refer it.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { assistanceApi, type Referral } from '../../api/assistance';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { formatTime } from '../cases/shared/format';
import { KindTag, ReferralStatusTag } from './labels';
import { ReferModal } from './ReferModal';
import { ReferralActions } from './ReferralActions';

interface AssistanceCardProps {
  caseId?: string;
  householdId?: string;
  /** render nothing while there is no referral (the case page before resolution) */
  hideWhenEmpty?: boolean;
}

export function AssistanceCard({ caseId, householdId, hideWhenEmpty = false }: AssistanceCardProps) {
  const t = useT();
  const notify = useErrorNotice();
  const [items, setItems] = useState<Referral[] | null>(null);
  const [canRefer, setCanRefer] = useState(false);
  const [referring, setReferring] = useState(false);

  const load = useCallback(async () => {
    try {
      const r = await assistanceApi.referrals({ caseId, householdId });
      setItems(r.items);
      setCanRefer(r.canRefer);
    } catch (error) {
      notify(error);
    }
  }, [caseId, householdId, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  if (hideWhenEmpty && (items === null || items.length === 0)) return null;

  return (
    <Card
      variant="borderless"
      title={t('assistance.cardTitle')}
      loading={items === null}
      extra={
        canRefer ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setReferring(true)} data-testid="assistance-refer">
            {t('assistance.refer')}
          </Button>
        ) : null
      }
      data-testid="assistance-card"
    >
      {!items?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assistance.noReferrals')} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {items.map((r) => (
            <div key={r.id} data-testid="assistance-item" data-status={r.status}>
              <Space size={4} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                <Space size={6} wrap>
                  <KindTag kind={r.resource.kind} />
                  <Typography.Text strong>{r.resource.name}</Typography.Text>
                </Space>
                <ReferralStatusTag status={r.status} />
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {r.resource.provider}
              </Typography.Text>
              <Typography.Paragraph style={{ margin: '4px 0' }} ellipsis={{ rows: 3, expandable: true, symbol: '…' }}>
                {r.reason}
              </Typography.Paragraph>
              {r.outcome ? (
                <Typography.Paragraph style={{ margin: '4px 0' }} type={r.status === 'declined' ? 'secondary' : undefined}>
                  {t(r.status === 'declined' ? 'assistance.declinedWith' : 'assistance.outcomeWith', { text: r.outcome })}
                </Typography.Paragraph>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('assistance.referredBy', { name: r.referredByName ?? '—', time: formatTime(r.referredAt) })}
              </Typography.Text>
              <ReferralActions referral={r} onChanged={() => void load()} />
            </div>
          ))}
        </Space>
      )}
      <ReferModal
        open={referring}
        caseId={caseId}
        householdId={householdId}
        onClose={() => setReferring(false)}
        onDone={() => {
          setReferring(false);
          void load();
        }}
      />
    </Card>
  );
}

export default AssistanceCard;
