// 风险评估 of a case with the active checklist (the case's and its plan's level follow).
import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { riskApi, type RiskAnswers, type RiskAssessment } from '../../api/risk';
import { setFieldErrors, toNamePath } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { ActiveRiskChecklistForm } from './RiskChecklistForm';
import { levelKey } from './riskLevel';

export function AssessModal({ caseId, open, onClose, onDone }: { caseId: string; open: boolean; onClose: () => void; onDone: (a: RiskAssessment) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ answers: RiskAnswers }>();
  const [saving, setSaving] = useState(false);

  const submit = async ({ answers }: { answers: RiskAnswers }) => {
    setSaving(true);
    try {
      const a = await riskApi.assessCase(caseId, answers);
      void message.success(t('followup.assess.done', { level: t(levelKey(a.level)) }));
      onDone(a);
      onClose();
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        setFieldErrors(
          form,
          Object.entries(error.fields).map(([field, text]) => ({ name: toNamePath(field), errors: [text] })),
        );
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('followup.assess.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('followup.assess.submit')} confirmLoading={saving} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" preserve={false} onFinish={submit} data-testid="assess-form">
        <ActiveRiskChecklistForm name="answers" />
      </Form>
    </Modal>
  );
}
