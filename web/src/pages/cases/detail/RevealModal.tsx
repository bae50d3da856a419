// Reveal a party's full ID number, phone and address: a reason is required and the
// server audits the reveal. The values are kept by the caller for this page only.
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { CaseParty, RevealedParty } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';

interface RevealModalProps {
  caseId: string;
  party: CaseParty | null;
  onClose: () => void;
  onRevealed: (partyId: string, values: RevealedParty) => void;
}

export function RevealModal({ caseId, party, onClose, onRevealed }: RevealModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    if (!party) return;
    setSaving(true);
    try {
      onRevealed(party.partyId, await casesApi.reveal(caseId, party.partyId, reason.trim()));
      void message.info(t('reveal.audited'));
      onClose();
    } catch (error) {
      notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={party !== null}
      title={t('reveal.title', { name: party?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('reveal.ok')}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('reveal.warning')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label={t('reveal.reason')}
          rules={[{ required: true, whitespace: true, message: t('reveal.reasonRequired') }, { min: 2, message: t('reveal.reasonRequired') }, { max: 200 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} placeholder={t('reveal.reasonPlaceholder')} data-testid="reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
