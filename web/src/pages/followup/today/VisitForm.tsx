// 回访记录 on a phone: mode, stability (three big buttons), notes, a camera photo, an
// optional re-assessment with the risk checklist, assistance needs and a rebound. The
// clientId is made when the form opens: the same filled form sent twice (a double tap,
// the offline queue) is recorded once. Without network the form is kept on the device.
import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input, Radio, Switch } from 'antd';
import { useState } from 'react';
import type { AssistanceResource } from '../../../api/assistance';
import { isApiError } from '../../../api/client';
import type { RecordVisitInput, RecordVisitResult, Stability, TodayVisit, VisitMode } from '../../../api/followup';
import type { Checklist, RiskAnswers } from '../../../api/risk';
import { applyFieldErrors } from '../../../components/formErrors';
import { useLocale, useT } from '../../../i18n';
import { newClientId } from '../../../offline/outbox';
import type { Photo } from '../../../offline/photo';
import { StorageFullError, type UseOutbox } from '../../../offline/useOutbox';
import { pickAnswers, RiskChecklistForm } from '../RiskChecklistForm';
import { levelKey, RiskLevelTag } from '../riskLevel';
import { PhotoField } from './PhotoField';
import { StabilityButtons } from './StabilityButtons';
import { visitTitle } from './TaskList';

interface Values {
  mode: VisitMode;
  stability?: Stability;
  notes?: string;
  photo?: Photo | null;
  reassess?: boolean;
  riskAnswers?: Partial<RiskAnswers>;
  assistanceOn?: boolean;
  assistanceIds?: string[];
  assistanceReason?: string;
  reboundOn?: boolean;
  rebound?: { description?: string };
}

const FIELDS = ['mode', 'stability', 'notes', 'photo', 'riskAnswers', 'rebound'];

/** The request body of the filled form (only what was filled). */
export function visitBody(clientId: string, v: Values, checklist: Checklist | null): RecordVisitInput {
  const body: RecordVisitInput = { clientId, mode: v.mode, stability: v.stability!, notes: v.notes?.trim() ?? '' };
  if (v.reassess && checklist) body.riskAnswers = pickAnswers(checklist, v.riskAnswers);
  if (v.photo) body.photo = { contentType: v.photo.contentType, base64: v.photo.base64 };
  const reason = v.assistanceReason?.trim() ?? '';
  if (v.assistanceOn && v.assistanceIds?.length) body.assistance = v.assistanceIds.map((resourceId) => ({ resourceId, reason }));
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
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // One id per filled form, made on the device: a re-send is recognised by the server.
  const [clientId] = useState(newClientId);
  const [saving, setSaving] = useState(false);
  const reassess = Form.useWatch('reassess', form);
  const reboundOn = Form.useWatch('reboundOn', form);
  const stability = Form.useWatch('stability', form);
  const assistanceOn = Form.useWatch('assistanceOn', form);
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
      if (error instanceof StorageFullError) {
        void message.error(t('mobile.outbox.storageFull'));
      } else if (isApiError(error)) {
        if (error.code === 'visit_done' || error.code === 'plan_ended' || error.status === 404) {
          void message.error(error.message);
          onDone();
          return;
        }
        const unmatched = applyFieldErrors(form, error, FIELDS);
        void message.error(unmatched[0] ?? error.message);
      } else {
        console.error(error);
        void message.error(t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="m-today" data-testid="visit-form">
      <div className="m-form-head">
        <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('mobile.back')} onClick={onBack} data-testid="form-back" />
        <h1 className="m-form-title">{t('mobile.visit.title')}</h1>
      </div>
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
        initialValues={{ mode: 'in_person', reassess: false, reboundOn: false, assistanceOn: false, assistanceIds: [] }}
        onFinish={(v) => void submit(v)}
        scrollToFirstError={{ block: 'center' }}
        requiredMark={false}
      >
        <div className="m-form-block">
          <Form.Item name="mode" label={t('mobile.visit.mode')}>
            <Radio.Group optionType="button" buttonStyle="solid" className="m-mode" data-testid="visit-mode">
              <Radio.Button value="in_person">{t('mobile.visit.mode.in_person')}</Radio.Button>
              <Radio.Button value="phone">{t('mobile.visit.mode.phone')}</Radio.Button>
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
          <div className="m-switch-row">
            <div>
              <div style={{ fontWeight: 500, fontSize: 15 }}>{t('mobile.visit.reassess')}</div>
              <div className="m-card-sub">{t('mobile.visit.reassessHint')}</div>
            </div>
            <Form.Item name="reassess" valuePropName="checked" noStyle>
              <Switch disabled={!checklist} data-testid="visit-reassess" />
            </Form.Item>
          </div>
          {!checklist ? <Alert type="warning" showIcon style={{ margin: '8px 0 12px' }} title={t('mobile.visit.checklistUnavailable')} /> : null}
          {reassess && checklist ? (
            <div style={{ marginTop: 12 }}>
              <RiskChecklistForm checklist={checklist} name="riskAnswers" />
            </div>
          ) : null}
          <div style={{ height: 12 }} />
        </div>

        <div className="m-form-block">
          <div className="m-switch-row">
            <div>
              <div style={{ fontWeight: 500, fontSize: 15 }}>{t('mobile.visit.assistance')}</div>
              <div className="m-card-sub">{resources.length ? t('mobile.visit.assistanceHint') : t('mobile.visit.noResources')}</div>
            </div>
            <Form.Item name="assistanceOn" valuePropName="checked" noStyle>
              <Switch disabled={!resources.length} data-testid="visit-assistance-on" />
            </Form.Item>
          </div>
          {assistanceOn ? (
            <>
              <Form.Item name="assistanceIds" style={{ marginTop: 8 }} rules={[{ required: true, type: 'array', min: 1, message: t('mobile.visit.assistanceRequired') }]}>
                <Checkbox.Group style={{ display: 'flex', flexDirection: 'column' }} data-testid="visit-assistance">
                  {resources.map((r) => (
                    <Checkbox key={r.id} value={r.id}>
                      <span className="m-resource">
                        <span>
                          {r.name}
                          <span className="m-resource-provider"> · {locale === 'en' ? r.kindLabel.en : r.kindLabel.zh}</span>
                        </span>
                        <span className="m-resource-provider">{r.provider}</span>
                      </span>
                    </Checkbox>
                  ))}
                </Checkbox.Group>
              </Form.Item>
              <Form.Item name="assistanceReason" label={t('mobile.visit.assistanceReason')} rules={[{ required: true, whitespace: true, message: t('mobile.visit.assistanceReasonRequired') }]}>
                <Input.TextArea rows={2} maxLength={1000} data-testid="visit-assistance-reason" />
              </Form.Item>
            </>
          ) : null}
          <div style={{ height: 12 }} />
        </div>

        <div className="m-form-block">
          <div className="m-switch-row">
            <div>
              <div style={{ fontWeight: 500, fontSize: 15 }}>{t('mobile.visit.rebound')}</div>
              <div className="m-card-sub">{t('mobile.visit.reboundHint')}</div>
            </div>
            <Form.Item name="reboundOn" valuePropName="checked" noStyle>
              <Switch data-testid="visit-rebound" />
            </Form.Item>
          </div>
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

        <div className="m-bottom-bar">
          <Button type="primary" size="large" htmlType="submit" className="m-submit" icon={<SendOutlined />} loading={saving} data-testid="visit-submit">
            {t('mobile.visit.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
