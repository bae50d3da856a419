// 登记受理 form for the window and the hotline: keyboard first (autofocus on the
// applicant, Tab through the fields, Enter never submits, Ctrl+Enter does).
import { App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Space, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { URGENCIES, type Case, type Channel } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { isApiError } from '../../../api/client';
import { UnitPicker } from '../../../components/UnitPicker';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { setFieldErrors } from '../../../components/formErrors';
import { useT } from '../../../i18n';
import { channelKey, urgencyKey } from '../shared/caseLabels';
import { formatFen, parseYuanToFen } from '../shared/validators';
import { CategoryFields } from './CategoryFields';
import { formNamePath, INTAKE_FIELDS, initialIntakeValues, STAFF_CHANNELS, toCreateInput, type IntakeValues } from './intakeForm';
import { IntakeSuggest } from './IntakeSuggest';
import { DetectedCompound } from './DetectedCompound';
import { PartyList } from './PartyList';

interface IntakeFormProps {
  channel?: Channel;
  onCreated: (created: Case) => void;
}

export function IntakeForm({ channel, onCreated }: IntakeFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<IntakeValues>();
  const [saving, setSaving] = useState(false);
  const amount = Form.useWatch('amount', form);
  const amountFen = amount ? parseYuanToFen(amount) : null;

  const submit = async () => {
    if (saving) return;
    // All values, including the linked-party data that has no form item of its own.
    const values = form.getFieldsValue(true) as IntakeValues;
    setSaving(true);
    try {
      onCreated(await casesApi.create(toCreateInput(values)));
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        const entries: { name: (string | number)[]; errors: string[] }[] = [];
        for (const [field, text] of Object.entries(error.fields)) {
          const name = formNamePath(field);
          if ((INTAKE_FIELDS as readonly string[]).includes(String(name[0]))) entries.push({ name, errors: [text] });
          else void message.error(text);
        }
        setFieldErrors(form, entries);
        const first = entries[0];
        if (first) form.scrollToField(first.name, { block: 'center' });
        void message.error(error.message);
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  // Enter moves on instead of submitting; Ctrl+Enter (⌘+Enter) submits from anywhere.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      form.submit();
      return;
    }
    const tag = (event.target as HTMLElement).tagName;
    if (tag !== 'TEXTAREA' && tag !== 'BUTTON') event.preventDefault();
  };

  return (
    <Form<IntakeValues>
      form={form}
      layout="vertical"
      initialValues={initialIntakeValues(channel)}
      onFinish={submit}
      onFinishFailed={({ errorFields }) => {
        const first = errorFields[0];
        if (first) form.scrollToField(first.name, { block: 'center' });
      }}
      onKeyDown={onKeyDown}
      scrollToFirstError={false}
      autoComplete="off"
      className="intake-form"
    >
      <Card variant="borderless" title={t('intake.sectionChannel')} className="intake-card">
        <Row gutter={16}>
          <Col xs={24} lg={16}>
            <Form.Item name="channel" label={t('case.channel')} required>
              <Radio.Group optionType="button" buttonStyle="solid" className="intake-channels">
                {STAFF_CHANNELS.map((value) => (
                  <Radio.Button key={value} value={value}>
                    <span data-testid={`intake-channel-${value}`}>{t(channelKey(value))}</span>
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="urgency" label={t('case.urgency')}>
              <Radio.Group optionType="button">
                {URGENCIES.map((value) => (
                  <Radio.Button key={value} value={value}>
                    <span data-testid={`intake-urgency-${value}`}>{t(urgencyKey(value))}</span>
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card variant="borderless" title={t('intake.sectionParties')} extra={<Typography.Text type="secondary">{t('intake.lookupHint')}</Typography.Text>} className="intake-card">
        <PartyList />
      </Card>

      <Card variant="borderless" title={t('intake.sectionMatter')} className="intake-card">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="title" label={t('case.title')} rules={[{ max: 100 }]} extra={t('intake.titleHint')}>
              <Input maxLength={100} placeholder={t('intake.titlePlaceholder')} data-testid="intake-title" />
            </Form.Item>
          </Col>
          <CategoryFields />
          <Col xs={24}>
            <Form.Item
              name="description"
              label={t('case.description')}
              rules={[
                { required: true, whitespace: true, message: t('intake.descriptionRequired') },
                { min: 5, message: t('intake.descriptionMin', { min: 5 }) },
                { max: 5000 },
              ]}
            >
              <Input.TextArea
                autoSize={{ minRows: 4, maxRows: 12 }}
                maxLength={5000}
                showCount
                placeholder={t('intake.descriptionPlaceholder')}
                data-testid="intake-description"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <IntakeSuggest />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="grid" label={t('case.grid')}>
              <UnitPicker kinds={['grid']} searchKind="grid" placeholder={t('intake.gridPlaceholder')} data-testid="intake-grid" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('case.address')} rules={[{ max: 200 }]} extra={<DetectedCompound />}>
              <Input maxLength={200} placeholder={t('intake.addressPlaceholder')} data-testid="intake-address" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="amount"
              label={t('case.amount')}
              rules={[
                {
                  validator: (_rule, value: unknown) =>
                    typeof value !== 'string' || value.trim() === '' || parseYuanToFen(value) !== null
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('intake.amountInvalid'))),
                },
              ]}
              extra={amountFen !== null && amountFen !== undefined ? t('intake.amountEcho', { amount: formatFen(amountFen) }) : undefined}
            >
              <Input inputMode="decimal" suffix={t('intake.yuan')} placeholder="0.00" data-testid="intake-amount" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="peopleCount" label={t('case.peopleCount')}>
              <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} suffix={t('intake.people')} data-testid="intake-people" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <div className="intake-submit-bar">
        <Typography.Text type="secondary" className="intake-shortcut">
          {t('intake.shortcutHint')}
        </Typography.Text>
        <Space>
          <Button onClick={() => form.resetFields()} disabled={saving}>
            {t('common.reset')}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="intake-submit">
            {t('intake.submit')}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
