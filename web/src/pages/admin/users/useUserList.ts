// Cursor-paged user list: the first page on every filter change, then "load more".
import { useCallback } from 'react';
import type { Role, User } from '../../../api/types';
import { usersApi } from '../../../api/users';
import { useCursorPages } from '../../../components/useCursorPages';

export const PAGE_SIZE = 20;

export interface UserFilters {
  q: string;
  role?: Role;
}

export function useUserList(filters: UserFilters) {
  const { q, role } = filters;
  const load = useCallback(
    (cursor: string | null, signal: AbortSignal) => usersApi.list({ q: q.trim() || undefined, role, limit: PAGE_SIZE, cursor }, signal),
    [q, role],
  );
  const { setItems, ...list } = useCursorPages<User>(load);

  const replace = useCallback((user: User) => setItems((all) => all.map((item) => (item.id === user.id ? user : item))), [setItems]);
  const prepend = useCallback((user: User) => setItems((all) => [user, ...all.filter((item) => item.id !== user.id)]), [setItems]);

  return { ...list, replace, prepend };
}
