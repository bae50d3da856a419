// Times are shown in the center's local time (China, UTC+8, no daylight saving), whatever
// the browser's time zone: deadlines and office hours are defined in that time.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export const CENTER_UTC_OFFSET_MINUTES = 480;

export function formatCenterTime(iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  return iso ? dayjs(iso).utcOffset(CENTER_UTC_OFFSET_MINUTES).format(pattern) : '—';
}
