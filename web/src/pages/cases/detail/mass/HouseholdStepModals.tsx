// The small dialogs of bulk household work: an optional amount for 达成一致/兑付, the list of
// households that were not ready, and 统一协议 (one agreement for all).
import { Form, Input, InputNumber, Modal, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ManualStep, NotReadyHousehold } from '../../../../api/households';
import { getLocale, useT } from '../../../../i18n';
import { parseYuanToFen } from '../../shared/validators';

export function AmountModal({ step, onClose, onSubmit }: { step: ManualStep | null; onClose: () => void; onSubmit: (amountFen: number | undefined) => Promise<void> }) {
  const t = useT();
  const [form] = Form.useForm<{ amount?: string }>();
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open={step !== null}
      title={step ? t(`households.action.${step}`) : ''}
      okText={t('households.confirm')}
      confirmLoading={saving}
      destroyOnHidden
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ amount }) => {
          setSaving(true);
          try {
            await onSubmit(amount?.trim() ? parseYuanToFen(amount)! : undefined);
            onClose();
          } finally {
            setSaving(false);
          }
        }}
      >
        <Form.Item
          name="amount"
          label={step === 'paid' ? t('households.amount.paid') : t('households.amount.agreed')}
          rules={[{ validator: async (_, v: unknown) => (typeof v !== 'string' || !v.trim() || parseYuanToFen(v) !== null ? undefined : Promise.reject(new Error(t('households.amountInvalid')))) }]}
        >
          <Input autoFocus inputMode="decimal" suffix="元" data-testid="households-amount" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function showNotReady(modal: { warning: (config: object) => unknown }, title: string, households: NotReadyHousehold[]) {
  const lang = getLocale() === 'en' ? 'en' : 'zh-CN';
  modal.warning({
    title,
    width: 560,
    content: (
      <Table<NotReadyHousehold>
        size="small"
        rowKey="id"
        dataSource={households}
        pagination={households.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        columns={[
          { dataIndex: 'rowNo', width: 60 },
          { dataIndex: 'name', width: 100 },
          { key: 'm', render: (_, h) => <Typography.Text type="danger">{h.message[lang]}</Typography.Text> },
        ]}
        showHeader={false}
        data-testid="households-not-ready"
      />
    ),
  });
}

export function AgreementModal({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (mode: 'claim' | 'ratio', ratio?: number) => Promise<void> }) {
  const t = useT();
  const [form] = Form.useForm<{ mode: 'claim' | 'ratio'; percent?: number }>();
  const mode = Form.useWatch('mode', form);
  const [saving, setSaving] = useState(false);
  return (
    <Modal open={open} title={t('households.agreement.title')} okText={t('households.confirm')} confirmLoading={saving} destroyOnHidden onCancel={onClose} onOk={() => form.submit()}>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ mode: 'claim', percent: 100 }}
        onFinish={async (v) => {
          setSaving(true);
          try {
            await onSubmit(v.mode, v.mode === 'ratio' ? (v.percent ?? 100) / 100 : undefined);
            onClose();
          } finally {
            setSaving(false);
          }
        }}
      >
        <Form.Item name="mode">
          <Radio.Group
            options={[
              { value: 'claim', label: t('households.agreement.mode.claim') },
              { value: 'ratio', label: t('households.agreement.mode.ratio') },
            ]}
          />
        </Form.Item>
        {mode === 'ratio' ? (
          <Form.Item name="percent" label={t('households.agreement.ratio')} rules={[{ required: true }]}>
            <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: 160 }} />
          </Form.Item>
        ) : null}
        <Typography.Text type="secondary">{t('households.agreement.hint')}</Typography.Text>
      </Form>
    </Modal>
  );
}
