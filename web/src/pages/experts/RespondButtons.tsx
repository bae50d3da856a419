// The invited expert's answer (双向选择): accept at once, or decline with a reason.
import { App, Button, type ButtonProps, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { expertsApi } from '../../api/experts';
import { setFieldErrors } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';

interface RespondButtonsProps {
  caseId: string;
  expertId: string;
  code: string;
  onDone: (decision: 'accepted' | 'declined') => void;
  size?: 'small' | 'middle';
}

export function RespondButtons({ caseId, expertId, code, onDone, size = 'middle' }: RespondButtonsProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const accept = async () => {
    setBusy(true);
    try {
      await expertsApi.respond(caseId, expertId, 'accepted');
      void message.success(t('invitations.accepted'));
      onDone('accepted');
    } catch (error) {
      notify(error);
      if (isApiError(error) && error.status === 409) onDone('accepted');
    } finally {
      setBusy(false);
    }
  };

  const decline = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await expertsApi.respond(caseId, expertId, 'declined', reason.trim());
      void message.success(t('invitations.declined'));
      setDeclining(false);
      onDone('declined');
    } catch (error) {
      if (isApiError(error) && error.fields.reason) setFieldErrors(form, [{ name: 'reason', errors: [error.fields.reason] }]);
      else notify(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space size={8} wrap>
        <Popconfirm title={t('invitations.acceptConfirm')} onConfirm={() => void accept()} okText={t('invitations.accept')} cancelText={t('common.cancel')}>
          <Button type="primary" size={size} loading={busy} data-testid={`expert-accept-${caseId}`}>
            {t('invitations.accept')}
          </Button>
        </Popconfirm>
        <Button size={size} danger onClick={() => setDeclining(true)} disabled={busy} data-testid={`expert-decline-${caseId}`}>
          {t('invitations.decline')}
        </Button>
      </Space>
      <Modal
        open={declining}
        title={t('invitations.declineTitle', { code })}
        okText={t('invitations.decline')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'expert-decline-ok' } as ButtonProps}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setDeclining(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('invitations.declineHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(values) => void decline(values)} preserve={false}>
          <Form.Item name="reason" label={t('invitations.declineReason')} rules={[{ required: true, whitespace: true, message: t('invitations.declineReasonRequired') }, { max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount data-testid="expert-decline-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
