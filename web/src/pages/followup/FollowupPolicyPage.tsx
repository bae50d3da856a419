// 系统管理 → 回访规则: intervals per risk level, the stable run that ends a plan, the
// overdue escalation days; and the risk checklist versions in use (read and published in checklists/).
import { App, Button, Card, Col, Form, InputNumber, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { followupApi, type FollowupPolicy } from '../../api/followup';
import { setFieldErrors, toNamePath } from '../../components/formErrors';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageContainer } from '../../components/PageContainer';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { ChecklistVersionsCard } from './checklists/ChecklistVersionsCard';
import { RiskLevelTag } from './riskLevel';

const LEVELS = ['high', 'medium', 'low'] as const;

export default function FollowupPolicyPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<FollowupPolicy>();
  const [version, setVersion] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    try {
      const policy = await followupApi.policy();
      setVersion(policy.version);
      form.setFieldsValue(policy.value);
    } catch (error) {
      notify(error);
    }
  }, [form, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const submit = async (value: FollowupPolicy) => {
    if (version === null) return;
    setSaving(true);
    try {
      const saved = await followupApi.putPolicy(version, value);
      setVersion(saved.version);
      form.setFieldsValue(saved.value);
      void message.success(t('common.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('common.conflictReloaded'));
        void load();
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        // value.intervalDays.high → intervalDays.high; a whole group lands on its first field.
        setFieldErrors(
          form,
          Object.entries(error.fields).map(([field, text]) => {
            const name = toNamePath(field.replace(/^value\./, ''));
            return { name: name.length === 1 ? [name[0]!, name[0] === 'escalateAfterDays' ? 0 : 'high'] : name, errors: [text] };
          }),
        );
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  const perLevel = (group: 'intervalDays' | 'stableVisitsToEnd', max: number, unit: string) => (
    <Row gutter={16}>
      {LEVELS.map((l) => (
        <Col xs={24} sm={8} key={l}>
          <Form.Item name={[group, l]} label={<RiskLevelTag level={l} />} rules={[{ required: true }]}>
            <InputNumber min={1} max={max} precision={0} suffix={unit} style={{ width: '100%' }} data-testid={`policy-${group}-${l}`} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );

  return (
    <PageContainer title={t('menu.admin.followupPolicy')} description={t('menuDesc.admin.followupPolicy')}>
      {version === null ? <FullPageSpin /> : null}
      <Form<FollowupPolicy> form={form} layout="vertical" onFinish={submit} style={{ display: version === null ? 'none' : undefined, maxWidth: 960 }}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card variant="borderless" title={t('followup.policy.intervals')}>
            <Typography.Paragraph type="secondary">{t('followup.policy.intervalsHint')}</Typography.Paragraph>
            {perLevel('intervalDays', 366, t('followup.policy.days'))}
          </Card>
          <Card variant="borderless" title={t('followup.policy.stable')}>
            <Typography.Paragraph type="secondary">{t('followup.policy.stableHint')}</Typography.Paragraph>
            {perLevel('stableVisitsToEnd', 24, t('followup.policy.times'))}
          </Card>
          <Card variant="borderless" title={t('followup.policy.escalation')}>
            <Typography.Paragraph type="secondary">{t('followup.policy.escalationHint')}</Typography.Paragraph>
            <Row gutter={16}>
              {(['followup.policy.step1', 'followup.policy.step2', 'followup.policy.step3'] as const).map((key, i) => (
                <Col xs={24} sm={8} key={key}>
                  <Form.Item name={['escalateAfterDays', i]} label={t(key)} rules={[{ required: true }]}>
                    <InputNumber min={0} max={90} precision={0} suffix={t('followup.policy.days')} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
          <div>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="policy-save">
              {t('common.save')}
            </Button>
          </div>
        </Space>
      </Form>
      {/* outside the rules form: the editor drawer is a form of its own */}
      {version === null ? null : (
        <div style={{ maxWidth: 960, marginTop: 16 }}>
          <ChecklistVersionsCard />
        </div>
      )}
    </PageContainer>
  );
}
