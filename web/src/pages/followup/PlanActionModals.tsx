// 调整等级 and 结束回访 on a plan: each with its reason and the version the caller saw (409 reloads).
import { Alert, App, Form, Input, Modal, Radio, type FormInstance } from 'antd';
import { useState } from 'react';
import { followupApi, type PlanView } from '../../api/followup';
import { isApiError } from '../../api/client';
import { RISK_LEVELS, type RiskLevel } from '../../api/risk';
import { applyFieldErrors } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { levelKey } from './riskLevel';

interface ModalProps {
  plan: PlanView;
  open: boolean;
  onClose: () => void;
  /** the fresh plan after the change, or null when it changed meanwhile (reload) */
  onDone: (plan: PlanView | null) => void;
}

/** Runs a plan change; the API's field messages land on the modal's `level` and `reason`. */
function useSubmit(form: FormInstance, onDone: ModalProps['onDone'], onClose: () => void) {
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const t = useT();
  const [saving, setSaving] = useState(false);
  const run = async (call: () => Promise<PlanView>, done: string) => {
    setSaving(true);
    try {
      onDone(await call());
      void message.success(done);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(error.code === 'conflict' ? t('common.conflictReloaded') : error.message);
        onDone(null);
        onClose();
      } else if (isApiError(error) && error.status === 400 && Object.keys(error.fields).length > 0) {
        if (applyFieldErrors(form, error, ['level', 'reason']).length) notify(error);
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}

export function ChangeLevelModal({ plan, open, onClose, onDone }: ModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ level: RiskLevel; reason: string }>();
  const { saving, run } = useSubmit(form, onDone, onClose);
  return (
    <Modal open={open} title={t('followup.level.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={saving} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ level: plan.level }}
        onFinish={(values) => void run(() => followupApi.changeLevel(plan.id, { level: values.level, reason: values.reason.trim(), version: plan.version }), t('followup.level.done'))}
      >
        <Alert type="info" showIcon title={t('followup.level.hint')} style={{ marginBottom: 16 }} />
        <Form.Item name="level" label={t('followup.level.new')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid">
            {[...RISK_LEVELS].reverse().map((l) => (
              <Radio.Button key={l} value={l}>
                <span data-testid={`level-${l}`}>{t(levelKey(l))}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('followup.level.reason')} rules={[{ required: true, whitespace: true, message: t('followup.level.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount data-testid="level-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EndPlanModal({ plan, open, onClose, onDone }: ModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const { saving, run } = useSubmit(form, onDone, onClose);
  return (
    <Modal open={open} title={t('followup.end.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={saving} destroyOnHidden okButtonProps={{ danger: true }}>
      <Form form={form} layout="vertical" preserve={false} onFinish={(values) => void run(() => followupApi.end(plan.id, { reason: values.reason.trim(), version: plan.version }), t('followup.end.done'))}>
        <Alert type="warning" showIcon title={t('followup.end.hint')} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={t('followup.end.reason')} rules={[{ required: true, whitespace: true, message: t('followup.end.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount data-testid="end-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
