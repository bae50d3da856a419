// The dashboard's period, grouping and filters, kept in the URL (a view can be shared and
// reloaded). Values are passed to the API as they are: a bad one (an inverted period, a unit
// outside the caller's scope) comes back as the API's 400/403 message, never as an empty chart.
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { KPI_FILTER_KEYS, KPI_GROUP_BYS, type KpiFilters, type KpiGroupBy, type KpiQuery } from '../../api/kpis';

export const DATE = 'YYYY-MM-DD';

export interface DashboardState extends KpiFilters {
  from: string;
  to: string;
  groupBy: KpiGroupBy;
  /** the trend's buckets */
  trend: 'month' | 'week';
}

function defaults(): Pick<DashboardState, 'from' | 'to'> {
  const today = dayjs().startOf('day');
  return { from: today.subtract(12, 'month').add(1, 'day').format(DATE), to: today.format(DATE) };
}

export function useDashboardQuery(): [DashboardState, (patch: Partial<DashboardState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo<DashboardState>(() => {
    const d = defaults();
    const groupBy = params.get('groupBy');
    const out: DashboardState = {
      from: params.get('from') ?? d.from,
      to: params.get('to') ?? d.to,
      groupBy: groupBy && (KPI_GROUP_BYS as readonly string[]).includes(groupBy) ? (groupBy as KpiGroupBy) : 'street',
      trend: params.get('trend') === 'week' ? 'week' : 'month',
    };
    for (const key of KPI_FILTER_KEYS) {
      const v = params.get(key);
      if (v) out[key] = v;
    }
    return out;
  }, [params]);

  const update = useCallback(
    (patch: Partial<DashboardState>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [state, update];
}

/** The filters of a state, for the API. */
export function filtersOf(s: DashboardState): KpiFilters {
  const out: KpiFilters = {};
  for (const key of KPI_FILTER_KEYS) if (s[key]) out[key] = s[key];
  return out;
}

export function queryOf(s: DashboardState, groupBy: KpiGroupBy = s.groupBy): KpiQuery {
  return { from: s.from, to: s.to, groupBy, ...filtersOf(s) };
}
