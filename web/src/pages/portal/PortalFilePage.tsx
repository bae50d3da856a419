// 我要申请调解 (/portal/new): the public filing form, then the case code to keep.
import { App, Button, Checkbox, Form, Input, Radio, Segmented, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { PARTY_KINDS, type PartyKind } from '../../api/caseTypes';
import { isApiError } from '../../api/client';
import { portalApi, type PortalCategory, type PortalReceipt, type Territory } from '../../api/portal';
import { setFieldErrors } from '../../components/formErrors';
import { useLocale } from '../../i18n';
import { partyKindKey } from '../cases/shared/caseLabels';
import { isValidIdNumber, isValidMobile, isValidUscc, normalizeCode } from '../cases/shared/validators';
import { PortalFiled } from './PortalFiled';
import { PortalExpertSection } from './PortalExpertPicker';
import { useGuidePrefill } from './guide/useGuidePrefill';
import { portalFieldName, toPortalInput, type PortalFileValues } from './portalForm';

function formatRule(check: (value: string) => boolean, message: string, normalize: (value: string) => string) {
  return {
    validator: (_rule: unknown, value: unknown) =>
      typeof value !== 'string' || value.trim() === '' || check(normalize(value)) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}

export default function PortalFilePage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<PortalFileValues>();
  const [territory, setTerritory] = useState<Territory>({ streets: [] });
  const [categories, setCategories] = useState<PortalCategory[]>([]);
  const [saving, setSaving] = useState(false);
  const [receipt, setReceipt] = useState<{ receipt: PortalReceipt; phone: string } | null>(null);
  const streetId = Form.useWatch('streetId', form);
  const respondentKind = Form.useWatch('respondentKind', form) ?? 'person';
  const guideNotice = useGuidePrefill(form, categories);

  useEffect(() => {
    portalApi.territory().then(setTerritory, () => undefined);
    portalApi.categories().then((result) => setCategories(result.items), () => undefined);
  }, []);

  const communities = useMemo(
    () => territory.streets.find((street) => street.id === streetId)?.communities ?? [],
    [territory, streetId],
  );

  const submit = async (values: PortalFileValues) => {
    setSaving(true);
    try {
      const input = toPortalInput(values);
      setReceipt({ receipt: await portalApi.file(input), phone: input.applicant.phone });
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        const entries = Object.entries(error.fields).flatMap(([field, text]) => {
          const name = portalFieldName(field);
          return name ? [{ name, errors: [text] }] : [];
        });
        setFieldErrors(form, entries);
        void message.error(error.message);
      } else {
        void message.error(isApiError(error) ? error.message : t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };

  if (receipt) return <PortalFiled receipt={receipt.receipt} phone={receipt.phone} />;

  return (
    <div className="portal-page">
      <h1 className="portal-page-title">{t('portal.apply')}</h1>
      <p className="portal-page-lead">{t('portal.fileLead')}</p>
      {guideNotice}
      <Form<PortalFileValues>
        form={form}
        layout="vertical"
        size="large"
        requiredMark
        initialValues={{ respondentKind: 'person', serviceMode: 'online' }}
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
        autoComplete="on"
      >
        <section className="portal-card">
          <h2>{t('portal.sectionYou')}</h2>
          <Form.Item name="name" label={t('portal.yourName')} rules={[{ required: true, whitespace: true, message: t('portal.nameRequired') }, { max: 40 }]}>
            <Input maxLength={40} autoComplete="name" data-testid="portal-name" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('portal.yourPhone')}
            extra={t('portal.phoneHint')}
            rules={[{ required: true, message: t('portal.phoneRequired') }, formatRule(isValidMobile, t('portal.mobileInvalid'), (v) => v.replace(/\s+/g, ''))]}
          >
            <Input inputMode="tel" maxLength={20} autoComplete="tel" data-testid="portal-phone" />
          </Form.Item>
          <Form.Item name="idNumber" label={t('portal.yourIdNumber')} rules={[formatRule(isValidIdNumber, t('intake.idNumberInvalid'), normalizeCode)]}>
            <Input maxLength={18} autoComplete="off" data-testid="portal-id" />
          </Form.Item>
        </section>

        <section className="portal-card">
          <h2>{t('portal.sectionOther')}</h2>
          <Form.Item name="respondentKind" label={t('portal.otherKind')}>
            <Segmented<PartyKind> block options={PARTY_KINDS.map((value) => ({ value, label: t(partyKindKey(value)) }))} />
          </Form.Item>
          <Form.Item name="respondentName" label={respondentKind === 'person' ? t('portal.otherName') : t('portal.otherOrgName')} rules={[{ max: 60 }]}>
            <Input maxLength={60} autoComplete="off" data-testid="portal-other-name" />
          </Form.Item>
          <Form.Item name="respondentPhone" label={t('portal.otherPhone')} rules={[formatRule(isValidMobile, t('portal.mobileInvalid'), (v) => v.replace(/\s+/g, ''))]}>
            <Input inputMode="tel" maxLength={20} autoComplete="off" />
          </Form.Item>
          {respondentKind === 'organization' ? (
            <Form.Item name="respondentUscc" label={t('intake.uscc')} rules={[formatRule(isValidUscc, t('intake.usccInvalid'), normalizeCode)]}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          ) : null}
        </section>

        <section className="portal-card">
          <h2>{t('portal.sectionMatter')}</h2>
          <Form.Item name="category" label={t('portal.category')}>
            <Select
              allowClear
              placeholder={t('portal.categoryPlaceholder')}
              options={categories.map((item) => ({ value: item.code, label: locale === 'en' ? item.nameEn || item.name : item.name }))}
              data-testid="portal-category"
            />
          </Form.Item>
          <Form.Item name="streetId" label={t('portal.street')}>
            <Select
              allowClear
              placeholder={t('portal.streetPlaceholder')}
              options={territory.streets.map((street) => ({ value: street.id, label: street.name }))}
              onChange={() => form.setFieldValue('communityId', undefined)}
              data-testid="portal-street"
            />
          </Form.Item>
          <Form.Item name="communityId" label={t('portal.community')}>
            <Select
              allowClear
              disabled={communities.length === 0}
              placeholder={streetId ? t('portal.communityPlaceholder') : t('portal.streetFirst')}
              options={communities.map((community) => ({ value: community.id, label: community.name }))}
              data-testid="portal-community"
            />
          </Form.Item>
          <Form.Item name="address" label={t('portal.address')} rules={[{ max: 200 }]}>
            <Input maxLength={200} autoComplete="street-address" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('portal.description')}
            rules={[
              { required: true, whitespace: true, message: t('portal.descriptionRequired') },
              { min: 10, message: t('portal.descriptionMin', { min: 10 }) },
              { max: 3000 },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={3000} showCount placeholder={t('portal.descriptionPlaceholder')} data-testid="portal-description" />
          </Form.Item>
          <Form.Item name="serviceMode" label={t('portal.serviceMode')} rules={[{ required: true }]}>
            <Radio.Group className="portal-modes">
              <Radio value="online">
                <strong>{t('portal.modeOnline')}</strong>
                <span className="portal-mode-hint">{t('portal.modeOnlineHint')}</span>
              </Radio>
              <Radio value="offline">
                <strong>{t('portal.modeOffline')}</strong>
                <span className="portal-mode-hint">{t('portal.modeOfflineHint')}</span>
              </Radio>
            </Radio.Group>
          </Form.Item>
        </section>
        <PortalExpertSection />

        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: (_rule, value: unknown) => (value ? Promise.resolve() : Promise.reject(new Error(t('portal.consentRequired')))) }]}
        >
          <Checkbox data-testid="portal-consent">{t('portal.consent')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={saving} className="portal-big-button" data-testid="portal-submit">
          {t('portal.submit')}
        </Button>
      </Form>
    </div>
  );
}
