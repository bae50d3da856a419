import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_ID, APPLICANT_PHONE, type CaseWorld, caseWorld, ok, register } from '../cases/helpers.js';

/** The case list export applies the list's filters and the caller's scope, escapes formula cells and carries no personal identifiers. */
describe('case list export (GET /api/cases/export)', () => {
  let w: CaseWorld;
  // (Titles are trimmed at registration, so a leading tab or CR cannot reach the export this way; the unit tests cover them.)
  const TITLES = ['+86 13800000000 来电', '-5 元差价纠纷', '@SUM(A1:A9) 物业费', '普通邻里纠纷', '=cmd|\' /C calc\'!A0'];

  beforeAll(async () => {
    w = await caseWorld();
    for (const [i, title] of TITLES.entries()) await register(w.dispatcher, { title, gridId: i < 3 ? w.d.grid1.id : w.d.gridB.id });
    const labour = await register(w.dispatcher, { title: '=1+1 欠薪', category: 'labour', gridId: w.d.grid2.id });
    await ok(w.dispatcher, labour.id, { action: 'withdraw', reason: '当事人自行和解' });
  });
  afterAll(() => w.t.close());

  const csvRows = (body: string) => body.slice(1).trim().split('\r\n');

  it('lists exactly what GET /api/cases lists for the same filters', async () => {
    for (const q of ['', 'gridId=' + w.d.grid1.id, 'category=labour', 'status=withdrawn', `streetId=${w.d.streetB.id}`]) {
      const list = await w.director.get(`/api/cases?limit=200&${q}`);
      expect(list.statusCode, q).toBe(200);
      const codes = list.json().items.map((c: { code: string }) => c.code).sort();
      const res = await w.director.get(`/api/cases/export?format=csv&${q}`);
      expect(res.statusCode, q).toBe(200);
      const exported = csvRows(res.body).slice(1).map((line) => line.split(',')[0]).sort();
      expect(exported, q).toEqual(codes);
    }
  });

  it('escapes every formula trigger in .csv and .xlsx', async () => {
    const csv = await w.director.get('/api/cases/export?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const titles = csvRows(csv.body).slice(1).map((line) => line.split(',')[1]!.replace(/^"|"$/g, ''));
    for (const t of ['+86 13800000000 来电', '-5 元差价纠纷', '@SUM(A1:A9) 物业费', "=cmd|' /C calc'!A0", '=1+1 欠薪']) expect(titles).toContain(`'${t}`);
    expect(titles).toContain('普通邻里纠纷');

    const xlsx = await w.director.get('/api/cases/export?format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.getWorksheet('案件清单')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getRow(i + 2).getCell(2).value));
    expect(cells).toHaveLength(6);
    for (const v of cells) expect(/^[=+\-@\t\r]/.test(v)).toBe(false);
  });

  it('keeps to the caller’s scope and carries no phone or ID numbers', async () => {
    const res = await w.grid.get('/api/cases/export?format=csv');
    expect(res.statusCode).toBe(200);
    expect(csvRows(res.body)).toHaveLength(1 + 3); // grid1's three cases
    const outside = await w.grid.get(`/api/cases/export?format=csv&gridId=${w.d.gridB.id}`);
    expect(csvRows(outside.body)).toHaveLength(1);
    const all = await w.director.get('/api/cases/export?format=csv');
    expect(all.body).not.toContain(APPLICANT_PHONE);
    expect(all.body).not.toContain(APPLICANT_ID);
    expect(all.body).not.toContain('王建国');
  });
});
