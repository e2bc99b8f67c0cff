// The built browser edition (out/web) served locally and opened in Debian Chromium on a fresh
// profile, for the figures measured through the window.
import { existsSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { CHROMIUM_PATH, launchProfile } from '../test/e2e/chromium';
import { serveStatic } from '../test/e2e/static-server';

/**
 * Opens the built app at 1440 × 900 and hands the page to `measure`; closes everything after.
 * Null when Chromium or out/web is missing (run `npm run build:web` first).
 */
export async function inBuiltApp<T>(measure: (page: Page) => Promise<T>): Promise<T | null> {
  if (!existsSync(CHROMIUM_PATH) || !existsSync('out/web/index.html')) return null;
  const server = await serveStatic('out/web');
  const context = await launchProfile();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    return await measure(page);
  } finally {
    await context.close();
    await server.close();
  }
}
