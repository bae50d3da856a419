// Add or edit one routing rule: where it applies, every condition, and the target.
import { App, Alert, Button, Checkbox, Col, Divider, Drawer, Form, Grid, Input, InputNumber, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { CHANNELS, PARTY_KINDS, URGENCIES } from '../../../api/caseTypes';
import { isApiError } from '../../../api/client';
import { routingRulesApi, type CenterRef, type RoutingRule, type RuleOptions } from '../../../api/routingRules';
import { departmentTypeLabel, kindLabel } from '../../../components/labels';
import { setFieldErrors } from '../../../components/formErrors';
import { useErrorNotice } from '../../../components/useErrorNotice';
import type { OrgKind } from '../../../api/types';
import { useT } from '../../../i18n';
import { channelKey, partyKindKey, urgencyKey } from '../../cases/shared/caseLabels';
import { useCategories } from '../../cases/shared/useCategories';
import { emptyValues, formPathOf, toInput, valuesOf, type RuleValues } from './ruleForm';
import { TerritorySelect } from './TerritorySelect';

export type RuleDrawerState = { mode: 'create' } | { mode: 'edit'; rule: RoutingRule } | null;

interface RuleDrawerProps {
  state: RuleDrawerState;
  /** centers the caller may write rules for */
  centers: CenterRef[];
  canEditGlobal: boolean;
  defaultCenterId: string;
  onClose: () => void;
  onSaved: () => void;
  /** someone else changed the rule: reload the list */
  onConflict: () => void;
}

type RangeField = ['conditions', 'amountYuan' | 'peopleCount'];

export function RuleDrawer({ state, centers, canEditGlobal, defaultCenterId, onClose, onSaved, onConflict }: RuleDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const narrow = Grid.useBreakpoint().md === false;
  const categories = useCategories();
  const [form] = Form.useForm<RuleValues>();
  const [saving, setSaving] = useState(false);
  const [options, setOptions] = useState<RuleOptions | null>(null);

  const editing = state?.mode === 'edit' ? state.rule : null;
  const centerId = Form.useWatch('centerId', form);
  const unitId = Form.useWatch(['target', 'unitId'], form);
  const assign = Form.useWatch(['target', 'assign'], form);
  const chosenCategories = Form.useWatch(['conditions', 'categories'], form);

  useEffect(() => {
    if (!state) return;
    form.resetFields();
    form.setFieldsValue(editing ? valuesOf(editing) : emptyValues(defaultCenterId));
  }, [state, editing, defaultCenterId, form]);

  useEffect(() => {
    if (!state) return;
    let active = true;
    routingRulesApi.options(centerId || null).then(
      (result) => active && setOptions(result),
      (error: unknown) => active && notify(error),
    );
    return () => {
      active = false;
    };
  }, [state, centerId, notify]);

  const centerOptions = useMemo(
    () => [...(canEditGlobal ? [{ value: '', label: t('routingRules.centerAll') }] : []), ...centers.map((center) => ({ value: center.id, label: center.name }))],
    [centers, canEditGlobal, t],
  );
  const unitOptions = useMemo(
    () =>
      (options?.units ?? []).map((unit) => ({
        value: unit.id,
        label: unit.name,
        hint: unit.departmentType ? departmentTypeLabel(t, unit.departmentType) : kindLabel(t, unit.kind as OrgKind),
      })),
    [options, t],
  );
  const teamOptions = useMemo(() => (options?.users ?? []).filter((user) => user.unitId === unitId).map((user) => ({ value: user.id, label: user.displayName })), [options, unitId]);
  const subcategoryOptions = useMemo(
    () => (chosenCategories ?? []).flatMap((code) => categories.childrenOf(code)).map((category) => ({ value: category.code, label: categories.label(category) })),
    [chosenCategories, categories],
  );

  const submit = async (values: RuleValues) => {
    setSaving(true);
    try {
      const input = toInput(values);
      if (editing) await routingRulesApi.update(editing.id, editing.version, input);
      else await routingRulesApi.create(input);
      void message.success(t('common.saved'));
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('common.conflictReloaded'));
        onConflict();
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        const entries: { name: (string | number)[]; errors: string[] }[] = [];
        for (const [field, text] of Object.entries(error.fields)) {
          const name = formPathOf(field);
          if (name) entries.push({ name, errors: [text] });
          else void message.error(text);
        }
        setFieldErrors(form, entries);
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const range = (name: RangeField, precision: number) => (
    <Space.Compact style={{ width: '100%' }}>
      <Form.Item name={[...name, 'min']} noStyle>
        <InputNumber min={0} precision={precision} placeholder={t('routingRules.field.min')} style={{ width: '50%' }} data-testid={`rule-${name[1]}-min`} />
      </Form.Item>
      <Form.Item
        name={[...name, 'max']}
        noStyle
        dependencies={[[...name, 'min']]}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, max: number | null | undefined) => {
              const min = getFieldValue([...name, 'min']) as number | null | undefined;
              if (typeof min === 'number' && typeof max === 'number' && min > max) throw new Error(t('routingRules.rangeInvalid'));
            },
          }),
        ]}
      >
        <InputNumber min={0} precision={precision} placeholder={t('routingRules.field.max')} style={{ width: '50%' }} data-testid={`rule-${name[1]}-max`} />
      </Form.Item>
    </Space.Compact>
  );

  return (
    <Drawer
      open={state !== null}
      onClose={onClose}
      size={narrow ? '100%' : 720}
      title={editing ? t('routingRules.editTitle', { name: editing.name }) : t('routingRules.addTitle')}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="rule-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<RuleValues> form={form} layout="vertical" onFinish={submit} data-testid="rule-form">
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="name" label={t('routingRules.name')} rules={[{ required: true, whitespace: true, message: t('routingRules.nameRequired') }, { max: 60 }]}>
              <Input placeholder={t('routingRules.namePlaceholder')} maxLength={60} data-testid="rule-name" />
            </Form.Item>
          </Col>
          <Col xs={16} md={7}>
            <Form.Item name="centerId" label={t('routingRules.center')}>
              <Select
                options={centerOptions}
                onChange={() => form.setFieldsValue({ target: { unitId: undefined, assign: form.getFieldValue(['target', 'assign']), userIds: [] } })}
                data-testid="rule-center"
              />
            </Form.Item>
          </Col>
          <Col xs={8} md={3}>
            <Form.Item name="enabled" label={t('routingRules.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          {t('routingRules.conditions')}
        </Divider>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('routingRules.conditionsHint')}
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['conditions', 'categories']} label={t('routingRules.field.categories')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('routingRules.field.any')}
                options={categories.top.map((category) => ({ value: category.code, label: categories.label(category) }))}
                optionFilterProp="label"
                data-testid="rule-categories"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['conditions', 'subcategories']} label={t('routingRules.field.subcategories')}>
              <Select mode="multiple" allowClear placeholder={t('routingRules.field.any')} options={subcategoryOptions} optionFilterProp="label" disabled={subcategoryOptions.length === 0} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['conditions', 'channels']} label={t('routingRules.field.channels')}>
              <Select mode="multiple" allowClear placeholder={t('routingRules.field.any')} options={CHANNELS.map((channel) => ({ value: channel, label: t(channelKey(channel)) }))} data-testid="rule-channels" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['conditions', 'territory']} label={t('routingRules.field.territory')}>
              <TerritorySelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('routingRules.field.amount')}>
              {range(['conditions', 'amountYuan'], 2)}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('routingRules.field.people')}>{range(['conditions', 'peopleCount'], 0)}</Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['conditions', 'urgencies']} label={t('routingRules.field.urgencies')}>
              <Checkbox.Group options={URGENCIES.map((urgency) => ({ value: urgency, label: t(urgencyKey(urgency)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['conditions', 'requesterKinds']} label={t('routingRules.field.requesterKinds')}>
              <Checkbox.Group options={PARTY_KINDS.map((kind) => ({ value: kind, label: t(partyKindKey(kind)) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={['conditions', 'themedDay']} label={t('routingRules.field.themedDay')} extra={t('routingRules.themedHint')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'any', label: t('routingRules.themed.any') },
                  { value: 'yes', label: t('routingRules.themed.yes') },
                  { value: 'no', label: t('routingRules.themed.no') },
                ]}
                data-testid="rule-themed"
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('routingRules.target')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['target', 'unitId']} label={t('routingRules.targetUnit')} rules={[{ required: true, message: t('routingRules.targetUnitRequired') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('route.unitPlaceholder')}
                options={unitOptions}
                loading={options === null}
                optionRender={(option) => (
                  <span>
                    {option.data.label}
                    <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                      {option.data.hint}
                    </Typography.Text>
                  </span>
                )}
                onChange={() => form.setFieldValue(['target', 'userIds'], [])}
                data-testid="rule-target-unit"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['target', 'assign']} label={t('routingRules.assign')} extra={assign === 'least_loaded' ? t('routingRules.assignHint') : undefined}>
              <Radio.Group>
                <Radio value="least_loaded">{t('routingRules.assign.least_loaded')}</Radio>
                <Radio value="unit">{t('routingRules.assign.unit')}</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          {assign === 'least_loaded' ? (
            <Col span={24}>
              <Form.Item name={['target', 'userIds']} label={t('routingRules.team')} extra={t('routingRules.teamHint')}>
                <Select mode="multiple" allowClear placeholder={t('routingRules.teamPlaceholder')} options={teamOptions} optionFilterProp="label" disabled={!unitId} />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item name="note" label={t('routingRules.note')} rules={[{ max: 500 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Alert type="info" showIcon title={t('routingRules.noCatchAll')} />
      </Form>
    </Drawer>
  );
}
