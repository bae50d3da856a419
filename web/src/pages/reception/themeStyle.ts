// Colours and labels of the five reception themes, shared by the staff page and the portal.
import type { BookingStatus, ReceptionTheme } from '../../api/reception';
import type { MessageKey, TFunction } from '../../i18n';

export const THEME_COLORS: Record<ReceptionTheme, string> = {
  labour: '#d46b08',
  contract: '#1d63b8',
  property_rights: '#722ed1',
  operations: '#08979c',
  rights_protection: '#389e0d',
};

export function themeLabel(t: TFunction, theme: ReceptionTheme): string {
  return t(`receptionTheme.${theme}` as MessageKey);
}

export function weekdayLabel(t: TFunction, weekday: number): string {
  return t(`weekday.${weekday}` as MessageKey);
}

export const STATUS_COLORS: Record<BookingStatus, string> = {
  booked: 'blue',
  attended: 'green',
  no_show: 'orange',
  cancelled: 'default',
};

export function statusLabel(t: TFunction, status: BookingStatus): string {
  return t(`bookingStatus.${status}` as MessageKey);
}

/** 'HH:MM-HH:MM' as typed by staff. */
export const SLOT_PATTERN = /^\d{2}:\d{2}-\d{2}:\d{2}$/;
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
