// Cursor-paged user list: the first page on every filter change, then "load more".
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Role, User } from '../../../api/types';
import { usersApi } from '../../../api/users';
import { useErrorNotice } from '../../../components/useErrorNotice';

export const PAGE_SIZE = 20;

export interface UserFilters {
  q: string;
  role?: Role;
}

export function useUserList(filters: UserFilters) {
  const notify = useErrorNotice();
  const [items, setItems] = useState<User[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);
  const { q, role } = filters;

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setLoading(true);
      try {
        const page = await usersApi.list({ q: q.trim() || undefined, role, limit: PAGE_SIZE, cursor }, controller.signal);
        setItems((prev) => (cursor ? [...prev, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (error) {
        notify(error);
      } finally {
        if (controllerRef.current === controller) setLoading(false);
      }
    },
    [q, role, notify],
  );

  useEffect(() => {
    void fetchPage(null);
    return () => controllerRef.current?.abort();
  }, [fetchPage]);

  const replace = useCallback(
    (user: User) => setItems((list) => list.map((item) => (item.id === user.id ? user : item))),
    [],
  );
  const prepend = useCallback((user: User) => setItems((list) => [user, ...list.filter((item) => item.id !== user.id)]), []);

  return {
    items,
    loading,
    hasMore: nextCursor !== null,
    loadMore: () => void fetchPage(nextCursor),
    reload: () => void fetchPage(null),
    replace,
    prepend,
  };
}
