// A clock's state as a coloured tag: green with more than half of the budget left,
// orange when near, red when breached, grey while paused. Counts down live (30 s).
import { ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ListDeadline } from '../../../api/caseTypes';
import { useT, type TFunction } from '../../../i18n';
import { deadlineKey } from './caseLabels';
import { formatTime, formatWorkingMinutes } from './format';
import { useClockSettings, type ClockSettings } from './useClockSettings';
import { useNow } from './useNow';
import { workingMinutesBetween } from './workingTime';

export type ClockTone = 'ok' | 'near' | 'breached' | 'paused' | 'met';

export interface LiveClock {
  remaining: number;
  tone: ClockTone;
}

/** The clock as of `now`: the server's remaining minutes less the working time since the read. */
export function liveClock(
  settings: ClockSettings,
  deadline: ListDeadline,
  category: string | undefined,
  fetchedAt: number,
  now: number,
  met = false,
): LiveClock {
  const elapsed = deadline.paused || met ? 0 : workingMinutesBetween(settings.calendar, fetchedAt, now);
  const remaining = deadline.remainingWorkingMinutes - elapsed;
  if (met) return { remaining, tone: deadline.breached ? 'breached' : 'met' };
  if (deadline.breached || remaining <= 0) return { remaining, tone: 'breached' };
  if (deadline.paused) return { remaining, tone: 'paused' };
  const budget = settings.budgetMinutes(deadline.kind, category);
  return { remaining, tone: budget > 0 && remaining / budget > 0.5 ? 'ok' : 'near' };
}

export const TONE_COLORS: Record<ClockTone, string> = {
  ok: 'green',
  near: 'orange',
  breached: 'red',
  paused: 'default',
  met: 'default',
};

export function clockText(t: TFunction, clock: LiveClock): string {
  if (clock.tone === 'paused') return t('clock.paused');
  if (clock.tone === 'breached') return t('clock.overdue', { time: formatWorkingMinutes(t, clock.remaining) });
  if (clock.tone === 'met') return t('clock.met');
  return t('clock.remaining', { time: formatWorkingMinutes(t, clock.remaining) });
}

interface DeadlineBadgeProps {
  deadline: ListDeadline;
  category?: string;
  /** When the snapshot was read (ms). */
  fetchedAt: number;
}

export function DeadlineBadge({ deadline, category, fetchedAt }: DeadlineBadgeProps) {
  const t = useT();
  const settings = useClockSettings();
  const now = useNow(30_000);
  const clock = liveClock(settings, deadline, category, fetchedAt, now);
  const icon =
    clock.tone === 'paused' ? <PauseCircleOutlined /> : clock.tone === 'breached' ? <WarningOutlined /> : <ClockCircleOutlined />;
  const kind = t(deadlineKey(deadline.kind));
  return (
    <Tooltip title={`${kind} · ${t('clock.dueAt', { time: formatTime(deadline.dueAt) })}`}>
      <Tag color={TONE_COLORS[clock.tone]} icon={icon} data-tone={clock.tone} style={{ marginInlineEnd: 0 }}>
        {t(deadline.kind === 'response' ? 'clock.short.response' : 'clock.short.handling')} · {clockText(t, clock)}
      </Tag>
    </Tooltip>
  );
}
