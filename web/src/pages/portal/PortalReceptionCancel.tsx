// 取消预约: the booking code and the contact's mobile, in the body (never in the URL).
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { portalReceptionApi } from '../../api/reception';
import { useT } from '../../i18n';
import { MOBILE_PATTERN } from '../reception/themeStyle';

export function PortalReceptionCancel({ onCancelled }: { onCancelled: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; phone: string }>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async ({ code, phone }: { code: string; phone: string }) => {
    setSaving(true);
    setFailure(null);
    try {
      const receipt = await portalReceptionApi.cancel(code.trim(), phone.replace(/\s+/g, ''));
      void message.success(t('portalReception.cancelled', { code: receipt.code }));
      form.resetFields();
      onCancelled();
    } catch (error) {
      setFailure(isApiError(error) ? error.message : t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="portal-card" data-testid="portal-reception-cancel">
      <h2>{t('portalReception.cancelTitle')}</h2>
      <p className="portal-muted">{t('portalReception.cancelLead')}</p>
      <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        <Form.Item name="code" label={t('reception.code')} rules={[{ required: true, whitespace: true, message: t('portalReception.codeRequired') }]}>
          <Input autoComplete="off" placeholder="JD-20261201-0001" data-testid="portal-reception-cancel-code" />
        </Form.Item>
        <Form.Item name="phone" label={t('reception.contactPhone')} rules={[{ required: true, message: t('reception.phoneRequired') }, { pattern: MOBILE_PATTERN, message: t('reception.phoneInvalid') }]}>
          <Input inputMode="tel" autoComplete="tel" maxLength={11} data-testid="portal-reception-cancel-phone" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="portal-reception-cancel-error" /> : null}
        <Button htmlType="submit" size="large" block loading={saving} danger data-testid="portal-reception-cancel-submit">
          {t('portalReception.cancelSubmit')}
        </Button>
      </Form>
    </section>
  );
}
