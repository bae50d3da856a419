// The director's 统计分析 page in a real browser: KPI cards from GET /api/kpis with their
// definitions, and the monthly trend chart drawn by ECharts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession, TMP_SHOTS } from './support/session.js';

describe('KPI dashboard', () => {
  const ui = browserSession();

  it('shows the closure rate of the demo year and draws the trend', async () => {
    const page = await ui.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const login = await page.request.post('/api/auth/login', { data: { username: 'director', password: 'Concord-2026' } });
    expect(login.status()).toBe(200);
    await page.goto('/reports');
    const closure = page.getByTestId('kpi-closure-rate');
    await expect.poll(async () => (await closure.textContent()) ?? '', { timeout: 30_000 }).toMatch(/^\d{1,3}\.\d%$/);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(TMP_SHOTS, 'dashboard.png') });
    expect(errors).toEqual([]);
  });
});
