import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseWorld, caseWorld, register } from './helpers.js';

describe('case list export (.xlsx / .csv)', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
    await register(w.dispatcher, { title: '=HYPERLINK("http://evil","点我")', gridId: w.d.grid1.id });
    await register(w.dispatcher, { title: '乙街道邻里纠纷', gridId: w.d.gridB.id });
  });
  afterAll(() => w.t.close());

  it('exports the filtered list as a workbook with formula cells escaped', async () => {
    const res = await w.dispatcher.get('/api/cases/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const sheet = book.getWorksheet('案件清单')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('案件编号');
    const titles = [2, 3].map((r) => String(sheet.getRow(r).getCell(2).value));
    expect(titles).toContain(`'=HYPERLINK("http://evil","点我")`);
    expect(sheet.rowCount).toBe(3);
  });

  it('exports CSV with a BOM, and only what the caller may see', async () => {
    const res = await w.grid.get('/api/cases/export?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const lines = res.body.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2); // header + the grid worker's one case
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"",""点我"")"`);
  });

  it('refuses an unknown format, naming the field', async () => {
    const res = await w.dispatcher.get('/api/cases/export?format=pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('format');
  });
});
