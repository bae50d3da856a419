// 发起随驻请求: pick an on-call body (law firm, social organisation…), say what is needed and, if not the
// default, how many working hours it has to answer. Used on the case page and on the routing board.
import { App, type ButtonProps, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { staffingApi, type OncallRequest } from '../../api/staffing';
import { applyFieldErrors } from '../../components/formErrors';
import { departmentTypeLabel } from '../../components/labels';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';

export interface OncallUnitOption {
  id: string;
  name: string;
  departmentType: string | null;
  centerId: string | null;
}

interface OncallRequestModalProps {
  open: boolean;
  caseId: string;
  caseCode: string;
  units: OncallUnitOption[];
  /** the case's center: its bodies are listed first */
  centerId?: string | null;
  unitId?: string;
  onClose: () => void;
  onSent: (request: OncallRequest) => void;
}

const FIELDS = ['unitId', 'message', 'respondWithinHours'] as const;

interface Values {
  unitId: string;
  message: string;
  respondWithinHours?: number | null;
}

export function OncallRequestModal({ open, caseId, caseCode, units, centerId, unitId, onClose, onSent }: OncallRequestModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [defaultHours, setDefaultHours] = useState(4);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (unitId) form.setFieldValue('unitId', unitId);
    staffingApi
      .policy()
      .then((p) => setDefaultHours(p.value.respondWithinWorkingHours))
      .catch(() => undefined);
  }, [open, unitId, form]);

  const own = units.filter((u) => centerId && u.centerId === centerId);
  const other = units.filter((u) => !own.includes(u));
  const option = (u: OncallUnitOption) => ({ value: u.id, label: u.departmentType ? `${u.name}（${departmentTypeLabel(t, u.departmentType)}）` : u.name });
  const options: ({ value: string; label: string } | { label: string; options: { value: string; label: string }[] })[] =
    own.length && other.length
      ? [
          { label: t('oncall.unitGroup.own'), options: own.map(option) },
          { label: t('oncall.unitGroup.other'), options: other.map(option) },
        ]
      : units.map(option);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const sent = await staffingApi.request(caseId, { unitId: values.unitId, message: values.message.trim(), respondWithinHours: values.respondWithinHours ?? null });
      void message.success(t('oncall.sent'));
      onSent(sent);
      onClose();
    } catch (error) {
      const unmatched = isApiError(error) && Object.keys(error.fields).length > 0 ? applyFieldErrors(form, error, FIELDS) : null;
      if (unmatched === null) notify(error);
      else if (unmatched.length > 0) void message.error(unmatched.join('；'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('oncall.requestTitle', { code: caseCode })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'oncall-request-ok' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="oncall-request-form">
        <Form.Item name="unitId" label={t('oncall.unit')} rules={[{ required: true, message: t('oncall.unitRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={options} data-testid="oncall-unit" />
        </Form.Item>
        <Form.Item name="message" label={t('oncall.message')} rules={[{ required: true, whitespace: true, message: t('oncall.messageRequired') }, { max: 1000 }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('oncall.messagePlaceholder')} data-testid="oncall-message" />
        </Form.Item>
        <Form.Item name="respondWithinHours" label={t('oncall.hours')} extra={t('oncall.hoursHint', { hours: defaultHours })}>
          <InputNumber min={1} max={72} precision={0} placeholder={String(defaultHours)} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
