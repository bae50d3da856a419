// 回访记录 on a phone: mode, stability (three big buttons), notes, a camera photo, an
// optional re-assessment with the risk checklist, assistance needs (AssistanceFields, as
// at the desk) and a rebound. The clientId is made when the form opens: the same filled
// form sent twice (a double tap, the offline queue) is recorded once. Without network
// the form is kept on the device.
import { Alert, App, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import type { AssistanceResource } from '../../../api/assistance';
import { isApiError } from '../../../api/client';
import { type RecordVisitInput, type RecordVisitResult, type Stability, type TodayVisit, VISIT_MODES, type VisitMode } from '../../../api/followup';
import type { Checklist, RiskAnswers } from '../../../api/risk';
import { useT } from '../../../i18n';
import { newClientId } from '../../../offline/outbox';
import type { Photo } from '../../../offline/photo';
import type { UseOutbox } from '../../../offline/useOutbox';
import { ASSISTANCE_FIELDS, ASSISTANCE_INITIAL, AssistanceFields, type AssistanceValues, assistanceBody, assistanceField } from '../AssistanceFields';
import { modeKey } from '../labels';
import { PhotoField } from '../PhotoField';
import { pickAnswers, RiskChecklistForm } from '../RiskChecklistForm';
import { levelKey, RiskLevelTag } from '../riskLevel';
import { FormHead, SubmitBar, SwitchRow, useSubmitFailure } from './FormParts';
import { StabilityButtons } from './StabilityButtons';
import { visitTitle } from './TaskList';

interface Values extends AssistanceValues {
  mode: VisitMode;
  stability?: Stability;
  notes?: string;
  photo?: Photo | null;
  reassess?: boolean;
  riskAnswers?: Partial<RiskAnswers>;
  reboundOn?: boolean;
  rebound?: { description?: string };
}

const FIELDS = ['mode', 'stability', 'notes', 'photo', 'riskAnswers', ...ASSISTANCE_FIELDS, 'rebound'];

/** The request body of the filled form (only what was filled). */
export function visitBody(clientId: string, v: Values, checklist: Checklist | null): RecordVisitInput {
  const body: RecordVisitInput = { clientId, mode: v.mode, stability: v.stability!, notes: v.notes?.trim() ?? '' };
  if (v.reassess && checklist) body.riskAnswers = pickAnswers(checklist, v.riskAnswers);
  if (v.photo) body.photo = { contentType: v.photo.contentType, base64: v.photo.base64 };
  const assistance = assistanceBody(v);
  if (assistance) body.assistance = assistance;
  if (v.reboundOn && v.rebound?.description) body.rebound = { description: v.rebound.description.trim() };
  return body;
}

interface Props {
  visit: TodayVisit;
  checklist: Checklist | null;
  resources: AssistanceResource[];
  outbox: UseOutbox;
  onBack: () => void;
  /** recorded, or kept on the device */
  onDone: () => void;
}

export function VisitForm({ visit, checklist, resources, outbox, onBack, onDone }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // One id per filled form, made on the device: a re-send is recognised by the server.
  const [clientId] = useState(newClientId);
  const [saving, setSaving] = useState(false);
  const failed = useSubmitFailure(form, FIELDS, assistanceField);
  const reassess = Form.useWatch('reassess', form);
  const reboundOn = Form.useWatch('reboundOn', form);
  const stability = Form.useWatch('stability', form);
  const title = visitTitle(visit, t('mobile.householdVisit'));

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const result = await outbox.submit<RecordVisitResult>({
        clientId,
        kind: 'visit',
        targetId: visit.id,
        body: visitBody(clientId, values, checklist),
        title,
        createdAt: new Date().toISOString(),
      });
      if (result.status === 'queued') void message.info(t('mobile.visit.queued'));
      else {
        const next = result.response.plan.nextVisit;
        void message.success(
          result.response.plan.status === 'ended'
            ? t('mobile.visit.savedEnded')
            : next
              ? t('mobile.visit.savedNext', { day: next.dueOn, level: t(levelKey(result.response.plan.level)) })
              : t('mobile.visit.saved'),
        );
      }
      onDone();
    } catch (error) {
      if (isApiError(error) && (error.code === 'visit_done' || error.code === 'plan_ended' || error.status === 404)) {
        void message.error(error.message);
        onDone();
      } else failed(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="m-today" data-testid="visit-form">
      <FormHead title={t('mobile.visit.title')} onBack={onBack} />
      <div className="m-form-subject">
        <div className="m-card-title" style={{ whiteSpace: 'normal' }}>
          {title}
        </div>
        <div className="m-card-sub">
          <RiskLevelTag level={visit.level} />
          <span>{t('mobile.visitSeq', { seq: visit.seq })}</span>
          <span>{visit.grid.name}</span>
          {visit.overdueDays > 0 ? <span className="m-overdue-badge">{t('mobile.overdue', { days: visit.overdueDays })}</span> : <span>{t('mobile.dueOn', { day: visit.dueOn })}</span>}
        </div>
        {visit.case && visit.household ? <div className="m-card-sub">{visit.case.code} · {visit.case.title}</div> : null}
      </div>

      <Form<Values>
        form={form}
        layout="vertical"
        className="m-form"
        initialValues={{ mode: 'in_person', reassess: false, reboundOn: false, ...ASSISTANCE_INITIAL }}
        onFinish={(v) => void submit(v)}
        scrollToFirstError={{ block: 'center' }}
        requiredMark={false}
      >
        <div className="m-form-block">
          <Form.Item name="mode" label={t('mobile.visit.mode')}>
            <Radio.Group optionType="button" buttonStyle="solid" className="m-mode" data-testid="visit-mode">
              {VISIT_MODES.map((mode) => (
                <Radio.Button key={mode} value={mode}>
                  {t(modeKey(mode))}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="stability" label={t('mobile.visit.stability')} rules={[{ required: true, message: t('mobile.visit.stabilityRequired') }]}>
            <StabilityButtons />
          </Form.Item>
          <Form.Item
            name="notes"
            label={t('mobile.visit.notes')}
            rules={[{ required: stability !== undefined && stability !== 'stable', whitespace: true, message: t('mobile.visit.notesRequired') }, { max: 2000 }]}
          >
            <Input.TextArea rows={3} maxLength={2000} placeholder={t('mobile.visit.notesPlaceholder')} data-testid="visit-notes" />
          </Form.Item>
          <Form.Item name="photo" label={t('mobile.visit.photo')}>
            <PhotoField />
          </Form.Item>
        </div>

        <div className="m-form-block">
          <SwitchRow name="reassess" title={t('mobile.visit.reassess')} hint={t('mobile.visit.reassessHint')} disabled={!checklist} testId="visit-reassess" />
          {!checklist ? <Alert type="warning" showIcon style={{ margin: '8px 0 12px' }} title={t('mobile.visit.checklistUnavailable')} /> : null}
          {reassess && checklist ? (
            <div style={{ marginTop: 12 }}>
              <RiskChecklistForm checklist={checklist} name="riskAnswers" />
            </div>
          ) : null}
          <div style={{ height: 12 }} />
        </div>

        <div className="m-form-block">
          <AssistanceFields resources={resources} layout="phone" />
          <div style={{ height: 12 }} />
        </div>

        <div className="m-form-block">
          <SwitchRow name="reboundOn" title={t('mobile.visit.rebound')} hint={t('mobile.visit.reboundHint')} testId="visit-rebound" />
          {reboundOn ? (
            <Form.Item
              name={['rebound', 'description']}
              label={t('mobile.visit.reboundDescription')}
              style={{ marginTop: 12 }}
              rules={[{ required: true, whitespace: true, message: t('mobile.visit.reboundRequired') }, { min: 5 }]}
            >
              <Input.TextArea rows={3} maxLength={5000} data-testid="visit-rebound-description" />
            </Form.Item>
          ) : null}
          <div style={{ height: 12 }} />
        </div>

        <SubmitBar text={t('mobile.visit.submit')} saving={saving} testId="visit-submit" />
      </Form>
    </div>
  );
}
