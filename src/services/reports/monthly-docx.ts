import { statusLabel } from '../../i18n/messages.js';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, ShadingType } from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import { KPI_DEFINITIONS } from '../../domain/kpi/definitions.js';
import { HEAT_DEFINITIONS } from '../../domain/heatmap/score.js';
import { yuan } from '../../domain/reports/monthly.js';
import type { MonthlyReport } from './monthly-report.js';
import { narrative } from './narrative.js';
import { beijingTime, dayLabel, kpiRows, monthLabel, reportTitle, share, show, showChange, streetRanking } from './report-rows.js';

// Body text in 仿宋, headings in 黑体, title in 小标宋 (方正小标宋 where installed, else 宋体), as official reports are set.
const BODY = 'FangSong';
const HEAD = 'SimHei';
const TITLE = 'SimSun';
const CHART_FONT = { name: 'SimHei' };

const run = (text: string, o: { bold?: boolean; size?: number; font?: string } = {}) => new TextRun({ text, font: o.font ?? BODY, bold: o.bold, size: o.size ?? 28 });
const body = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLine: 560 }, spacing: { line: 500, after: 0 }, alignment: AlignmentType.JUSTIFIED });
const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text, { font: HEAD, size: 30 })], spacing: { before: 240, after: 120 } });
const caption = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { font: HEAD, size: 22 })], spacing: { before: 120, after: 80 } });
const note = (text: string) => new Paragraph({ children: [run(text, { size: 20 })], spacing: { after: 60 } });

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, head: boolean) =>
    new TableCell({
      children: [new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { size: 21, bold: head, font: head ? HEAD : BODY })] })],
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E1F2' } : undefined,
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) }))],
  });
}

/** A chart drawn by Word from its data (DrawingML chart with an embedded workbook: "Edit Data" opens it). */
const chart = (options: ChartRunOptions) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new ChartRun(options)] });

/**
 * The monthly report as a Word document: the narrative in the style of a government work
 * report, the tables behind it, and native Word charts (no images to rasterise: Word, WPS
 * and LibreOffice draw them from the data they carry).
 */
