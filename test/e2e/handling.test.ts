// Handling in a real browser against the demo server: from scheduling a mediation session on a
// case of the demo mediator (调解安排 card) to a settlement agreement signed by both parties,
// applied for judicial confirmation, accepted and confirmed by the court — enforceable.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, DESKTOP, TMP_SHOTS } from './support/session.js';

const PASSWORD = 'Concord-2026';

interface Caller {
  cookie: string;
  csrf: string;
  userId: string;
}

describe('handling', () => {
  const ui = browserSession();

  async function signInApi(username: string): Promise<Caller> {
    const res = await fetch(`${ui.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { csrfToken: string; user: { id: string } };
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return { cookie, csrf: body.csrfToken, userId: body.user.id };
  }

  async function call<T>(who: Caller, method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${ui.server.url}${path}`, {
      method,
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return JSON.parse(text) as T;
  }

  async function signIn(page: Page, username: string) {
    await page.goto('/login');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('app-sider').waitFor();
  }

  it('from scheduling a session to a confirmed agreement', async () => {
    const dispatcher = await signInApi('dispatcher');
    const mediator = await signInApi('mediator');
    const admin = await signInApi('admin');

    // A neighbour dispute registered at the window and routed to the demo mediator, who takes it on.
    const c = await call<{ id: string; parties: { partyId: string; role: string }[] }>(dispatcher, 'POST', '/api/cases', {
      channel: 'window',
      category: 'neighbour',
      description: '楼上住户卫生间长期渗水，导致楼下天花板和衣柜受损，双方就赔偿金额协商未果，申请调解。',
      amountFen: 800_000,
      parties: [
        { role: 'applicant', kind: 'person', name: '赵丽华', phone: '13904725566' },
        { role: 'respondent', kind: 'person', name: '孙志强', phone: '13904727788' },
      ],
    });
    await call(dispatcher, 'POST', `/api/cases/${c.id}/actions`, { action: 'route', userId: mediator.userId, reason: '指派专职调解员' });
    await call(mediator, 'POST', `/api/cases/${c.id}/actions`, { action: 'accept' });
    await call(mediator, 'POST', `/api/cases/${c.id}/actions`, { action: 'start' });

    // The session, on the case page: online, a few minutes ahead, with the handler and both parties.
    const page = await ui.newPage(DESKTOP);
    await signIn(page, 'mediator');
    await page.goto(`/cases/${c.id}`);
    await page.getByTestId('session-schedule').click();
    await page.getByTestId('session-mode').getByText('线上调解').click();
    await page.getByTestId('session-url').fill('https://meeting.example.cn/j/20260301');
    const start = new Date(Date.now() + 3 * 60_000);
    await page.getByTestId('session-starts-at').fill(new Date(start.getTime() + 8 * 3_600_000).toISOString().slice(0, 16));
    await page.getByTestId('session-submit').click();
    await page.locator('[data-testid="session-item"][data-status="scheduled"]').waitFor();

    // The session has started (the app clock moves past it); its outcome is recorded: agreement.
    await call(admin, 'POST', '/api/dev/clock', { now: new Date(start.getTime() + 5 * 60_000).toISOString() });
    await page.reload();
    await page.getByTestId('session-record').click();
    await page.getByTestId('session-outcome-agreement').click();
    await page.getByTestId('session-minutes').fill('双方同意由被申请人赔偿天花板、衣柜修复费用共计八千元，并重新做卫生间防水层。');
    await page.getByTestId('session-record-submit').click();
    await page.locator('[data-testid="session-item"][data-status="held"]').waitFor();

    const card = page.getByTestId('agreement-card');
    await card.waitFor();
    expect(await card.innerText()).toContain('请先在此起草协议条款并由各方当事人签字');

    // Draft the terms: the live total shows the mismatch until the payments add up.
    await page.getByTestId('agreement-create').click();
    await page.getByTestId('agreement-summary').fill('被申请人赔偿申请人天花板、衣柜修复费用，并重新做卫生间防水层，双方再无其他争议。');
    await page.getByTestId('agreement-total').fill('8000');
    await page.getByTestId('term-description-0').fill('赔偿天花板及墙面修复费用');
    await page.getByTestId('term-amount-0').fill('5000');
    await page.getByTestId('term-amount-0').blur();
    expect(await page.getByTestId('agreement-mismatch').innerText()).toContain('各项给付金额合计 ¥5,000.00 与协议总额 ¥8,000.00 不一致');
    await page.getByTestId('agreement-add-term').click();
    await page.getByTestId('term-description-1').fill('赔偿受损衣柜');
    await page.getByTestId('term-amount-1').fill('3000');
    await page.getByTestId('term-amount-1').blur();
    await page.getByTestId('agreement-mismatch').waitFor({ state: 'detached' });
    await page.getByTestId('agreement-save').click();
    await page.getByTestId('agreement-status').and(page.locator('[data-status="draft"]')).waitFor();

    // Submit for signing; both parties sign at the session.
    await page.getByTestId('agreement-submit').click();
    await page.getByTestId('agreement-status').and(page.locator('[data-status="signing"]')).waitFor();
    await page.getByTestId('agreement-sign-0').click();
    await page.locator('[data-testid="agreement-signature"][data-status="signed"]').first().waitFor();
    await page.getByTestId('agreement-sign-1').click();
    await page.getByTestId('agreement-status').and(page.locator('[data-status="signed"]')).waitFor();

    // Judicial confirmation within the 30-day window.
    const jc = page.getByTestId('jc-card');
    expect(await page.getByTestId('jc-countdown').innerText()).toContain('距申请期限届满还有 30 天');
    await page.getByTestId('jc-apply').click();
    await page.getByTestId('jc-status').and(page.locator('[data-status="applied"]')).waitFor();
    await page.getByTestId('jc-accept').click();
    await page.getByTestId('jc-status').and(page.locator('[data-status="accepted"]')).waitFor();
    await page.getByTestId('jc-ruling-number').fill('（2026）内0203民特88号');
    await page.getByTestId('jc-ruling-save').click();
    await page.getByTestId('jc-status').and(page.locator('[data-status="confirmed"]')).waitFor();
    expect(await page.getByTestId('jc-enforceable').innerText()).toContain('已具有强制执行效力');
    expect(await jc.innerText()).toContain('（2026）内0203民特88号');
    await page.screenshot({ path: join(TMP_SHOTS, 'handling-confirmed-agreement.png'), fullPage: true });

    const state = await call<{ agreement: { status: string; enforceable: boolean; totalFen: number; terms: unknown[] }; judicialConfirmation: { status: string } }>(mediator, 'GET', `/api/cases/${c.id}/agreement`);
    expect(state.agreement).toMatchObject({ status: 'signed', enforceable: true, totalFen: 800_000 });
    expect(state.agreement.terms).toHaveLength(2);
    expect(state.judicialConfirmation.status).toBe('confirmed');
    await call(admin, 'POST', '/api/dev/clock', { now: null });
  });
});
