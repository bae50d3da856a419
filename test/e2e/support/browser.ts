import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** The system Chromium (Debian package `chromium`); never a browser downloaded by Playwright. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary
 * profile (`--user-data-dir=/tmp/playwright_chromiumdev_profile-…`, removed on close);
 * it refuses an explicit --user-data-dir in `args`.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run \`sudo apt-get install chromium fonts-wqy-microhei\` or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}
