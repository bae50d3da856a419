// Create a unit under the selected one (POST /api/org/units).
import { App, Button, Empty, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { orgApi, type CreateOrgUnitInput } from '../../../api/org';
import type { OrgKind, OrgUnit, StaffingTier } from '../../../api/types';
import { applyFieldErrors } from '../../../components/formErrors';
import { kindLabel } from '../../../components/labels';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { DepartmentTypeSelect } from '../shared/DepartmentTypeSelect';
import { rosterFor, StaffingFields } from '../shared/StaffingFields';
import { CHILD_KINDS, STAFFED_KINDS } from './orgRules';

interface ChildValues {
  kind: OrgKind;
  name: string;
  code: string;
  departmentType?: string;
  staffingTier?: StaffingTier | null;
  rosterWeekdays?: number[] | null;
}

const FIELDS = ['kind', 'name', 'code', 'departmentType', 'staffingTier', 'rosterWeekdays'] as const;

interface AddChildFormProps {
  parent: OrgUnit;
  onCreated: (unit: OrgUnit) => void;
}

export function AddChildForm({ parent, onCreated }: AddChildFormProps) {
  const t = useT();
  const kinds = CHILD_KINDS[parent.kind];
  if (kinds.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.noChildKinds', { kind: kindLabel(t, parent.kind) })} />;
  }
  return <ChildForm parent={parent} kinds={kinds} onCreated={onCreated} />;
}

function ChildForm({ parent, kinds, onCreated }: AddChildFormProps & { kinds: readonly OrgKind[] }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<ChildValues>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form);
  const centerId = parent.kind === 'center' ? parent.id : (parent.centerId ?? undefined);
  const staffed = !!kind && STAFFED_KINDS.includes(kind) && !!centerId;

  const submit = async (values: ChildValues) => {
    const input: CreateOrgUnitInput = {
      parentId: parent.id,
      kind: values.kind,
      name: values.name.trim(),
      code: values.code.trim(),
    };
    if (values.kind === 'department' && values.departmentType) input.departmentType = values.departmentType;
    if (staffed && values.staffingTier) {
      input.staffingTier = values.staffingTier;
      const roster = rosterFor(values);
      if (roster) input.rosterWeekdays = roster;
    }
    if (centerId && STAFFED_KINDS.includes(values.kind)) input.centerId = centerId;

    setSaving(true);
    try {
      const created = await orgApi.create(input);
      void message.success(t('org.created', { name: created.name }));
      form.resetFields(['name', 'code', 'departmentType']);
      onCreated(created);
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        applyFieldErrors(form, error, FIELDS).forEach((text) => void message.error(text));
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ChildValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: kinds[0], staffingTier: 'resident' }}
      onFinish={submit}
      style={{ maxWidth: 480 }}
    >
      <Form.Item name="kind" label={t('org.childKind')} rules={[{ required: true }]}>
        <Select<OrgKind> options={kinds.map((value) => ({ value, label: kindLabel(t, value) }))} />
      </Form.Item>
      {kind === 'department' ? (
        <Form.Item name="departmentType" label={t('org.departmentType')} rules={[{ required: true, message: t('org.departmentTypeRequired') }]}>
          <DepartmentTypeSelect />
        </Form.Item>
      ) : null}
      <Form.Item
        name="name"
        label={t('org.name')}
        rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 100 }]}
      >
        <Input maxLength={100} placeholder={t('org.namePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('org.code')}
        rules={[{ required: true, whitespace: true, message: t('org.codeRequired') }, { max: 64 }]}
        extra={t('org.codeHint')}
      >
        <Input maxLength={64} />
      </Form.Item>
      {staffed ? <StaffingFields /> : null}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('org.addChild')}
        </Button>
      </Form.Item>
    </Form>
  );
}
