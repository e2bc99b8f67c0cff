// Files arriving from outside the dialogs, in real Chromium: dropped on the window, a policy
// document is reviewed and imported and an evaluation package merged; a backup, a damaged file and a file
// the OS could not read are refused with a message naming them, and nothing is stored.
// Each describe block has its own fresh, empty profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { SEED, SEEDS_DIR } from '../fixtures/seeds';
import { syntheticEvaluationPackage } from '../fixtures/synthetic-package';
import { confirmMerge, dropFiles, freshApp, storedRecords } from './steps';

/** The empty app, rendered: its drop listeners are attached once the app has rendered. */
async function givenRendered(page: Page): Promise<void> {
  await page.getByTestId('import-button').waitFor();
}

const seedFile = (name: string) => ({ name, bytes: readFileSync(join(SEEDS_DIR, name)) });
const documentCount = async (page: Page) => (await storedRecords(page, 'documents')).length;

describe('a policy document dropped on the window', () => {
  const app = freshApp(givenRendered);

  it('imports a dropped policy document and shows its checklist', async () => {
    const { page } = app;
    await dropFiles(page, [seedFile(SEED.luoyang2021)], '11-drop-overlay.png');
    await page.getByTestId('review-save').click();
    await page.getByText(/已导入“.*”，共 91 条/).waitFor();
    await expect.poll(() => page.getByTestId('item-counts').textContent()).toBe('章节 6 · 重点任务 32 · 改革举措 53');
  });
});

describe('a PDF dropped on the window', () => {
  const app = freshApp(givenRendered);

  it('imports a dropped PDF through its text layer (pdf.js worker under the app’s CSP)', async () => {
    const { page } = app;
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const name = '003_洛开〔2022〕19号.pdf';
    await dropFiles(page, [{ name, bytes: readFileSync(join('test/fixtures/pdf', name)) }]);
    await page.getByTestId('review-save').click({ timeout: 30_000 });
    await page.getByText(/已导入“.*”，共 39 条/).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('document-metadata').textContent()).toContain('洛开〔2022〕19号');
    // A rectification plan: its areas with problems, targets and owned measures.
    await expect.poll(() => page.getByTestId('plan-findings').textContent()).toContain('商事登记');
    expect(await page.getByTestId('plan-findings').textContent()).toContain('涧西区市场监督管理局 · 徐娟 · 长期');
    await page.screenshot({ path: 'test/artifacts/15-plan-findings.png' });
    expect(errors.filter((text) => /Content Security Policy|worker/i.test(text))).toEqual([]);
  });
});

describe('a compilation dropped on the window', () => {
  const app = freshApp(givenRendered);

  it('imports a dropped compilation as its 23 documents and points to the rubric inside it', async () => {
    const { page } = app;
    await dropFiles(page, [{ name: '004_政策汇编.txt', bytes: readFileSync(join(SEEDS_DIR, SEED.compilation2023)) }]);
    await page.getByTestId('review-save').click({ timeout: 30_000 });
    await page
      .getByText(/已导入“004_政策汇编.txt”中的 23 份文件，共 \d+ 条；另含评分细则“2023 年度“办理建筑许可”营商环境部门评分细则”/)
      .waitFor({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: '政策文件' }).click();
    await page.getByText('鄂政办发〔2023〕15号').waitFor();
    expect(await documentCount(page)).toBe(23);
    await page.screenshot({ path: 'test/artifacts/14-compilation.png' });
  });
});

describe('documents dropped together', () => {
  const app = freshApp(givenRendered);

  it('reviews documents dropped together one after the other', async () => {
    const { page } = app;
    await dropFiles(page, [seedFile(SEED.yanshi2023), seedFile(SEED.luoyang2017)]);
    const review = page.getByTestId('import-review');
    await review.getByText(SEED.yanshi2023).waitFor();
    expect(await documentCount(page)).toBe(0);
    await page.getByTestId('review-save').click();
    // The second waited for the first to be saved, then opens for its own review.
    await review.getByText(SEED.luoyang2017).waitFor();
    expect(await documentCount(page)).toBe(1);
    await page.getByTestId('review-discard').click();
    await page.getByRole('button', { name: '放弃' }).last().click();
    await page.getByTestId('import-button').waitFor();
    expect(await documentCount(page)).toBe(1);
  });
});

describe('an evaluation package dropped on the window', () => {
  const app = freshApp(givenRendered);

  it('merges a dropped evaluation package and opens the evaluation', async () => {
    const { page } = app;
    const { bytes, inputCount } = await syntheticEvaluationPackage('拖放合并评价', 20, ['甲区', '乙区']);
    await dropFiles(page, [{ name: '拖放合并评价.kaoping', bytes }]);
    await confirmMerge(page);
    await page.getByText(`已合并“拖放合并评价.kaoping”：新增 ${inputCount + 4} 项`).waitFor();
    await page.getByTestId('merge-package-close').click();
    await page.getByText('甲区').first().waitFor();
    expect((await storedRecords(page, 'inputs')).length).toBe(inputCount);
  });
});

describe('files the app refuses on a drop', () => {
  const app = freshApp(givenRendered);

  it('refuses a whole-data backup, a damaged document and several at once, naming each file, storing nothing', async () => {
    const { page } = app;
    const backup = await syntheticEvaluationPackage('全部数据', 5, ['丙区'], 'backup');
    await dropFiles(page, [
      { name: '考评数据备份-20261123.kaoping', bytes: backup.bytes },
      { name: '损坏的通知.docx', bytes: new TextEncoder().encode('这不是一个 Word 文件') },
    ]);
    await page.getByText('“考评数据备份-20261123.kaoping”是全部数据备份，不是评价包').waitFor();
    await page.getByText('无法打开“损坏的通知.docx”').waitFor();
    expect(await documentCount(page)).toBe(0);
    expect(await storedRecords(page, 'units')).toEqual([]);
    expect(await page.getByText('丙区').count()).toBe(0);
  });
});
