// Saved work stays correctable, in real Chromium at 1366×768: a checklist item edited after saving
// keeps its scores, 撤销 restores a score, a changed version of a document re-imported is offered as
// an update with its diff, the same content saved again is recognised, and 删除 of a document with
// evaluations says what depends on it and keeps it unless told otherwise.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  chooseFile,
  freshApp,
  givenSamples,
  openScreen,
  SAMPLE_INSPECTION,
  showEvaluation,
  storedRecords,
  until,
  untilAnimationsEnd,
} from './steps';

const VERSIONS = join(import.meta.dirname, '..', 'fixtures', 'policy-versions');
const TITLE = '某市人民政府办公室关于印发某市持续优化营商环境若干措施的通知';

/** Screenshots at 1366×768 (as tested) and 1920×1080, then back. */
async function screenshots(page: Page, name: string): Promise<void> {
  await untilAnimationsEnd(page); // dialogs finish their opening animation for the picture
  await page.screenshot({ path: `test/artifacts/${name}-1366.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await untilAnimationsEnd(page);
  await page.screenshot({ path: `test/artifacts/${name}-1920.png` });
  await page.setViewportSize({ width: 1366, height: 768 });
}

const assessmentRow = (page: Page, index: number) => page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(index);

describe('a checklist item corrected after saving', () => {
  const app = freshApp(givenSamples);
  it('keeps its unit’s status when its text and deadline are edited', async () => {
    const { page } = app;
    await showEvaluation(page, SAMPLE_INSPECTION);
    await assessmentRow(page, 0).getByText('落实', { exact: true }).click();
    await expect.poll(() => assessmentRow(page, 0).locator('.ant-radio-button-wrapper-checked').textContent()).toBe('落实');
    const measureText = (await assessmentRow(page, 0).locator('td').nth(1).locator('div.ant-typography').textContent()) ?? '';
    const start = measureText.slice(0, 12);

    await openScreen(page, '任务清单');
    await page.getByTestId('checklist-table').getByText(start).first().click();
    await page.getByTestId('item-actions').waitFor();
    await screenshots(page, 'correct-01-checklist-item');
    await page.getByTestId('edit-item').click();
    await page.getByTestId('edit-text').fill('以项目前期“一件事”为目标，并联办理可行性研究、用地预审和选址意见。');
    await page.getByTestId('edit-deadline').fill('2026年12月底前');
    await page.getByRole('dialog', { name: '编辑条目' }).getByRole('button', { name: '确定' }).click();
    await page.getByText(/^已保存：编辑条目“/).waitFor();
    await expect.poll(() => page.getByTestId('checklist-table').getByText('并联办理可行性研究、用地预审和选址意见').count()).toBe(1);
    await expect.poll(() => page.getByTestId('item-fields').locator('td').last().textContent()).toBe('2026年12月底前');
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('item-actions').waitFor({ state: 'hidden' });

    await showEvaluation(page, SAMPLE_INSPECTION);
    await expect.poll(() => assessmentRow(page, 0).locator('td').nth(1).textContent()).toContain('并联办理可行性研究、用地预审和选址意见');
    expect(await assessmentRow(page, 0).locator('.ant-radio-button-wrapper-checked').textContent()).toBe('落实');
  });
});

describe('撤销', () => {
  const app = freshApp(givenSamples);
  it('restores the previous score of a cell and names it, from the button and with Ctrl+Z', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    await page.getByTestId('inspector').fill('张督查');
    const input = page.getByTestId('input-秒办件情况').first();
    await input.fill('1');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('undo-button').isEnabled()).toBe(true);
    await input.fill('2');
    await input.press('Enter');
    await page.getByTestId('undo-button').click();
    await page.getByText('已撤销：涧西区 × 秒办件情况 的评分').first().waitFor();
    await expect.poll(() => input.inputValue()).toBe('1');
    await page.getByRole('heading').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => input.inputValue()).toBe('');
  });
});

describe('re-importing a changed document', () => {
  const app = freshApp(givenSamples);
  it('offers a changed version as an update with its diff, and applies it', async () => {
    const { page } = app;
    await openScreen(page, '政策文件');
    await chooseFile(page, join(VERSIONS, 'v1.txt'));
    await page.getByTestId('review-save').click();
    await page.getByTestId('item-counts').waitFor();
    await openScreen(page, '政策文件');
    await page.locator('tbody tr.ant-table-row').filter({ hasText: TITLE }).waitFor();

    await chooseFile(page, join(VERSIONS, 'v2.txt'));
    const summary = page.getByTestId('update-summary');
    await expect.poll(() => summary.textContent()).toBe(`与已导入的“${TITLE}”相比：未变 4 条，修改 2 条，新增 1 条，删除 1 条。`);
    expect(await page.getByTestId('update-changed').locator('tbody tr.ant-table-row').count()).toBe(2);
    await screenshots(page, 'correct-02-update-diff');
    await page.getByTestId('apply-update').click();
    await page.getByText(`已更新“${TITLE}”：修改 2 条，新增 1 条，删除 1 条`).waitFor();
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: TITLE });
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('7');
  });
});

describe('the same content saved again by another program', () => {
  const app = freshApp(async (page) => {
    await givenSamples(page);
    await openScreen(page, '政策文件');
    await chooseFile(page, join(VERSIONS, 'v2.txt'));
    await page.getByTestId('review-save').click();
    await until(
      'v2 stored beside the sample document',
      async () => (await storedRecords(page, 'documents')).map((document) => document.title),
      (titles) => titles.includes(TITLE) && titles.length === 2,
    );
  });

  it('is recognised as the document already imported, and the app says so', async () => {
    const { page } = app;
    await openScreen(page, '政策文件');
    const text = readFileSync(join(VERSIONS, 'v2.txt'), 'utf8');
    const path = join(mkdtempSync(join(tmpdir(), 'kaoping-')), '另存为.txt');
    writeFileSync(path, `\ufeff${text.replace(/\n/g, '\r\n')}`);
    await chooseFile(page, path);
    await expect
      .poll(() => page.getByTestId('import-error').textContent())
      .toContain(`“另存为.txt”与已导入的“${TITLE}”内容相同（同一文件另存的副本），未重复导入。`);
  });
});

describe('删除 of a document with evaluations', () => {
  const app = freshApp(async (page) => {
    await givenSamples(page);
    await showEvaluation(page, SAMPLE_INSPECTION);
    const row = page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(0);
    await row.getByText('落实', { exact: true }).click();
    await until(
      'one measure scored',
      () => page.getByTestId('saved-state').textContent(),
      (text) => /已评 1\/53$/.test(text ?? ''),
    );
  });
  it('says how many evaluations and assessments depend on it and keeps it unless told otherwise', async () => {
    const { page } = app;
    await openScreen(page, '政策文件');
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: '洛政办〔2021〕39号' });
    await row.getByTestId('delete-document').click();
    await expect.poll(() => page.getByTestId('delete-dependents').textContent()).toContain('有 1 个评价（共 1 条评定）依赖该文件。');
    await screenshots(page, 'correct-03-delete-dependents');
    await page.getByRole('button', { name: '保留，不删除' }).click();
    await page.getByTestId('delete-dependents').waitFor({ state: 'hidden' });
    expect(await row.count()).toBe(1);
  });
});
