import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { ROOT, type RunningServer, startServer } from './server.js';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const TMP_SHOTS = join(ROOT, 'tmp', 'screenshots');

/**
 * One demo server and one Chromium for a test file: started before its tests,
 * stopped after; every page gets a fresh browser context (no shared cookies).
 */
export function browserSession() {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(TMP_SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      return server;
    },
    /** `options` adds context options, e.g. `{ hasTouch: true, isMobile: true }` for a phone. */
    async newPage(viewport = DESKTOP, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', baseURL: server.url, ...options });
      context.setDefaultTimeout(20_000);
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** The demo accounts' password (SPEC §6). */
export const DEMO_PASSWORD = 'Concord-2026';

/** Signs in through the login page (cookies cleared first) and waits for the shell. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('app-sider').waitFor();
}

/** Waits until the page is quiet: network idle, fonts loaded, antd motion done (before screenshots). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.waitForTimeout(400); // antd motion
}
