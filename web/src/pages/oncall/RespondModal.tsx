// 答复随驻请求: accept (with an optional note) or decline (with a reason). 409 when someone answered first.
import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { staffingApi, type OncallRequest } from '../../api/staffing';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';

interface RespondModalProps {
  request: OncallRequest | null;
  decision: 'accepted' | 'declined';
  onClose: () => void;
  /** after an answer, or after a 409 (the caller reloads) */
  onDone: () => void;
}

export function RespondModal({ request, decision, onClose, onDone }: RespondModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ note?: string }>();
  const [saving, setSaving] = useState(false);
  const declining = decision === 'declined';

  useEffect(() => {
    if (request) form.resetFields();
  }, [request, form]);

  const submit = async ({ note }: { note?: string }) => {
    if (!request) return;
    setSaving(true);
    try {
      await staffingApi.respond(request.id, decision, note?.trim() || null);
      void message.success(t('oncall.answered'));
      onClose();
      onDone();
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('oncall.alreadyAnswered'));
        onClose();
        onDone();
      } else if (isApiError(error) && error.fields.note) {
        form.setFields([{ name: 'note', errors: [error.fields.note] }]);
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={request !== null}
      title={`${t(declining ? 'oncall.declineTitle' : 'oncall.acceptTitle')}${request ? ` · ${request.caseCode}` : ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(declining ? 'oncall.decline' : 'oncall.accept')}
      okButtonProps={{ danger: declining }}
      confirmLoading={saving}
      destroyOnHidden
    >
      {request ? (
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item label={t('oncall.message')}>{request.message}</Form.Item>
          <Form.Item
            name="note"
            label={t(declining ? 'oncall.declineReason' : 'oncall.note')}
            rules={declining ? [{ required: true, whitespace: true, message: t('oncall.declineReasonRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={declining ? undefined : t('oncall.notePlaceholder')} data-testid="oncall-respond-note" />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
