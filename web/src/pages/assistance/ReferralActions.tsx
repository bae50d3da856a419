// The steps a caller may take on a referral now: accept or start at once; complete or
// decline with an outcome (required). A stale version or a step no longer allowed reloads.
import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { assistanceApi, type Referral, type ReferralTarget } from '../../api/assistance';
import { isApiError } from '../../api/client';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';

const NEEDS_OUTCOME: readonly ReferralTarget[] = ['completed', 'declined'];

export function ReferralActions({ referral, onChanged }: { referral: Referral; onChanged: (next: Referral | null) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [busy, setBusy] = useState<ReferralTarget | null>(null);
  const [closing, setClosing] = useState<ReferralTarget | null>(null);
  const [form] = Form.useForm<{ outcome: string }>();

  if (referral.next.length === 0) return null;

  const step = async (status: ReferralTarget, outcome?: string) => {
    setBusy(status);
    try {
      const next = await assistanceApi.setStatus(referral.id, { status, outcome: outcome ?? null, version: referral.version });
      void message.success(t('assistance.stepDone', { status: t(`assistance.status.${status}`) }));
      setClosing(null);
      onChanged(next);
    } catch (error) {
      if (isApiError(error) && error.fields.outcome) {
        form.setFields([{ name: 'outcome', errors: [error.fields.outcome] }]);
      } else {
        notify(error);
        // Someone else moved it on: show what it is now.
        if (isApiError(error) && error.status === 409) {
          setClosing(null);
          onChanged(null);
        }
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space size={0} wrap>
      {referral.next.map((status) =>
        NEEDS_OUTCOME.includes(status) ? (
          <Button
            key={status}
            type="link"
            size="small"
            danger={status === 'declined'}
            onClick={() => {
              form.resetFields();
              setClosing(status);
            }}
            data-testid={`referral-${status}`}
          >
            {t(`assistance.action.${status}`)}
          </Button>
        ) : (
          <Popconfirm key={status} title={t(`assistance.confirm.${status}`)} onConfirm={() => step(status)} okText={t(`assistance.action.${status}`)}>
            <Button type="link" size="small" loading={busy === status} data-testid={`referral-${status}`}>
              {t(`assistance.action.${status}`)}
            </Button>
          </Popconfirm>
        ),
      )}
      <Modal
        open={closing !== null}
        title={closing ? t(`assistance.action.${closing}`) : ''}
        onCancel={() => setClosing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: busy !== null, danger: closing === 'declined' }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => closing && void step(closing, v.outcome.trim())} preserve={false}>
          <Form.Item
            name="outcome"
            label={closing === 'declined' ? t('assistance.declineReason') : t('assistance.outcome')}
            rules={[{ required: true, whitespace: true, message: closing === 'declined' ? t('assistance.declineReasonRequired') : t('assistance.outcomeRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} showCount placeholder={closing === 'declined' ? t('assistance.declinePlaceholder') : t('assistance.outcomePlaceholder')} data-testid="referral-outcome" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
