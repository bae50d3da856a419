// The fields of each action's modal (分流 has its own component).
import { Alert, Form, Input, Radio, Typography } from 'antd';
import {
  FEEDBACK_SOURCES,
  OUTCOMES,
  REFERRAL_DESTINATIONS,
  SATISFACTIONS,
  type CaseAction,
} from '../../../api/caseTypes';
import { useT, type MessageKey } from '../../../i18n';
import { destinationKey, feedbackSourceKey, outcomeKey, satisfactionKey } from '../shared/caseLabels';
import { REASON_ACTIONS, type ActionValues } from './actionForms';
import { ReferUnitField } from './ReferUnitField';
import { RouteFields } from './RouteFields';
import { ResolveRiskSection } from '../../followup/ResolveRiskSection';

const CONFIRM_TEXT: Partial<Record<CaseAction, MessageKey>> = {
  accept: 'actionForm.confirm.accept',
  start: 'actionForm.confirm.start',
  resume: 'actionForm.confirm.resume',
  archive: 'actionForm.confirm.archive',
};

const REASON_LABEL: Partial<Record<CaseAction, MessageKey>> = {
  return: 'actionForm.reason.return',
  pause: 'actionForm.reason.pause',
  withdraw: 'actionForm.reason.withdraw',
  reopen: 'actionForm.reason.reopen',
};

function ReasonField({ label, required = true }: { label: string; required?: boolean }) {
  const t = useT();
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[{ required, whitespace: true, message: t('actionForm.reasonRequired') }, { max: 500 }]}
    >
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount data-testid="action-reason" />
    </Form.Item>
  );
}

function NoteField({ label, required }: { label: string; required: boolean }) {
  const t = useT();
  return (
    <Form.Item name="note" label={label} rules={[{ required, whitespace: true, message: t('actionForm.noteRequired') }, { max: 2000 }]}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} showCount data-testid="action-note" />
    </Form.Item>
  );
}

function FeedbackFields() {
  const t = useT();
  const form = Form.useFormInstance<ActionValues>();
  const satisfaction = Form.useWatch('satisfaction', form);
  const solved = Form.useWatch('solved', form);
  return (
    <>
      <Form.Item name="source" label={t('actionForm.source')} rules={[{ required: true }]}>
        <Radio.Group>
          {FEEDBACK_SOURCES.map((value) => (
            <Radio key={value} value={value}>
              <span data-testid={`source-${value}`}>{t(feedbackSourceKey(value))}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="satisfaction" label={t('case.satisfaction')} rules={[{ required: true, message: t('actionForm.satisfactionRequired') }]}>
        <Radio.Group optionType="button" buttonStyle="solid">
          {SATISFACTIONS.map((value) => (
            <Radio.Button key={value} value={value}>
              <span data-testid={`satisfaction-${value}`}>{t(satisfactionKey(value))}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="solved" label={t('actionForm.solved')} rules={[{ required: true, message: t('actionForm.solvedRequired') }]}>
        <Radio.Group>
          <Radio value={true}>
            <span data-testid="solved-yes">{t('actionForm.solvedYes')}</span>
          </Radio>
          <Radio value={false}>
            <span data-testid="solved-no">{t('actionForm.solvedNo')}</span>
          </Radio>
        </Radio.Group>
      </Form.Item>
      {satisfaction === 'dissatisfied' || solved === false ? (
        <Alert type="warning" showIcon title={t('actionForm.feedbackReopens')} style={{ marginBottom: 16 }} />
      ) : null}
      <NoteField label={t('actionForm.feedbackNote')} required={false} />
    </>
  );
}

export function ActionFields({
  action,
  caseId,
  centerId,
  overriddenRule = null,
}: {
  action: CaseAction;
  caseId: string;
  /** The case's center: its departments are the department referral's destinations. */
  centerId: string;
  overriddenRule?: string | null;
}) {
  const t = useT();
  const confirm = CONFIRM_TEXT[action];
  if (confirm) return <Typography.Paragraph>{t(confirm)}</Typography.Paragraph>;
  const reasonLabel = REASON_LABEL[action];
  if (reasonLabel && REASON_ACTIONS.includes(action)) return <ReasonField label={t(reasonLabel)} />;

  switch (action) {
    case 'route':
      return <RouteFields caseId={caseId} overriddenRule={overriddenRule} />;
    case 'resolve':
      return (
        <>
          <Form.Item name="outcome" label={t('case.outcome')} rules={[{ required: true, message: t('actionForm.outcomeRequired') }]}>
            <Radio.Group>
              {OUTCOMES.map((value) => (
                <Radio key={value} value={value}>
                  <span data-testid={`outcome-${value}`}>{t(outcomeKey(value))}</span>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <NoteField label={t('actionForm.resolveNote')} required />
          <ResolveRiskSection />
        </>
      );
    case 'refer':
      return (
        <>
          <Form.Item name="destination" label={t('case.referral')} rules={[{ required: true, message: t('actionForm.destinationRequired') }]}>
            <Radio.Group>
              {REFERRAL_DESTINATIONS.map((value) => (
                <Radio key={value} value={value}>
                  <span data-testid={`destination-${value}`}>{t(destinationKey(value))}</span>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <ReferUnitField centerId={centerId} />
          <NoteField label={t('actionForm.referNote')} required={false} />
          <ReasonField label={t('actionForm.reason.refer')} />
        </>
      );
    case 'feedback':
      return <FeedbackFields />;
    default:
      return null;
  }
}
