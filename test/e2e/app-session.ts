// One end-to-end session: the built browser edition (out/web) served on 127.0.0.1 and a page in a
// fresh Chromium profile. `prepare` runs before the first navigation (init scripts, routes), given the app's URL.
import type { BrowserContext, Page } from 'playwright-core';

import { launchProfile } from './chromium';
import { serveStatic } from './static-server';

export type AppSession = { server: Awaited<ReturnType<typeof serveStatic>>; context: BrowserContext; page: Page; close(): Promise<void> };

/** Starts the session; the page opens the app unless `open` is false. Timeouts in milliseconds. */
export async function openApp(
  options: { timeout?: number; open?: boolean; fakeCamera?: boolean; prepare?: (page: Page, url: string) => Promise<unknown> } = {},
): Promise<AppSession> {
  const server = await serveStatic('out/web');
  const context = await launchProfile(undefined, { fakeCamera: options.fakeCamera });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeout ?? 30_000);
  await options.prepare?.(page, server.url);
  if (options.open !== false) await page.goto(server.url);
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
