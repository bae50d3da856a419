// The parts the phone forms (回访记录, 入户排查) share: the head with the back button, a
// switch row that opens a block of the form, the submit bar within thumb reach, and what
// a failed submission shows.
import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Form, Switch, type FormInstance } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { isApiError } from '../../../api/client';
import { applyFieldErrors } from '../../../components/formErrors';
import { useT } from '../../../i18n';
import { StorageFullError } from '../../../offline/useOutbox';

export function FormHead({ title, onBack }: { title: ReactNode; onBack: () => void }) {
  const t = useT();
  return (
    <div className="m-form-head">
      <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('mobile.back')} onClick={onBack} data-testid="form-back" />
      <h1 className="m-form-title">{title}</h1>
    </div>
  );
}

/** A titled switch (a boolean form field); what it opens follows it in the same block. */
export function SwitchRow({ name, title, hint, disabled, testId }: { name: string; title: ReactNode; hint: ReactNode; disabled?: boolean; testId: string }) {
  return (
    <div className="m-switch-row">
      <div>
        <div className="m-switch-title">{title}</div>
        <div className="m-card-sub">{hint}</div>
      </div>
      <Form.Item name={name} valuePropName="checked" noStyle>
        <Switch disabled={disabled} data-testid={testId} />
      </Form.Item>
    </div>
  );
}

export function SubmitBar({ text, saving, disabled, testId }: { text: ReactNode; saving: boolean; disabled?: boolean; testId: string }) {
  return (
    <div className="m-bottom-bar">
      <Button type="primary" size="large" htmlType="submit" className="m-submit" icon={<SendOutlined />} loading={saving} disabled={disabled} data-testid={testId}>
        {text}
      </Button>
    </div>
  );
}

/**
 * What a refused or failed submission shows: the API's messages on the fields of the form
 * (`rename` maps an API field to the form's, e.g. `assistance.0.reason`), the first other
 * message or the error's own as a toast.
 */
export function useSubmitFailure(form: FormInstance, fields: readonly string[], rename?: (field: string) => string): (error: unknown) => void {
  const t = useT();
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (error instanceof StorageFullError) {
        void message.error(t('mobile.outbox.storageFull'));
      } else if (isApiError(error)) {
        const unmatched = applyFieldErrors(form, error, fields, rename);
        void message.error(unmatched[0] ?? error.message);
      } else {
        console.error(error);
        void message.error(t('error.unexpected'));
      }
    },
    [form, fields, rename, message, t],
  );
}
