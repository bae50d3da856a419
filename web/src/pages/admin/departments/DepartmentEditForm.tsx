// The form inside the department drawer: name, staffing tier and duty roster.
// It owns its form instance, so each opened unit starts from fresh values.
import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { orgApi, type UpdateOrgUnitInput } from '../../../api/org';
import type { OrgUnit, StaffingTier } from '../../../api/types';
import { applyFieldErrors } from '../../../components/formErrors';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { isConflict } from '../shared/conflict';
import { rosterFor, StaffingFields } from '../shared/StaffingFields';

interface EditValues {
  name: string;
  staffingTier: StaffingTier | null;
  rosterWeekdays: number[] | null;
}

export interface DepartmentEditFormProps {
  unit: OrgUnit;
  onCancel: () => void;
  onSaved: (unit: OrgUnit) => void;
  /** The record changed on the server: reload the list. */
  onConflict: () => void;
}

function sameDays(a: readonly number[] | null | undefined, b: readonly number[] | null | undefined): boolean {
  const x = [...(a ?? [])].sort((p, q) => p - q);
  const y = [...(b ?? [])].sort((p, q) => p - q);
  return x.length === y.length && x.every((day, index) => day === y[index]);
}

export function DepartmentEditForm({ unit, onCancel, onSaved, onConflict }: DepartmentEditFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<EditValues>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: EditValues) => {
    const changes: UpdateOrgUnitInput = { version: unit.version };
    const name = values.name.trim();
    const tier = values.staffingTier ?? null;
    const roster = rosterFor(values);
    if (name !== unit.name) changes.name = name;
    if (tier !== (unit.staffingTier ?? null)) changes.staffingTier = tier;
    if (changes.staffingTier !== undefined || !sameDays(roster, unit.rosterWeekdays)) changes.rosterWeekdays = roster;
    if (Object.keys(changes).length === 1) {
      void message.info(t('common.noChanges'));
      return;
    }
    setSaving(true);
    try {
      const saved = await orgApi.update(unit.id, changes);
      void message.success(t('common.saved'));
      onSaved(saved);
    } catch (error) {
      if (isConflict(error)) {
        void message.warning(t('common.conflictReloaded'));
        onConflict();
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        applyFieldErrors(form, error, ['name', 'staffingTier', 'rosterWeekdays']).forEach((text) => void message.error(text));
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        name: unit.name,
        staffingTier: unit.staffingTier ?? null,
        rosterWeekdays: unit.rosterWeekdays ?? [],
      }}
    >
      <Form.Item
        name="name"
        label={t('org.name')}
        rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <StaffingFields />
      <Form.Item style={{ marginTop: 24, marginBottom: 0 }}>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
