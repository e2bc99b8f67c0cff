// Review before saving, in real Chromium with real IndexedDB: a compilation is parsed, shown with
// warnings and the source beside each item, edited (field, split, merge, drop, undo), one
// document left out, and saved; nothing is stored before 保存, and a discarded import leaves no trace.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, SEEDS_DIR } from '../fixtures/seeds';
import { openApp, type AppSession } from './app-session';

let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await openApp();
  ({ page } = session);
  await page.setViewportSize({ width: 1440, height: 900 });
});

afterAll(async () => session?.close());

async function chooseFile(path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(path);
}

const storedCount = (table: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('kaoping');
        request.onsuccess = () => {
          const count = request.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
    table,
  );

const counts = () => page.getByTestId('review-counts').textContent();
const row = (text: string) => page.getByTestId('review-table').getByRole('row').filter({ hasText: text }).first();

describe('reviewing an import before it is saved', () => {
  it('shows the parsed compilation without storing anything', async () => {
    await chooseFile(join(SEEDS_DIR, SEED.compilation2023));
    await page.getByTestId('import-review').waitFor();
    expect(await page.getByTestId('review-save').textContent()).toBe('保存 23 份文件');
    expect(await storedCount('documents')).toBe(0);
    expect(await storedCount('items')).toBe(0);
    await page.getByTestId('review-document').click();
    await page.keyboard.type('关于印发全省');
    await page.keyboard.press('Enter');
    await expect.poll(counts).toBe('章节 11 · 重点任务 13 · 改革举措 26');
  });

  it('lists the line no item took and shows it when chosen; shows an item’s source beside it', async () => {
    await page.getByText('需要核对 5 处（点击定位）').waitFor();
    await page.getByText('第 1337 行未解析').click();
    expect(await page.getByTestId('unparsed-line').textContent()).toContain('国家及省市营商环境政策汇编（2023）');
    await row('（2）省直相关部门').click();
    expect(await page.getByTestId('source-excerpt').textContent()).toContain('（2）省直相关部门要逐项制定本部门相关事项实施规范');
    expect(await page.getByTestId('review-edit').isEnabled()).toBe(true);
    await page.waitForTimeout(300); // let the buttons' enable transition finish before the screenshot
    await page.screenshot({ path: 'test/artifacts/16-import-review.png' });
    // From the keyboard: ↓ chooses the next row (its source beside it), ↑ comes back, Enter edits.
    const chosen = page.getByTestId('review-table').locator('[role=row][aria-selected=true]');
    await row('（2）省直相关部门').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => chosen.textContent()).not.toContain('（2）省直相关部门');
    expect(await page.getByTestId('source-excerpt').textContent()).not.toContain('（2）省直相关部门要逐项制定');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByTestId('source-excerpt').textContent()).toContain('（2）省直相关部门要逐项制定');
    expect(await chosen.textContent()).toContain('（2）省直相关部门');
    await page.keyboard.press('Enter');
    await page.getByTestId('edit-deadline').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('edit-deadline').waitFor({ state: 'hidden' });
    // The list goes to a newly chosen row, but folding a branch above that row leaves it where it is.
    await row('（2）省直相关部门').focus();
    for (let step = 0; step < 11; step++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => chosen.textContent()).toContain('（8）加快国土空间规划');
    const list = page.getByTestId('review-table');
    await list.evaluate((holder) => holder.scrollTo(0, 0));
    const task = row('统一清单和规范');
    await task.getByRole('button', { name: '收起' }).click();
    await expect.poll(() => list.textContent()).not.toContain('（2）省直相关部门');
    await page.waitForTimeout(300);
    expect(await list.evaluate((holder) => holder.scrollTop)).toBe(0);
    await task.getByRole('button', { name: '展开' }).click();
    await expect.poll(() => list.textContent()).toContain('（2）省直相关部门');
  });

  it('edits a deadline, splits, merges, drops and undoes', async () => {
    await row('（2）省直相关部门').dblclick();
    await page.getByTestId('edit-deadline').fill('2023年9月底前');
    await page
      .getByRole('button', { name: '确 定' })
      .or(page.getByRole('button', { name: '确定' }))
      .click();
    await expect.poll(() => row('（2）省直相关部门').textContent()).toContain('2023年9月底前');

    await row('（1）结合我省实际').click();
    await page.getByTestId('review-split').click();
    const text = page.getByTestId('split-text');
    await text.waitFor();
    // The user puts the cursor before 将行政许可….
    await text.evaluate((area: HTMLTextAreaElement) => {
      const at = area.value.indexOf('将行政许可');
      area.setSelectionRange(at, at);
    });
    await page.getByRole('button', { name: '在光标处拆分' }).click();
    await expect.poll(counts).toBe('章节 11 · 重点任务 13 · 改革举措 27');
    // The second half follows as a sibling without a number; merged back, the count returns.
    await row('将行政许可、行政确认').click();
    expect(await page.getByTestId('source-excerpt').textContent()).toContain('（1）结合我省实际');
    await page.getByTestId('review-merge').click();
    await expect.poll(counts).toBe('章节 11 · 重点任务 13 · 改革举措 26');

    await row('（3）各市县负责审批').click();
    await page.getByTestId('review-remove').click();
    await expect.poll(counts).toBe('章节 11 · 重点任务 13 · 改革举措 25');
    await page.getByTestId('review-undo').click();
    await expect.poll(counts).toBe('章节 11 · 重点任务 13 · 改革举措 26');
    // A merge the structure does not allow is explained, not applied.
    await row('（1）结合我省实际').click();
    await page.getByTestId('review-merge').click();
    await page.getByText('这是同级的第一条，没有可合并的上一条。').waitFor();
  });

  it('leaves one document out and saves the rest with the edits, then refuses the same file again', async () => {
    await page.getByTestId('review-document').click();
    await page.keyboard.type('湖北省人民政府办公厅关于加快');
    await page.keyboard.press('Enter');
    await page.getByTestId('review-include').click();
    expect(await page.getByTestId('review-save').textContent()).toBe('保存 22 份文件');
    await page.getByTestId('review-save').click();
    await page.getByTestId('document-metadata').waitFor();
    expect(await storedCount('documents')).toBe(22);

    await page.getByRole('menuitem', { name: '任务清单' }).click();
    await page.getByTestId('checklist-document').click();
    await page.keyboard.type('关于印发全省');
    await page.keyboard.press('Enter');
    const table = page.getByTestId('checklist-table');
    await expect
      .poll(() => table.getByRole('row').filter({ hasText: '（2）省直相关部门' }).first().textContent())
      .toContain('2023年9月底前');
    await table.getByRole('row').filter({ hasText: '（2）省直相关部门' }).first().click();
    expect(await page.getByTestId('source-excerpt').textContent()).toContain('省直有关部门按照职能分别负责');
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '政策文件' }).click();
    await chooseFile(join(SEEDS_DIR, SEED.compilation2023));
    expect(await page.getByTestId('import-error').textContent()).toContain('已于');
  });

  it('merges owner names written two ways, in the stored checklists and in what is imported next', async () => {
    await page.getByRole('menuitem', { name: '责任单位' }).click();
    const suggestions = page.getByTestId('alias-suggestions');
    await suggestions.getByText('“市市场监管局” 与 “市市场监督管理局”').waitFor();
    await suggestions
      .locator('.ant-list-item')
      .filter({ hasText: '“市市场监管局” 与 “市市场监督管理局”' })
      .getByText('合并为“市市场监督管理局”')
      .click();
    await page.getByText(/已合并为“市市场监督管理局”，更新 \d+ 条任务/).waitFor();
    const units = page.getByTestId('owner-units');
    await expect
      .poll(() => units.locator('.ant-table-row').filter({ hasText: '市市场监督管理局' }).first().textContent())
      .toContain('市市场监管局');
    // The user keeps the short form for the city's commission.
    for (const name of ['市发展改革委', '市发改委']) {
      await page.getByTestId('owner-search').locator('input').fill(name);
      await units
        .locator('.ant-table-row')
        .filter({ has: page.getByRole('cell', { name, exact: true }) })
        .locator('input[type=checkbox]')
        .check();
    }
    await page.getByTestId('merge-keep').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^市发改委$/ })
      .click();
    await page.getByTestId('merge-selected').click();
    await page.getByText(/已合并为“市发改委”/).waitFor();
    await page.screenshot({ path: 'test/artifacts/17-owner-units.png' });
    await page.getByTestId('owner-search').locator('input').fill('市发展改革委');
    await expect.poll(() => units.locator('.ant-table-row').count()).toBe(0);
  });

  it('stores nothing when an import is discarded; the import had the merged owner names', async () => {
    const before = await storedCount('items');
    await page.getByRole('menuitem', { name: '政策文件' }).click();
    await chooseFile(join(SEEDS_DIR, SEED.luoyang2021));
    await page.getByTestId('import-review').waitFor();
    // Seed 000 writes 市发展改革委; the directory now says 市发改委.
    await expect.poll(() => page.getByTestId('review-table').textContent()).toContain('市发改委');
    expect(await page.getByTestId('review-table').textContent()).not.toContain('市发展改革委');
    await page.getByTestId('review-discard').click();
    await page.getByRole('button', { name: '放弃' }).last().click();
    await page.getByTestId('import-button').waitFor();
    expect(await storedCount('items')).toBe(before);
    expect(await storedCount('documents')).toBe(22);
  });
});
