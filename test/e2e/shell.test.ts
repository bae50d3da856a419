// The signed-in shell in a real browser against the real server (demo district):
// login, menu, org tree, language switch, phone layout, logout.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/server.js';
import { browserSession, DESKTOP, PHONE, TMP_SHOTS, settle } from './support/session.js';

/** Every screenshot lands here (not committed), for a human to look at. */
/**
 * login.png and shell.png are committed for the README. They are (re)written only when
 * missing or with UPDATE_SCREENSHOTS=1 (`npm run test:screenshots`), so that a test run
 * does not dirty the work tree (the shell shows today's date).
 */
const DOCS_SHOTS = join(ROOT, 'docs', 'screenshots');

async function shot(page: Page, name: string, opts: { docs?: boolean } = {}) {
  const path = join(TMP_SHOTS, name);
  await page.screenshot({ path });
  const docsPath = join(DOCS_SHOTS, name);
  if (opts.docs && (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(docsPath))) {
    mkdirSync(DOCS_SHOTS, { recursive: true });
    copyFileSync(path, docsPath);
  }
}

describe('web shell', () => {
  const ui = browserSession();
  const newPage = (viewport = DESKTOP) => ui.newPage(viewport);

  /** Waits until the page has finished loading its data and fonts (for screenshots). */

  it('rejects a wrong password with the Chinese message', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByTestId('login-username').waitFor();
    await settle(page);
    await shot(page, 'login.png', { docs: true });

    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('用户名或密码错误');
    await shot(page, 'login-error.png');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs in, navigates, switches language, works on a phone and signs out', async () => {
    const page = await newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('Concord-2026');
    await page.getByTestId('login-submit').click();

    // The shell: sider with the Chinese menu, a page title.
    const sider = page.getByTestId('app-sider');
    await sider.waitFor();
    await page.getByTestId('page-title').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const menuText = await sider.innerText();
    expect(menuText).toContain('工作台');
    expect(menuText).toContain('系统管理');
    await settle(page);
    await shot(page, 'shell.png', { docs: true });

    // 系统管理 → 组织机构: the district tree, rooted at 昆都仑区.
    await sider.getByText('系统管理', { exact: true }).click();
    await sider.getByText('组织机构', { exact: true }).click();
    await page.waitForURL('**/admin/org-units');
    await expect.poll(() => page.getByTestId('page-title').first().innerText()).toContain('组织机构');
    const rootTitle = page.locator('.ant-tree .ant-tree-treenode .ant-tree-title').first();
    await rootTitle.waitFor();
    // The title is the name followed by the kind (区); the center 昆都仑区综治中心 is not the root.
    expect(await rootTitle.innerText()).toMatch(/^昆都仑区(?!综治中心)/);
    await settle(page);
    await shot(page, 'org-units.png');

    // English and back.
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-dropdown:visible').getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByTestId('page-title').first().innerText()).toContain('Organization');
    expect(await sider.innerText()).toContain('Administration');
    await settle(page);
    await shot(page, 'org-units-en.png');
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-dropdown:visible').getByText('中文', { exact: true }).click();
    await expect.poll(() => page.getByTestId('page-title').first().innerText()).toContain('组织机构');
    expect(await sider.innerText()).toContain('系统管理');

    // A phone: the sider is a drawer, closed until the header button opens it.
    const phone = await page.context().newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto('/');
    await phone.getByTestId('page-title').first().waitFor();
    await settle(phone);
    expect(await phone.getByTestId('app-sider').isVisible()).toBe(false);
    await shot(phone, 'shell-phone.png');
    await phone.locator('.app-header-trigger').click();
    await phone.getByTestId('app-sider').waitFor();
    await phone.waitForTimeout(500);
    expect(await phone.getByTestId('app-sider').innerText()).toContain('系统管理');
    await shot(phone, 'shell-phone-drawer.png');
    await phone.close();

    // Sign out through the user menu; the old session cookie no longer works.
    const session = (await page.context().cookies()).find((c) => c.name === 'concord_session');
    expect(session).toBeDefined();
    const before = await fetch(`${ui.server.url}/api/auth/me`, { headers: { cookie: `concord_session=${session!.value}` } });
    expect(before.status).toBe(200);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await page.getByTestId('login-username').waitFor();
    const after = await fetch(`${ui.server.url}/api/auth/me`, { headers: { cookie: `concord_session=${session!.value}` } });
    expect(after.status).toBe(401);
  });
});
