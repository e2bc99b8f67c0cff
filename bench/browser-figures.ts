// Figures measured in Debian Chromium (playwright-core): the scoring engine's cell update in the
// browser's JavaScript engine, and the built browser edition's time to an interactive home screen.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { build } from 'esbuild';

import { CHROMIUM_PATH, launchProfile } from '../test/e2e/chromium';
import { serveStatic } from '../test/e2e/static-server';

export type BrowserFigures = { cellUpdateMs: number; recomputeMs: number; startupMs: number | null };

/** Null when Chromium is not installed here. */
export async function measureInBrowser(): Promise<BrowserFigures | null> {
  if (!existsSync(CHROMIUM_PATH)) return null;
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'browser', 'cell-update-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'kaopingBench',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  const context = await launchProfile();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const engine = await page.evaluate(() =>
      (globalThis as unknown as { kaopingBench: { measure(): { cellUpdateMs: number; recomputeMs: number } } }).kaopingBench.measure(),
    );
    let startupMs: number | null = null;
    if (existsSync('out/web/index.html')) {
      const server = await serveStatic('out/web');
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const fresh = await context.newPage();
        const start = Date.now();
        await fresh.goto(server.url);
        await fresh.getByRole('menuitem', { name: '政策文件' }).waitFor();
        times.push(Date.now() - start);
        await fresh.close();
      }
      await server.close();
      startupMs = times.sort((a, b) => a - b)[2]!;
    }
    return { ...engine, startupMs };
  } finally {
    await context.close();
  }
}
