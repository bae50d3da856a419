// 分流调度台 in a real browser against the real server (demo district): a dispute the routing
// rules do not take waits on the board; the dispatcher selects it and clicks the person on
// duty the board suggests — one click routes it, and the board refreshes without it. Then a law
// firm's liaison answers the demo's pending on-call request from the 随驻请求 inbox.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, TMP_SHOTS, signIn, settle } from './support/session.js';

const PASSWORD = 'Concord-2026';

describe('routing board', () => {
  const ui = browserSession();

  /** One API call as a demo account (cookie and CSRF token from a fresh login). */
  async function api<T>(username: string, path: string, opts: { method?: string; body?: unknown; status?: number } = {}): Promise<T> {
    const login = await fetch(`${ui.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
    const res = await fetch(`${ui.server.url}${path}`, { method: opts.method ?? 'GET', headers, body: opts.body ? JSON.stringify(opts.body) : undefined });
    expect(res.status, await res.clone().text()).toBe(opts.status ?? 200);
    return (await res.json()) as T;
  }

  it('the dispatcher routes a freshly registered case with one click on the person on duty', async () => {
    // A traffic-accident claim without a grid: no routing rule takes it, it waits for the dispatcher.
    const registered = await api<{ id: string; code: string; status: string }>('dispatcher', '/api/cases', {
      method: 'POST',
      status: 201,
      body: {
        channel: 'window',
        category: 'damages',
        description: '申请人骑电动车被小区门口倒车的轿车剐倒，车主只愿承担部分医药费，双方对误工费和车辆维修费协商不成。',
        parties: [
          { role: 'applicant', kind: 'person', name: '赵建华', phone: '13904726677' },
          { role: 'respondent', kind: 'person', name: '钱立新' },
        ],
      },
    });
    expect(registered.status).toBe('registered');

    const page = await ui.newPage();
    await signIn(page, 'dispatcher');
    await page.goto('/routing');
    const card = page.locator(`[data-testid="board-case"][data-case-id="${registered.id}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain(registered.code);

    // Nobody can be clicked before a case is selected.
    const duty = page.getByTestId('board-duty');
    let person = duty.locator('[data-testid="board-person"]').first();
    if ((await person.count()) === 0) {
      // A day off (weekend or holiday): the units not at the center today are folded away.
      await duty.locator('.ant-collapse-header').click();
      person = duty.locator('[data-testid="board-person"]').first();
    }
    await person.waitFor();
    expect(await person.isDisabled()).toBe(true);

    await card.click();
    expect(await card.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('board-hint').innerText()).toContain(registered.code);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'routing-board.png') });

    const userId = await person.getAttribute('data-user-id');
    const unitId = await person.locator('xpath=ancestor::*[@data-testid="board-unit"]').getAttribute('data-unit-id');
    await person.click();
    await card.waitFor({ state: 'detached' });
    await page.locator('.ant-message').getByText(registered.code).waitFor();

    const routed = await api<{ status: string; assigneeId: string; handlingUnitId: string; timeline: { type: string }[] }>('dispatcher', `/api/cases/${registered.id}`);
    expect(routed).toMatchObject({ status: 'routed', assigneeId: userId, handlingUnitId: unitId });
    expect(routed.timeline.at(-1)!.type).toBe('routed');
  });

  it('the roster screen shows the center’s mediators on duty, and a law firm answers an on-call request', async () => {
    const page = await ui.newPage();
    await signIn(page, 'dispatcher');
    await page.goto('/routing/rosters');
    await page.getByTestId('roster-grid').waitFor();
    expect(await page.locator('[data-testid="roster-cell"]').count()).toBeGreaterThanOrEqual(5 * 7);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'routing-rosters.png') });

    await signIn(page, 'dept-law-01');
    await page.goto('/oncall');
    const accept = page.getByTestId('oncall-accept').first();
    await accept.waitFor();
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'oncall-inbox.png') });
    await accept.click();
    await page.getByTestId('oncall-respond-note').fill('王律师今天下午三点到中心参与调解。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-message').getByText('已答复').waitFor();
    const inbox = await api<{ items: { status: string; responseNote: string | null }[] }>('dept-law-01', '/api/oncall-requests');
    expect(inbox.items.map((r) => [r.status, r.responseNote])).toEqual([['accepted', '王律师今天下午三点到中心参与调解。']]);

    // While helping, the firm opens the case: its 随驻请求 card shows the answer.
    await page.getByTestId('oncall-filter').getByText('协助中').click();
    await page.getByTestId('oncall-table').locator('a.case-code-link').first().click();
    const item = page.getByTestId('oncall-item').first();
    await item.waitFor();
    expect(await item.getAttribute('data-status')).toBe('accepted');
    expect(await page.getByTestId('case-timeline').innerText()).toContain('随驻请求答复');
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'case-oncall.png'), fullPage: true });
  });
});
