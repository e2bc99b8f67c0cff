// A full disk as the user meets it, in real Chromium: IndexedDB refuses a write of a large import
// with the browser's QuotaExceededError, and the import is refused with a Chinese message while
// what was stored before stays whole. (This Chromium ignores CDP's Storage.overrideQuotaForOrigin,
// so the refusal is raised by an init script at the 1,000th checklist row, as IndexedDB raises it.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { chooseFile, freshApp, givenSeedDocument, openScreen } from './steps';

const WORK = 'test/artifacts/storage-full';

/** A storage that takes 1,000 checklist rows and then refuses every further one as a full disk does. */
function quotaAtThousandRows(page: Page): Promise<unknown> {
  return page.addInitScript(() => {
    let rows = 0;
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'items' && ++rows > 1_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
}

/** A task list of 20 sections × 100 measures, more than the 1,000 rows that fit, written to WORK. */
function largeTaskList(): string {
  mkdirSync(WORK, { recursive: true });
  const lines = ['存储测试市关于印发重点任务清单的通知', ''];
  for (let section = 1; section <= 20; section++) {
    lines.push(`${'一二三四五六七八九十'[(section - 1) % 10]}、第${section}部分`);
    for (let item = 1; item <= 100; item++)
      lines.push(
        `${item}．推进第${section * 100 + item}项改革举措，持续压减企业开办、工程建设项目审批和不动产登记时间，提升政务服务便利度。（市发展改革委牵头，市财政局、市政务服务和大数据管理局配合）`,
      );
  }
  const path = join(WORK, '大型清单.txt');
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** How many documents and checklist rows the app's database holds. */
const storedDocuments = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ documents: number; items: number }>((resolve) => {
        const open = indexedDB.open('kaoping');
        open.onsuccess = () => {
          const transaction = open.result.transaction(['documents', 'items']);
          const documents = transaction.objectStore('documents').count();
          const items = transaction.objectStore('items').count();
          transaction.oncomplete = () => resolve({ documents: documents.result, items: items.result });
        };
      }),
  );

describe('storage full, with seed 000 stored', () => {
  const app = freshApp(givenSeedDocument, { prepare: quotaAtThousandRows });

  it('refuses an import that does not fit with a message saying so, keeping what was stored', async () => {
    const { page } = app;
    // Seed 000: 6 sections, 32 tasks, 53 measures.
    expect(await storedDocuments(page)).toEqual({ documents: 1, items: 91 });
    await openScreen(page, '政策文件');
    await chooseFile(page, largeTaskList());
    await page.getByTestId('review-save').click();
    await expect
      .poll(() => page.getByTestId('import-error').textContent())
      .toBe(
        '保存失败，导入结果仍在，可修改后重试' +
          '存储空间已满，本次操作没有保存（已保存的数据不受影响）。请在“备份与恢复”中下载一份备份，然后删除不用的佐证材料或清理磁盘空间后重试。',
      );
    await page.screenshot({ path: 'test/artifacts/13-storage-full.png' });
    expect(await storedDocuments(page)).toEqual({ documents: 1, items: 91 });
  });
});
