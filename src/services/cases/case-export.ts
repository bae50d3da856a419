import { statusLabel } from '../../i18n/messages.js';
import ExcelJS from 'exceljs';
import { CHANNEL_LABELS, type Channel } from '../../domain/case/taxonomy.js';
import { csvLine, escapeSpreadsheetCell } from '../../domain/spreadsheet.js';
import type { Actor } from '../actor.js';
import { type ListQuery, listFilter } from './case-queries.js';
import { nameLookup } from './case-view.js';
import type { CaseDeps } from './deps.js';

export const EXPORT_MAX_ROWS = 10_000;

const HEADER = ['案件编号', '事由', '纠纷类别', '登记渠道', '状态', '登记时间', '办结时间', '街道（镇）', '网格', '承办单位', '承办人', '涉及金额（元）'];

const beijing = (d: Date | string | null) =>
  d ? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(d)) : null;

/**
 * Any case list, as the queue filters it, as .xlsx or .csv (UTF-8 with BOM so that
 * Excel and WPS read the Chinese). Only what the caller may see; no personal
 * identifiers (titles carry surnames only).
 */
export async function exportCases(deps: CaseDeps, actor: Actor, q: Omit<ListQuery, 'limit' | 'cursor'>, format: 'xlsx' | 'csv'): Promise<Buffer> {
  const rows = (await deps.cases.list(actor.scope, listFilter(actor, { ...q, limit: EXPORT_MAX_ROWS }, deps.clock.now()))).slice(0, EXPORT_MAX_ROWS);
  const names = await nameLookup(deps, rows);
  const table = rows.map((c) => [
    c.code,
    c.title,
    names.category(c.category),
    CHANNEL_LABELS[c.channel as Channel]?.['zh-CN'] ?? c.channel,
    statusLabel(c.status),
    beijing(c.registered_at),
    beijing(c.concluded_at),
    names.unit(c.street_id),
    names.unit(c.grid_id),
    names.unit(c.handling_unit_id),
    names.user(c.assignee_id),
    c.amount_fen === null ? null : c.amount_fen / 100,
  ]);
  if (format === 'csv') return Buffer.from(`\ufeff${[csvLine(HEADER), ...table.map(csvLine)].join('\r\n')}\r\n`, 'utf8');

  const book = new ExcelJS.Workbook();
  book.creator = 'Concord';
  const sheet = book.addWorksheet('案件清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(HEADER).font = { bold: true };
  for (const r of table) sheet.addRow(r.map((v) => (typeof v === 'string' ? escapeSpreadsheetCell(v) : v)));
  sheet.columns.forEach((col, i) => (col.width = [18, 36, 14, 12, 10, 18, 18, 14, 22, 22, 10, 14][i] ?? 14));
  sheet.getColumn(12).numFmt = '#,##0.00';
  return Buffer.from(await book.xlsx.writeBuffer());
}
