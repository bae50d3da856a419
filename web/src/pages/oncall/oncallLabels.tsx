// Status tag and answer countdown of an on-call request (随驻请求).
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { OncallRequest, OncallStatus } from '../../api/staffing';
import { useT } from '../../i18n';
import { formatTime, formatWorkingMinutes } from '../cases/shared/format';
import { useClockSettings } from '../cases/shared/useClockSettings';
import { useNow } from '../cases/shared/useNow';
import { workingMinutesBetween } from '../cases/shared/workingTime';

export const ONCALL_COLORS: Record<OncallStatus, string> = {
  pending: 'orange',
  accepted: 'blue',
  declined: 'red',
  expired: 'default',
  done: 'green',
  cancelled: 'default',
};

export function OncallStatusTag({ status }: { status: OncallStatus }) {
  const t = useT();
  return (
    <Tag color={ONCALL_COLORS[status]} data-testid="oncall-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`oncallStatus.${status}`)}
    </Tag>
  );
}

/** Working time left to answer a pending request (live), or that it is overdue. */
export function OncallCountdown({ request }: { request: Pick<OncallRequest, 'status' | 'respondBy'> }) {
  const t = useT();
  const { calendar } = useClockSettings();
  const now = useNow(30_000);
  if (request.status !== 'pending') return null;
  const due = Date.parse(request.respondBy);
  const overdue = due <= now;
  const left = overdue ? 0 : workingMinutesBetween(calendar, now, due);
  return (
    <Tooltip title={t('oncall.respondBy', { time: formatTime(request.respondBy) })}>
      <Tag color={overdue ? 'red' : left <= 60 ? 'orange' : 'green'} icon={overdue ? <WarningOutlined /> : <ClockCircleOutlined />} style={{ marginInlineEnd: 0 }}>
        {overdue ? t('oncall.overdue') : t('oncall.remaining', { time: formatWorkingMinutes(t, left) })}
      </Tag>
    </Tooltip>
  );
}
