// Add a category (top level or a sub-category) or edit one's names and handling days.
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { categoriesApi, type Category } from '../../../api/settings';
import { applyFieldErrors } from '../../../components/formErrors';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';

export type CategoryModalState =
  | { mode: 'create'; parent: Category | null }
  | { mode: 'edit'; category: Category }
  | null;

interface CategoryValues {
  code: string;
  name: string;
  nameEn: string;
  handlingDays: number;
}

const FIELDS = ['code', 'name', 'nameEn', 'handlingDays'] as const;

export function CategoryFormModal({ state, onClose, onSaved }: { state: CategoryModalState; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<CategoryValues>();
  const [saving, setSaving] = useState(false);

  const editing = state?.mode === 'edit' ? state.category : null;
  const parent = state?.mode === 'create' ? state.parent : null;
  const title = editing
    ? t('categories.editTitle', { name: editing.name })
    : parent
      ? t('categories.addChildTitle', { name: parent.name })
      : t('categories.addTitle');

  const submit = async (values: CategoryValues) => {
    setSaving(true);
    try {
      if (editing) {
        await categoriesApi.update(editing.code, { name: values.name.trim(), nameEn: values.nameEn.trim(), handlingDays: values.handlingDays });
      } else {
        await categoriesApi.create({
          code: values.code.trim(),
          name: values.name.trim(),
          nameEn: values.nameEn.trim(),
          handlingDays: values.handlingDays,
          parentCode: parent?.code,
        });
      }
      void message.success(t('common.saved'));
      onSaved();
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

  const initial: Partial<CategoryValues> = editing
    ? { code: editing.code, name: editing.name, nameEn: editing.nameEn, handlingDays: editing.handlingDays }
    : { handlingDays: parent?.handlingDays ?? 15, code: parent ? `${parent.code}_` : '' };

  return (
    <Modal
      open={state !== null}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<CategoryValues> form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        <Form.Item
          name="code"
          label={t('categories.code')}
          extra={editing ? undefined : t('categories.codeHint')}
          rules={[
            { required: true, message: t('categories.codeRequired') },
            { pattern: /^[a-z][a-z0-9_]{1,40}$/, message: t('categories.codePattern') },
          ]}
        >
          <Input disabled={!!editing} maxLength={41} />
        </Form.Item>
        <Form.Item name="name" label={t('categories.name')} rules={[{ required: true, whitespace: true, message: t('categories.nameRequired') }, { max: 40 }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('categories.nameEn')} rules={[{ required: true, whitespace: true, message: t('categories.nameRequired') }, { max: 60 }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="handlingDays" label={t('categories.handlingDays')} extra={t('categories.handlingDaysHint')} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} precision={0} suffix={t('categories.workingDays')} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
