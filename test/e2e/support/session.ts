import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
    async newPage(viewport = DESKTOP): Promise<Page> {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', baseURL: server.url });
      context.setDefaultTimeout(20_000);
      contexts.push(context);
      return context.newPage();
    },
  };
}
