// Storage speed in Debian Chromium (playwright-core): our storage layer's bulk write of score
// records side by side with raw IndexedDB puts of the same records, in the same run.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'esbuild';

import { CHROMIUM_PATH, launchProfile } from '../test/e2e/chromium';
import { serveStatic } from '../test/e2e/static-server';

export type StorageFigures = { records: number; storageLayerMs: number; rawMs: number };

/** Null when Chromium is not installed here. `records`: how many score records each way. */
export async function measureStorageInBrowser(records: number): Promise<StorageFigures | null> {
  if (!existsSync(CHROMIUM_PATH)) return null;
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'browser', 'storage-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'kaopingStorageBench',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  // IndexedDB needs a real origin: an empty page served over http.
  const root = mkdtempSync(join(tmpdir(), 'kaoping-bench-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><meta charset="utf-8"><title>storage bench</title>');
  const server = await serveStatic(root);
  const context = await launchProfile();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const figures = await page.evaluate(
      (count) =>
        (
          globalThis as unknown as {
            kaopingStorageBench: { measureStorage(count: number): Promise<{ storageLayerMs: number; rawMs: number }> };
          }
        ).kaopingStorageBench.measureStorage(count),
      records,
    );
    return { records, ...figures };
  } finally {
    await context.close();
    await server.close();
  }
}
