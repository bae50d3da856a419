// Cursor-paged case list: the first page on every filter change, then "加载更多".
// Each row remembers when it was read, so that its countdown can run on from there.
import { useCallback } from 'react';
import type { CaseListItem, CaseQuery, CaseStatus } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { useCursorPages } from '../../../components/useCursorPages';
import { OPEN_STATUSES } from '../shared/caseLabels';

export const PAGE_SIZE = 30;

export type CaseRow = CaseListItem & { fetchedAt: number };

export type CaseFilters = Pick<CaseQuery, 'category' | 'channel' | 'overdue' | 'q'> & { status?: CaseStatus };

export function useCaseList(view: 'mine' | 'center', filters: CaseFilters) {
  const { status, category, channel, overdue, q } = filters;
  const load = useCallback(
    async (cursor: string | null, signal: AbortSignal) => {
      // 我的待办 lists open cases unless a status is chosen.
      const statuses = status ?? (view === 'mine' ? OPEN_STATUSES.join(',') : undefined);
      const page = await casesApi.list({ view, status: statuses, category, channel, overdue: overdue || undefined, q: q?.trim() || undefined, limit: PAGE_SIZE, cursor }, signal);
      const fetchedAt = Date.now();
      return { items: page.items.map((item): CaseRow => ({ ...item, fetchedAt })), nextCursor: page.nextCursor };
    },
    [view, status, category, channel, overdue, q],
  );
  const { setItems: _setItems, ...list } = useCursorPages(load);
  return list;
}
