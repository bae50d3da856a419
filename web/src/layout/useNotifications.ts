// Unread notifications, polled every 60 s (and when the tab becomes visible again).
// Failures are silent: the bell simply keeps its last state.
import { useCallback, useEffect, useState } from 'react';
import { notificationsApi, type NotificationList } from '../api/notifications';

const POLL_MS = 60_000;

export function useNotifications() {
  const [state, setState] = useState<NotificationList>({ items: [], unreadCount: 0 });

  const refresh = useCallback(async () => {
    try {
      setState(await notificationsApi.unread());
    } catch {
      // Keep the last known state; the next poll tries again.
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const markRead = useCallback(async (id: string) => {
    setState((prev) => ({
      items: prev.items.filter((item) => item.id !== id),
      unreadCount: Math.max(0, prev.unreadCount - 1),
    }));
    try {
      await notificationsApi.markRead(id);
    } catch {
      // The next poll shows it again if the server did not take it.
    }
  }, []);

  const markAllRead = useCallback(async () => {
    setState({ items: [], unreadCount: 0 });
    try {
      await notificationsApi.markAllRead();
    } finally {
      void refresh();
    }
  }, [refresh]);

  return { ...state, refresh, markRead, markAllRead };
}
