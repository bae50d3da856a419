// Create or edit a user. Phone and password are write-only: the server only ever
// returns a masked phone, so an empty field means "leave unchanged".
import { App, Button, Form, Input, Space, Switch } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import type { User } from '../../../api/types';
import { usersApi } from '../../../api/users';
import { applyFieldErrors } from '../../../components/formErrors';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { isConflict } from '../shared/conflict';
import { RoleListField } from './RoleListField';
import { initialValues, toCreateInput, toUpdateInput, USER_FORM_FIELDS, type UserFormValues } from './userForm';

const PHONE_PATTERN = /^[0-9+\-\s]{5,20}$/;

export interface UserFormProps {
  /** `null` to create a new user. */
  user: User | null;
  onCancel: () => void;
  onSaved: (user: User, created: boolean) => void;
  onConflict: () => void;
}

export function UserForm({ user, onCancel, onSaved, onConflict }: UserFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<UserFormValues>();
  const [saving, setSaving] = useState(false);
  const editing = user !== null;

  const submit = async (values: UserFormValues) => {
    let saved: User;
    setSaving(true);
    try {
      if (user) {
        const input = toUpdateInput(user, values);
        if (!input) {
          void message.info(t('common.noChanges'));
          return;
        }
        saved = await usersApi.update(user.id, input);
      } else {
        saved = await usersApi.create(toCreateInput(values));
      }
      void message.success(editing ? t('common.saved') : t('users.created', { name: saved.displayName }));
      onSaved(saved, !editing);
    } catch (error) {
      if (isConflict(error) && editing) {
        void message.warning(t('common.conflictReloaded'));
        onConflict();
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        applyFieldErrors(form, error, USER_FORM_FIELDS).forEach((text) => void message.error(text));
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<UserFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(user)}
      onFinish={submit}
      requiredMark
      autoComplete="off"
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        rules={[
          { required: true, whitespace: true, message: t('users.usernameRequired') },
          { pattern: /^[A-Za-z0-9_.-]{2,32}$/, message: t('users.usernamePattern') },
        ]}
        extra={editing ? undefined : t('users.usernameHint')}
      >
        <Input disabled={editing} maxLength={32} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }, { max: 50 }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('users.phone')}
        rules={[{ pattern: PHONE_PATTERN, message: t('users.phonePattern') }]}
        extra={editing ? t('users.phoneKeep', { phone: user?.phone || t('common.none') }) : undefined}
      >
        <Input maxLength={20} placeholder={editing ? (user?.phone ?? '') : undefined} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={editing ? t('users.resetPassword') : t('users.initialPassword')}
        rules={[
          { required: !editing, message: t('users.passwordRequired') },
          { min: 8, message: t('users.passwordMin') },
        ]}
        extra={editing ? t('users.passwordKeep') : t('users.passwordHint')}
      >
        <Input.Password maxLength={128} autoComplete="new-password" />
      </Form.Item>
      {editing ? (
        <Form.Item name="active" label={t('users.accountEnabled')} valuePropName="checked">
          <Switch checkedChildren={t('users.status.active')} unCheckedChildren={t('users.status.disabled')} />
        </Form.Item>
      ) : null}
      <RoleListField />
      <Form.Item style={{ marginBottom: 0, textAlign: 'right' }}>
        <Space>
          <Button onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {editing ? t('common.save') : t('users.create')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
