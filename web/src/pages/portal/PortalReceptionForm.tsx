// The booking form for a chosen slot: the enterprise, its credit code, a contact and the topic.
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { portalReceptionApi, type BookingReceipt } from '../../api/reception';
import { applyFieldErrors } from '../../components/formErrors';
import { useLocale } from '../../i18n';
import { MOBILE_PATTERN, themeLabel, weekdayLabel } from '../reception/themeStyle';
import { type ChosenSlot, dayText } from './PortalReceptionSchedule';

interface Values {
  organizationName: string;
  uscc: string;
  contactName: string;
  contactPhone: string;
  topic: string;
}

const FIELDS = ['organizationName', 'uscc', 'contactName', 'contactPhone', 'topic'];

export function PortalReceptionForm({ chosen, onBooked, onBack, onSlotGone }: { chosen: ChosenSlot; onBooked: (r: BookingReceipt, phone: string) => void; onBack: () => void; onSlotGone: (message: string) => void }) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const theme = chosen.day.theme!;

  const submit = async (v: Values) => {
    setSaving(true);
    setFailure(null);
    const phone = v.contactPhone.replace(/\s+/g, '');
    try {
      const receipt = await portalReceptionApi.book({
        centerId: chosen.centerId,
        date: chosen.day.date,
        slot: chosen.slot.slot,
        theme,
        organizationName: v.organizationName.trim(),
        uscc: v.uscc.replace(/\s+/g, '').toUpperCase(),
        contactName: v.contactName.trim(),
        contactPhone: phone,
        topic: v.topic.trim(),
      });
      onBooked(receipt, phone);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && (error.code === 'slot_full' || error.code === 'conflict')) return onSlotGone(error.message);
      const rest = isApiError(error) ? applyFieldErrors(form, error, FIELDS) : [];
      setFailure(isApiError(error) ? (rest.length ? rest.join('；') : error.status === 400 ? null : error.message) : t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="portal-card" data-testid="portal-reception-form">
      <h2>{t('portalReception.formTitle')}</h2>
      <div className="portal-reception-chosen">
        <span data-testid="portal-reception-chosen">
          {t('portalReception.youChose', { date: dayText(locale, chosen.day.date), weekday: weekdayLabel(t, chosen.day.weekday), slot: chosen.slot.slot, theme: themeLabel(t, theme) })}
        </span>
        <Button type="link" size="small" onClick={onBack}>
          {t('portalReception.changeSlot')}
        </Button>
      </div>
      <p className="portal-muted">{t('portalReception.address', { center: chosen.centerName })}</p>
      <Form<Values> form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        <Form.Item name="organizationName" label={t('reception.enterprise')} rules={[{ required: true, whitespace: true, message: t('reception.enterpriseRequired') }]}>
          <Input maxLength={100} autoComplete="organization" data-testid="portal-reception-org" />
        </Form.Item>
        <Form.Item name="uscc" label={t('reception.uscc')} rules={[{ required: true, whitespace: true, message: t('reception.usccRequired') }]}>
          <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} data-testid="portal-reception-uscc" />
        </Form.Item>
        <Form.Item name="contactName" label={t('reception.contactName')} rules={[{ required: true, whitespace: true, message: t('reception.contactNameRequired') }]}>
          <Input maxLength={40} autoComplete="name" data-testid="portal-reception-contact" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('reception.contactPhone')} rules={[{ required: true, message: t('reception.phoneRequired') }, { pattern: MOBILE_PATTERN, message: t('reception.phoneInvalid') }]} normalize={(v: string) => v.replace(/\s+/g, '')}>
          <Input inputMode="tel" autoComplete="tel" maxLength={13} data-testid="portal-reception-phone" />
        </Form.Item>
        <Form.Item name="topic" label={t('reception.topic')} rules={[{ required: true, whitespace: true, min: 5, message: t('reception.topicRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('reception.topicPlaceholder')} data-testid="portal-reception-topic" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" size="large" block loading={saving} className="portal-big-button" data-testid="portal-reception-submit">
          {t('portalReception.submit')}
        </Button>
      </Form>
    </section>
  );
}
