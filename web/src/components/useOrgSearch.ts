// Debounced search over org units (GET /api/org/units?q=&limit=20[&kind=]).
import { useCallback, useEffect, useRef, useState } from 'react';
import { orgApi } from '../api/org';
import type { OrgKind, OrgUnitWithAncestors } from '../api/types';
import { useErrorNotice } from './useErrorNotice';

const DEBOUNCE_MS = 300;

export function useOrgSearch(limit = 20, kind?: OrgKind) {
  const [results, setResults] = useState<OrgUnitWithAncestors[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);
  const notify = useErrorNotice();

  const search = useCallback(
    (text: string) => {
      window.clearTimeout(timer.current);
      inflight.current?.abort();
      const q = text.trim();
      if (!q) {
        setResults([]);
        setLoading(false);
        return;
      }
      setLoading(true);
      timer.current = window.setTimeout(() => {
        const controller = new AbortController();
        inflight.current = controller;
        orgApi
          .search(q, limit, controller.signal, kind)
          .then((page) => setResults(page.items))
          .catch(notify)
          .finally(() => {
            if (inflight.current === controller) setLoading(false);
          });
      }, DEBOUNCE_MS);
    },
    [limit, kind, notify],
  );

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  return { results, loading, search };
}

/** "昆都仑区 / 少先路街道 / 友谊社区" for a search hit. */
export function ancestorPath(unit: OrgUnitWithAncestors, separator = ' / '): string {
  return unit.ancestors.map((ancestor) => ancestor.name).join(separator);
}
