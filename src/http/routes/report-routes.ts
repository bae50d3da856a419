import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { HeatmapRepository } from '../../repositories/heatmap-repository.js';
import { KpiRepository } from '../../repositories/kpi-repository.js';
import { ReportRepository } from '../../repositories/report-repository.js';
import { monthlyDocx } from '../../services/reports/monthly-docx.js';
import { monthlyReport } from '../../services/reports/monthly-report.js';
import { monthlyXlsx } from '../../services/reports/monthly-xlsx.js';
import { reportTitle } from '../../services/reports/report-rows.js';
import { requireActor } from '../auth.js';
import { rule } from '../zod-i18n.js';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Monthly reports of a center (SPEC §3.10) as .xlsx and .docx. */
export function reportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const readDb = ctx.database.readDb;
  const repos = { kpi: new KpiRepository(readDb), heat: new HeatmapRepository(readDb), report: new ReportRepository(readDb) };
  return async (app) => {
    app.get(
      '/api/reports/monthly',
      {
        schema: {
          tags: ['reports'],
          summary: '月报 / A center’s monthly report: KPIs against the previous month and a year before, breakdowns, late responses, risk grids, follow-up, screening and 涉众, as .xlsx or .docx',
          description:
            'The figures are those of GET /api/kpis for the month over the center’s cases. A month still running is reported up to today and compared over the same days. 400 for a malformed or future month or an unknown center; 403 (audited) unless the caller is an admin or the director or a dispatcher of the center (or of a unit above it).',
          querystring: z.object({
            month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, rule('月份格式应为 YYYY-MM', 'Expected a month YYYY-MM')),
            centerId: z.uuid().optional(),
            format: z.enum(['xlsx', 'docx']).default('xlsx'),
          }),
        },
      },
      async (req, reply) => {
        const { format, ...q } = req.query;
        const report = await monthlyReport(ctx.caseDeps, repos, requireActor(req), q);
        const file = format === 'docx' ? await monthlyDocx(report) : await monthlyXlsx(report);
        return reply
          .header('content-type', TYPES[format])
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${reportTitle(report)}.${format}`)}`)
          .header('cache-control', 'no-store')
          .send(file);
      },
    );
  };
}
