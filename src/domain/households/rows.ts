/**
 * The household list of a group case (涉众户名单) as people fill it in a spreadsheet:
 * columns found by their Chinese headers, every row checked before anything is written
 * (all-or-nothing), every fault reported with its row and column. Pure.
 */
import { isValidIdNumber, isValidMobile } from '../identity.js';
import { yuanToFen } from './amounts.js';

export type Msg = { 'zh-CN': string; en: string };

export const MAX_IMPORT_ROWS = 5000;
const MAX_NAME = 50;
const MAX_ADDRESS = 200;

export type ColumnKey = 'seq' | 'name' | 'idNumber' | 'phone' | 'address' | 'claim' | 'representative';

/** The template's columns in order, the header each is found by (and its usual variants). */
export const HOUSEHOLD_COLUMNS: readonly { key: ColumnKey; header: string; en: string; required: boolean; aliases: readonly string[] }[] = [
  { key: 'seq', header: '序号', en: 'No.', required: false, aliases: ['序号', '编号'] },
  { key: 'name', header: '姓名', en: 'Name', required: true, aliases: ['姓名', '户主姓名', '户主'] },
  { key: 'idNumber', header: '身份证号', en: 'ID number', required: true, aliases: ['身份证号', '身份证号码', '公民身份号码'] },
  { key: 'phone', header: '联系电话', en: 'Phone', required: false, aliases: ['联系电话', '手机号', '手机号码', '电话'] },
  { key: 'address', header: '住址/房号', en: 'Address / room', required: false, aliases: ['住址/房号', '住址', '房号', '地址'] },
  { key: 'claim', header: '诉求金额(元)', en: 'Claim (yuan)', required: true, aliases: ['诉求金额(元)', '诉求金额'] },
  { key: 'representative', header: '是否代表', en: 'Representative', required: false, aliases: ['是否代表', '代表'] },
];

export interface HouseholdInput {
  /** the spreadsheet row (1-based, the header row included) */
  line: number;
  seq: string | null;
  name: string;
  idNumber: string;
  phone: string | null;
  address: string | null;
  claimFen: number;
  representative: boolean;
}

export interface RowError {
  /** the spreadsheet row (1-based) */
  row: number;
  /** the column's header as in the template */
  column: string;
  message: Msg;
}

export type RowsResult = { ok: true; rows: HouseholdInput[] } | { ok: false; fileError: Msg | null; errors: RowError[] };

/** Headers compared without spaces, with full-width brackets and slashes made half-width. */
export function normalizeHeader(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/／/g, '/');
}

const blank = (row: readonly string[]) => row.every((c) => c.trim() === '');

const YES = new Set(['是', 'y', 'yes', '1', 'true', '√', '代表']);
const NO = new Set(['', '否', 'n', 'no', '0', 'false']);

/** Which column index holds each key, or the headers that are missing. */
function mapHeader(header: readonly string[]): { index: Partial<Record<ColumnKey, number>>; missing: string[] } {
  const normalized = header.map(normalizeHeader);
  const index: Partial<Record<ColumnKey, number>> = {};
  for (const col of HOUSEHOLD_COLUMNS) {
    const at = normalized.findIndex((h) => col.aliases.includes(h));
    if (at >= 0) index[col.key] = at;
  }
  return { index, missing: HOUSEHOLD_COLUMNS.filter((c) => c.required && index[c.key] === undefined).map((c) => c.header) };
}

