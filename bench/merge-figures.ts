// Merging many inspectors' packages in Debian Chromium through the merge dialog's own service
// functions (read, automatic backup, merge in one transaction per package), one after another.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { launchProfile } from '../test/e2e/chromium';
import { serveStatic } from '../test/e2e/static-server';
import type { MergeRun } from './browser/merge-entry';
import { bundleForBrowser } from './browser-bundle';
import { syntheticUnitPackages, type UnitPackage } from './synthetic-unit-packages';

/** Serves `packages` (and an empty page) and hands a page on that origin, with the merge entry loaded, to `use`. */
export async function withPackagesServed<T>(packages: UnitPackage[], use: (page: Page, urls: string[]) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'kaoping-merge-bench-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><meta charset="utf-8"><title>merge bench</title>');
  packages.forEach((entry, index) => writeFileSync(join(root, `package-${index}.kaoping`), entry.bytes));
  const script = await bundleForBrowser('merge-entry.ts', 'kaopingMergeBench');
  const server = await serveStatic(root);
  const context = await launchProfile();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(3_600_000);
    await page.goto(server.url);
    await page.addScriptTag({ content: script });
    return await use(
      page,
      packages.map((_, index) => `${server.url}package-${index}.kaoping`),
    );
  } finally {
    await context.close();
    await server.close();
  }
}

/** Merges the packages in order on `page`; per package what mergeAll reports. */
export function mergeInPage(page: Page, urls: string[]): Promise<MergeRun> {
  return page.evaluate(
    (list) =>
      (globalThis as unknown as { kaopingMergeBench: { mergeAll(urls: string[]): Promise<MergeRun> } }).kaopingMergeBench.mergeAll(list),
    urls,
  );
}

if (process.argv[1]?.endsWith('merge-figures.ts')) {
  const [inspectors, unitsEach] = process.argv.slice(2).map(Number);
  const packages = await syntheticUnitPackages('合并基准评价', 200, inspectors || 30, unitsEach || 50);
  const start = Date.now();
  const run = await withPackagesServed(packages, (page, urls) => mergeInPage(page, urls));
  console.log(JSON.stringify({ ...run, wallMs: Date.now() - start, inputs: packages.reduce((sum, entry) => sum + entry.inputCount, 0) }));
}
