// 发布新版风险清单 in a real browser on the demo district: the `admin` reads version 1 on
// 回访规则, opens the editor pre-filled from it, adds an item with two answers, is stopped
// by the browser (a duplicate code, high threshold not above medium) and by the server (a
// code in capitals, shown beside that code; nothing published), fixes it and publishes:
// version 2 is 当前启用 in the list, and the API's active checklist has the new item.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, settle, signIn, TMP_SHOTS } from './support/session.js';

interface Answer {
  code: string;
  label: { zh: string; en: string };
  weight: number;
  floor?: string;
}
interface Checklist {
  code: string;
  name: string;
  version: number;
  active: boolean;
  items: { code: string; label: { zh: string; en: string }; answers: Answer[] }[];
  thresholds: { medium: number; high: number };
}

/** The message under the form field that holds `input`. */
const fieldError = (input: Locator) => input.locator(`xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-form-item ')][1]`).locator('.ant-form-item-explain-error');

describe('publishing a new version of the risk checklist', () => {
  const ui = browserSession();

  const active = async (page: Page): Promise<Checklist> => {
    const res = await page.request.get('/api/risk/checklists/active?code=family');
    expect(res.status()).toBe(200);
    return (await res.json()) as Checklist;
  };

  it('reads version 1, refuses a bad draft beside its fields, publishes version 2', async () => {
    const page = await ui.newPage();
    await signIn(page, 'admin');
    const v1 = await active(page);
    expect(v1.version).toBe(1);
    const maxV1 = v1.items.reduce((sum, i) => sum + Math.max(...i.answers.map((a) => a.weight)), 0);

    await page.goto('/admin/followup-policy');
    const versions = page.getByTestId('checklist-versions');
    const row1 = versions.getByTestId('checklist-version-family-1');
    await row1.getByTestId('checklist-active').waitFor();
    expect(await row1.getByTestId('checklist-active').innerText()).toBe('当前启用');

    // Version 1, read-only: every item, each answer with its weight, the "at least" levels.
    await row1.getByTestId('checklist-view-family-1').click();
    const view = page.getByTestId('checklist-view');
    await view.waitFor();
    expect(await view.getByTestId('checklist-view-max').innerText()).toBe(`${maxV1} 分`);
    expect(await view.locator('.ant-table-row').count()).toBe(v1.items.length);
    expect(await view.getByTestId('checklist-view-answer-violence-confirmed').innerText()).toBe('有明确家暴行为 25 分 · 至少高风险');
    expect(await view.getByTestId('checklist-view-answer-custody-no').innerText()).toBe('无 0 分');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });

    // The editor starts from version 1.
    await versions.getByTestId('checklist-publish-family').click();
    const editor = page.getByTestId('checklist-editor');
    await editor.waitFor();
    expect(await editor.getByTestId('checklist-name').inputValue()).toBe(v1.name);
    expect(await editor.locator('.ant-card').count()).toBe(v1.items.length);
    const summary = editor.getByTestId('checklist-summary');
    expect(await summary.getByTestId('checklist-summary-max').innerText()).toContain(`满分 ${maxV1} 分`);
    expect(await summary.getByTestId('checklist-summary-high').innerText()).toContain('可以达到');

    // A new item with two answers: 无 comes pre-filled, the second is typed in.
    const n = v1.items.length;
    await editor.getByTestId('checklist-add-item').click();
    const item = editor.getByTestId(`checklist-item-${n}`);
    await item.waitFor();
    expect(await item.getByTestId(`checklist-item-${n}-answer-0-zh`).inputValue()).toBe('无');
    await item.getByTestId(`checklist-item-${n}-code`).fill('custody'); // item 3's code
    await item.getByTestId(`checklist-item-${n}-zh`).fill('高额债务纠纷');
    await item.getByTestId(`checklist-item-${n}-en`).fill('Heavy debts');
    const answer = (field: string) => item.getByTestId(`checklist-item-${n}-answer-1-${field}`);
    await answer('code').fill('yes');
    await answer('zh').fill('有');
    await answer('en').fill('Yes');
    await answer('weight').fill('9');
    await answer('floor').click();
    await page.locator('.ant-select-dropdown:visible').getByText('中风险', { exact: true }).click();
    await expect.poll(() => summary.getByTestId('checklist-summary-max').innerText()).toContain(`满分 ${maxV1 + 9} 分`);

    // Closing an edited draft asks first; 继续编辑 keeps everything.
    await page.locator('.ant-drawer-footer button').first().click(); // 取消
    const discard = page.getByTestId('checklist-discard-ok');
    await discard.waitFor();
    await page.getByRole('button', { name: '继续编辑' }).click();
    await discard.waitFor({ state: 'detached' });
    expect(await item.getByTestId(`checklist-item-${n}-zh`).inputValue()).toBe('高额债务纠纷');

    // Items move up and down with everything they hold.
    await item.getByTestId(`checklist-item-${n}-up`).click();
    expect(await editor.getByTestId(`checklist-item-${n - 1}-code`).inputValue()).toBe('custody');
    expect(await editor.getByTestId(`checklist-item-${n - 1}-answer-1-weight`).inputValue()).toBe('9');
    expect(await editor.getByTestId(`checklist-item-${n}-code`).inputValue()).toBe(v1.items[n - 1]!.code);
    await editor.getByTestId(`checklist-item-${n - 1}-down`).click();
    expect(await item.getByTestId(`checklist-item-${n}-code`).inputValue()).toBe('custody');

    // The live check follows the thresholds.
    const high = editor.getByTestId('checklist-threshold-high');
    await high.fill(String(maxV1 + 100));
    await expect.poll(() => summary.getByTestId('checklist-summary-high').innerText()).toContain('超过满分');
    await high.fill('10');

    // The browser stops a duplicate code and a high threshold not above medium.
    await page.getByTestId('checklist-publish-submit').click();
    expect(await fieldError(item.getByTestId(`checklist-item-${n}-code`)).innerText()).toBe('代码重复');
    expect(await fieldError(high).innerText()).toBe('高风险门槛须大于中风险门槛');
    expect(await page.locator('.ant-modal-confirm').count()).toBe(0);
    await page.screenshot({ path: join(TMP_SHOTS, 'checklist-publish-errors.png') });
    await high.fill(String(v1.thresholds.high));
    await fieldError(high).waitFor({ state: 'detached' });

    // A code in capitals passes the browser; the server refuses it, beside that code, and publishes nothing.
    await item.getByTestId(`checklist-item-${n}-code`).fill('Debt');
    await fieldError(item.getByTestId(`checklist-item-${n}-code`)).waitFor({ state: 'detached' });
    await page.getByTestId('checklist-publish-submit').click();
    expect(await page.locator('.ant-modal-confirm').innerText()).toContain('以往的评估保留当时所用的版本');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/risk/checklists') && r.request().method() === 'POST');
    await page.getByTestId('checklist-confirm-ok').click();
    expect((await refused).status()).toBe(400);
    const codeError = fieldError(item.getByTestId(`checklist-item-${n}-code`));
    await codeError.waitFor();
    expect(await codeError.innerText()).toBe('代码须为小写字母开头的字母、数字或下划线');
    expect((await active(page)).version).toBe(1);

    // Fixed and published.
    await item.getByTestId(`checklist-item-${n}-code`).fill('debt');
    await codeError.waitFor({ state: 'detached' });
    await page.getByTestId('checklist-publish-submit').click();
    await page.getByTestId('checklist-confirm-ok').click();
    await page.locator('.ant-message').getByText('已发布第 2 版，现已启用').waitFor();
    await editor.waitFor({ state: 'detached' });
    const row2 = versions.getByTestId('checklist-version-family-2');
    await row2.getByTestId('checklist-active').waitFor();
    expect(await row1.getByTestId('checklist-active').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: join(TMP_SHOTS, 'checklist-publish-done.png'), fullPage: true });

    const v2 = await active(page);
    expect(v2.version).toBe(2);
    expect(v2.thresholds).toEqual(v1.thresholds);
    expect(v2.items.slice(0, n)).toEqual(v1.items);
    expect(v2.items[n]).toEqual({
      code: 'debt',
      label: { zh: '高额债务纠纷', en: 'Heavy debts' },
      answers: [
        { code: 'no', label: { zh: '无', en: 'No' }, weight: 0 },
        { code: 'yes', label: { zh: '有', en: 'Yes' }, weight: 9, floor: 'medium' },
      ],
    });
  });
});
