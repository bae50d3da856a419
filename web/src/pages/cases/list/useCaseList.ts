// Cursor-paged case list: the first page on every filter change, then "加载更多".
// Each row remembers when it was read, so that its countdown can run on from there.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseListItem, CaseQuery, CaseStatus } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { OPEN_STATUSES } from '../shared/caseLabels';

export const PAGE_SIZE = 30;

export type CaseRow = CaseListItem & { fetchedAt: number };

export type CaseFilters = Pick<CaseQuery, 'category' | 'channel' | 'overdue' | 'q'> & { status?: CaseStatus };

export function useCaseList(view: 'mine' | 'center', filters: CaseFilters) {
  const notify = useErrorNotice();
  const [items, setItems] = useState<CaseRow[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);
  const { status, category, channel, overdue, q } = filters;

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setLoading(true);
      try {
        // 我的待办 lists open cases unless a status is chosen.
        const statuses = status ?? (view === 'mine' ? OPEN_STATUSES.join(',') : undefined);
        const page = await casesApi.list(
          { view, status: statuses, category, channel, overdue: overdue || undefined, q: q?.trim() || undefined, limit: PAGE_SIZE, cursor },
          controller.signal,
        );
        const fetchedAt = Date.now();
        const rows = page.items.map((item) => ({ ...item, fetchedAt }));
        setItems((prev) => (cursor ? [...prev, ...rows] : rows));
        setNextCursor(page.nextCursor);
      } catch (error) {
        notify(error);
      } finally {
        if (controllerRef.current === controller) setLoading(false);
      }
    },
    [view, status, category, channel, overdue, q, notify],
  );

  useEffect(() => {
    void fetchPage(null);
    return () => controllerRef.current?.abort();
  }, [fetchPage]);

  return {
    items,
    loading,
    hasMore: nextCursor !== null,
    loadMore: () => void fetchPage(nextCursor),
    reload: () => void fetchPage(null),
  };
}