export async function monthlyDocx(r: MonthlyReport): Promise<Buffer> {
  const sections = narrative(r);
  const kpis = kpiRows(r);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(reportTitle(r), { font: TITLE, bold: true, size: 40 })], spacing: { after: 200 } }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(`统计期：${dayLabel(r.periods.current.from)}至${dayLabel(r.periods.current.to)}　生成时间：${beijingTime(r.generatedAt)}`, { size: 22 })],
      spacing: { after: 240 },
    }),
  ];

  const [overview, timing, kinds, risk, mass] = sections as [typeof sections[number], typeof sections[number], typeof sections[number], typeof sections[number], typeof sections[number]];

  children.push(heading(overview.heading), ...overview.paragraphs.map(body));
  children.push(caption(`表1　${monthLabel(r.periods.month)}主要指标`));
  children.push(table(['指标', '本月', '上月', '环比', '去年同月', '同比'], kpis.map((k) => [k.label, show(k.kind, k.current), show(k.kind, k.previous), showChange(k.mom), show(k.kind, k.lastYear), showChange(k.yoy)])));
  children.push(note('注：比率的分母为0时记为“—”；各项指标口径见文末“指标口径”。'));

  children.push(heading(timing.heading), ...timing.paragraphs.map(body));
  if (r.sla.lateCases.length) {
    const shown = r.sla.lateCases.slice(0, 20);
    children.push(caption(`表2　超时响应案件${r.sla.late > shown.length ? `（前${shown.length}件，共${r.sla.late}件，完整清单见Excel月报）` : ''}`));
    children.push(table(['案件编号', '事由', '纠纷类别', '登记时间', '承办单位'], shown.map((c) => [c.code, c.title, c.categoryName, beijingTime(c.registeredAt), c.handlingUnitName ?? '—'])));
  }

  children.push(heading(kinds.heading), ...kinds.paragraphs.map(body));
  const cats = r.categories.filter((x) => x.count > 0 || x.previous > 0);
  if (cats.length) {
    children.push(
      chart({
        type: 'column',
        title: '按纠纷类别登记量（件）',
        font: CHART_FONT,
        categories: cats.map((x) => x.name),
        series: [
          { name: '本月', values: cats.map((x) => x.count), color: '4472C4' },
          { name: '上月', values: cats.map((x) => x.previous), color: 'A5A5A5' },
        ],
        dataLabels: { value: true },
        transformation: { width: 600, height: 320 },
      }),
    );
    children.push(caption('表3　按纠纷类别'));
    children.push(table(['纠纷类别', '本月（件）', '占比', '上月（件）', '去年同月（件）'], cats.map((x) => [x.name, String(x.count), share(x.count, r.current.registered), String(x.previous), String(x.lastYear)])));
  }
  const chans = r.channels.filter((x) => x.count > 0 || x.previous > 0);
  if (chans.length) {
    children.push(
      chart({
        type: 'bar',
        title: '按登记渠道登记量（件）',
        font: CHART_FONT,
        categories: [...chans].reverse().map((x) => x.name),
        series: [{ name: '本月', values: [...chans].reverse().map((x) => x.count), color: '5AD8A6' }],
        legend: false,
        dataLabels: { value: true },
        transformation: { width: 600, height: Math.max(200, chans.length * 36 + 80) },
      }),
    );
    children.push(caption('表4　按登记渠道'));
    children.push(table(['登记渠道', '本月（件）', '占比', '上月（件）', '去年同月（件）'], chans.map((x) => [x.name, String(x.count), share(x.count, r.current.registered), String(x.previous), String(x.lastYear)])));
  }
  const { ranked, unranked } = streetRanking(r);
  if (ranked.length + unranked.length) {
    const streets = [...ranked, ...unranked].filter((s) => s.kpis.registered > 0);
    if (streets.length) {
      children.push(
        chart({
          type: 'column',
          title: '各街道（镇）登记量（件）',
          font: CHART_FONT,
          categories: streets.map((s) => s.label),
          series: [{ name: '登记量', values: streets.map((s) => s.kpis.registered), color: 'F6903D' }],
          legend: false,
          dataLabels: { value: true },
          transformation: { width: 600, height: 320 },
        }),
      );
    }
    children.push(caption('表5　各街道（镇）情况（按办结率排名，样本不足的不参与排名）'));
    children.push(
      table(
        ['排名', '街道（镇）', '样本量', '登记量', '办结率', '化解成功率', '按时响应率'],
        [
          ...ranked.map((s, i) => [String(i + 1), s.label, String(s.sample), String(s.kpis.registered), show('rate', s.kpis.closureRate), show('rate', s.kpis.resolutionRate), show('rate', s.kpis.onTimeResponseRate)]),
          ...unranked.map((s) => ['样本不足', s.label, String(s.sample), String(s.kpis.registered), show('rate', s.kpis.closureRate), show('rate', s.kpis.resolutionRate), show('rate', s.kpis.onTimeResponseRate)]),
        ],
      ),
    );
  }

  children.push(heading(risk.heading), ...risk.paragraphs.map(body));
  if (r.riskGrids.length) {
    children.push(caption(`表6　风险指数居前的网格（截至${dayLabel(r.asOf)}）`));
    children.push(
      table(
        ['序号', '网格', '风险指数', '高风险未结', '中风险未结', '高风险户', '逾期未回访'],
        r.riskGrids.map((g, i) => [String(i + 1), g.name, String(g.score), String(g.figures.open.high), String(g.figures.open.medium), String(g.figures.highRiskHouseholds), String(g.figures.overdueVisits)]),
      ),
    );
    children.push(note(`注：${HEAT_DEFINITIONS.riskScore.zh}`));
  }

  children.push(heading(mass.heading), ...mass.paragraphs.map(body));
  if (r.mass.items.length) {
    children.push(caption('表7　本月登记的涉众矛盾纠纷'));
    children.push(table(['案件编号', '事由', '涉及人数', '涉及金额（元）', '状态'], r.mass.items.map((m) => [m.code, m.title, String(m.people_count), m.amount_fen === null ? '—' : yuan(m.amount_fen), statusLabel(m.status)])));
  }

  children.push(heading('附：指标口径'));
  for (const key of ['registered', 'accepted', 'concluded', 'resolved', 'closureRate', 'resolutionRate', 'onTimeResponseRate', 'responseMinutes', 'durationDays', 'satisfactionRate', 'reboundRate', 'moneyRecoveredFen', 'followUpOnTimeRate', 'screeningCoverage'] as const) {
    children.push(note(KPI_DEFINITIONS[key].zh));
  }

  const doc = new Document({
    creator: 'Concord',
    title: reportTitle(r),
    styles: { default: { document: { run: { font: BODY } } } },
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
