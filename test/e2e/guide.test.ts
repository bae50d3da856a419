// The portal's self-help guide on a small phone (360 px): a resident with unpaid wages
// answers the questions, reads the options (labour arbitration and its one-year limit),
// goes on to file and finds 劳资纠纷 preselected; and the domestic-violence path shows
// the emergency notice before anything else.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, TMP_SHOTS, settle } from './support/session.js';

const SMALL_PHONE = { width: 360, height: 740 };

describe('portal self-help guide', () => {
  const ui = browserSession();

  function watchErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    return errors;
  }

  /** Nothing sticks out sideways on the phone. */
  async function fitsWidth(page: Page) {
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    expect(width).toBeLessThanOrEqual(SMALL_PHONE.width);
  }

  async function question(page: Page): Promise<string | null> {
    const q = page.getByTestId('guide-question');
    await q.waitFor();
    return q.getAttribute('data-node');
  }

  it('leads a worker with unpaid wages to arbitration, then to filing with the category preselected', async () => {
    const page = await ui.newPage(SMALL_PHONE);
    const errors = watchErrors(page);

    // The portal's home leads to the guide first; direct filing is still there.
    await page.goto('/portal');
    await page.getByTestId('portal-apply').waitFor();
    await page.getByTestId('portal-guide').click();
    expect(await question(page)).toBe('start');
    expect(await page.getByTestId('guide-skip').getAttribute('href')).toBe('/portal/new');
    await fitsWidth(page);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'guide-start.png'), fullPage: true });

    await page.getByTestId('guide-answer-labour').click();
    await expect.poll(() => question(page)).toBe('labour');
    await page.getByTestId('guide-answer-labour.wages_site').click();
    await expect.poll(() => question(page)).toBe('labour.wages_site');

    // Back goes one step, and the answer can be given again.
    await page.getByTestId('guide-back').click();
    await expect.poll(() => question(page)).toBe('labour');
    await page.getByTestId('guide-answer-labour.wages_site').click();
    await expect.poll(() => question(page)).toBe('labour.wages_site');
    await page.getByTestId('guide-answer-labour.wages').click();

    const leaf = page.getByTestId('guide-leaf');
    await leaf.waitFor();
    expect(await leaf.getAttribute('data-leaf')).toBe('labour.wages');
    const trail = await page.getByTestId('guide-trail').innerText();
    expect(trail).toContain('工作和工资');
    expect(trail).toContain('拖欠工资、加班费');
    expect(page.url()).toContain('p=labour%2Clabour.wages_site%2Clabour.wages');

    const options = await page.getByTestId('guide-options').innerText();
    expect(options).toContain('劳动仲裁');
    expect(options).toContain('仲裁时效为 1 年');
    expect(options).toContain('12333');
    expect(options).toContain('人民调解');
    expect(await page.getByTestId('guide-urgent').innerText()).toContain('110');
    await fitsWidth(page);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'guide-labour.png'), fullPage: true });

    // A reload keeps the answers (they live in the URL).
    await page.reload();
    await page.getByTestId('guide-leaf').waitFor();
    expect(await page.getByTestId('guide-leaf').getAttribute('data-leaf')).toBe('labour.wages');

    await page.getByTestId('guide-file').click();
    await page.waitForURL(/\/portal\/new\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ category: 'labour', guide: 'labour.wages' });
    await page.getByTestId('portal-guide-prefilled').waitFor();
    expect(await page.getByTestId('portal-guide-prefilled').innerText()).toContain('劳资纠纷');
    const category = page.locator('.ant-form-item').filter({ has: page.getByTestId('portal-category') }).locator('.ant-select-content, .ant-select-selection-item').first();
    await expect.poll(async () => (await category.innerText()).trim()).toBe('劳资纠纷');
    await expect.poll(() => page.getByTestId('portal-description').inputValue()).toContain('用人单位拖欠我的工资');
    expect(await page.locator('input[type=radio][value=online]').isChecked()).toBe(true);
    await fitsWidth(page);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'guide-filing.png'), fullPage: true });

    // And back to the information page from the form.
    await page.getByTestId('portal-guide-prefilled').getByRole('link').click();
    await page.getByTestId('guide-leaf').waitFor();
    expect(await page.getByTestId('guide-leaf').getAttribute('data-leaf')).toBe('labour.wages');
    expect(errors).toEqual([]);
  });

  it('puts the emergency notice first on the domestic-violence path', async () => {
    const page = await ui.newPage(SMALL_PHONE);
    const errors = watchErrors(page);
    await page.goto('/portal/guide');
    await page.getByTestId('guide-answer-family').click();
    await expect.poll(() => question(page)).toBe('family');
    await page.getByTestId('guide-answer-family.violence').click();

    const emergency = page.getByTestId('guide-emergency');
    await emergency.waitFor();
    const text = await emergency.innerText();
    expect(text).toContain('110');
    expect(text).toContain('高风险');
    expect(await emergency.locator('a[href="tel:110"]').count()).toBe(1);
    // Above the title and everything else on the information page.
    const first = await page.getByTestId('guide-leaf').evaluate((el) => el.firstElementChild?.getAttribute('data-testid'));
    expect(first).toBe('guide-emergency');
    const options = await page.getByTestId('guide-options').innerText();
    for (const must of ['人身安全保护令', '12338', '72 小时']) expect(options).toContain(must);
    await fitsWidth(page);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'guide-violence.png'), fullPage: true });

    // Filing from here preselects the family category and suggests meeting in person.
    await page.getByTestId('guide-file').click();
    await page.getByTestId('portal-guide-prefilled').waitFor();
    await expect.poll(() => page.locator('input[type=radio][value=offline]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('switches the information page to English with the language switch', async () => {
    const page = await ui.newPage(SMALL_PHONE);
    await page.goto('/portal/guide?p=labour,labour.wages_site,labour.wages');
    await page.getByTestId('guide-options').waitFor();
    await page.locator('.portal-footer').getByText('English', { exact: true }).click();
    await expect.poll(() => page.locator('.guide-leaf-title').innerText()).toBe('Unpaid wages and overtime');
    const options = await page.getByTestId('guide-options').innerText();
    expect(options).toContain('Apply for labour arbitration');
    expect(options).toContain('1 year');
    expect(await page.getByTestId('guide-file').innerText()).toContain('Apply for mediation online');
  });

  it('ignores a forged link: a step that is not an answer is cut off, an unknown category is not preselected', async () => {
    const page = await ui.newPage(SMALL_PHONE);
    await page.goto('/portal/guide?p=labour,family.violence');
    expect(await question(page)).toBe('labour');
    await page.goto('/portal/new?category=astrology&guide=nope');
    await page.getByTestId('portal-description').waitFor();
    await settle(page);
    expect(await page.getByTestId('portal-guide-prefilled').count()).toBe(0);
    expect(await page.getByTestId('portal-description').inputValue()).toBe('');
  });
});
