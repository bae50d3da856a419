// 评价: satisfaction, whether the problem was solved, and a note.
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { SATISFACTIONS, type Satisfaction } from '../../api/caseTypes';
import { isApiError } from '../../api/client';
import { portalApi } from '../../api/portal';
import { useT } from '../../i18n';
import { satisfactionKey } from '../cases/shared/caseLabels';

interface RateValues {
  satisfaction: Satisfaction;
  solved: boolean;
  note?: string;
}

export function PortalRateForm({ code, phone, onRated }: { code: string; phone: string; onRated: () => void }) {
  const t = useT();
  const [form] = Form.useForm<RateValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const satisfaction = Form.useWatch('satisfaction', form);
  const solved = Form.useWatch('solved', form);

  const submit = async (values: RateValues) => {
    setSaving(true);
    setFailure(null);
    try {
      await portalApi.rate({ code, phone, satisfaction: values.satisfaction, solved: values.solved, note: values.note?.trim() || undefined });
      onRated();
    } catch (error) {
      setFailure(isApiError(error) ? error.message : t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="portal-card" data-testid="portal-rate">
      <h2>{t('portal.rateTitle')}</h2>
      <p className="portal-muted">{t('portal.rateLead')}</p>
      <Form<RateValues> form={form} layout="vertical" size="large" onFinish={submit}>
        <Form.Item name="satisfaction" label={t('portal.rateSatisfaction')} rules={[{ required: true, message: t('actionForm.satisfactionRequired') }]}>
          <Radio.Group optionType="button" buttonStyle="solid" className="portal-rate-options">
            {SATISFACTIONS.map((value) => (
              <Radio.Button key={value} value={value}>
                <span data-testid={`portal-satisfaction-${value}`}>{t(satisfactionKey(value))}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="solved" label={t('portal.rateSolved')} rules={[{ required: true, message: t('actionForm.solvedRequired') }]}>
          <Radio.Group>
            <Radio value={true}>
              <span data-testid="portal-solved-yes">{t('actionForm.solvedYes')}</span>
            </Radio>
            <Radio value={false}>
              <span data-testid="portal-solved-no">{t('actionForm.solvedNo')}</span>
            </Radio>
          </Radio.Group>
        </Form.Item>
        {satisfaction === 'dissatisfied' || solved === false ? (
          <Alert type="info" showIcon title={t('portal.rateReopens')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item name="note" label={t('portal.rateNote')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" size="large" block loading={saving} data-testid="portal-rate-submit">
          {t('portal.rateSubmit')}
        </Button>
      </Form>
    </section>
  );
}