const COLUMN = Object.fromEntries(HOUSEHOLD_COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

/**
 * Checks a whole sheet (row i of `sheet` is spreadsheet row i+1). The first non-blank
 * row is the header; blank rows are skipped. `existingIdNumbers` are those already on
 * the case (upper case). Returns the rows to write, or every fault found.
 */
export function validateHouseholdSheet(sheet: readonly (readonly string[])[], existingIdNumbers: ReadonlySet<string>): RowsResult {
  const headerAt = sheet.findIndex((r) => !blank(r));
  const fail = (m: Msg): RowsResult => ({ ok: false, fileError: m, errors: [] });
  if (headerAt < 0) return fail({ 'zh-CN': '文件中没有内容，请使用模板填写', en: 'The file is empty; fill in the template' });
  const { index, missing } = mapHeader(sheet[headerAt]!);
  if (missing.length) {
    return fail({
      'zh-CN': `第 ${headerAt + 1} 行表头缺少：${missing.join('、')}（请使用下载的模板，表头须在第一行）`,
      en: `The header (row ${headerAt + 1}) lacks: ${missing.join(', ')} (use the downloadable template, header in the first row)`,
    });
  }
  const dataRows = sheet.map((r, i) => ({ r, line: i + 1 })).filter(({ r, line }) => line > headerAt + 1 && !blank(r));
  if (!dataRows.length) return fail({ 'zh-CN': '名单中没有任何户的数据', en: 'The list holds no household' });
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return fail({ 'zh-CN': `一次最多导入 ${MAX_IMPORT_ROWS} 户，本文件有 ${dataRows.length} 户，请分批导入`, en: `At most ${MAX_IMPORT_ROWS} households per import; this file has ${dataRows.length}` });
  }

  const errors: RowError[] = [];
  const rows: HouseholdInput[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { r, line } of dataRows) {
    const cell = (k: ColumnKey) => (index[k] === undefined ? '' : (r[index[k]!] ?? '').trim());
    const bad = (k: ColumnKey, zh: string, en: string) => errors.push({ row: line, column: COLUMN[k], message: { 'zh-CN': zh, en } });
    const before = errors.length;

    const name = cell('name').replace(/\s+/g, ' ');
    if (!name) bad('name', '姓名不能为空', 'Name is required');
    else if (name.length > MAX_NAME) bad('name', `姓名不能超过 ${MAX_NAME} 个字`, `Name is longer than ${MAX_NAME} characters`);

    const idNumber = cell('idNumber').replace(/\s+/g, '').toUpperCase();
    if (!idNumber) bad('idNumber', '身份证号不能为空', 'ID number is required');
    else if (!isValidIdNumber(idNumber)) {
      bad('idNumber', '身份证号不正确（18 位，末位校验码须正确；在 Excel 中请将该列设为文本）', 'Invalid ID number (18 characters with a valid check character; make the column text in Excel)');
    } else if (existingIdNumbers.has(idNumber)) {
      bad('idNumber', '该身份证号已在本案涉众户名单中', 'This ID number is already among the households of the case');
    } else if (firstLineOf.has(idNumber)) {
      const first = firstLineOf.get(idNumber)!;
      bad('idNumber', `身份证号与第 ${first} 行重复`, `Same ID number as row ${first}`);
    } else firstLineOf.set(idNumber, line);

    const phone = cell('phone').replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
    if (phone && !isValidMobile(phone)) bad('phone', '联系电话须为 11 位手机号码', 'Phone must be an 11-digit mainland mobile number');

    const address = cell('address') || null;
    if (address && address.length > MAX_ADDRESS) bad('address', `住址不能超过 ${MAX_ADDRESS} 个字`, `Address is longer than ${MAX_ADDRESS} characters`);

    const claimText = cell('claim');
    const claimFen = claimText ? yuanToFen(claimText) : null;
    if (!claimText) bad('claim', '请填写诉求金额（没有金额诉求填 0）', 'Claim is required (0 when there is none)');
    else if (claimFen === null) bad('claim', '诉求金额须为不小于 0 的数字，最多两位小数', 'Claim must be a number ≥ 0 with at most two decimals');

    const rep = cell('representative').toLowerCase();
    if (!YES.has(rep) && !NO.has(rep)) bad('representative', '是否代表请填“是”或“否”', 'Representative must be 是 or 否');

    if (errors.length === before) {
      rows.push({ line, seq: cell('seq') || null, name, idNumber, phone: phone || null, address, claimFen: claimFen!, representative: YES.has(rep) });
    }
  }
  return errors.length ? { ok: false, fileError: null, errors } : { ok: true, rows };
}
