// Crash safety in real Chromium: the browser is SIGKILLed in the middle of a large import and in
// the middle of a large merge (while the transaction is writing), restarted on the same profile,
// and the database must hold everything committed before and nothing of the interrupted action;
// the app then performs the same action to the end.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { syntheticEvaluationPackage } from '../fixtures/synthetic-package';
import { launchKillable, launchProfile, newProfileDir } from './chromium';
import { serveStatic } from './static-server';
import { chooseFile, confirmMerge, SEED_000 } from './steps';

const WORK = 'test/artifacts/crash';
const SEED_000_TITLE = '洛阳市人民政府办公室关于印发洛阳市进一步优化营商环境更好服务市场主体若干措施的通知';
/** A killed browser, its restart and a large write again: minutes on a loaded machine. */
const CRASH_TIMEOUT = 300_000;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  server = await serveStatic('out/web');
});
afterAll(async () => server?.close());

/** A policy text with `sections` × 100 numbered measures (each with owners), written to WORK. */
function largePolicyText(sections: number): string {
  const lines = ['崩溃测试市关于印发重点任务清单的通知', ''];
  for (let section = 1; section <= sections; section++) {
    lines.push(`${'一二三四五六七八九十'[(section - 1) % 10]}、第${section}部分重点任务`);
    for (let item = 1; item <= 100; item++)
      lines.push(`${item}．推进第${(section - 1) * 100 + item}项改革举措，压减办理时限。（市发展改革委牵头，市财政局配合）`);
  }
  const path = join(WORK, `大型任务清单-${sections * 100}条.txt`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** A .kaoping evaluation package written to WORK. */
async function evaluationPackage(name: string, indicatorCount: number, unitNames: string[]): Promise<{ path: string; inputCount: number }> {
  const { bytes, inputCount } = await syntheticEvaluationPackage(name, indicatorCount, unitNames);
  const path = join(WORK, `${name}.kaoping`);
  writeFileSync(path, bytes);
  return { path, inputCount };
}

/**
 * Opens the app in a killable Chromium whose IndexedDB writes to `store` are counted: at the
 * `killAt`-th add/put the test kills the browser — the transaction is then open and uncommitted.
 */
async function openKillable(profile: string, store: string, killAt: number) {
  const browser = await launchKillable(profile);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  await page.exposeFunction('kaopingTestKill', () => browser.kill());
  await page.addInitScript(
    ({ store, killAt }) => {
      let writes = 0;
      for (const method of ['add', 'put'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (this.name === store && ++writes === killAt)
            void (window as unknown as { kaopingTestKill(): Promise<void> }).kaopingTestKill();
          return original.apply(this, args);
        };
      }
    },
    { store, killAt },
  );
  await page.goto(server.url);
  return { page, browser };
}

/** Chromium started again on the profile a killed one left, with the app open. */
async function restart(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchProfile(profile);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(server.url);
  return { context, page };
}

/** Reads the app's database directly: rows per store, grouped by `groupBy` where given. */
async function storedCounts(page: Page): Promise<{
  documents: Array<{ title: string; itemCount: number }>;
  itemsByDocument: Record<string, number>;
  evaluations: string[];
  inputsByEvaluation: Record<string, number>;
}> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kaoping');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const tally = (rows: Array<Record<string, string>>, key: string) =>
      rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row[key]!]: (counts[row[key]!] ?? 0) + 1 }), {});
    const documents = await all<{ id: string; title: string; itemCount: number }>('documents');
    const titles = new Map(documents.map((document) => [document.id, document.title]));
    const byDocument = tally(await all('items'), 'documentId');
    const result = {
      documents: documents.map(({ title, itemCount }) => ({ title, itemCount })),
      itemsByDocument: Object.fromEntries(Object.entries(byDocument).map(([id, count]) => [titles.get(id) ?? `（无文件）${id}`, count])),
      evaluations: (await all<{ name: string }>('evaluations')).map((evaluation) => evaluation.name).sort(),
      inputsByEvaluation: tally(await all('inputs'), 'evaluationId'),
    };
    db.close();
    return result;
  });
}

describe('crash safety (Chromium killed mid-transaction)', { timeout: CRASH_TIMEOUT }, () => {
  it('an import killed while writing leaves the earlier import whole and none of its own rows; the app then imports it', async () => {
    const profile = newProfileDir();
    const large = largePolicyText(100);
    const { page, browser } = await openKillable(profile, 'items', 3_000);
    await chooseFile(page, SEED_000);
    await page.getByTestId('review-save').click();
    await page.getByText(/已导入.*共 \d+ 条/).waitFor();
    const before = await storedCounts(page);
    expect(before.documents).toEqual([{ title: SEED_000_TITLE, itemCount: 91 }]);
    await page.getByRole('menuitem', { name: '政策文件' }).click();
    await chooseFile(page, large);
    await page.getByTestId('review-save').click();
    await browser.exited;

    const { context, page: after } = await restart(profile);
    try {
      const survived = await storedCounts(after);
      expect(survived.documents).toEqual(before.documents);
      expect(survived.itemsByDocument).toEqual({ [before.documents[0]!.title]: before.documents[0]!.itemCount });
      await chooseFile(after, large);
      await after.getByTestId('review-save').click({ timeout: 60_000 });
      await after.getByText(/已导入“崩溃测试市.*”，共 \d+ 条/).waitFor({ timeout: 60_000 });
      const completed = await storedCounts(after);
      expect(completed.documents).toHaveLength(2);
      for (const document of completed.documents) expect(completed.itemsByDocument[document.title]).toBe(document.itemCount);
      // 100 sections of 100 measures each.
      expect(completed.itemsByDocument['崩溃测试市关于印发重点任务清单的通知']).toBe(10_100);
    } finally {
      await context.close();
    }
  });

  it('a merge killed while writing leaves the earlier evaluation whole and none of the merged one; the app then merges it', async () => {
    const profile = newProfileDir();
    const small = await evaluationPackage('第一批评价', 20, ['甲区', '乙区', '丙区']);
    const large = await evaluationPackage(
      '第二批评价',
      300,
      Array.from({ length: 60 }, (_, index) => `测试区${index + 1}`),
    );
    const { page, browser } = await openKillable(profile, 'inputs', 5_000);
    await page.getByRole('menuitem', { name: '评价批次' }).click();
    await chooseFile(page, small.path, { buttonTestId: 'import-package-empty' });
    await confirmMerge(page);
    await page.getByText(/已合并“第一批评价\.kaoping”：新增/).waitFor();
    await page.getByTestId('merge-package-close').click();
    const before = await storedCounts(page);
    expect(before.evaluations).toEqual(['第一批评价']);
    await chooseFile(page, large.path, { buttonTestId: 'import-package' });
    await confirmMerge(page);
    await browser.exited;

    const { context, page: after } = await restart(profile);
    try {
      const survived = await storedCounts(after);
      expect(survived.evaluations).toEqual(['第一批评价']);
      expect(survived.inputsByEvaluation).toEqual(before.inputsByEvaluation);
      await after.getByRole('menuitem', { name: '评价批次' }).click();
      await chooseFile(after, large.path, { buttonTestId: 'import-package' });
      await confirmMerge(after);
      await after.getByText(/已合并“第二批评价\.kaoping”：新增/).waitFor({ timeout: 60_000 });
      const completed = await storedCounts(after);
      expect(completed.evaluations).toEqual(['第一批评价', '第二批评价']);
      expect(completed.inputsByEvaluation['evaluation-第二批评价']).toBe(large.inputCount);
    } finally {
      await context.close();
    }
  });
});
