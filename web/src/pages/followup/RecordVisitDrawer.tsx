// 登记回访 for desk staff and the grid trio: stability, mode, notes, an optional
// re-assessment with the checklist, a level, a photo, referrals to assistance (the
// phone form's AssistanceFields), a rebound. The submission id is made once per
// opening, so a retry after a network failure is not recorded twice.
import { App, Button, Drawer, Form, Grid, Input, Radio, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { type FollowupVisit, type RecordVisitResult, STABILITIES, VISIT_MODES, followupApi, type Stability, type VisitMode } from '../../api/followup';
import { isApiError } from '../../api/client';
import { RISK_LEVELS, type RiskAnswers, type RiskLevel } from '../../api/risk';
import { applyFieldErrors } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { newClientId } from '../../offline/outbox';
import type { Photo } from '../../offline/photo';
import { modeKey, stabilityKey } from './labels';
import { ASSISTANCE_FIELDS, ASSISTANCE_INITIAL, AssistanceFields, type AssistanceValues, assistanceBody, assistanceField, useReferableResources } from './AssistanceFields';
import { PhotoField } from './PhotoField';
import { ActiveRiskChecklistForm } from './RiskChecklistForm';
import { levelKey } from './riskLevel';

interface Values extends AssistanceValues {
  mode: VisitMode;
  stability: Stability;
  notes?: string;
  riskAnswers?: RiskAnswers;
  level?: RiskLevel;
  photo?: Photo | null;
  rebound?: { description?: string };
}

const FORM_FIELDS = ['mode', 'stability', 'notes', 'riskAnswers', 'level', 'photo', ...ASSISTANCE_FIELDS, 'rebound'];

interface RecordVisitDrawerProps {
  visit: FollowupVisit | null;
  onClose: () => void;
  /** after a recorded (or replayed) visit, and after a 409 (the plan changed meanwhile) */
  onRecorded: (result: RecordVisitResult | null) => void;
}

export function RecordVisitDrawer({ visit, onClose, onRecorded }: RecordVisitDrawerProps) {
  const t = useT();
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Drawer open={!!visit} onClose={onClose} size={narrow ? '100%' : 560} title={visit ? t('followup.record.title', { seq: visit.seq }) : ''} destroyOnHidden data-testid="record-visit-drawer">
      {visit ? <RecordVisitForm key={visit.id} visit={visit} onClose={onClose} onRecorded={onRecorded} /> : null}
    </Drawer>
  );
}

function RecordVisitForm({ visit, onClose, onRecorded }: { visit: FollowupVisit; onClose: () => void; onRecorded: RecordVisitDrawerProps['onRecorded'] }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<Values>();
  const [clientId] = useState(newClientId);
  const [reassess, setReassess] = useState(false);
  const [rebound, setRebound] = useState(false);
  const [saving, setSaving] = useState(false);
  const { resources, loading } = useReferableResources();

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const result = await followupApi.record(visit.id, {
        clientId,
        mode: values.mode,
        stability: values.stability,
        notes: values.notes?.trim() ?? '',
        riskAnswers: reassess ? values.riskAnswers : undefined,
        level: values.level ?? undefined,
        photo: values.photo ? { contentType: values.photo.contentType, base64: values.photo.base64 } : undefined,
        assistance: assistanceBody(values),
        rebound: rebound && values.rebound?.description ? { description: values.rebound.description.trim() } : undefined,
      });
      if (result.replayed) void message.info(t('followup.record.replayed'));
      else if (result.plan.status === 'ended') void message.success(t('followup.record.ended'));
      else if (result.plan.nextVisit) void message.success(t('followup.record.next', { day: result.plan.nextVisit.dueOn, level: t(levelKey(result.plan.level)) }));
      else void message.success(t('followup.record.done'));
      onRecorded(result);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(error.message);
        onRecorded(null);
        onClose();
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        const unmatched = applyFieldErrors(form, error, FORM_FIELDS, assistanceField);
        if (unmatched.length === Object.keys(error.fields).length) void message.error(error.message);
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'in_person', ...ASSISTANCE_INITIAL }} preserve={false} data-testid="record-visit-form">
      <Typography.Paragraph type="secondary">{t('followup.record.due', { day: visit.dueOn })}</Typography.Paragraph>
      <Form.Item name="mode" label={t('followup.record.mode')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" buttonStyle="solid">
          {VISIT_MODES.map((mode) => (
            <Radio.Button key={mode} value={mode}>
              <span data-testid={`visit-mode-${mode}`}>{t(modeKey(mode))}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="stability" label={t('followup.record.stability')} rules={[{ required: true, message: t('followup.record.stabilityRequired') }]}>
        <Radio.Group optionType="button" buttonStyle="solid">
          {STABILITIES.map((s) => (
            <Radio.Button key={s} value={s}>
              <span data-testid={`visit-stability-${s}`}>{t(stabilityKey(s))}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="notes" label={t('followup.record.notes')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder={t('followup.record.notesPlaceholder')} data-testid="visit-notes" />
      </Form.Item>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={reassess} onChange={setReassess} data-testid="visit-reassess" />
        <span>{t('followup.record.reassess')}</span>
      </Space>
      {reassess ? <ActiveRiskChecklistForm name="riskAnswers" /> : null}
      <Form.Item name="level" label={t('followup.record.level')} extra={t('followup.record.levelHint')} style={{ marginTop: 12 }}>
        <Select<RiskLevel> allowClear options={[...RISK_LEVELS].reverse().map((l) => ({ value: l, label: t(levelKey(l)) }))} style={{ maxWidth: 200 }} data-testid="visit-level" />
      </Form.Item>
      <Form.Item name="photo" label={t('followup.record.photo')}>
        <PhotoField size="middle" />
      </Form.Item>
      <AssistanceFields resources={resources} loading={loading} layout="desk" />
      <Space style={{ display: 'flex', marginBottom: 12 }}>
        <Switch checked={rebound} onChange={setRebound} data-testid="visit-rebound" />
        <span>{t('followup.record.rebound')}</span>
      </Space>
      {rebound ? (
        <Form.Item
          name={['rebound', 'description']}
          label={t('followup.record.reboundDescription')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('followup.record.reboundRequired') }, { max: 5000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('followup.record.reboundPlaceholder')} data-testid="visit-rebound-description" />
        </Form.Item>
      ) : null}
      <Space style={{ marginTop: 8 }}>
        <Button onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="visit-submit">
          {t('followup.record.submit')}
        </Button>
      </Space>
    </Form>
  );
}
