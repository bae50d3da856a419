// An API refusal (400 naming the field, 403…) as the server worded it, instead of an empty chart.
import { Alert } from 'antd';
import { isApiError } from '../../api/client';
import { type MessageKey, useT } from '../../i18n';

/** The name on screen of each field the dashboard's reads can refuse; others show their message alone. */
const FIELD_LABEL: Record<string, MessageKey> = {
  from: 'dashboard.period',
  to: 'dashboard.period',
  groupBy: 'dashboard.groupBy',
  category: 'dashboard.filter.category',
  channel: 'dashboard.filter.channel',
  streetId: 'heatmap.level.street',
  communityId: 'heatmap.level.community',
  gridId: 'heatmap.level.grid',
  handlerId: 'dashboard.filter.handler',
  departmentId: 'dashboard.filter.department',
  month: 'dashboard.monthly.month',
  centerId: 'kind.center',
};

export function ErrorAlert({ error, testId = 'kpi-error' }: { error: unknown; testId?: string }) {
  const t = useT();
  if (isApiError(error)) {
    const fields = Object.entries(error.fields);
    return (
      <Alert
        type="error"
        showIcon
        title={error.message}
        description={fields.length > 0 ? fields.map(([field, message]) => <div key={field}>{FIELD_LABEL[field] ? t('dashboard.error.field', { field: t(FIELD_LABEL[field]), message }) : message}</div>) : undefined}
        data-testid={testId}
      />
    );
  }
  return <Alert type="error" showIcon title={t('error.unexpected')} data-testid={testId} />;
}
