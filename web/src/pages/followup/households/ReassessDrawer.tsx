// 重新评估 with the active checklist: the household and its follow-up plan take the new level.
import { Alert, App, Drawer, Form, Grid } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { householdProfilesApi, type ProfileDetail } from '../../../api/householdProfiles';
import { applyFieldErrors } from '../../../components/formErrors';
import { DrawerFooter } from '../../../components/DrawerFooter';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { levelKey } from '../riskLevel';
import { RiskChecklistForm, useActiveChecklist } from '../RiskChecklistForm';

export function ReassessDrawer({ profile, open, onClose, onDone }: { profile: ProfileDetail; open: boolean; onClose: () => void; onDone: (p: ProfileDetail) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const narrow = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<{ answers: Record<string, string> }>();
  const { checklist, error } = useActiveChecklist('family');
  const [saving, setSaving] = useState(false);

  const submit = async (v: { answers: Record<string, string> }) => {
    setSaving(true);
    try {
      const r = await householdProfilesApi.reassess(profile.id, v.answers);
      void message.success(t('hp.reassess.done', { level: t(levelKey(r.assessment.level)) }));
      onDone(r.household);
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        if (applyFieldErrors(form, error, ['answers']).length) notify(error);
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 640}
      title={`${t('hp.reassess.title')} · ${profile.headName}`}
      destroyOnHidden
      loading={!checklist && !error}
      footer={<DrawerFooter onCancel={onClose} onSubmit={() => form.submit()} submitText={t('hp.reassess.submit')} saving={saving} disabled={!checklist} submitTestId="reassess-submit" />}
    >
      {checklist ? (
        <Form form={form} layout="vertical" onFinish={submit} data-testid="reassess-form">
          <RiskChecklistForm checklist={checklist} name="answers" />
        </Form>
      ) : error ? (
        <Alert type="warning" showIcon title={t('screening.create.noChecklist')} />
      ) : null}
    </Drawer>
  );
}
