// 主题接待日: the five themes of a center, the calendar with places left, and the bookings
// (staff), plus the portal's public schedule, booking and cancelling.
import { api } from './client';
import type { ItemList } from './types';

export const RECEPTION_THEMES = ['labour', 'contract', 'property_rights', 'operations', 'rights_protection'] as const;
export type ReceptionTheme = (typeof RECEPTION_THEMES)[number];
export type BookingStatus = 'booked' | 'cancelled' | 'attended' | 'no_show';

export interface ReceptionCenter {
  id: string;
  name: string;
  configured: boolean;
  /** may list the bookings (masked) */
  canRead: boolean;
  canManage: boolean;
  canBook: boolean;
  canConfigure: boolean;
}

export interface ThemeConfig {
  theme: ReceptionTheme;
  weekday: number | null;
  hostUnitId: string | null;
  hostUnitName: string | null;
  slots: string[];
  capacity: number;
  note: string | null;
  version: number;
}

export interface ThemeSettings {
  center: { id: string; name: string };
  canConfigure: boolean;
  canManage: boolean;
  themes: ThemeConfig[];
  hostOptions: { id: string; name: string; departmentType: string | null }[];
}

export interface ThemeInput {
  theme: ReceptionTheme;
  weekday: number;
  hostUnitId: string;
  slots: string[];
  capacity: number;
  note?: string | null;
  version: number;
}

export interface SlotState {
  slot: string;
  capacity: number;
  /** staff only */
  taken?: number;
  remaining: number;
  bookable: boolean;
}

export interface ReceptionDay {
  date: string;
  weekday: number;
  working: boolean;
  dayName: string | null;
  makeUpDay: boolean;
  theme: ReceptionTheme | null;
  hostUnitId?: string | null;
  hostUnitName: string | null;
  slots: SlotState[];
}

export interface StaffCalendar {
  today: string;
  from: string;
  to: string;
  center: { id: string; name: string };
  days: ReceptionDay[];
}

export interface PublicCalendar {
  today: string;
  from: string;
  to: string;
  centers: { center: { id: string; name: string }; days: ReceptionDay[] }[];
}

export interface Booking {
  id: string;
  code: string;
  centerId: string;
  theme: ReceptionTheme;
  date: string;
  slot: string;
  enterpriseId: string | null;
  organizationName: string;
  uscc: string | null;
  contactName: string;
  /** masked */
  contactPhone: string;
  topic: string;
  status: BookingStatus;
  caseId: string | null;
  caseCode: string | null;
  source: 'portal' | 'staff';
  bookedByName: string | null;
  bookedAt: string;
  /** what the caller can do with it now */
  actions: BookingAction[];
}

export type BookingAction = 'attended' | 'no_show' | 'cancelled' | 'register' | 'reveal';

export interface BookingInput {
  centerId?: string;
  date: string;
  slot: string;
  theme?: ReceptionTheme;
  enterpriseId?: string;
  organizationName?: string;
  uscc?: string;
  contactName: string;
  contactPhone: string;
  topic: string;
}

export interface BookingReceipt {
  code: string;
  status: BookingStatus;
  centerName: string;
  theme: ReceptionTheme;
  date: string;
  slot: string;
  hostUnitName: string | null;
  organizationName: string;
}

export const receptionApi = {
  centers: () => api.get<ItemList<ReceptionCenter>>('/api/reception/centers'),
  themes: (centerId: string) => api.get<ThemeSettings>('/api/reception/themes', { centerId }),
  saveThemes: (centerId: string, themes: ThemeInput[]) => api.put<ThemeSettings>(`/api/reception/themes/${centerId}`, { themes }),
  calendar: (centerId: string, from: string, to: string) => api.get<StaffCalendar>('/api/reception/calendar', { centerId, from, to }),
  bookings: (centerId: string, date: string) => api.get<ItemList<Booking>>('/api/reception/bookings', { centerId, date }),
  book: (input: BookingInput) => api.post<BookingReceipt & { id: string }>('/api/reception/bookings', input),
  mark: (id: string, status: 'attended' | 'no_show' | 'cancelled') => api.post<Booking>(`/api/reception/bookings/${id}/status`, { status }),
  reveal: (id: string, reason: string) => api.post<{ contactPhone: string }>(`/api/reception/bookings/${id}/reveal`, { reason }),
  register: (id: string) => api.post<{ caseId: string; caseCode: string; booking: Booking }>(`/api/reception/bookings/${id}/register`),
};

export const portalReceptionApi = {
  calendar: (from?: string, to?: string) => api.get<PublicCalendar>('/api/portal/reception/calendar', { from, to }),
  book: (input: BookingInput) => api.post<BookingReceipt>('/api/portal/reception/bookings', input),
  cancel: (code: string, phone: string) => api.post<BookingReceipt>('/api/portal/reception/bookings/cancel', { code, phone }),
};
