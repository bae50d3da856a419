// The list filters live in the URL (?status=&category=&channel=&overdue=1&q=), so that
// the back button and a shared link restore them.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CASE_STATUSES, CHANNELS } from '../../../api/caseTypes';
import { isOneOf } from '../shared/caseLabels';
import type { CaseFilters } from './useCaseList';

export function useListFilters(): [CaseFilters, (patch: Partial<CaseFilters>) => void] {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<CaseFilters>(() => {
    const status = params.get('status');
    const channel = params.get('channel');
    return {
      status: isOneOf(CASE_STATUSES, status) ? status : undefined,
      channel: isOneOf(CHANNELS, channel) ? channel : undefined,
      category: params.get('category') || undefined,
      overdue: params.get('overdue') === '1' || undefined,
      q: params.get('q') || undefined,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<CaseFilters>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '' || value === false) next.delete(key);
            else next.set(key, value === true ? '1' : String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return [filters, update];
}
