/**
 * A household list file as a matrix of cell texts: .xlsx through exceljs (first sheet),
 * .csv in UTF-8 or GBK. Other files are refused (415) before anything is read.
 */
import ExcelJS from 'exceljs';
import { decodeCsv, parseCsv } from '../../domain/households/csv.js';
import { HOUSEHOLD_COLUMNS } from '../../domain/households/rows.js';
import { AppError } from '../../errors.js';

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The text a person sees in a cell; whole numbers never in exponent form (long digit strings). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return '';
}

export async function readSheet(filename: string, content: Buffer): Promise<string[][]> {
  const ext = filename.toLowerCase().split('.').pop();
  if (ext === 'xlsx' || (ext !== 'csv' && isZip(content))) {
    if (!isZip(content)) throw unreadable();
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw unreadable();
    }
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const out: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      out[n - 1] = cells;
    });
    return Array.from(out, (r) => r ?? []);
  }
  if (ext === 'csv' || ext === 'txt') return parseCsv(decodeCsv(content));
  throw new AppError(415, 'unsupported_import', 'validation_failed', {}, { file: { 'zh-CN': '请上传 .xlsx 或 .csv 文件（可先下载模板）', en: 'Upload an .xlsx or .csv file (download the template first)' } });
}

function unreadable() {
  return new AppError(400, 'validation_failed', 'validation_failed', {}, { file: { 'zh-CN': '无法读取该 Excel 文件，请另存为 .xlsx 后重试', en: 'The Excel file cannot be read; save it as .xlsx and retry' } });
}

/** The downloadable template: the header row (ID numbers and phones formatted as text) and a sheet of instructions. */
export async function householdTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('涉众户名单');
  ws.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'address' ? 28 : c.key === 'idNumber' ? 22 : 14, style: c.key === 'idNumber' || c.key === 'phone' ? { numFmt: '@' } : {} }));
  ws.getRow(1).font = { bold: true };
  const notes = wb.addWorksheet('填写说明');
  for (const line of [
    '1. 表头须在第一行，列名不可修改；序号、联系电话、住址/房号、是否代表可留空。',
    '2. 姓名、身份证号（18 位，末位校验码正确）必填；同一文件及本案已有名单中身份证号不得重复。',
    '3. 联系电话填 11 位手机号码，用于批量通知；诉求金额(元)填不小于 0 的数字，最多两位小数。',
    '4. 是否代表填“是”或“否”。一次最多 5000 户；任何一行有误时整份名单不导入，并列出全部错误行。',
  ]) notes.addRow([line]);
  notes.getColumn(1).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
