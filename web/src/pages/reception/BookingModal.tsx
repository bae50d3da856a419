// 代为预约: staff (or an enterprise liaison) book a slot for an enterprise that phoned or came by.
import { App, Form, Input, Modal, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { receptionApi, type BookingInput, type ReceptionTheme } from '../../api/reception';
import { applyFieldErrors } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { MOBILE_PATTERN } from './themeStyle';

export interface BookingTarget {
  centerId: string;
  date: string;
  slot: string;
  theme: ReceptionTheme;
}

type Values = Pick<BookingInput, 'organizationName' | 'uscc' | 'contactName' | 'contactPhone' | 'topic'>;
const FIELDS = ['organizationName', 'uscc', 'contactName', 'contactPhone', 'topic'];

export function BookingModal({ target, onClose, onBooked }: { target: BookingTarget | null; onClose: () => void; onBooked: () => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);

  const submit = async (values: Values) => {
    if (!target) return;
    setSaving(true);
    try {
      const receipt = await receptionApi.book({ ...target, ...values, uscc: values.uscc?.trim().toUpperCase() });
      void message.success(t('reception.booked', { code: receipt.code }));
      onBooked();
    } catch (error) {
      const rest = isApiError(error) ? applyFieldErrors(form, error, FIELDS) : [];
      if (!isApiError(error) || error.status !== 400 || rest.length) notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!target}
      title={target ? t('reception.bookTitle', { date: target.date, slot: target.slot }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'reception-book-ok' } as ButtonProps}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="organizationName" label={t('reception.enterprise')} rules={[{ required: true, whitespace: true, message: t('reception.enterpriseRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="uscc" label={t('reception.uscc')} rules={[{ required: true, message: t('reception.usccRequired') }, { len: 18, message: t('reception.usccInvalid') }]}>
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item name="contactName" label={t('reception.contactName')} rules={[{ required: true, whitespace: true, message: t('reception.contactNameRequired') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('reception.contactPhone')} rules={[{ required: true, message: t('reception.phoneRequired') }, { pattern: MOBILE_PATTERN, message: t('reception.phoneInvalid') }]}>
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="topic" label={t('reception.topic')} rules={[{ required: true, whitespace: true, min: 5, message: t('reception.topicRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('reception.topicPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
