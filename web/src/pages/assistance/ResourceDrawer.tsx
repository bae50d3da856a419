// Add or edit a resource of the catalogue (帮扶资源): kind, name, provider (a department or
// social organisation on the platform, whose liaisons answer referrals), center, phone.
import { App, Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { ASSISTANCE_KINDS, assistanceApi, type AssistanceKind, type AssistanceResource } from '../../api/assistance';
import { isApiError } from '../../api/client';
import { setFieldErrors } from '../../components/formErrors';
import { UnitPicker, type UnitValue } from '../../components/UnitPicker';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';

export type ResourceDrawerState = { mode: 'create' } | { mode: 'edit'; resource: AssistanceResource } | null;

interface Values {
  kind: AssistanceKind;
  name: string;
  provider: string;
  providerUnit?: UnitValue | null;
  center?: UnitValue | null;
  contactPhone?: string;
  description?: string;
  active: boolean;
}

const FIELDS = ['kind', 'name', 'provider', 'providerUnit', 'center', 'contactPhone', 'description', 'active'] as const;
const FIELD_OF: Record<string, string> = { providerUnitId: 'providerUnit', centerId: 'center' };

export function ResourceDrawer({ state, onClose, onSaved, onStale }: { state: ResourceDrawerState; onClose: () => void; onSaved: (r: AssistanceResource) => void; onStale: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const editing = state?.mode === 'edit' ? state.resource : null;

  useEffect(() => {
    if (!state) return;
    form.resetFields();
    form.setFieldsValue(
      editing
        ? {
            kind: editing.kind,
            name: editing.name,
            provider: editing.provider,
            providerUnit: editing.providerUnitId ? { value: editing.providerUnitId, label: editing.providerUnitName ?? editing.provider } : null,
            center: editing.centerId ? { value: editing.centerId, label: editing.centerName ?? '' } : null,
            contactPhone: editing.contactPhone ?? undefined,
            description: editing.description ?? undefined,
            active: editing.active,
          }
        : { kind: 'counselling', active: true },
    );
  }, [state, editing, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    const fields = {
      kind: v.kind,
      name: v.name.trim(),
      provider: v.provider.trim(),
      providerUnitId: v.providerUnit?.value ?? null,
      contactPhone: v.contactPhone?.trim() || null,
      description: v.description?.trim() || null,
      active: v.active,
      // A new resource without a center is the caller's own center (the server decides); an edit keeps what is chosen.
      ...(editing || v.center ? { centerId: v.center?.value ?? null } : {}),
    };
    try {
      const saved = editing ? await assistanceApi.updateResource(editing.id, { ...fields, version: editing.version }) : await assistanceApi.createResource(fields);
      void message.success(t('common.saved'));
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('common.conflictReloaded'));
        onStale();
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        // The API names units by id; the form holds them as pickers.
        const entries: { name: string; errors: string[] }[] = [];
        for (const [field, text] of Object.entries(error.fields)) {
          const name = FIELD_OF[field] ?? field;
          if ((FIELDS as readonly string[]).includes(name)) entries.push({ name, errors: [text] });
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

  return (
    <Drawer
      open={state !== null}
      title={editing ? t('assistance.editResource', { name: editing.name }) : t('assistance.addResource')}
      size={520}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="resource-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="kind" label={t('assistance.kind')} rules={[{ required: true }]}>
          <Select options={ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`assistance.kind.${k}`) }))} data-testid="resource-kind" />
        </Form.Item>
        <Form.Item name="name" label={t('assistance.resourceName')} rules={[{ required: true, whitespace: true, message: t('assistance.resourceNameRequired') }, { max: 60 }]}>
          <Input maxLength={60} placeholder={t('assistance.resourceNamePlaceholder')} data-testid="resource-name" />
        </Form.Item>
        <Form.Item name="providerUnit" label={t('assistance.providerUnit')} extra={t('assistance.providerUnitHint')}>
          <UnitPicker
            searchKind="department"
            placeholder={t('assistance.providerUnitPlaceholder')}
            onChange={(unit) => {
              form.setFieldValue('providerUnit', unit);
              if (unit && !form.getFieldValue('provider')) form.setFieldValue('provider', unit.label);
            }}
          />
        </Form.Item>
        <Form.Item name="provider" label={t('assistance.provider')} rules={[{ required: true, whitespace: true, message: t('assistance.providerRequired') }, { max: 80 }]}>
          <Input maxLength={80} placeholder={t('assistance.providerPlaceholder')} data-testid="resource-provider" />
        </Form.Item>
        <Form.Item name="center" label={t('assistance.center')} extra={t('assistance.centerHint')}>
          <UnitPicker searchKind="center" placeholder={t('assistance.centerPlaceholder')} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('assistance.phone')} rules={[{ max: 30 }]}>
          <Input maxLength={30} placeholder={t('assistance.phonePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('assistance.description')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount placeholder={t('assistance.descriptionPlaceholder')} />
        </Form.Item>
        <Form.Item name="active" label={t('assistance.inUse')} valuePropName="checked" extra={t('assistance.inUseHint')}>
          <Switch checkedChildren={t('assistance.enabled')} unCheckedChildren={t('assistance.disabled')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
