// One end-to-end session: the built browser edition (out/web) served on 127.0.0.1 and a page in a
// fresh Chromium profile. `prepare` runs before the first navigation (init scripts, routes), given the app's URL.
import type { BrowserContext, Page } from 'playwright-core';

import { launchProfile } from './chromium';
import { serveStatic } from './static-server';

export type AppSession = { server: Awaited<ReturnType<typeof serveStatic>>; context: BrowserContext; page: Page; close(): Promise<void> };

/**
 * Waits (polling, at most the page's timeout) until the app has made its IndexedDB database
 * "kaoping": a test that opens it directly before then would make an empty one in its place.
 * Lists the databases without opening any, so an upgrade in progress is left alone.
 */
async function appDatabaseMade(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((database) => database.name === 'kaoping'), undefined, {
    polling: 100,
  });
}

/** Starts the session; the page opens the app unless `open` is false. Timeouts in milliseconds. */
export async function openApp(
  options: { timeout?: number; open?: boolean; fakeCamera?: boolean; prepare?: (page: Page, url: string) => Promise<unknown> } = {},
): Promise<AppSession> {
  const server = await serveStatic('out/web');
  const context = await launchProfile(undefined, { fakeCamera: options.fakeCamera });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeout ?? 30_000);
  await options.prepare?.(page, server.url);
  if (options.open !== false) {
    await page.goto(server.url);
    await appDatabaseMade(page);
  }
  return {
    server,
    context,
    page,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
