// A cursor-paged list: the first page whenever `load` changes (new filters), then
// "加载更多" appends the next page. A newer request cancels the one still running.
import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { useErrorNotice } from './useErrorNotice';

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** `load` must be memoised (useCallback) on the filters it reads. */
export function useCursorPages<T>(load: (cursor: string | null, signal: AbortSignal) => Promise<CursorPage<T>>): {
  items: T[];
  setItems: Dispatch<SetStateAction<T[]>>;
  loading: boolean;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
} {
  const notify = useErrorNotice();
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setLoading(true);
      try {
        const page = await load(cursor, controller.signal);
        setItems((prev) => (cursor ? [...prev, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (error) {
        notify(error);
      } finally {
        if (controllerRef.current === controller) setLoading(false);
      }
    },
    [load, notify],
  );

  useEffect(() => {
    void fetchPage(null);
    return () => controllerRef.current?.abort();
  }, [fetchPage]);

  return { items, setItems, loading, hasMore: nextCursor !== null, loadMore: () => void fetchPage(nextCursor), reload: () => void fetchPage(null) };
}
