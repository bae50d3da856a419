// 统计分析 in a real browser on the demo district, as the director: drill from a KPI card to
// the cases behind it (the list's count equals the figure), see a refused period explained,
// walk the risk heat map from the district into a street, a community and a grid's cases,
// and download last month's report as .xlsx and .docx — both open and carry the month's
// registered count from GET /api/kpis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, settle, signIn, TMP_SHOTS } from './support/session.js';

const POLL = { timeout: 30_000 };
const digits = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));

describe('dashboards and reports', () => {
  const ui = browserSession();

  async function director(): Promise<{ page: Page; errors: string[] }> {
    const page = await ui.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await signIn(page, 'director');
    return { page, errors };
  }

  it('drills from a figure into the cases behind it, and explains a refused period', async () => {
    const { page, errors } = await director();
    await page.goto('/reports');
    const registered = page.getByTestId('kpi-registered');
    await expect.poll(async () => (await registered.textContent()) ?? '', POLL).toMatch(/^\d[\d,]*$/);
    const figure = digits(await registered.textContent());
    expect(figure).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="kpi-trend-chart"] canvas').count()).toBe(1);
    expect(await page.locator('[data-testid="kpi-sla-gauge"] canvas').count()).toBe(1);
    // The definition beside the figure.
    await page.getByTestId('kpi-registered').locator('xpath=..').getByLabel('计算公式').hover();
    await expect.poll(() => page.getByRole('tooltip').textContent(), POLL).toContain('登记量：登记时间在统计期内的案件数');
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'reports-dashboard.png'), fullPage: true });

    await registered.locator('a').click();
    const total = page.getByTestId('drill-total');
    await expect.poll(async () => digits(await total.textContent()), POLL).toBe(figure);
    const first = page.getByTestId('drill-case-link').first();
    expect(await first.getAttribute('href')).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: join(TMP_SHOTS, 'reports-drill.png') });

    // The on-time figure's late part, from the SLA card: its list is as long as the number shown.
    await page.keyboard.press('Escape');
    const late = page.getByTestId('kpi-sla-late');
    const lateFigure = digits(await late.textContent());
    await late.click();
    await expect.poll(async () => digits(await page.getByTestId('drill-total').textContent()), POLL).toBe(lateFigure);

    await page.goto('/reports?from=2026-03-01&to=2026-02-01');
    await expect.poll(() => page.getByTestId('kpi-error').textContent(), POLL).toContain('结束日期不能早于开始日期');
    expect(await page.getByTestId('kpi-registered').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('walks the risk heat map from the district into a street, a community and a grid', async () => {
    const { page, errors } = await director();
    await page.goto('/reports?tab=heatmap');
    await page.locator('[data-testid="heat-map"] canvas').waitFor(POLL);
    const streets = page.getByTestId('heat-unit-link');
    await expect.poll(() => streets.count(), POLL).toBeGreaterThan(5);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'reports-heatmap.png') });

    const street = (await streets.first().textContent())!;
    await streets.first().click();
    await expect.poll(() => page.getByTestId('heat-trail-current').textContent(), POLL).toBe(street);
    await page.locator('[data-testid="heat-map"] canvas').waitFor(POLL);
    const communities = page.getByTestId('heat-unit-link');
    await expect.poll(async () => (await communities.first().textContent()) !== street, POLL).toBe(true);
    const community = (await communities.first().textContent())!;
    await communities.first().click();
    await expect.poll(() => page.getByTestId('heat-trail-current').textContent(), POLL).toBe(community);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'reports-heatmap-grids.png') });

    const grid = page.getByTestId('heat-unit-link').first();
    await expect.poll(async () => (await grid.textContent()) ?? '', POLL).toContain('网格');
    await grid.click();
    await expect.poll(async () => (await page.getByTestId('heat-cases-total').textContent()) ?? '', POLL).toMatch(/^\d+$/);
    expect(errors).toEqual([]);
  });

  it('downloads last month’s report as .xlsx and .docx with the month’s registered count', async () => {
    // The director of the development-zone center: their data scope is exactly their center's
    // cases, so GET /api/kpis gives the very figures the center's report must carry.
    const page = await ui.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await signIn(page, 'director-devzone');
    await page.goto('/reports');
    await page.getByTestId('monthly-report-xlsx').waitFor(POLL);
    const month = dayjs().subtract(1, 'month');
    const label = `${month.year()}年${month.month() + 1}月`;
    const from = month.startOf('month').format('YYYY-MM-DD');
    const to = month.endOf('month').format('YYYY-MM-DD');
    const kpis = await page.request.get(`/api/kpis?from=${from}&to=${to}`);
    expect(kpis.status()).toBe(200);
    const expected = ((await kpis.json()) as { total: { registered: number; resolutionRate: number | null } }).total;
    expect(expected.registered).toBeGreaterThan(0);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('monthly-report-xlsx').click()]);
    expect(xlsxDownload.suggestedFilename()).toContain(label);
    const xlsxPath = join(TMP_SHOTS, 'monthly.xlsx');
    await xlsxDownload.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsxPath) as never);
    const overview = book.getWorksheet('指标概览')!;
    const values = new Map<string, unknown>();
    overview.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('登记量（件）')).toBe(expected.registered);
    expect(values.get('化解成功率')).toBe(expected.resolutionRate);

    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('monthly-report-docx').click()]);
    expect(docxDownload.suggestedFilename()).toContain(label);
    const docxPath = join(TMP_SHOTS, 'monthly.docx');
    await docxDownload.saveAs(docxPath);
    const zip = new PizZip(readFileSync(docxPath));
    const text = zip.file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');
    expect(text).toContain(`${label}矛盾纠纷多元化解工作月报`);
    expect(text).toContain(`共登记矛盾纠纷${expected.registered}件`);
    expect(Object.keys(zip.files).some((f) => /^word\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
    expect(errors).toEqual([]);
  });
});
