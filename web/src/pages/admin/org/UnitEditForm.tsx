// Edit a unit's name and code; PATCH carries `version` and a 409 reloads the unit.
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { orgApi, type UpdateOrgUnitInput } from '../../../api/org';
import type { OrgUnit } from '../../../api/types';
import { applyFieldErrors } from '../../../components/formErrors';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { isConflict } from '../shared/conflict';

interface EditValues {
  name: string;
  code: string;
}

interface UnitEditFormProps {
  unit: OrgUnit;
  onSaved: (unit: OrgUnit) => void;
  onConflict: () => void;
}

export function UnitEditForm({ unit, onSaved, onConflict }: UnitEditFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<EditValues>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: EditValues) => {
    const changes: UpdateOrgUnitInput = { version: unit.version };
    if (values.name.trim() !== unit.name) changes.name = values.name.trim();
    if (values.code.trim() !== unit.code) changes.code = values.code.trim();
    if (changes.name === undefined && changes.code === undefined) {
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
        applyFieldErrors(form, error, ['name', 'code']).forEach((text) => void message.error(text));
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
      initialValues={{ name: unit.name, code: unit.code }}
      onFinish={submit}
      style={{ maxWidth: 480 }}
    >
      <Form.Item
        name="name"
        label={t('org.name')}
        rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('org.code')}
        rules={[{ required: true, whitespace: true, message: t('org.codeRequired') }, { max: 64 }]}
        extra={t('org.codeHint')}
      >
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button style={{ marginLeft: 8 }} onClick={() => form.resetFields()} disabled={saving}>
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
