// The closed loop in a real browser against the real server (demo district): a dispute
// registered at the window, routed to the demo mediator, accepted, handled, resolved
// with an oral agreement, fed back by phone and archived by the dispatcher — then
// followed on the public portal with its code and the applicant's phone.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, DESKTOP, PHONE, TMP_SHOTS, signIn, settle } from './support/session.js';

/** Not committed: for a human to look at. */
const PASSWORD = 'Concord-2026';
const APPLICANT_PHONE = '13904721234';

describe('case closed loop', () => {
  const ui = browserSession();
  const newPage = (viewport = DESKTOP) => ui.newPage(viewport);

  async function caseStatus(page: Page): Promise<string | null> {
    return page.getByTestId('case-status').getAttribute('data-status');
  }

  /** Opens an action's modal, lets `fill` complete its form, confirms, and waits for the modal to close. */
  async function act(page: Page, action: string, fill?: () => Promise<void>) {
    await page.getByTestId(`action-${action}`).click();
    const ok = page.getByTestId('action-modal-ok');
    await ok.waitFor();
    if (fill) await fill();
    await ok.click();
    await ok.waitFor({ state: 'hidden' });
  }

  /** Picks a user in the route dialog: types the name to search, then clicks that very user (names repeat in a district). */
  async function pickUser(page: Page, user: { id: string; displayName: string }) {
    await page.getByTestId('route-user').click();
    await page.keyboard.type(user.displayName);
    await page.locator(`.ant-select-dropdown:visible [data-user-id="${user.id}"]`).click();
  }

  it('carries a dispute from the window to the archive and shows it on the portal', async () => {
    // The demo mediator (name random per demo district) for the route picker.
    const loginRes = await fetch(`${ui.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mediator', password: PASSWORD }),
    });
    expect(loginRes.status).toBe(200);
    const mediator = ((await loginRes.json()) as { user: { id: string; displayName: string } }).user;

    // 1. The dispatcher registers the dispute at the window.
    const page = await newPage();
    await signIn(page, 'dispatcher');
    await page.goto('/cases/new');
    await page.getByTestId('intake-description').waitFor();
    await page.getByTestId('intake-channel-window').click();
    expect(await page.getByTestId('party-role-0').innerText()).toContain('申请人');
    await page.getByTestId('party-name-0').fill('李建国');
    await page.getByTestId('party-phone-0').fill(APPLICANT_PHONE);
    await page.getByTestId('party-name-1').fill('王秀兰');
    await page.getByTestId('intake-description').fill('楼上住户卫生间漏水，导致申请人家中天花板发霉，双方多次协商未果，申请调解。');
    await page.getByTestId('intake-category').click();
    await page.locator('.ant-select-dropdown:visible').getByText('邻里纠纷', { exact: true }).click();
    await page.getByTestId('intake-amount').fill('3000.50');
    // Enter in a field never submits: the form is still there.
    await page.getByTestId('intake-amount').press('Enter');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('intake-success-code').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'case-intake.png') });
    await page.getByTestId('intake-submit').click();
    const codeText = page.getByTestId('intake-success-code');
    await codeText.waitFor();
    const code = (await codeText.innerText()).trim();
    expect(code).toMatch(/\S{5,}/);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'case-intake-success.png') });

    // 2. The case page: registered, the response clock running; route it to the mediator.
    await page.getByTestId('intake-view-case').click();
    await page.getByTestId('case-status').waitFor();
    expect(await caseStatus(page)).toBe('registered');
    await page.getByTestId('case-deadline-response').waitFor();
    const caseUrl = new URL(page.url()).pathname;
    await act(page, 'route', async () => pickUser(page, mediator));
    await expect.poll(() => caseStatus(page)).toBe('routed');

    // 3. The mediator accepts, starts and resolves with an oral agreement.
    await signIn(page, 'mediator');
    await page.goto(caseUrl);
    await page.getByTestId('action-accept').waitFor();
    await act(page, 'accept');
    await expect.poll(() => caseStatus(page)).toBe('accepted');
    await page.getByTestId('case-deadline-handling').waitFor();
    await act(page, 'start');
    await expect.poll(() => caseStatus(page)).toBe('handling');
    await act(page, 'resolve', async () => {
      await page.getByTestId('outcome-oral_agreement').click();
      await page.getByTestId('action-note').fill('双方达成口头协议：楼上住户负责维修防水并承担粉刷费用。');
    });
    await expect.poll(() => caseStatus(page)).toBe('resolved');

    // 4. The dispatcher records the phone feedback (satisfied) and archives.
    await signIn(page, 'dispatcher');
    await page.goto(caseUrl);
    await page.getByTestId('action-feedback').waitFor();
    await act(page, 'feedback', async () => {
      await page.getByTestId('source-phone').click();
      await page.getByTestId('satisfaction-satisfied').click();
      await page.getByTestId('solved-yes').click();
    });
    await page.getByTestId('action-archive').waitFor();
    await act(page, 'archive');
    await expect.poll(() => caseStatus(page)).toBe('archived');
    await page.getByTestId('case-archived-notice').waitFor();
    expect(await page.getByTestId('case-timeline').innerText()).toContain('电话回访');
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'case-archived.png'), fullPage: true });

    // 5. The applicant follows the case on the portal (a phone, no login).
    const portal = await newPage(PHONE);
    await portal.goto('/portal/track');
    await portal.getByTestId('portal-track-code').fill(code);
    await portal.getByTestId('portal-track-phone').fill(APPLICANT_PHONE);
    await portal.getByTestId('portal-track-submit').click();
    const status = portal.getByTestId('portal-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('archived');
    expect(await status.innerText()).toContain('已归档');
    expect(await portal.getByTestId('portal-timeline').innerText()).toContain('归档');
    expect(await portal.getByTestId('portal-satisfaction').innerText()).toContain('满意');
    await settle(portal);
    await portal.screenshot({ path: join(TMP_SHOTS, 'portal-track.png'), fullPage: true });

    // The wrong phone finds nothing (and says so without telling which part was wrong).
    await portal.getByTestId('portal-track-phone').fill('13800000000');
    await portal.getByTestId('portal-track-submit').click();
    await portal.getByTestId('portal-track-error').waitFor();
  });
});
