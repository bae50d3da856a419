// 统计分析 with filters (GET /api/kpis with category, channel, territory, handler and
// department) and the center's monthly report (GET /api/reports/monthly).
import type { RouteOptions } from './caseTypes';
import { api, downloadFile } from './client';
import type { KpiGroupBy, KpiReport } from './kpis';

export interface DashboardFilters {
  category?: string;
  channel?: string;
  streetId?: string;
  communityId?: string;
  gridId?: string;
  handlerId?: string;
  departmentId?: string;
}

export const FILTER_KEYS = ['category', 'channel', 'streetId', 'communityId', 'gridId', 'handlerId', 'departmentId'] as const satisfies readonly (keyof DashboardFilters)[];

export interface DashboardQuery extends DashboardFilters {
  from?: string;
  to?: string;
  groupBy?: KpiGroupBy;
}

export type ReportFormat = 'xlsx' | 'docx';

export const reportsApi = {
  /** GET /api/kpis with every filter. */
  kpis: (q: DashboardQuery, signal?: AbortSignal) => api.get<KpiReport>('/api/kpis', { ...q }, signal),
  /** Downloads the monthly report; a 400/403 becomes an ApiError with the server's message. */
  downloadMonthly: (month: string, format: ReportFormat, centerId?: string) => {
    const params = new URLSearchParams({ month, format });
    if (centerId) params.set('centerId', centerId);
    return downloadFile(`/api/reports/monthly?${params.toString()}`, `月报-${month}.${format}`);
  },
};

/** Handlers and handling units of the caller's center (directors, dispatchers, admins), for the filters. */
export const filterOptionsApi = {
  handlersAndUnits: (signal?: AbortSignal) => api.get<RouteOptions>('/api/cases/route-options', undefined, signal),
};
