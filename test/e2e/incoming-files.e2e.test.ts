// Files arriving from outside the dialogs, in real Chromium: dropped on the window, a policy
// document is reviewed and imported and an evaluation package merged; a backup, a damaged file and a file
// the OS could not read are refused with a message naming them, and nothing is stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, SEEDS_DIR } from '../fixtures/seeds';
import { syntheticEvaluationPackage } from '../fixtures/synthetic-package';
import { openApp, type AppSession } from './app-session';

let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await openApp();
  ({ page } = session);
  // The drop listeners are attached once the app has rendered.
  await page.getByTestId('import-button').waitFor();
});

afterAll(async () => session?.close());

/** Drags files over the window and drops them, as from the desktop's file manager. */
async function dropFiles(files: Array<{ name: string; bytes: Uint8Array }>, screenshot?: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (entries) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of entries)
        transfer.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name));
      return transfer;
    },
    files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') })),
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.getByTestId('drop-overlay').waitFor();
  if (screenshot) await page.screenshot({ path: join('test/artifacts', screenshot) });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
}

const documentCount = () =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('kaoping');
        request.onsuccess = () => {
          const count = request.result.transaction('documents').objectStore('documents').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );

describe('files dropped on the window', () => {
  it('imports a dropped policy document and shows its checklist', async () => {
    await dropFiles([{ name: SEED.luoyang2021, bytes: readFileSync(join(SEEDS_DIR, SEED.luoyang2021)) }], '11-drop-overlay.png');
    await page.getByTestId('review-save').click();
    await page.getByText(/已导入“.*”，共 91 条/).waitFor();
    await expect.poll(() => page.getByTestId('item-counts').textContent()).toBe('章节 6 · 重点任务 32 · 改革举措 53');
  });

  it('imports a dropped PDF through its text layer (pdf.js worker under the app’s CSP)', async () => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await dropFiles([{ name: '003_洛开〔2022〕19号.pdf', bytes: readFileSync(join('test/fixtures/pdf', '003_洛开〔2022〕19号.pdf')) }]);
    await page.getByTestId('review-save').click({ timeout: 30_000 });
    await page.getByText(/已导入“.*”，共 39 条/).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('document-metadata').textContent()).toContain('洛开〔2022〕19号');
    // A rectification plan: its areas with problems, targets and owned measures.
    await expect.poll(() => page.getByTestId('plan-findings').textContent()).toContain('商事登记');
    expect(await page.getByTestId('plan-findings').textContent()).toContain('涧西区市场监督管理局 · 徐娟 · 长期');
    await page.screenshot({ path: 'test/artifacts/15-plan-findings.png' });
    expect(errors.filter((text) => /Content Security Policy|worker/i.test(text))).toEqual([]);
  });

  it('imports a dropped compilation as its 23 documents and points to the rubric inside it', async () => {
    await dropFiles([{ name: '004_政策汇编.txt', bytes: readFileSync(join(SEEDS_DIR, SEED.compilation2023)) }]);
    await page.getByTestId('review-save').click({ timeout: 30_000 });
    await page
      .getByText(/已导入“004_政策汇编.txt”中的 23 份文件，共 \d+ 条；另含评分细则“2023 年度“办理建筑许可”营商环境部门评分细则”/)
      .waitFor({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: '政策文件' }).click();
    await page.getByText('鄂政办发〔2023〕15号').waitFor();
    await page.screenshot({ path: 'test/artifacts/14-compilation.png' });
  });

  it('reviews documents dropped together one after the other', async () => {
    const before = await documentCount();
    // Seed 002, not 003: 003's text reads the same as its PDF imported above, and is refused as the same content.
    await dropFiles([SEED.yanshi2023, SEED.luoyang2017].map((name) => ({ name, bytes: readFileSync(join(SEEDS_DIR, name)) })));
    const review = page.getByTestId('import-review');
    await review.getByText(SEED.yanshi2023).waitFor();
    await page.getByTestId('review-save').click();
    // The second waited for the first to be saved, then opens for its own review.
    await review.getByText(SEED.luoyang2017).waitFor();
    expect(await documentCount()).toBe(before + 1);
    await page.getByTestId('review-discard').click();
    await page.getByRole('button', { name: '放弃' }).last().click();
    await page.getByTestId('import-button').waitFor();
    expect(await documentCount()).toBe(before + 1);
  });

  it('merges a dropped evaluation package and opens the evaluation', async () => {
    const { bytes, inputCount } = await syntheticEvaluationPackage('拖放合并评价', 20, ['甲区', '乙区']);
    await dropFiles([{ name: '拖放合并评价.kaoping', bytes }]);
    await page.getByTestId('merge-package-confirm').click();
    await page.getByText(`已合并“拖放合并评价.kaoping”：新增 ${inputCount + 4} 项`).waitFor();
    await page.getByTestId('merge-package-close').click();
    await page.getByText('甲区').first().waitFor();
  });

  it('refuses a whole-data backup, a damaged document and several at once, naming each file, storing nothing', async () => {
    const before = await documentCount();
    const backup = await syntheticEvaluationPackage('全部数据', 5, ['丙区'], 'backup');
    await dropFiles([
      { name: '考评数据备份-20261123.kaoping', bytes: backup.bytes },
      { name: '损坏的通知.docx', bytes: new TextEncoder().encode('这不是一个 Word 文件') },
    ]);
    await page.getByText('“考评数据备份-20261123.kaoping”是全部数据备份，不是评价包').waitFor();
    await page.getByText('无法打开“损坏的通知.docx”').waitFor();
    expect(await documentCount()).toBe(before);
    expect(await page.getByText('丙区').count()).toBe(0);
  });
});
