// Display formats shared by the case screens.
import { formatCenterTime } from '../../../components/centerTime';
import type { TFunction } from '../../../i18n';

/** "2026-11-30 09:00" in the center's time; "—" when absent. */
export function formatTime(iso: string | null | undefined): string {
  return formatCenterTime(iso);
}

/** Working minutes as "2时05分" / "2 h 05 min" (absolute value; the caller says early or late). */
export function formatWorkingMinutes(t: TFunction, minutes: number): string {
  const total = Math.abs(Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return t('duration.minutes', { m: rest });
  return t('duration.hoursMinutes', { h: hours, m: String(rest).padStart(2, '0') });
}

/** 1536 → "1.5 KB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
