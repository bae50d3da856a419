// 系统管理 → 办理规则: response deadline, escalation chain, archive completeness rules.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { EscalationTarget } from '../../../api/caseTypes';
import { isApiError } from '../../../api/client';
import { policyApi, type ResponseBudget } from '../../../api/settings';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { escalationTargetKey } from '../../cases/shared/caseLabels';
import { invalidateShared } from '../../cases/shared/useShared';
import { ARCHIVE_RULE_KEYS, toPolicy, toValues, type PolicyValues } from './policyForm';

const BUDGET_KINDS: readonly ResponseBudget['kind'][] = ['working_minutes', 'calendar_minutes', 'working_days'];
const TARGETS: readonly EscalationTarget[] = ['handler', 'unit_lead', 'director'];
const MAX_LEVELS = 3;

export default function CasePolicyPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<PolicyValues>();
  const [version, setVersion] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const budgetKind = Form.useWatch('budgetKind', form);

  const load = useCallback(async () => {
    try {
      const policy = await policyApi.get();
      setVersion(policy.version);
      form.setFieldsValue(toValues(policy.value));
    } catch (error) {
      notify(error);
    }
  }, [form, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const submit = async (values: PolicyValues) => {
    if (version === null) return;
    setSaving(true);
    try {
      const saved = await policyApi.put({ version, value: toPolicy(values) });
      setVersion(saved.version);
      form.setFieldsValue(toValues(saved.value));
      invalidateShared('policy:case');
      void message.success(t('common.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('common.conflictReloaded'));
        void load();
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer title={t('menu.admin.casePolicy')} description={t('menuDesc.admin.casePolicy')}>
      {version === null ? <FullPageSpin /> : null}
      <Form<PolicyValues> form={form} layout="vertical" onFinish={submit} style={{ display: version === null ? 'none' : undefined, maxWidth: 960 }}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card variant="borderless" title={t('policy.response')}>
            <Typography.Paragraph type="secondary">{t('policy.responseHint')}</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} sm={12} md={8}>
                <Form.Item name="budgetKind" label={t('policy.budgetKind')}>
                  <Select options={BUDGET_KINDS.map((kind) => ({ value: kind, label: t(`policy.budget.${kind}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={8}>
                <Form.Item name="budgetAmount" label={t('policy.budgetAmount')} rules={[{ required: true }]}>
                  <InputNumber
                    min={1}
                    max={budgetKind === 'working_days' ? 30 : budgetKind === 'calendar_minutes' ? 7 * 1440 : 7 * 540}
                    precision={0}
                    suffix={budgetKind === 'working_days' ? t('policy.unitDays') : t('policy.unitMinutes')}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text type="secondary">{t('policy.handlingHint')}</Typography.Text>
          </Card>

          <Card variant="borderless" title={t('policy.escalation')}>
            <Typography.Paragraph type="secondary">{t('policy.escalationHint')}</Typography.Paragraph>
            <Form.List name="escalation">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Row key={field.key} gutter={12} align="middle">
                      <Col flex="72px">
                        <Typography.Text strong>{t('clock.level', { level: index + 1 })}</Typography.Text>
                      </Col>
                      <Col flex="220px">
                        <Form.Item name={[field.name, 'afterMinutes']} label={t('policy.afterMinutes')} rules={[{ required: true }]}>
                          <InputNumber min={0} max={30 * 540} precision={0} suffix={t('policy.unitMinutes')} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col flex="220px">
                        <Form.Item name={[field.name, 'target']} label={t('policy.target')} rules={[{ required: true }]}>
                          <Select options={TARGETS.map((target) => ({ value: target, label: t(escalationTargetKey(target)) }))} />
                        </Form.Item>
                      </Col>
                      <Col flex="none">
                        <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                      </Col>
                    </Row>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    disabled={fields.length >= MAX_LEVELS}
                    onClick={() => add({ afterMinutes: 60, target: TARGETS[Math.min(fields.length, TARGETS.length - 1)] })}
                  >
                    {t('policy.addStep')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>

          <Card variant="borderless" title={t('policy.archive')}>
            <Typography.Paragraph type="secondary">{t('policy.archiveHint')}</Typography.Paragraph>
            {ARCHIVE_RULE_KEYS.map((key) => (
              <div key={key} style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 12 }}>
                <Form.Item name={['archiveRules', key]} valuePropName="checked" noStyle>
                  <Switch checkedChildren={t('policy.on')} unCheckedChildren={t('policy.off')} />
                </Form.Item>
                <span>{t(`policy.rule.${key}`)}</span>
              </div>
            ))}
          </Card>

          <Card variant="borderless" title={t('policy.jcReminder')}>
            <Form.Item name="jcRemindDaysBefore" label={t('policy.jcRemindDaysBefore')} extra={t('policy.jcReminderHint')} rules={[{ required: true }]}>
              <InputNumber min={1} max={29} precision={0} addonAfter={t('policy.days')} data-testid="policy-jc-remind" />
            </Form.Item>
          </Card>

          <div>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </div>
        </Space>
      </Form>
    </PageContainer>
  );
}
