// 主题接待日 in a real browser against the demo district: an enterprise books a slot on the
// portal with a 360 px phone and gets its booking code; the district window's dispatcher
// sees the booking in the staff calendar; the development-zone window registers it as a case.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src/domain/identity.js';
import { browserSession, DESKTOP, TMP_SHOTS, signIn, settle } from './support/session.js';

const SMALL_PHONE = { width: 360, height: 780 };
const ENTERPRISE = '包头鹿城精密铸造有限公司';
/** The first 17 characters of a credit code; the check character is computed. */
const USCC = '91150207MA13ABCD8';

describe('themed reception days', () => {
  const ui = browserSession();

  it('an enterprise books a slot on a phone and the dispatcher sees it', async () => {
    // 1. The portal on a small phone: from the home page to the schedule.
    const phone = await ui.newPage(SMALL_PHONE);
    await phone.goto('/portal');
    await phone.getByTestId('portal-reception-link').click();
    await phone.getByTestId('portal-reception-center').waitFor();
    await settle(phone);
    expect(Number(await phone.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(SMALL_PHONE.width);
    expect(await phone.getByTestId('portal-reception').innerText()).toMatch(/劳动用工|合同履约|产权保护|经营管理|维权服务/);
    await phone.screenshot({ path: join(TMP_SHOTS, 'portal-reception.png'), fullPage: true });

    // 2. The first slot with a place left; its test id names the day and the time.
    const slot = phone.locator('.portal-reception-slot:not([disabled])').first();
    const testId = (await slot.getAttribute('data-testid')) ?? '';
    const [, date, time] = /^portal-slot-(\d{4}-\d{2}-\d{2})-(.+)$/.exec(testId) ?? [];
    expect(date, testId).toBeTruthy();
    await slot.click();
    await phone.getByTestId('portal-reception-form').waitFor();
    expect(await phone.getByTestId('portal-reception-chosen').innerText()).toContain(time!);

    // A wrong check character is refused on the field, nothing booked.
    const uscc = USCC + usccCheckChar(USCC);
    const wrong = USCC + (usccCheckChar(USCC) === '0' ? '1' : '0');
    await phone.getByTestId('portal-reception-org').fill(ENTERPRISE);
    await phone.getByTestId('portal-reception-uscc').fill(wrong);
    await phone.getByTestId('portal-reception-contact').fill('韩立新');
    await phone.getByTestId('portal-reception-phone').fill('13947211234');
    await phone.getByTestId('portal-reception-topic').fill('新厂区用工合同到期续签及经济补偿问题咨询');
    await phone.getByTestId('portal-reception-submit').click();
    await phone.getByText('统一社会信用代码无效').waitFor();
    expect(await phone.getByTestId('portal-reception-code').count()).toBe(0);

    await phone.getByTestId('portal-reception-uscc').fill(uscc);
    await phone.getByTestId('portal-reception-submit').click();
    const codeText = phone.getByTestId('portal-reception-code');
    await codeText.waitFor();
    const code = (await codeText.innerText()).trim();
    expect(code).toMatch(new RegExp(`^JD-${date!.replaceAll('-', '')}-\\d{4}$`));
    await settle(phone);
    expect(Number(await phone.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(SMALL_PHONE.width);
    await phone.screenshot({ path: join(TMP_SHOTS, 'portal-reception-booked.png'), fullPage: true });

    // 3. The district window's dispatcher opens that day in the staff calendar: the booking is there, phone masked.
    const page = await ui.newPage(DESKTOP);
    await signIn(page, 'dispatcher');
    await page.goto(`/reception?date=${date}`);
    const day = page.getByTestId('reception-day');
    await day.getByText(code).waitFor();
    const dayText = await day.innerText();
    expect(dayText).toContain(ENTERPRISE);
    expect(dayText).toContain('139****1234');
    expect(dayText).not.toContain('13947211234');
    expect(Number(await page.getByTestId(`reception-cell-${date}`).getAttribute('data-taken'))).toBeGreaterThanOrEqual(1);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'reception-calendar.png') });

    // 4. The development-zone window registers the request as a case and lands on it.
    await signIn(page, 'dispatcher-03');
    await page.goto(`/reception?date=${date}`);
    await page.getByTestId(`booking-register-${code}`).click();
    await page.getByTestId('booking-register-ok').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByTestId('case-status').waitFor();
    // Registered, or already routed if a routing rule took it.
    expect(await page.getByTestId('case-status').getAttribute('data-status')).toMatch(/^(registered|routed)$/);
    expect(await page.locator('body').innerText()).toContain(ENTERPRISE);

    // 5. The development-zone director's settings drawer holds the five themes.
    await signIn(page, 'director-devzone');
    await page.goto('/reception');
    await page.getByTestId('reception-settings').click();
    for (const theme of ['labour', 'contract', 'property_rights', 'operations', 'rights_protection']) await page.getByTestId(`reception-settings-${theme}`).waitFor();
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'reception-settings.png') });
  });
});
