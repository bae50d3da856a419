// 编辑家庭档案: head, phone, members and notes, saved with the version read (409: reloaded).
import { Drawer, Form, Grid, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../api/client';
import { householdProfilesApi, type ProfileDetail } from '../../../api/householdProfiles';
import { applyFieldErrors } from '../../../components/formErrors';
import { DrawerFooter } from '../../../components/DrawerFooter';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { type MemberRow, MembersFields, membersFromRows } from '../screening/MembersFields';

interface Values {
  headName: string;
  headPhone?: string;
  notes?: string;
  members?: MemberRow[];
}

export function EditProfileDrawer({ profile, open, onClose, onSaved, onConflict }: { profile: ProfileDetail; open: boolean; onClose: () => void; onSaved: (p: ProfileDetail) => void; onConflict: () => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const narrow = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      headName: profile.headName,
      headPhone: undefined,
      notes: profile.notes ?? undefined,
      members: profile.members.map((m) => ({ id: m.id, name: m.name, relation: m.relation, maskedIdNumber: m.idNumber, maskedPhone: m.phone })),
    });
  }, [open, profile, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const phone = v.headPhone?.trim();
      const saved = await householdProfilesApi.patch(profile.id, {
        version: profile.version,
        headName: v.headName,
        ...(phone ? { headPhone: phone } : {}),
        notes: v.notes?.trim() || null,
        members: membersFromRows(v.members),
      });
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        if (applyFieldErrors(form, error, ['headName', 'headPhone', 'notes', 'members']).length) notify(error);
      } else if (isApiError(error) && error.status === 409) {
        onConflict();
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 720}
      title={t('hp.edit.title')}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSubmit={() => form.submit()} submitText={t('common.save')} saving={saving} submitTestId="profile-save" />}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="profile-form">
        <Space wrap>
          <Form.Item name="headName" label={t('hp.detail.head')} rules={[{ required: true, whitespace: true, message: t('screening.create.required', { field: t('hp.detail.head') }) }]}>
            <Input maxLength={30} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="headPhone" label={t('hp.detail.phone')}>
            <Input maxLength={20} style={{ width: 200 }} placeholder={profile.headPhone ?? ''} autoComplete="off" />
          </Form.Item>
        </Space>
        <Form.Item label={t('hp.detail.members')} extra={t('hp.edit.keepHint')}>
          <MembersFields />
        </Form.Item>
        <Form.Item name="notes" label={t('hp.detail.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Typography.Text type="secondary">{t('hp.detail.masked')}</Typography.Text>
      </Form>
    </Drawer>
  );
}
