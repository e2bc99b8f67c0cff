// Start-up of the built browser edition with years of evaluations stored: the data is merged
// through the app's own merge path (one full-scope package per evaluation, merged in one run),
// then the app is opened afresh until the 工作台 shows every evaluation's progress.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launchProfile } from '../test/e2e/chromium';
import { serveStatic } from '../test/e2e/static-server';
import { syntheticEvaluationPackage } from '../test/fixtures/synthetic-package';
import { bundleForBrowser } from './browser-bundle';
import { mergeInPage } from './merge-figures';

export type HistoryFigures = {
  evaluations: number;
  units: number;
  indicators: number;
  stored: number;
  setupMs: number;
  startupMs: number[];
};

/** Inputs stored in the page's database, counted by IndexedDB itself. */
const STORED_INPUTS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('kaoping');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const count = open.result.transaction('inputs').objectStore('inputs').count();
    count.onsuccess = () => { open.result.close(); resolve(count.result); };
  };
})`;

/**
 * Stores `evaluations` evaluations of `units` units × `indicators` indicators (every cell scored),
 * merged from packages, then opens the app `runs` times: ms from navigation to the 工作台 showing
 * all evaluations. Throws when out/web is missing.
 */
export async function measureHistoryStartup(evaluations: number, units: number, indicators: number, runs = 5): Promise<HistoryFigures> {
  const root = mkdtempSync(join(tmpdir(), 'kaoping-history-bench-'));
  cpSync('out/web', root, { recursive: true });
  const unitNames = Array.from({ length: units }, (_, index) => `单位${index + 1}`);
  const urls: string[] = [];
  const server = await serveStatic(root);
  for (let index = 0; index < evaluations; index++) {
    const year = 2022 + Math.floor(index / 10);
    const { bytes } = await syntheticEvaluationPackage(`${year}年第${(index % 10) + 1}轮考评`, indicators, unitNames);
    writeFileSync(join(root, `history-${index}.kaoping`), bytes);
    urls.push(`${server.url}history-${index}.kaoping`);
  }
  // The app's Content-Security-Policy allows scripts of its own origin only: the entry is served as a file.
  writeFileSync(join(root, 'merge-bench.js'), await bundleForBrowser('merge-entry.ts', 'kaopingMergeBench'));
  const context = await launchProfile();
  try {
    const setup = await context.newPage();
    setup.setDefaultTimeout(3_600_000);
    await setup.goto(server.url);
    await setup.getByTestId('workbench').waitFor();
    await setup.addScriptTag({ url: `${server.url}merge-bench.js` });
    const start = Date.now();
    await mergeInPage(setup, urls);
    const setupMs = Date.now() - start;
    await setup.close();
    const startupMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      const opened = Date.now();
      await page.goto(server.url);
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="workbench-evaluation"]').length === count,
        evaluations,
        {
          polling: 'raf',
        },
      );
      startupMs.push(Date.now() - opened);
      if (run === runs - 1) {
        const stored = (await page.evaluate(STORED_INPUTS)) as number;
        await page.close();
        return { evaluations, units, indicators, stored, setupMs, startupMs };
      }
      await page.close();
    }
    throw new Error('no run');
  } finally {
    await context.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('history-figures.ts')) {
  const [evaluations, units, indicators] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await measureHistoryStartup(evaluations || 50, units || 200, indicators || 30)));
}
