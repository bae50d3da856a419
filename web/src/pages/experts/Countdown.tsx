// Time left to answer an invitation, live (the due time itself was set in working hours by the server).
import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useT, type TFunction } from '../../i18n';
import { useNow } from '../cases/shared/useNow';

export function countdownText(t: TFunction, dueIso: string, now: number): { text: string; tone: 'ok' | 'near' | 'over' } {
  const left = new Date(dueIso).getTime() - now;
  if (left <= 0) return { text: t('experts.countdownOver'), tone: 'over' };
  const minutes = Math.floor(left / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const text = d > 0 ? t('experts.countdownDays', { d, h }) : h > 0 ? t('experts.countdownHours', { h, m: String(m).padStart(2, '0') }) : t('experts.countdownMinutes', { m });
  return { text, tone: minutes < 120 ? 'near' : 'ok' };
}

const COLORS = { ok: 'blue', near: 'orange', over: 'red' } as const;

export function Countdown({ due }: { due: string }) {
  const t = useT();
  const now = useNow(30_000);
  const { text, tone } = countdownText(t, due, now);
  return (
    <Tag color={COLORS[tone]} icon={<ClockCircleOutlined />} data-testid="expert-countdown" data-tone={tone} style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
}
