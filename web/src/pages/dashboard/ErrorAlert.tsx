// An API refusal (400 naming the field, 403…) as the server worded it, instead of an empty chart.
import { Alert } from 'antd';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';

export function ErrorAlert({ error, testId = 'kpi-error' }: { error: unknown; testId?: string }) {
  const t = useT();
  if (isApiError(error)) {
    const fields = Object.entries(error.fields);
    return (
      <Alert
        type="error"
        showIcon
        title={error.message}
        description={fields.length > 0 ? fields.map(([field, message]) => <div key={field}>{`${field}: ${message}`}</div>) : undefined}
        data-testid={testId}
      />
    );
  }
  return <Alert type="error" showIcon title={t('error.unexpected')} data-testid={testId} />;
}
