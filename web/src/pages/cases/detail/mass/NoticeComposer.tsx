// 批量通知: title and text of an SMS queued for the chosen households (delivered by the outbox).
import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../api/client';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';

export function NoticeComposer({ open, target, onClose, onSubmit }: { open: boolean; target: string; onClose: () => void; onSubmit: (title: string, body: string) => Promise<void> }) {
  const t = useT();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ title: string; body: string }>();
  const [saving, setSaving] = useState(false);
  return (
    <Modal open={open} title={t('households.notice.title')} okText={t('households.notice.send')} confirmLoading={saving} destroyOnHidden onCancel={onClose} onOk={() => form.submit()}>
      <Typography.Paragraph type="secondary">
        {t('households.notice.to')}：{target}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (v) => {
          setSaving(true);
          try {
            await onSubmit(v.title.trim(), v.body.trim());
            onClose();
          } catch (error) {
            notify(error);
            if (isApiError(error)) form.setFields((['title', 'body'] as const).filter((n) => error.fields[n]).map((n) => ({ name: n, errors: [error.fields[n]!] })));
          } finally {
            setSaving(false);
          }
        }}
      >
        <Form.Item name="title" label={t('households.notice.subject')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input autoFocus data-testid="notice-title" />
        </Form.Item>
        <Form.Item name="body" label={t('households.notice.body')} extra={t('households.notice.bodyHint')} rules={[{ required: true, whitespace: true, max: 500 }]}>
          <Input.TextArea rows={4} showCount maxLength={500} data-testid="notice-body" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
