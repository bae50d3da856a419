// One modal for the 涉众 changes that need a reason: gathering (with an optional subject),
// joining a group case, taking a member out. Field errors from the server are shown on
// the form; the caller decides what happens after success.
import { Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../../../api/client';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';

export interface MassReasonValues {
  title?: string;
  reason: string;
}

interface MassReasonModalProps {
  open: boolean;
  title: string;
  intro?: ReactNode;
  /** ask for the subject of the new group case too */
  withTitle?: boolean;
  reasonLabel?: string;
  reasonPlaceholder?: string;
  okText: string;
  onClose: () => void;
  onSubmit: (values: MassReasonValues) => Promise<void>;
}

export function MassReasonModal({ open, title, intro, withTitle, reasonLabel, reasonPlaceholder, okText, onClose, onSubmit }: MassReasonModalProps) {
  const t = useT();
  const notify = useErrorNotice();
  const [form] = Form.useForm<MassReasonValues>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: MassReasonValues) => {
    setSaving(true);
    try {
      await onSubmit({ reason: values.reason.trim(), title: values.title?.trim() || undefined });
      onClose();
    } catch (error) {
      notify(error);
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        const known = ['title', 'reason'] as const;
        form.setFields(known.filter((name) => error.fields[name]).map((name) => ({ name, errors: [error.fields[name]!] })));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      okButtonProps={{ loading: saving, danger: false }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {intro ? <div style={{ marginBottom: 16 }}>{typeof intro === 'string' ? <Typography.Paragraph>{intro}</Typography.Paragraph> : intro}</div> : null}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        {withTitle ? (
          <Form.Item name="title" label={t('massDispute.groupTitle')} rules={[{ max: 100 }]}>
            <Input maxLength={100} placeholder={t('massDispute.groupTitlePlaceholder')} data-testid="mass-group-title" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={reasonLabel ?? t('massDispute.reason')}
          rules={[{ required: true, whitespace: true, message: t('massDispute.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder={reasonPlaceholder ?? t('massDispute.reasonPlaceholder')} data-testid="mass-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
