import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../src/domain/identity.js';
import { HOUSEHOLD_COLUMNS, MAX_IMPORT_ROWS, normalizeHeader, type RowsResult, validateHouseholdSheet } from '../../../src/domain/households/rows.js';

const idNo = (first17: string) => first17 + idNumberCheckChar(first17);
const ID1 = idNo('15020319800101001');
const ID2 = idNo('15020319800101002');
const ID3 = idNo('15020319800101003');
const HEADER = HOUSEHOLD_COLUMNS.map((c) => c.header);
const row = (over: Partial<Record<'seq' | 'name' | 'id' | 'phone' | 'address' | 'claim' | 'rep', string>> = {}) => [
  over.seq ?? '1',
  over.name ?? '张桂兰',
  over.id ?? ID1,
  over.phone ?? '13847200001',
  over.address ?? '幸福家园公租房3栋201',
  over.claim ?? '3200',
  over.rep ?? '否',
];
const errorsOf = (r: RowsResult) => (r.ok ? [] : r.errors);
const fileErrorOf = (r: RowsResult) => (r.ok ? null : r.fileError);

describe('validateHouseholdSheet', () => {
  it('reads valid rows: amounts in fen, ID upper-cased, phone cleaned, representative flag', () => {
    const xId = idNo('11010519491231002'); // check character X
    expect(xId.endsWith('X')).toBe(true);
    const r = validateHouseholdSheet(
      [HEADER, row(), row({ seq: '2', name: '李  明', id: xId.toLowerCase(), phone: '+86 138-4720-0002', address: '', claim: '1,280.5', rep: '是' })],
      new Set(),
    );
    expect(r).toEqual({
      ok: true,
      rows: [
        { line: 2, seq: '1', name: '张桂兰', idNumber: ID1, phone: '13847200001', address: '幸福家园公租房3栋201', claimFen: 320000, representative: false },
        { line: 3, seq: '2', name: '李 明', idNumber: xId, phone: '13847200002', address: null, claimFen: 128050, representative: true },
      ],
    });
  });

  it('finds columns by header in any order, with full-width brackets and spaces; optional columns may be absent', () => {
    const r = validateHouseholdSheet(
      [
        ['诉求金额（元）', ' 身份证号码 ', '姓名'],
        ['100', ID1, '王芳'],
      ],
      new Set(),
    );
    expect(r).toEqual({ ok: true, rows: [{ line: 2, seq: null, name: '王芳', idNumber: ID1, phone: null, address: null, claimFen: 10000, representative: false }] });
  });

  it('skips blank lines, before the header too, and counts lines as the spreadsheet does', () => {
    const r = validateHouseholdSheet([[], ['', ' '], HEADER, row(), ['', '', ''], row({ id: ID2, name: '' })], new Set());
    expect(errorsOf(r)).toEqual([{ row: 6, column: '姓名', message: { 'zh-CN': '姓名不能为空', en: 'Name is required' } }]);
  });

  it('a missing header is one file-level error naming the columns', () => {
    const r = validateHouseholdSheet([['序号', '名字', '电话'], row()], new Set());
    expect(r.ok).toBe(false);
    expect(errorsOf(r)).toEqual([]);
    expect(fileErrorOf(r)?.['zh-CN']).toContain('姓名、身份证号、诉求金额(元)');
    expect(fileErrorOf(r)?.en).toContain('lacks: 姓名, 身份证号, 诉求金额(元)');
  });

  it('an empty file, or a header without rows, is a file-level error', () => {
    expect(fileErrorOf(validateHouseholdSheet([], new Set()))?.['zh-CN']).toContain('没有内容');
    expect(fileErrorOf(validateHouseholdSheet([HEADER, []], new Set()))?.['zh-CN']).toContain('没有任何户');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows as a whole`, () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row());
    expect(fileErrorOf(validateHouseholdSheet([HEADER, ...many], new Set()))?.['zh-CN']).toContain(`最多导入 ${MAX_IMPORT_ROWS} 户`);
  });

  it('reports every bad cell of every row, with row and column', () => {
    const r = validateHouseholdSheet(
      [
        HEADER,
        row({ name: '', id: '' }),
        row({ id: ID1.slice(0, 17) + (ID1[17] === '0' ? '1' : '0'), phone: '0472-5123456' }),
        row({ id: '15020319801301001X', claim: '-5' }),
        row({ id: ID2, claim: '12.345', rep: '可能' }),
        row({ id: ID3, claim: '', name: '很'.repeat(51), address: '址'.repeat(201) }),
      ],
      new Set(),
    );
    expect(errorsOf(r).map((e) => [e.row, e.column])).toEqual([
      [2, '姓名'],
      [2, '身份证号'],
      [3, '身份证号'],
      [3, '联系电话'],
      [4, '身份证号'],
      [4, '诉求金额(元)'],
      [5, '诉求金额(元)'],
      [5, '是否代表'],
      [6, '姓名'],
      [6, '住址/房号'],
      [6, '诉求金额(元)'],
    ]);
    for (const e of errorsOf(r)) {
      expect(e.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).toMatch(/[a-z]/);
    }
  });

  it('duplicate ID numbers within the file name the first row; those already on the case are refused', () => {
    const r = validateHouseholdSheet([HEADER, row(), row({ id: ID2 }), row({ id: ID1.toLowerCase() }), row({ id: ID3 }), row({ id: ID1 })], new Set([ID3]));
    expect(errorsOf(r)).toEqual([
      { row: 4, column: '身份证号', message: { 'zh-CN': '身份证号与第 2 行重复', en: 'Same ID number as row 2' } },
      { row: 5, column: '身份证号', message: { 'zh-CN': '该身份证号已在本案涉众户名单中', en: 'This ID number is already among the households of the case' } },
      { row: 6, column: '身份证号', message: { 'zh-CN': '身份证号与第 2 行重复', en: 'Same ID number as row 2' } },
    ]);
  });

  it('accepts the usual yes/no spellings of 是否代表', () => {
    const yes = ['是', 'Y', 'yes', '1', 'TRUE', '√'];
    const no = ['', '否', 'N', '0', 'false'];
    const sheet = [HEADER, ...[...yes, ...no].map((rep, i) => row({ rep, id: idNo(`150203198001020${String(i).padStart(2, '0')}`) }))];
    const r = validateHouseholdSheet(sheet, new Set());
    expect(r.ok && r.rows.map((x) => x.representative)).toEqual([...yes.map(() => true), ...no.map(() => false)]);
  });
});

describe('normalizeHeader', () => {
  it('ignores spaces and full-width punctuation', () => {
    expect(normalizeHeader(' 住址／房号 ')).toBe('住址/房号');
    expect(normalizeHeader('诉求金额（元）')).toBe('诉求金额(元)');
  });
});
