// 统计分析: the center's monthly report (GET /api/reports/monthly) and the options of the
// dashboard's handler and handling-unit filters. The KPIs themselves: ./kpis.ts.
import type { RouteOptions } from './caseTypes';
import { api, downloadFile } from './client';

export type ReportFormat = 'xlsx' | 'docx';

export const reportsApi = {
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
