import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../support/app.js';
import { makeUser, PASSWORD } from '../../support/factories.js';
import { type CaseWorld, caseWorld, ok, register, relogin } from '../cases/helpers.js';

/**
 * February 2026 of the test center against January 2026 and February 2025, built through the API:
 * 2025-02-10 L1 accepted on time;  2026-01-12 J1, J2 registered;
 * 2026-02-09 F1 (title a formula) accepted after 10 min and resolved, F2 accepted after 50 min (late),
 * F3 withdrawn, F4 a 涉众 group case of 35 people.
 */
describe('monthly report (GET /api/reports/monthly)', () => {
  let w: CaseWorld;
  const ids: Record<string, string> = {};
  const EVIL = '=HYPERLINK("http://evil.example","点我")';

  const advanceTo = async (local: string) => {
    const target = new Date(`${local}+08:00`).getTime();
    w.t.clock.advanceBy(target - w.t.clock.now().getTime());
    await relogin(w);
  };
  const route = (id: string) => ok(w.dispatcher, id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });

  beforeAll(async () => {
    w = await caseWorld({ now: '2025-02-10T09:00:00+08:00' });
    ids.L1 = (await register(w.dispatcher, { gridId: w.d.grid1.id })).id;
    await route(ids.L1);
    w.t.clock.advanceMinutes(10);
    await ok(w.mediator, ids.L1, { action: 'accept' });

    await advanceTo('2026-01-12T09:00:00');
    ids.J1 = (await register(w.dispatcher, { gridId: w.d.grid1.id, category: 'labour' })).id;
    ids.J2 = (await register(w.dispatcher, { gridId: w.d.gridB.id, category: 'labour' })).id;

    await advanceTo('2026-02-09T09:00:00');
    ids.F1 = (await register(w.dispatcher, { gridId: w.d.grid1.id, title: EVIL })).id;
    ids.F2 = (await register(w.dispatcher, { gridId: w.d.grid2.id, title: '=1+2 超时受理' })).id;
    ids.F3 = (await register(w.dispatcher, { gridId: w.d.gridB.id, category: 'labour', channel: 'hotline' })).id;
    ids.F4 = (await register(w.dispatcher, { category: 'family', channel: 'online' })).id;
    await route(ids.F1);
    await route(ids.F2);
    w.t.clock.advanceMinutes(10);
    await ok(w.mediator, ids.F1, { action: 'accept' });
    w.t.clock.advanceMinutes(40);
    await ok(w.mediator, ids.F2, { action: 'accept' });
    await ok(w.mediator, ids.F1, { action: 'start' });
    await ok(w.mediator, ids.F1, { action: 'resolve', outcome: 'oral_agreement', note: '双方达成口头协议' });
    await ok(w.dispatcher, ids.F3, { action: 'withdraw', reason: '当事人自行和解' });
    await w.t.database.db.updateTable('cases').set({ is_group: true, people_count: 35, amount_fen: 5_000_000, money_recovered_fen: 0 }).where('id', '=', ids.F4).execute();
    await w.t.database.db.updateTable('cases').set({ money_recovered_fen: 123_456 }).where('id', '=', ids.F1).execute();

    await advanceTo('2026-03-05T10:00:00');
  });
  afterAll(() => w.t.close());

  const kpis = async (from: string, to: string) => {
    const res = await w.director.get(`/api/kpis?from=${from}&to=${to}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().total;
  };

  const workbook = async (url: string) => {
    const res = await w.director.get(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('2026年2月'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    return book;
  };

  it('writes the month’s KPIs, against last month and a year before, exactly as GET /api/kpis computes them', async () => {
    const [feb, jan, feb25] = await Promise.all([kpis('2026-02-01', '2026-02-28'), kpis('2026-01-01', '2026-01-31'), kpis('2025-02-01', '2025-02-28')]);
    expect(feb.registered).toBe(4);
    const book = await workbook('/api/reports/monthly?month=2026-02&format=xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['指标概览', '按类别', '按渠道', '按街道', '超时响应', '风险网格', '回访排查', '涉众纠纷', '文字综述', '指标口径']);
    const sheet = book.getWorksheet('指标概览')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, '指标', '本月', '上月', '环比', '去年同月', '同比', '口径']);
    const row = (label: string) => {
      for (let i = 2; i <= sheet.rowCount; i++) if (sheet.getRow(i).getCell(1).value === label) return sheet.getRow(i);
      throw new Error(`no row ${label}`);
    };
    const expectRow = (label: string, key: string, money = false) => {
      const r = row(label);
      const v = (k: Record<string, number | null>) => (money ? k[key]! / 100 : k[key]);
      expect([r.getCell(2).value, r.getCell(3).value, r.getCell(5).value], label).toEqual([v(feb), v(jan), v(feb25)]);
    };
    expectRow('登记量（件）', 'registered');
    expectRow('受理量（件）', 'accepted');
    expectRow('办结量（件）', 'concluded');
    expectRow('化解量（件）', 'resolved');
    expectRow('办结率', 'closureRate');
    expectRow('化解成功率', 'resolutionRate');
    expectRow('按时响应率', 'onTimeResponseRate');
    expectRow('满意率', 'satisfactionRate');
    expectRow('挽回金额（元）', 'moneyRecoveredFen', true);
    expect(row('办结率').getCell(2).numFmt).toBe('0.0%');
    expect(row('挽回金额（元）').getCell(2).value).toBe(1234.56);
    expect(row('登记量（件）').getCell(4).value).toBe('上升100.0%'); // 4 against January's 2
    expect(row('登记量（件）').getCell(6).value).toBe('上升300.0%'); // against February 2025's 1

    const cats = book.getWorksheet('按类别')!;
    const catRows = Array.from({ length: cats.rowCount - 1 }, (_, i) => cats.getRow(i + 2).values as unknown[]);
    expect(catRows.reduce((s, r) => s + Number(r[2]), 0)).toBe(feb.registered);
    expect(Object.values(feb.byCategory).reduce((s: number, n) => s + (n as number), 0)).toBe(4);
  });

  it('lists the late responses with their titles escaped, the 涉众 cases and the street table', async () => {
    const book = await workbook('/api/reports/monthly?month=2026-02');
    const late = book.getWorksheet('超时响应')!;
    expect(late.rowCount).toBe(2);
    expect(late.getRow(2).getCell(2).value).toBe("'=1+2 超时受理");
    const mass = book.getWorksheet('涉众纠纷')!;
    expect(mass.rowCount).toBe(2);
    expect(mass.getRow(2).getCell(3).value).toBe(35);
    expect(mass.getRow(2).getCell(4).value).toBe(50_000);
    const streets = book.getWorksheet('按街道')!;
    const notes = Array.from({ length: streets.rowCount - 1 }, (_, i) => streets.getRow(i + 2).getCell(9).value);
    expect(notes.every((n) => n === '样本不足，不参与排名')).toBe(true); // every street has fewer than 20 cases
  });

  it('writes the narrative, tables and native charts into the .docx with the same figures', async () => {
    const feb = await kpis('2026-02-01', '2026-02-28');
    const res = await w.director.get('/api/reports/monthly?month=2026-02&format=docx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = new PizZip(res.rawPayload);
    const xml = zip.file('word/document.xml')!.asText();
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('测试区综治中心2026年2月矛盾纠纷多元化解工作月报');
    expect(text).toContain(`共登记矛盾纠纷${feb.registered}件，同比上升300.0%（去年同期1件），环比上升100.0%（上月2件）`);
    expect(text).toContain(`化解成功率${(feb.resolutionRate * 100).toFixed(1)}%`);
    expect(text).toContain(`按时响应率${(feb.onTimeResponseRate * 100).toFixed(1)}%`);
    expect(text).toContain('本月登记涉众矛盾纠纷1件，涉及群众35人');
    expect(text).toContain('=1+2 超时受理');
    const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const chart1 = zip.file(charts.sort()[0]!)!.asText();
    expect(chart1).toContain('邻里纠纷');
  });

  it('says a comparison base had no cases instead of computing a rise from nothing', async () => {
    const res = await w.director.get('/api/reports/monthly?month=2025-02&format=docx');
    expect(res.statusCode).toBe(200);
    const text = new PizZip(res.rawPayload).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');
    expect(text).toContain('共登记矛盾纠纷1件，去年同期无登记案件，上月无登记案件；');
  });

  it('refuses a bad or future month, an unknown center and callers who do not run the center', async () => {
    for (const [url, field] of [
      ['/api/reports/monthly?month=2026-13', 'month'],
      ['/api/reports/monthly?month=2026-2', 'month'],
      ['/api/reports/monthly?month=2026-04', 'month'],
      [`/api/reports/monthly?month=2026-02&centerId=${w.d.department.id}`, 'centerId'],
      ['/api/reports/monthly?month=2026-02&format=pdf', 'format'],
    ] as const) {
      const res = await w.director.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.fields, url).toHaveProperty(field);
    }
    for (const agent of [w.mediator, w.grid]) {
      const res = await agent.get(`/api/reports/monthly?month=2026-02&centerId=${w.d.center.id}`);
      expect(res.statusCode).toBe(403);
    }
    await makeUser(w.t.ctx, 'director-b', [{ role: 'director', unitId: w.d.streetB.id }]);
    const other = await login(w.t.app, 'director-b', PASSWORD);
    expect((await other.get(`/api/reports/monthly?month=2026-02&centerId=${w.d.center.id}`)).statusCode).toBe(403);
    // The dispatcher of the center and an admin (defaulting to the first center) may.
    expect((await w.dispatcher.get('/api/reports/monthly?month=2026-02')).statusCode).toBe(200);
    expect((await w.admin.get('/api/reports/monthly?month=2026-02&format=docx')).statusCode).toBe(200);
  });

  it('reports a running month up to today, compared over the same days', async () => {
    const res = await w.director.get('/api/reports/monthly?month=2026-03');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('2026年3月'));
    const b = new ExcelJS.Workbook();
    await b.xlsx.load(res.rawPayload as never);
    const overview = b.getWorksheet('指标概览')!;
    const periods = Array.from({ length: overview.rowCount }, (_, i) => overview.getRow(i + 1).values as unknown[]).filter((v) => ['统计期', '上月同期', '去年同期'].includes(String(v[1])));
    expect(periods.map((v) => v[2])).toEqual(['2026-03-01 至 2026-03-05', '2026-02-01 至 2026-02-05', '2025-03-01 至 2025-03-05']);
  });
});
