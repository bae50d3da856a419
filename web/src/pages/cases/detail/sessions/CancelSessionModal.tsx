// 取消调解 (or a circuit plan): a reason is required; invitees are told.
import { type ButtonProps, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';

export function ReasonModal({ open, title, label, onClose, onSubmit, testId }: { open: boolean; title: string; label: string; onClose: () => void; onSubmit: (reason: string) => Promise<void>; testId: string }) {
  const t = useT();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await onSubmit(v.reason.trim());
      onClose();
    } catch (error) {
      notify(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={() => void submit()} confirmLoading={saving} okButtonProps={{ danger: true, 'data-testid': `${testId}-submit` } as ButtonProps} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, min: 2, message: t('sessions.required') }]}>
          <Input.TextArea data-testid={`${testId}-reason`} autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
