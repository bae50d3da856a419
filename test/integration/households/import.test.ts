import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseJson, counts, getCase, register } from '../cases/helpers.js';
import type { MassWorld } from '../mass-dispute/helpers.js';
import { cells, csv, gbk, groupInHandling, type Household, household, households, importFile, massWorld, xlsx } from './helpers.js';

const TABLES = ['group_households', 'parties', 'case_parties', 'case_events'] as const;

interface ReportJson {
  error: { code: string; message: string; fields: Record<string, string>; report: { row: number; column: string; message: { 'zh-CN': string; en: string } }[]; badRows: number; fileError: unknown };
}

describe('importing households (导入涉众户)', () => {
  let w: MassWorld;
  let group: CaseJson;
  const list = households(531);

  beforeAll(async () => {
    w = await massWorld();
    group = await groupInHandling(w);
  });
  afterAll(() => w.t.close());

  it('offers the template with the Chinese headers', async () => {
    const res = await w.mediator.get('/api/households/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '身份证号', '联系电话', '住址/房号', '诉求金额(元)', '是否代表']);
  });

  it('refuses a list with duplicate ID numbers and other bad rows: every bad row reported, nothing written', async () => {
    const rows = households(20).map(cells);
    rows[3]![2] = rows[1]![2]!; // duplicate of row 3 (sheet rows count the header)
    rows[7]![1] = ''; // no name
    rows[9]![2] = rows[9]![2]!.slice(0, 17) + (rows[9]![2]!.endsWith('0') ? '1' : '0'); // bad check character
    rows[12]![3] = '1234567'; // not a mobile
    rows[15]![5] = '-20'; // negative claim
    rows[16]![5] = '12.345'; // three decimals
    rows[18]![2] = rows[1]![2]!; // duplicate again
    const before = await counts(w.t, [...TABLES]);
    const res = await importFile(w.mediator, group.id, '名单.xlsx', await xlsx(rows));
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json() as ReportJson;
    expect(body.error.code).toBe('households_import_invalid');
    expect(body.error.message).toContain('未导入任何一户');
    expect(body.error.report.map((r) => [r.row, r.column])).toEqual([
      [5, '身份证号'],
      [9, '姓名'],
      [11, '身份证号'],
      [14, '联系电话'],
      [17, '诉求金额(元)'],
      [18, '诉求金额(元)'],
      [20, '身份证号'],
    ]);
    expect(body.error.report[0]!.message['zh-CN']).toBe('身份证号与第 3 行重复');
    expect(body.error.report[6]!.message['zh-CN']).toBe('身份证号与第 3 行重复');
    expect(body.error.badRows).toBe(7);
    expect(body.error.fields['rows.9.姓名']).toBe('姓名不能为空');
    expect(await counts(w.t, [...TABLES])).toEqual(before);
  });

  it('a file without the headers is one clear file-level error', async () => {
    const res = await importFile(w.mediator, group.id, '名单.xlsx', await xlsx([cells(household(0))], ['No', 'Name', 'ID']));
    expect(res.statusCode).toBe(400);
    const body = res.json() as ReportJson;
    expect(body.error.report).toEqual([]);
    expect(body.error.fields.file).toContain('表头缺少：姓名、身份证号、诉求金额(元)');
  });

  it('refuses a file that is neither .xlsx nor .csv', async () => {
    const res = await importFile(w.mediator, group.id, '名单.pdf', Buffer.from('%PDF-1.4\n'));
    expect(res.statusCode).toBe(415);
  });

  it('imports 531 households at once: parties linked as applicants, people count, timeline event', async () => {
    const started = Date.now();
    const res = await importFile(w.mediator, group.id, '幸福家园公租房欠租户名单.xlsx', await xlsx(list.map(cells)));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ imported: 531, total: 531 });
    expect(Date.now() - started).toBeLessThan(15_000);

    const c = (await getCase(w.mediator, group.id)) as CaseJson & { peopleCount: number };
    expect(c.peopleCount).toBe(531);
    expect(c.parties.filter((p) => p.role === 'applicant').length).toBeGreaterThanOrEqual(531);
    const ev = c.timeline.find((e) => e.type === 'households_imported')!;
    expect(ev.data).toMatchObject({ count: 531, total: 531, representatives: 11 });
    const claim = list.reduce((s, h) => s + Math.round(Number(h.claim) * 100), 0);
    expect(ev.data.claimFen).toBe(claim);
    const summary = (await w.mediator.get(`/api/cases/${group.id}/households/summary`)).json();
    expect(summary).toMatchObject({ total: 531, representatives: 11, withPhone: 531, claimFen: claim, agreedFen: 0, paidFen: 0, steps: { notified: 0, signed: 0, paid: 0 } });
  });

  it('lists households 50 at a time with ID numbers, phones and addresses masked; searches by name and exact ID number', async () => {
    const page1 = (await w.mediator.get(`/api/cases/${group.id}/households`)).json();
    expect(page1.items).toHaveLength(50);
    const first = page1.items[0];
    const h0 = household(0);
    expect(first).toMatchObject({ rowNo: 1, name: h0.name, claimFen: 180000, representative: true, step: null });
    expect(first.idNumber).toBe(`${h0.idNumber.slice(0, 6)}********${h0.idNumber.slice(-4)}`);
    expect(first.phone).toBe('138****0000');
    expect(first.address).toBe('幸福家园公租房****');
    expect(JSON.stringify(page1)).not.toContain(h0.idNumber);
    const page2 = (await w.mediator.get(`/api/cases/${group.id}/households?cursor=${page1.nextCursor}`)).json();
    expect(page2.items[0].rowNo).toBe(51);

    const target: Household = household(77);
    const byId = (await w.mediator.get(`/api/cases/${group.id}/households?q=${target.idNumber}`)).json();
    expect(byId.items.map((h: { rowNo: number }) => h.rowNo)).toEqual([78]);
    const reps = (await w.mediator.get(`/api/cases/${group.id}/households?status=representative&limit=500`)).json();
    expect(reps.items).toHaveLength(11);
  });

  it('refuses the same households imported again, naming every row', async () => {
    const res = await importFile(w.mediator, group.id, '名单.xlsx', await xlsx(list.slice(0, 3).map(cells)));
    expect(res.statusCode).toBe(400);
    expect((res.json() as ReportJson).error.report.map((r) => r.message['zh-CN'])).toEqual(Array(3).fill('该身份证号已在本案涉众户名单中'));
  });

  it('imports a UTF-8 csv (with BOM) and a GBK csv saved by Excel, adding to the list', async () => {
    const utf8 = Buffer.from(`\uFEFF${csv(households(2, 600).map(cells))}`, 'utf8');
    const r1 = await importFile(w.mediator, group.id, 'more.csv', utf8);
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r1.json()).toEqual({ imported: 2, total: 533 });
    const r2 = await importFile(w.mediator, group.id, '补充名单.csv', gbk(csv(households(3, 700).map(cells))));
    expect(r2.statusCode, r2.body).toBe(201);
    expect(r2.json()).toEqual({ imported: 3, total: 536 });
    const last = (await w.mediator.get(`/api/cases/${group.id}/households?cursor=535`)).json();
    expect(last.items[0]).toMatchObject({ rowNo: 536, name: household(702).name });
  });

  it('a party already in the register is linked, not entered twice', async () => {
    const known = household(800);
    const other = await register(w.dispatcher, { parties: [{ role: 'applicant', kind: 'person', name: known.name, idNumber: known.idNumber, phone: known.phone }, { role: 'respondent', kind: 'person', name: '某某', phone: '13900001111' }] });
    const partyId = other.parties.find((p) => p.role === 'applicant')!.partyId;
    const res = await importFile(w.mediator, group.id, 'one.csv', Buffer.from(csv([cells(known)])));
    expect(res.statusCode, res.body).toBe(201);
    const found = (await w.mediator.get(`/api/cases/${group.id}/households?q=${known.idNumber}`)).json();
    expect(found.items[0].partyId).toBe(partyId);
  });

  it('refuses a case that is not a group case (409) and callers who do not handle it (403)', async () => {
    const single = await register(w.dispatcher);
    const r = await importFile(w.dispatcher, single.id, 'x.csv', Buffer.from(csv([cells(household(900))])));
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('not_group_case');
    expect((await w.dispatcher.get(`/api/cases/${single.id}/households`)).statusCode).toBe(409);
    // the grid worker sees the group case (its territory) but does not handle it
    const byGrid = await importFile(w.grid, group.id, 'x.csv', Buffer.from(csv([cells(household(901))])));
    expect(byGrid.statusCode).toBe(403);
  });

  it('refuses any change on an archived group case', async () => {
    await w.t.database.db.updateTable('cases').set({ status: 'archived' }).where('id', '=', group.id).execute();
    try {
      const r = await importFile(w.mediator, group.id, 'x.csv', Buffer.from(csv([cells(household(950))])));
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('archived');
      expect((await w.mediator.post(`/api/cases/${group.id}/households/progress`, { all: true, step: 'attended' })).statusCode).toBe(409);
      expect((await w.mediator.get(`/api/cases/${group.id}/households/summary`)).json().canEdit).toBe(false);
    } finally {
      await w.t.database.db.updateTable('cases').set({ status: 'handling' }).where('id', '=', group.id).execute();
    }
  });
});
