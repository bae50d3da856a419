// One action's modal: its fields, then POST /actions with the case version. A 409
// shows the server's message and hands back the fresh copy from the error body.
import { App, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { ARCHIVE_GAPS, type ArchiveGap, type Case, type CaseAction } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { isApiError } from '../../../api/client';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { setFieldErrors, toNamePath } from '../../../components/formErrors';
import { useT } from '../../../i18n';
import { actionKey, isOneOf } from '../shared/caseLabels';
import { ACTION_FIELD_NAMES, toActionFields, type ActionValues } from './actionForms';
import { ActionFields } from './ActionFields';
import { ruleToOverride } from './routingOverride';

interface ActionModalProps {
  action: CaseAction | null;
  current: Case;
  onClose: () => void;
  /** A newer copy of the case: after the action, or from a 409. */
  onCase: (next: Case) => void;
  /** Archiving was refused: what is missing. */
  onArchiveGaps: (gaps: ArchiveGap[]) => void;
}

function freshCase(details: Record<string, unknown>): Case | null {
  const value = details.case;
  return typeof value === 'object' && value !== null && 'id' in value && 'version' in value ? (value as Case) : null;
}

export function ActionModal({ action, current, onClose, onCase, onArchiveGaps }: ActionModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<ActionValues>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: ActionValues) => {
    if (!action) return;
    setSaving(true);
    try {
      const next = await casesApi.act(current.id, action, current.version, toActionFields(action, values));
      void message.success(t('caseDetail.actionDone', { action: t(actionKey(action)) }));
      onCase(next);
      onClose();
    } catch (error) {
      if (!isApiError(error)) {
        notify(error);
      } else if (error.code === 'archive_incomplete') {
        const gaps = Array.isArray(error.details.gaps) ? error.details.gaps.filter((gap) => isOneOf(ARCHIVE_GAPS, gap)) : [];
        onArchiveGaps(gaps);
        void message.error(error.message);
        onClose();
      } else if (error.status === 409) {
        // A version conflict: the page now shows the fresh copy, so say so; otherwise the server's reason.
        void message.warning(error.code === 'conflict' ? t('common.conflictReloaded') : error.message);
        const fresh = freshCase(error.details);
        if (fresh) onCase(fresh);
        onClose();
      } else if (Object.keys(error.fields).length > 0) {
        // Nested fields (riskAnswers.<item>) go to their item.
        const entries = Object.entries(error.fields)
          .filter(([field]) => (ACTION_FIELD_NAMES as readonly string[]).includes(field.split('.')[0] ?? field))
          .map(([field, text]) => ({ name: toNamePath(field), errors: [text] }));
        setFieldErrors(form, entries);
        if (entries.length === 0) void message.error(error.message);
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const title = action ? t(actionKey(action)) : '';
  return (
    <Modal
      open={action !== null}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      width={action === 'route' ? 600 : 520}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={action === 'withdraw'}
          loading={saving}
          onClick={() => form.submit()}
          data-testid="action-modal-ok"
        >
          {t('caseDetail.confirmAction', { action: title })}
        </Button>,
      ]}
    >
      {action ? (
        <Form<ActionValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={action === 'feedback' ? { source: 'phone' } : undefined}
          data-testid={`action-form-${action}`}
        >
          <ActionFields action={action} caseId={current.id} centerId={current.centerId} overriddenRule={ruleToOverride(current)} />
        </Form>
      ) : null}
    </Modal>
  );
}
