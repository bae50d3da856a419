// 转办回执 of a referred case: where it went and the receiving unit's receipt, recorded by the handler.
import { Button, Card, Descriptions, Input, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { agreementsApi } from '../../../api/agreements';
import type { Case } from '../../../api/caseTypes';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { formatTime } from '../shared/format';

/** 'YYYY-MM-DDTHH:mm' of now in Beijing, for a datetime-local field. */
const nowLocal = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16);

export function ReferralReceiptCard({ current, canEdit, onChanged }: { current: Case; canEdit: boolean; onChanged: () => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const [receiptNo, setReceiptNo] = useState('');
  const [receivedAt, setReceivedAt] = useState(nowLocal());
  const [busy, setBusy] = useState(false);
  const r = current.referral;
  if (!r) return null;

  const save = async () => {
    setBusy(true);
    try {
      await agreementsApi.referralReceipt(current.id, { receiptNo: receiptNo.trim(), receivedAt: `${receivedAt}:00+08:00` });
      void message.success(t('referralReceipt.saved'));
      onChanged();
    } catch (error) {
      notify(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="borderless" title={t('referralReceipt.cardTitle')} data-testid="referral-receipt-card">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('referralReceipt.destination')}>{t(`destination.${r.destination}`)}</Descriptions.Item>
        {r.unitName ? <Descriptions.Item label={t('referralReceipt.unit')}>{r.unitName}</Descriptions.Item> : null}
        {r.receiptNo ? (
          <>
            <Descriptions.Item label={t('referralReceipt.receiptNo')}>
              <span data-testid="referral-receipt-no">{r.receiptNo}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('referralReceipt.receivedAt')}>{formatTime(r.receivedAt)}</Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
      {!r.receiptNo ? <Typography.Text type="secondary">{t('referralReceipt.waiting')}</Typography.Text> : null}
      {canEdit && current.status === 'referred' ? (
        <Space wrap style={{ marginTop: 8 }}>
          <Input style={{ width: 220 }} maxLength={100} placeholder={t('referralReceipt.receiptNo')} value={receiptNo} onChange={(e) => setReceiptNo(e.target.value)} data-testid="referral-receipt-input" />
          <Input type="datetime-local" style={{ width: 200 }} aria-label={t('referralReceipt.receivedAt')} value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} />
          <Button type="primary" loading={busy} disabled={!receiptNo.trim() || !receivedAt} onClick={() => void save()} data-testid="referral-receipt-save">
            {t('referralReceipt.save')}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}
