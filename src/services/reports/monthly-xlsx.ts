import ExcelJS from 'exceljs';
import { statusLabel } from '../../i18n/messages.js';
import { KPI_DEFINITIONS } from '../../domain/kpi/definitions.js';
import { HEAT_DEFINITIONS } from '../../domain/heatmap/score.js';
import { escapeSpreadsheetCell } from '../../domain/spreadsheet.js';
import type { MonthlyReport } from './monthly-report.js';
import { narrative } from './narrative.js';
import { beijingTime, kpiRows, reportTitle, showChange, streetRanking, type ValueKind } from './report-rows.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FMT: Record<ValueKind, string> = { count: '#,##0', rate: '0.0%', minutes: '0.0', days: '0.0', fen: '#,##0.00' };

type Cell = string | number | null;

/** A sheet with a bold, filled, frozen header row, an auto-filter and column widths. Text cells are escaped. */
function table(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[], formats: (string | null)[] = []) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = sheet.addRow(header);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  head.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: { style: 'thin' } };
  });
  for (const r of rows) sheet.addRow(r.map((v) => (typeof v === 'string' ? escapeSpreadsheetCell(v) : v)));
  header.forEach((_, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = widths[i] ?? 14;
    if (formats[i]) col.numFmt = formats[i]!;
  });
  if (rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
  return sheet;
}

const fen = (v: number | null) => (v === null ? null : v / 100);

/**
 * The monthly report as a workbook: one sheet per table, numbers as numbers with their
 * formats (rates 0.0%, money #,##0.00), header rows frozen.
 */
export async function monthlyXlsx(r: MonthlyReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Concord';
  book.title = reportTitle(r);
  book.created = r.generatedAt;

  // 指标概览: each value keeps its own number format (a column mixes counts and rates).
  const rows = kpiRows(r);
  const overview = table(
    book,
    '指标概览',
    ['指标', '本月', '上月', '环比', '去年同月', '同比', '口径'],
    rows.map((k) => [k.label, k.kind === 'fen' ? fen(k.current) : k.current, k.kind === 'fen' ? fen(k.previous) : k.previous, showChange(k.mom), k.kind === 'fen' ? fen(k.lastYear) : k.lastYear, showChange(k.yoy), KPI_DEFINITIONS[k.key].zh]),
    [28, 12, 12, 18, 12, 18, 90],
  );
  rows.forEach((k, i) => {
    for (const col of [2, 3, 5]) overview.getRow(i + 2).getCell(col).numFmt = FMT[k.kind];
  });
  overview.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
  overview.addRow([]);
  overview.addRow(['统计期', `${r.periods.current.from} 至 ${r.periods.current.to}`]);
  overview.addRow(['上月同期', `${r.periods.previous.from} 至 ${r.periods.previous.to}`]);
  overview.addRow(['去年同期', `${r.periods.lastYear.from} 至 ${r.periods.lastYear.to}`]);
  overview.addRow(['生成时间', beijingTime(r.generatedAt)]);

  const breakdown = (name: string, label: string, list: MonthlyReport['categories']) =>
    table(
      book,
      name,
      [label, '本月（件）', '占比', '上月（件）', '去年同月（件）'],
      list.map((x) => [x.name, x.count, r.current.registered > 0 ? x.count / r.current.registered : null, x.previous, x.lastYear]),
      [22, 12, 10, 12, 14],
      [null, '#,##0', '0.0%', '#,##0', '#,##0'],
    );
  breakdown('按类别', '纠纷类别', r.categories);
  breakdown('按渠道', '登记渠道', r.channels);

  const { ranked, unranked } = streetRanking(r);
  table(
    book,
    '按街道',
    ['排名', '街道（镇）', '样本量', '登记量', '办结率', '化解成功率', '按时响应率', '满意率', '备注'],
    [
      ...ranked.map((s, i) => [i + 1, s.label, s.sample, s.kpis.registered, s.kpis.closureRate, s.kpis.resolutionRate, s.kpis.onTimeResponseRate, s.kpis.satisfactionRate, '']),
      ...unranked.map((s) => [null, s.label, s.sample, s.kpis.registered, s.kpis.closureRate, s.kpis.resolutionRate, s.kpis.onTimeResponseRate, s.kpis.satisfactionRate, '样本不足，不参与排名']),
    ],
    [8, 20, 10, 10, 10, 12, 12, 10, 22],
    [null, null, '#,##0', '#,##0', '0.0%', '0.0%', '0.0%', '0.0%', null],
  );

  table(
    book,
    '超时响应',
    ['案件编号', '事由', '纠纷类别', '登记时间', '承办单位', '状态'],
    r.sla.lateCases.map((c) => [c.code, c.title, c.categoryName, beijingTime(c.registeredAt), c.handlingUnitName, statusLabel(c.status)]),
    [18, 40, 14, 18, 22, 10],
  );

  table(
    book,
    '风险网格',
    ['序号', '网格', '风险指数', '每千户风险指数', '高风险未结', '中风险未结', '低风险未结', '高风险户', '在访计划', '逾期未回访'],
    r.riskGrids.map((g, i) => [i + 1, g.name, g.score, g.perThousandHouseholds, g.figures.open.high, g.figures.open.medium, g.figures.open.low + g.figures.open.unassessed, g.figures.highRiskHouseholds, g.figures.activePlans, g.figures.overdueVisits]),
    [8, 28, 10, 14, 12, 12, 12, 10, 10, 12],
    [null, null, '#,##0', '0.0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0'],
  );

  const v = r.followup.visits;
  const s = r.followup.screenings;
  table(
    book,
    '回访排查',
    ['项目', '数值'],
    [
      ['到期回访（次）', v.due],
      ['按时完成回访（次）', v.onTime],
      ['逾期未回访（次）', v.overdue],
      ['回访按时率', r.current.followUpOnTimeRate ?? '暂无数据'],
      ['应排查（户）', s.target],
      ['已排查（户）', s.done],
      ['排查覆盖率', r.current.screeningCoverage ?? '暂无数据'],
      ['本月入户排查（户）', s.screened],
      ['排查发现高风险（户）', s.high],
    ],
    [24, 14],
  );
  const followSheet = book.getWorksheet('回访排查')!;
  for (const label of ['回访按时率', '排查覆盖率']) {
    followSheet.eachRow((row) => {
      if (row.getCell(1).value === label) row.getCell(2).numFmt = '0.0%';
    });
  }

  table(
    book,
    '涉众纠纷',
    ['案件编号', '事由', '涉及人数', '涉及金额（元）', '成员案件', '状态', '登记时间'],
    r.mass.items.map((m) => [m.code, m.title, m.people_count, fen(m.amount_fen), m.members, statusLabel(m.status), beijingTime(m.registered_at)]),
    [18, 40, 10, 16, 10, 10, 18],
    [null, null, '#,##0', '#,##0.00', '#,##0', null, null],
  );

  table(
    book,
    '文字综述',
    ['章节', '内容'],
    narrative(r).flatMap((sec) => sec.paragraphs.map((para, i) => [i === 0 ? sec.heading : '', para])),
    [20, 120],
  ).getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  table(
    book,
    '指标口径',
    ['指标', '口径', '公式'],
    [
      ...Object.entries(KPI_DEFINITIONS).map(([key, d]) => [key, d.zh, d.formula]),
      ...Object.entries(HEAT_DEFINITIONS).map(([key, d]) => [`heatmap.${key}`, d.zh, d.formula]),
    ],
    [24, 100, 60],
  ).getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await book.xlsx.writeBuffer());
}
