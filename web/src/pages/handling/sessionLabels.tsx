// Tags and formats shared by the session screens (case card, calendar, circuit plans).
import { Tag } from 'antd';
import type { MediationSession, SessionMode, SessionOutcome, SessionStatus } from '../../api/sessions';
import { formatCenterTime } from '../../components/centerTime';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';

export const modeKey = (m: SessionMode) => `sessions.mode.${m}` as MessageKey;
export const statusKey = (s: SessionStatus) => `sessions.status.${s}` as MessageKey;
export const outcomeKey = (o: SessionOutcome) => `sessions.outcome.${o}` as MessageKey;

const STATUS_COLOR: Record<SessionStatus, string> = { scheduled: 'processing', held: 'success', cancelled: 'default' };
const OUTCOME_COLOR: Record<SessionOutcome, string> = { agreement: 'green', partial: 'lime', no_agreement: 'red', adjourned: 'orange' };
const MODE_COLOR: Record<SessionMode, string> = { center: 'blue', circuit: 'purple', enterprise_station: 'cyan', online: 'geekblue' };

export function SessionStatusTag({ status }: { status: SessionStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="session-status">
      {t(statusKey(status))}
    </Tag>
  );
}

export function SessionModeTag({ mode }: { mode: SessionMode }) {
  const t = useT();
  return <Tag color={MODE_COLOR[mode]}>{t(modeKey(mode))}</Tag>;
}

export function OutcomeTag({ outcome }: { outcome: SessionOutcome | null }) {
  const t = useT();
  if (!outcome) return null;
  return (
    <Tag color={OUTCOME_COLOR[outcome]} data-testid="session-outcome-tag">
      {t(outcomeKey(outcome))}
    </Tag>
  );
}

/** "2026-12-01 09:30–10:30" in center time. */
export function sessionTime(s: Pick<MediationSession, 'startsAt' | 'endsAt'>): string {
  return `${formatCenterTime(s.startsAt)}–${formatCenterTime(s.endsAt, 'HH:mm')}`;
}

/** Where: the room, the place, or "online". */
export function sessionPlace(s: MediationSession, online: string): string {
  if (s.mode === 'online') return online;
  return s.roomName ?? s.place ?? s.unitName ?? '—';
}
