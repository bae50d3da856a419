// 调解安排 in a real browser against the demo server: the mediator schedules a session on a
// case from its page — first onto a room and time already taken (the clash is listed and
// nothing saved), then at a free time — and finds it in the week calendar; the director
// sees the demo's circuit plan.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, DESKTOP, TMP_SHOTS, signIn } from './support/session.js';

const PASSWORD = 'Concord-2026';

interface DemoSession {
  id: string;
  caseId: string;
  mode: string;
  roomId: string | null;
  roomName: string | null;
  startsAt: string;
  status: string;
}

/** ISO instant → the datetime-local value in center time. */
const local = (iso: string, hhmm?: string) => {
  const s = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
  return hhmm ? `${s.slice(0, 11)}${hhmm}` : s;
};

describe('mediation sessions', () => {
  const ui = browserSession();

  async function demoSession(): Promise<DemoSession> {
    const login = await fetch(`${ui.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'mediator', password: PASSWORD }) });
    const me = (await login.json()) as { user: { id: string } };
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const from = new Date().toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const res = await fetch(`${ui.server.url}/api/sessions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&userId=${me.user.id}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const items = ((await res.json()) as { items: DemoSession[] }).items;
    // Still ahead by an hour at least: one that has started can be neither clashed with nor moved.
    const s = items.find((x) => x.status === 'scheduled' && x.mode === 'center' && x.roomId && Date.parse(x.startsAt) > Date.now() + 3_600_000);
    expect(s, 'a demo session of the mediator in a room').toBeTruthy();
    return s!;
  }

  it('refuses a double-booked room with the clash listed, then schedules at a free time', async () => {
    const taken = await demoSession();
    const page = await ui.newPage(DESKTOP);
    await signIn(page, 'mediator');
    await page.goto(`/cases/${taken.caseId}`);
    const card = page.getByTestId('sessions-card');
    await card.waitFor();
    await page.getByTestId('session-item').first().waitFor();
    const before = await page.getByTestId('session-item').count();
    expect(before).toBeGreaterThan(0);

    await page.getByTestId('session-schedule').click();
    await page.getByTestId('session-room').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: taken.roomName! }).first().click();
    await page.getByTestId('session-starts-at').fill(local(taken.startsAt));
    await page.getByTestId('session-submit').click();
    const clash = page.getByTestId('session-conflicts');
    await clash.waitFor();
    expect(await clash.innerText()).toContain(taken.roomName!);
    expect(await page.getByTestId('session-item').count()).toBe(before);
    await page.screenshot({ path: join(TMP_SHOTS, 'sessions-conflict.png') });

    // The evening of the same day is free.
    await page.getByTestId('session-starts-at').fill(local(taken.startsAt, '18:30'));
    await page.getByTestId('session-submit').click();
    await page.getByTestId('session-submit').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('session-item').count()).toBe(before + 1);
    expect(await card.innerText()).toContain('18:30');
  });

  it('shows the week in the calendar; a session opens its case', async () => {
    const taken = await demoSession();
    const page = await ui.newPage(DESKTOP);
    await signIn(page, 'mediator');
    await page.goto('/handling/calendar');
    await page.getByTestId('calendar-week').waitFor();
    await page.waitForLoadState('networkidle');
    // The demo session may fall in the next week.
    const thisWeek = await page.getByTestId('calendar-session').count();
    if (thisWeek === 0) await page.getByTestId('calendar-next').click();
    await page.getByTestId('calendar-session').first().waitFor();
    await page.screenshot({ path: join(TMP_SHOTS, 'sessions-calendar.png') });
    await page.getByTestId('calendar-session').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByTestId('sessions-card').waitFor();
    expect(taken.caseId).toBeTruthy();
  });

  it('lists the demo circuit plan to the director', async () => {
    const page = await ui.newPage(DESKTOP);
    await signIn(page, 'director');
    await page.goto('/handling/circuits');
    await page.getByText('巡回调解计划').first().waitFor();
    await expect.poll(async () => (await page.locator('.ant-table-row').allInnerTexts()).join('\n')).toContain('巡回调解（');
    await page.screenshot({ path: join(TMP_SHOTS, 'sessions-circuits.png') });
  });
});
