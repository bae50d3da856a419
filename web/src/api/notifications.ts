import { api } from './client';

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: Notification[];
  unreadCount: number;
}

export const notificationsApi = {
  unread: (signal?: AbortSignal) => api.get<NotificationList>('/api/notifications', { unread: true }, signal),
  markRead: (id: string) => api.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<void>('/api/notifications/read-all'),
};
